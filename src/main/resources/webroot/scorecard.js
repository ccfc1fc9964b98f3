// The QA scorecard of one call on the replay page: a row per element of collection
// negotiation with its verdict, reason and the moments that justify it (click one to jump
// there), and a reviewer's override with a comment, kept with who and when.
window.ParleyScorecard = (function () {
  'use strict';
  const VERDICTS = ['met', 'missed', 'not-applicable'];
  const { el } = window.ParleyFacts;

  function fmt(seconds) {
    const s = Math.round(seconds);
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  function render(table, card, callId, jump) {
    table.textContent = '';
    for (const row of card.rows) {
      const tr = el('tr', 'score-row');
      tr.dataset.element = row.element;
      const head = el('td');
      head.append(el('div', 'element-title', row.title), el('span', 'verdict verdict-' + row.verdict, row.verdict));
      const body = el('td');
      body.append(el('div', 'reason', row.reason));
      for (const moment of row.moments) {
        const link = el('a', 'moment', fmt(moment.at) + ' ' + (moment.speaker || '') + ': ' + moment.text);
        link.href = '#';
        link.onclick = (e) => { e.preventDefault(); jump(moment.at); };
        body.append(link);
      }
      if (row.overrides.length) {
        const last = row.overrides[row.overrides.length - 1];
        body.append(el('div', 'override-note', 'Overridden by ' + last.reviewer + ' on ' + new Date(last.at).toLocaleString()
          + ': “' + last.comment + '” (computed: ' + row.computed_verdict + ')'));
      }
      body.append(overrideForm(row, callId, (updated) => render(table, updated, callId, jump)));
      tr.append(head, body);
      table.appendChild(tr);
    }
  }

  function overrideForm(row, callId, rerender) {
    const details = el('details', 'override');
    details.append(el('summary', null, 'Override'));
    const form = el('form');
    const verdict = el('select');
    verdict.name = 'verdict';
    for (const v of VERDICTS) {
      const option = el('option', null, v);
      option.selected = v === row.verdict;
      verdict.append(option);
    }
    const comment = el('input');
    comment.name = 'comment';
    comment.placeholder = 'Why (required)';
    const save = el('button', null, 'Save');
    save.type = 'submit';
    const error = el('div', 'error');
    error.hidden = true;
    form.append(verdict, comment, save, error);
    form.onsubmit = (e) => {
      e.preventDefault();
      ParleySession.api('/api/calls/' + encodeURIComponent(callId) + '/scorecard/overrides', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        // Signed with the signed-in reviewer's name by the server.
        body: JSON.stringify({ element: row.element, verdict: verdict.value, comment: comment.value }),
      }).then((r) => r.json().then((body) => ({ ok: r.ok, body }))).then(({ ok, body }) => {
        if (ok) { rerender(body); return; }
        error.textContent = body.error;
        error.hidden = false;
      });
    };
    details.append(form);
    return details;
  }

  return { render };
})();
