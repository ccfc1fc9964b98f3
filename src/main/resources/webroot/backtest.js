// Backtest a draft of the coaching rules on stored calls: the draft (prefilled with the rules in
// force), the calls to replay (a search and a sample size), a progress bar while the backtest
// runs on the server (with a button to cancel it: the calls replayed until then are kept), then
// the figures per rule and each changed prompt with the words around it, a link to the replay at
// that second, and right/wrong marks that label later backtests.
(() => {
  const $ = (id) => document.getElementById(id);
  const form = $('backtest');
  const POLL_MS = 500;

  function fmt(seconds) {
    const tenths = Math.round(seconds * 10);
    return Math.floor(tenths / 600) + ':' + String(Math.floor(tenths / 10) % 60).padStart(2, '0') + '.' + (tenths % 10);
  }

  function cell(text, className) {
    const td = document.createElement('td');
    if (className) td.className = className;
    td.textContent = text == null ? '' : text;
    return td;
  }

  function percent(precision) {
    return precision == null ? '—' : Math.round(precision * 100) + ' %';
  }

  function showError(message) {
    $('backtest-error').textContent = message;
    $('backtest-error').hidden = !message;
  }

  function showDraftErrors(errors) {
    const list = $('draft-errors');
    list.textContent = '';
    for (const e of errors || []) {
      const li = document.createElement('li');
      li.textContent = e.text || e.message;
      list.append(li);
    }
    list.hidden = !errors || !errors.length;
  }

  function filter() {
    const f = {};
    for (const name of ['q', 'agent', 'team', 'kind', 'from', 'to']) {
      const value = form[name].value.trim();
      if (value) f[name] = value;
    }
    return f;
  }

  function start(e) {
    e.preventDefault();
    showError('');
    showDraftErrors([]);
    $('result').hidden = true;
    const body = { rules: $('draft').value, filter: filter() };
    if (form.sample.value.trim()) body.sample = Number(form.sample.value);
    $('start').disabled = true;
    ParleySession.api('/api/rules/backtests', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    }).then((r) => r.json().then((data) => ({ status: r.status, data }))).then(({ status, data }) => {
      if (status === 202) {
        progress({ done: 0, total: 0 });
        delete $('progress-section').dataset.state;
        const cancel = $('cancel');
        cancel.hidden = false;
        cancel.disabled = false;
        cancel.textContent = 'Cancel';
        cancel.onclick = () => stop(data.id);
        poll(data.id);
        return;
      }
      $('start').disabled = false;
      if (status === 422) showDraftErrors(data.errors);
      else showError(data.error || 'The backtest could not start (' + status + ')');
    });
  }

  function progress(job) {
    $('progress-section').hidden = false;
    $('progress').max = Math.max(1, job.total);
    $('progress').value = job.done;
    $('progress-text').textContent = job.total ? job.done + ' of ' + job.total + ' calls' : 'choosing the calls…';
  }

  /** Asks the server to stop the backtest; the poll shows it cancelled once it has stopped. */
  function stop(id) {
    const cancel = $('cancel');
    cancel.disabled = true;
    cancel.textContent = 'Cancelling…';
    ParleySession.api('/api/rules/backtests/' + encodeURIComponent(id), { method: 'DELETE' })
      .then((r) => r.json().then((data) => ({ status: r.status, data }))).then(({ status, data }) => {
        if (status === 200 || status === 202) return;
        cancel.hidden = true;
        if (status !== 409) showError(data.error || 'Cannot cancel (' + status + ')');
      });
  }

  function poll(id) {
    ParleySession.api('/api/rules/backtests/' + encodeURIComponent(id)).then((r) => r.json()).then((job) => {
      progress(job);
      if (job.state === 'running') {
        setTimeout(() => poll(id), POLL_MS);
        return;
      }
      $('start').disabled = false;
      $('cancel').hidden = true;
      $('progress-section').dataset.state = job.state;
      if (job.state === 'failed') showError('The backtest failed: ' + job.error);
      else if (job.state === 'cancelled') cancelled(job);
      else show(job);
    });
  }

  function cancelled(job) {
    $('progress-text').textContent = 'Cancelled' + (job.cancelled_by ? ' by ' + job.cancelled_by : '') + ' after '
      + job.done + ' of ' + job.total + ' calls';
    if (job.result) show(job);
  }

  function show(job) {
    const result = job.result;
    $('result').hidden = false;
    $('result-title').textContent = job.state === 'cancelled'
      ? result.calls + ' calls replayed before the backtest was cancelled (of ' + job.total + ' chosen)'
      : result.calls + ' calls replayed' + (job.limited ? ' (the newest that matched)' : '');
    const rules = $('rules');
    rules.textContent = '';
    const moved = result.rules.filter((r) => r.published || r.draft);
    for (const r of moved) {
      const tr = document.createElement('tr');
      tr.dataset.rule = r.rule;
      if (r.gained || r.lost) tr.className = 'changed';
      const labels = r.labels.published + ' / ' + r.labels.draft + ' labels';
      tr.append(cell(r.rule), cell(r.kind), cell(r.published, 'num'), cell(r.draft, 'num'),
        cell(r.gained ? '+' + r.gained : '0', 'num gained'), cell(r.lost ? '−' + r.lost : '0', 'num lost'),
        cell(r.unchanged, 'num'), cell(r.calls_affected, 'num'),
        cell(r.per_100_published + ' → ' + r.per_100_draft, 'num'),
        cell(percent(r.precision_published) + ' → ' + percent(r.precision_draft) + ' (' + labels + ')', 'num'));
      rules.append(tr);
    }
    const changes = $('changes');
    changes.textContent = '';
    result.changes.forEach((c) => changes.append(changeRow(c)));
    $('no-changes').hidden = result.changes.length > 0;
    $('changes-cut').hidden = result.changes_total <= result.changes.length;
    $('changes-cut').textContent = 'The first ' + result.changes.length + ' of ' + result.changes_total + ' changed prompts.';
    $('skipped').hidden = !job.skipped.length;
    $('skipped').textContent = 'Skipped (could not be read): ' + job.skipped.map((s) => s.call_id + ' (' + s.reason + ')').join(', ');
  }

  function changeRow(c) {
    const tr = document.createElement('tr');
    tr.className = 'change change-' + c.change;
    tr.dataset.callId = c.call_id;
    tr.dataset.rule = c.rule;
    tr.dataset.at = c.at;
    const link = document.createElement('a');
    link.className = 'replay-link';
    link.href = c.replay;
    link.textContent = c.call_id;
    const callCell = document.createElement('td');
    callCell.append(link);
    const said = cell(c.snippet, 'snippet');
    if (c.evidence) {
      const evidence = document.createElement('div');
      evidence.className = 'evidence';
      evidence.textContent = '“' + c.evidence + '” · ' + c.message;
      said.append(evidence);
    }
    const markCell = document.createElement('td');
    markCell.className = 'marks';
    const state = document.createElement('span');
    state.className = 'mark-state';
    state.textContent = c.label == null ? '' : c.label ? 'right' : 'wrong';
    for (const [right, text] of [[true, 'Right'], [false, 'Wrong']]) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'mark-' + (right ? 'right' : 'wrong');
      button.textContent = text;
      button.onclick = () => mark(c, right, state);
      markCell.append(button);
    }
    markCell.append(state);
    tr.append(callCell, cell(c.rule + ' (' + c.kind + ')'), cell(fmt(c.at)), cell(c.change, 'change-name'), said, markCell);
    return tr;
  }

  function mark(change, right, state) {
    ParleySession.api('/api/rules/backtests/marks', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ call_id: change.call_id, rule: change.rule, at: change.at, right }),
    }).then((r) => r.json().then((data) => ({ status: r.status, data }))).then(({ status, data }) => {
      if (status === 201) {
        state.textContent = (right ? 'right' : 'wrong') + ' · marked';
        showError('');
      } else {
        showError(data.error || 'Cannot mark (' + status + ')');
      }
    });
  }

  form.onsubmit = start;
  // From the rules console ("Backtest the draft"): the saved draft; else the rules in force.
  const fromDraft = new URLSearchParams(window.location.search).has('draft');
  const source = fromDraft
    ? ParleySession.api('/api/rules/draft').then((r) => (r.ok ? r.json() : {})).then((d) => d.text || '')
    : ParleySession.api('/api/rules').then((r) => (r.ok ? r.text() : ''));
  source.then((text) => {
    if (!$('draft').value) $('draft').value = text;
  });
})();
