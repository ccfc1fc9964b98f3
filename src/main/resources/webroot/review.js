// Call review: search stored calls and open one in the replay page. The form's fields are the
// query parameters of GET /api/calls, and the page's address carries them, so a search can be
// bookmarked or shared.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const FIELDS = ['q', 'agent', 'account', 'phone', 'kind', 'from', 'to', 'min_duration', 'max_duration'];
  let next = null;
  let query = null;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function fmtTime(seconds) {
    if (seconds == null) return '—';
    const s = Math.round(seconds);
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  function currentQuery() {
    const params = new URLSearchParams();
    for (const name of FIELDS) {
      const value = $(name).value.trim();
      if (value) params.set(name, value);
    }
    return params;
  }

  function search(params, append) {
    const url = new URLSearchParams(params);
    url.set('limit', '25');
    if (append && next) url.set('after', next);
    $('search-error').hidden = true;
    return ParleySession.api('/api/calls?' + url).then((r) => r.json().then((body) => ({ ok: r.ok, body }))).then(({ ok, body }) => {
      if (!ok) {
        $('search-error').textContent = body.error || 'Search failed';
        $('search-error').hidden = false;
        if (body.field && $(body.field)) $(body.field).focus();
        return;
      }
      if (!append) $('results').textContent = '';
      for (const summary of body.calls) $('results').appendChild(row(summary, params));
      next = body.next;
      $('more').hidden = !next;
      $('no-results').hidden = $('results').children.length > 0;
    });
  }

  function row(summary, params) {
    const call = summary.call;
    const tr = el('tr', 'result');
    tr.dataset.callId = call.id;
    tr.tabIndex = 0;
    const prompts = el('td', 'kinds');
    for (const [kind, count] of Object.entries(summary.prompts)) {
      prompts.appendChild(el('span', 'chip kind-' + kind, kind + (count > 1 ? ' ×' + count : '')));
    }
    const said = el('td', 'said');
    if (summary.match) {
      said.append(el('span', 'at', fmtTime(summary.match.start) + ' ' + summary.match.speaker + ': '),
        el('span', 'text', summary.match.text));
    }
    tr.append(el('td', null, new Date(call.started_at).toLocaleString()), el('td', null, call.agent || '—'),
      el('td', null, call.caller_number || '—'), el('td', null, summary.account || '—'),
      el('td', 'num', fmtTime(call.duration_s)), prompts, said);
    if (call.transcribed_up_to != null) {
      // A stop left it half-decoded: the rest is being transcribed from its recordings.
      said.prepend(el('span', 'chip', 'transcribing after a restart'), ' ');
    }
    const open = () => {
      const target = new URLSearchParams({ call: call.id });
      if (summary.match) target.set('t', summary.match.start);
      if (params.get('q')) target.set('q', params.get('q'));
      location.href = 'replay.html?' + target;
    };
    tr.onclick = open;
    tr.onkeydown = (e) => { if (e.key === 'Enter') open(); };
    return tr;
  }

  $('search').onsubmit = (e) => {
    e.preventDefault();
    query = currentQuery();
    history.replaceState(null, '', '?' + query);
    next = null;
    search(query, false);
  };
  $('more').onclick = () => search(query, true);

  const initial = new URLSearchParams(location.search);
  for (const name of FIELDS) if (initial.get(name)) $(name).value = initial.get(name);
  query = currentQuery();
  search(query, false);
})();
