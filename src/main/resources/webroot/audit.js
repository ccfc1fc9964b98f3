// The audit trail for admins: GET /api/audit with the form's filters, newest first; a rules
// change's details are its diff, shown as written.
(() => {
  const form = document.getElementById('filter');
  const body = document.getElementById('events');
  const error = document.getElementById('audit-error');

  function cell(text, tag = 'td') {
    const td = document.createElement(tag);
    td.textContent = text == null ? '' : text;
    return td;
  }

  function load() {
    const params = new URLSearchParams();
    for (const name of ['actor', 'action', 'q']) {
      const value = form[name].value.trim();
      if (value) params.set(name, value);
    }
    params.set('limit', '200');
    ParleySession.api('/api/audit?' + params).then((r) => r.json().then((data) => ({ ok: r.ok, data }))).then(({ ok, data }) => {
      body.textContent = '';
      error.hidden = ok;
      if (!ok) { error.textContent = data.error; return; }
      for (const e of data.events) {
        const tr = document.createElement('tr');
        tr.dataset.action = e.action;
        const detail = document.createElement('td');
        if (e.detail) {
          const pre = document.createElement('pre');
          pre.className = 'audit-detail';
          pre.textContent = e.detail;
          detail.append(pre);
        }
        tr.append(cell(new Date(e.at).toLocaleString()), cell(e.actor), cell(e.source), cell(e.action), cell(e.target),
          cell(e.outcome), detail);
        body.append(tr);
      }
      document.getElementById('no-events').hidden = data.events.length > 0;
    });
  }

  form.onsubmit = (e) => { e.preventDefault(); load(); };
  load();
})();
