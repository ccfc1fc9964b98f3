// The caller's account as reconciled by the ledger: the facts card of the agent screen and the
// replay page. One place renders it, so both show the same figures the same way.
window.ParleyFacts = (function () {
  function money(value, currency) {
    if (value == null) return '—';
    const number = Number(value);
    return (currency ? currency + ' ' : '') + number.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function renderAccount(body, f) {
    const cur = f.account && f.account.currency;
    body.append(el('div', 'name', (f.account && f.account.name) || 'Account'),
      el('div', 'empty', 'Account ' + ((f.account && f.account.id) || '') + ' · as of ' + f.as_of));
    const figures = el('div', 'figures');
    for (const [label, value] of [['Balance', f.balance], ['Past due', f.past_due], ['Disputed', f.disputed]]) {
      const figure = el('div', 'figure');
      figure.append(el('div', 'label', label), el('div', 'value', money(value, cur)));
      figures.appendChild(figure);
    }
    body.appendChild(figures);
    if (f.aging) {
      const buckets = [['current', '#1f9d61'], ['d1_30', '#d8a31f'], ['d31_60', '#e07b1f'], ['d61_90', '#d9531f'], ['d91_plus', '#b31f1f']];
      const total = buckets.reduce((sum, [key]) => sum + Number(f.aging[key] || 0), 0);
      const bar = el('div', 'aging');
      for (const [key, colour] of buckets) {
        const part = el('span');
        part.style.width = total ? (100 * Number(f.aging[key] || 0) / total) + '%' : '0';
        part.style.background = colour;
        part.title = key + ': ' + money(f.aging[key], cur);
        bar.appendChild(part);
      }
      const legend = el('div', 'aging-legend');
      legend.append(el('span', null, 'current'), el('span', null, '1–30'), el('span', null, '31–60'),
        el('span', null, '61–90'), el('span', null, '91+'));
      body.append(bar, legend);
    }
    if (f.promises) {
      body.appendChild(el('div', 'empty', 'Promises: ' + f.promises.kept + ' kept, ' + f.promises.broken + ' broken, '
        + f.promises.open + ' open' + (f.last_payment ? ' · last payment ' + money(f.last_payment.amount, cur)
        + ' on ' + f.last_payment.date : '')));
    }
    if (f.offers && f.offers.length) {
      body.appendChild(el('h2', null, 'Offers'));
      const offers = el('ol', 'offers');
      for (const offer of f.offers) offers.appendChild(offerLine(offer, cur));
      body.appendChild(offers);
    }
    if (f.invoices && f.invoices.length) {
      const table = el('table');
      table.innerHTML = '<thead><tr><th>Invoice</th><th>Due</th><th class="num">Amount</th><th class="num">Open</th><th>Status</th></tr></thead>';
      const rows = el('tbody');
      for (const invoice of f.invoices) {
        const row = el('tr');
        row.append(el('td', null, invoice.id), el('td', null, invoice.due_on), el('td', 'num', money(invoice.amount)),
          el('td', 'num', money(invoice.open)), el('td', 'status-' + invoice.status,
            invoice.status + (invoice.days_past_due ? ' · ' + invoice.days_past_due + ' d' : '')));
        rows.appendChild(row);
        for (const paid of invoice.evidence || []) {
          const evidence = el('tr');
          const cell = el('td', 'evidence-line', '↳ ' + paid.kind + ' ' + paid.id + ' on ' + paid.date + ': '
            + money(paid.amount) + (paid.entry_amount && paid.entry_amount !== paid.amount ? ' of ' + money(paid.entry_amount) : ''));
          cell.colSpan = 5;
          evidence.appendChild(cell);
          rows.appendChild(evidence);
        }
      }
      table.appendChild(rows);
      body.appendChild(table);
    }
  }

  function offerLine(offer, cur) {
    const li = el('li');
    const n = (offer.instalments || []).length;
    let text;
    if (offer.kind === 'pay_in_full') {
      const due = n ? offer.instalments[0].due_on : '';
      text = 'Pay ' + money(offer.total, cur) + ' by ' + due + (Number(offer.discount_pct) ? ' (' + offer.discount_pct + ' % off)' : '');
      li.append(el('div', null, text), el('div', 'authority', 'Your authority: up to ' + offer.authority_pct
        + ' % off (' + money(offer.authority_total, cur) + ')'));
      return li;
    }
    const each = n ? offer.instalments[0].amount : offer.total;
    text = n + ' × ' + money(each, cur) + (offer.kind === 'plan' && Number(offer.rate_pct) ? ' monthly at ' + offer.rate_pct + ' %'
      : ' without penalty') + ' · total ' + money(offer.total, cur);
    li.append(el('div', null, text));
    return li;
  }

  return { renderAccount, money, el };
})();
