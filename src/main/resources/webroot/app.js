// Parley agent screen: live calls of the chosen agent, and the selected call's transcript,
// kept current by the server-sent live feed (/api/live/events). Partial lines are replaced by
// the final line with the same stream and sequence number.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const state = {
    agent: params.get('agent') || '',
    calls: new Map(),      // call id -> {call, lines: Map(key -> entry), ended, facts, prompts, delayed}
    selected: params.get('call') || null,
    source: null,
    knownAgents: new Set(),
  };
  const $ = (id) => document.getElementById(id);
  const { el } = window.ParleyFacts;

  function lineKey(entry) { return entry.stream + '#' + entry.seq; }

  // The PBX link: hidden while connected (or when Parley follows no PBX), a red banner otherwise.
  function showPbx(pbx) {
    const banner = $('pbx-banner');
    if (!pbx || pbx.status === 'connected' || pbx.status === 'off') {
      banner.hidden = true;
      return;
    }
    banner.hidden = false;
    banner.textContent = pbx.label + (pbx.status === 'connecting' ? '…' : ' — new calls will not show until it is back')
      + (pbx.detail ? ' (' + pbx.detail + ')' : '');
  }

  function applyGap(event) {
    const entry = state.calls.get(event.call_id);
    if (!entry) return;
    const who = event.speaker === 'agent' ? "Agent's" : "Caller's";
    const key = 'gap#' + event.speaker + '#' + event.at;
    if (event.type === 'tap-lost') {
      entry.lines.set(key, { gap: true, speaker: event.speaker, start: event.at, final: true,
        text: who + ' audio lost at ' + fmtTime(event.at) + ' — reconnecting' });
    } else {
      entry.lines.set(key, { gap: true, speaker: event.speaker, start: event.at, final: true,
        text: who + ' audio back at ' + fmtTime(event.at) });
    }
    if (event.call_id === state.selected) renderTranscript();
  }

  function fmtTime(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  function addAgent(agent) {
    if (!agent || state.knownAgents.has(agent)) return;
    state.knownAgents.add(agent);
    const option = document.createElement('option');
    option.value = agent; option.textContent = agent;
    $('agent').appendChild(option);
  }

  function upsertCall(call) {
    addAgent(call.agent);
    let entry = state.calls.get(call.id);
    if (!entry) {
      entry = { call, lines: new Map(), ended: false, facts: undefined, prompts: [], delayed: false };
      state.calls.set(call.id, entry);
    }
    return entry;
  }

  function applyUtterance(event) {
    const entry = state.calls.get(event.call_id);
    if (!entry) return;
    const key = lineKey(event);
    if (!event.final && !event.text) entry.lines.delete(key);
    else entry.lines.set(key, event);
    if (event.call_id === state.selected) renderTranscript();
  }

  function renderCalls() {
    const list = $('live-calls');
    list.textContent = '';
    const live = [...state.calls.values()].filter((c) => !c.ended);
    live.sort((a, b) => b.call.started_at.localeCompare(a.call.started_at));
    if (!state.selected || !state.calls.has(state.selected)) {
      state.selected = live.length ? live[0].call.id : state.selected;
    }
    for (const c of live) {
      const li = document.createElement('li');
      li.dataset.callId = c.call.id;
      li.className = c.call.id === state.selected ? 'selected' : '';
      li.innerHTML = '<div class="number"><span class="live-dot"></span></div><div class="meta"></div>';
      li.querySelector('.number').append(c.call.caller_number || 'Unknown number');
      li.querySelector('.meta').textContent = (c.call.agent || 'unassigned') + ' · since '
        + new Date(c.call.started_at).toLocaleTimeString();
      const breaches = c.prompts.filter(isBreach).length;
      if (breaches) {
        li.classList.add('breached');
        li.querySelector('.number').append(el('span', 'breach-badge', breaches + (breaches > 1 ? ' breaches' : ' breach')));
      }
      if (c.delayed) li.querySelector('.number').append(el('span', 'delayed-badge', 'coaching delayed'));
      li.onclick = () => select(c.call.id);
      list.appendChild(li);
    }
    $('no-calls').style.display = live.length ? 'none' : 'block';
    renderTranscript();
    renderCoachingNotice();
    renderPrompts();
    renderCompliance();
    renderBreachBanner();
    renderFacts();
  }

  function select(callId) {
    state.selected = callId;
    if (!state.calls.has(callId)) {
      loadStoredCall(callId);
    }
    renderCalls();
  }

  // Which published rules coached a call (its record's "rules"); nothing for calls stored before rollout.
  function coachedBy(rules) {
    if (!rules) return '';
    return 'Coached by rules version ' + rules.version + (rules.team ? ' (team ' + rules.team + '\'s profile)' : ' (the floor\'s)');
  }

  function renderTranscript() {
    const entry = state.calls.get(state.selected);
    const list = $('transcript');
    list.textContent = '';
    if (!entry) {
      $('call-number').textContent = '—';
      $('call-meta').textContent = 'Select a call';
      $('call-rules').textContent = '';
      $('call-state').textContent = '';
      return;
    }
    $('call-number').textContent = entry.call.caller_number || 'Unknown number';
    $('call-meta').textContent = 'Agent ' + (entry.call.agent || 'unassigned') + ' · call ' + entry.call.id;
    $('call-rules').textContent = coachedBy(entry.call.rules);
    $('call-state').textContent = entry.ended ? 'Ended' : '● Live';
    $('call-state').className = 'call-state ' + (entry.ended ? 'ended' : 'live');
    const lines = [...entry.lines.values()].sort((a, b) => a.start - b.start);
    for (const line of lines) {
      const li = document.createElement('li');
      if (line.gap) {
        li.className = 'gap';
        li.textContent = line.text;
        list.appendChild(li);
        continue;
      }
      li.className = 'line ' + line.speaker + (line.final ? '' : ' partial');
      const who = document.createElement('span');
      who.className = 'who';
      who.textContent = (line.speaker === 'agent' ? 'Agent' : 'Caller') + ' · ' + fmtTime(line.start);
      const text = document.createElement('span');
      text.className = 'text';
      text.textContent = line.text;
      li.append(who, text);
      list.appendChild(li);
    }
    list.scrollTop = list.scrollHeight;
  }

  // --- coaching prompts: newest and most severe first, fading when stale. Compliance breaches
  // are not tips: they stand apart, never fade, and show on every screen that sees the call. ---
  const SEVERITY = { alert: 0, warn: 1, info: 2 };
  const isBreach = (prompt) => prompt.kind === 'compliance';
  const STALE_AFTER_S = 45;

  function addPrompt(callId, prompt, index) {
    const entry = state.calls.get(callId);
    if (!entry) return;
    prompt.index = index;
    prompt.receivedAt = Date.now();
    entry.prompts = entry.prompts.filter((p) => p.index !== index).concat([prompt]);
    if (callId === state.selected) renderPrompts();
    if (isBreach(prompt)) {
      renderCompliance();
      renderBreachBanner();
      renderCalls();
    }
  }

  function renderCompliance() {
    const entry = state.calls.get(state.selected);
    const breaches = entry ? entry.prompts.filter(isBreach).sort((a, b) => b.at - a.at) : [];
    const list = $('compliance-alerts');
    list.textContent = '';
    for (const breach of breaches) {
      const li = document.createElement('li');
      li.className = 'breach ' + (breach.severity || 'alert');
      li.dataset.rule = breach.rule;
      li.append(el('div', 'kind', 'Compliance ' + (breach.severity === 'warn' ? 'risk' : 'breach') + ' · '
          + fmtTime(breach.at)), el('div', 'message', breach.message),
        el('div', 'evidence', breach.evidence ? '“' + breach.evidence + '”' : ''));
      list.appendChild(li);
    }
    $('compliance').hidden = breaches.length === 0;
  }

  // Breaches on the live calls this screen sees, other than the one open: a supervisor's floor view.
  function renderBreachBanner() {
    const list = $('breach-list');
    list.textContent = '';
    let shown = 0;
    for (const entry of state.calls.values()) {
      if (entry.ended || entry.call.id === state.selected) continue;
      for (const breach of entry.prompts.filter(isBreach)) {
        const li = document.createElement('li');
        li.dataset.callId = entry.call.id;
        const open = document.createElement('a');
        open.href = '#';
        open.textContent = 'open';
        open.onclick = (e) => { e.preventDefault(); select(entry.call.id); };
        li.append((entry.call.agent || 'unassigned') + ' · ' + (entry.call.caller_number || 'unknown number')
          + ' · ' + fmtTime(breach.at) + ': ' + breach.message + ' ', open);
        list.appendChild(li);
        shown++;
      }
    }
    $('breach-banner').hidden = shown === 0;
  }

  // Parley is behind on the call's audio (speech.max_lag), or at its live limit (calls.max_live).
  function renderCoachingNotice() {
    const entry = state.calls.get(state.selected);
    const notice = $('coaching-notice');
    if (entry && !entry.ended && entry.call.transcribed_after_call) {
      notice.textContent = 'Transcribed after the call: Parley is at its limit of live calls. '
        + 'The words and prompts of this call will be in review once it ends.';
    } else if (entry && !entry.ended && entry.delayed) {
      notice.textContent = 'Coaching delayed: Parley is behind on this call\'s audio, so words and prompts come late.';
    } else {
      notice.hidden = true;
      return;
    }
    notice.hidden = false;
  }

  function renderPrompts() {
    const entry = state.calls.get(state.selected);
    const list = $('prompts');
    list.textContent = '';
    const prompts = entry ? entry.prompts.filter((p) => !p.dismissed && !isBreach(p)) : [];
    prompts.sort((a, b) => (SEVERITY[a.severity] ?? 1) - (SEVERITY[b.severity] ?? 1) || b.at - a.at);
    for (const prompt of prompts) {
      const li = document.createElement('li');
      const ageS = (Date.now() - prompt.receivedAt) / 1000;
      li.className = 'prompt ' + (prompt.severity || 'warn') + (ageS > STALE_AFTER_S || entry.ended ? ' stale' : '')
        + (prompt.helpful ? ' helpful' : '');
      li.dataset.kind = prompt.kind;
      const kind = document.createElement('div');
      kind.className = 'kind';
      kind.textContent = prompt.kind.replace('-', ' ') + ' · ' + fmtTime(prompt.at);
      const message = document.createElement('div');
      message.className = 'message';
      message.textContent = prompt.message;
      const evidence = document.createElement('div');
      evidence.className = 'evidence';
      evidence.textContent = prompt.evidence ? '“' + prompt.evidence + '”' : '';
      const actions = document.createElement('div');
      actions.className = 'actions';
      const helpful = document.createElement('button');
      helpful.className = 'helpful';
      helpful.textContent = 'Helpful';
      helpful.onclick = () => feedback(entry, prompt, 'helpful');
      const dismiss = document.createElement('button');
      dismiss.className = 'dismiss';
      dismiss.textContent = 'Dismiss';
      dismiss.onclick = () => feedback(entry, prompt, 'dismissed');
      actions.append(helpful, dismiss);
      li.append(kind, message, evidence, actions);
      list.appendChild(li);
    }
    $('no-prompts').style.display = prompts.length ? 'none' : 'block';
  }

  function feedback(entry, prompt, verdict) {
    if (verdict === 'dismissed') prompt.dismissed = true; else prompt.helpful = true;
    renderPrompts();
    ParleySession.api('/api/calls/' + encodeURIComponent(entry.call.id) + '/prompts/' + prompt.index + '/feedback', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ verdict }),
    });
  }

  setInterval(renderPrompts, 5000);

  // --- the caller's account, reconciled (facts.js) ---

  function renderFacts() {
    const entry = state.calls.get(state.selected);
    const body = $('facts-body');
    body.textContent = '';
    body.className = '';
    if (!entry) { body.className = 'empty'; body.textContent = 'Select a call'; return; }
    if (entry.facts === undefined) {
      body.className = 'empty';
      body.textContent = entry.ended ? 'No account facts for this call.' : 'Looking up the caller…';
      return;
    }
    if (entry.facts === null) {
      body.append(el('div', 'unknown', 'Unknown caller'),
        el('div', 'empty', 'No account has the number ' + (entry.call.caller_number || '(withheld)') + '.'));
      return;
    }
    window.ParleyFacts.renderAccount(body, entry.facts);
  }

  function onEvent(event) {
    if (event.type === 'call-started') {
      upsertCall(event.call);
      // A new call takes the screen unless the agent is looking at another live call.
      const current = state.calls.get(state.selected);
      if (!current || current.ended) state.selected = event.call.id;
      renderCalls();
    } else if (event.type === 'utterance') {
      applyUtterance(event);
    } else if (event.type === 'tap-lost' || event.type === 'tap-restored') {
      applyGap(event);
    } else if (event.type === 'pbx-status') {
      showPbx(event);
    } else if (event.type === 'facts') {
      const entry = state.calls.get(event.call_id);
      if (entry) {
        entry.facts = event.facts;
        if (event.call_id === state.selected) renderFacts();
      }
    } else if (event.type === 'prompt') {
      addPrompt(event.call_id, event.prompt, event.index);
    } else if (event.type === 'coaching-delayed' || event.type === 'coaching-caught-up') {
      const entry = state.calls.get(event.call_id);
      if (entry) {
        entry.delayed = event.type === 'coaching-delayed';
        renderCalls();
      }
    } else if (event.type === 'call-ended') {
      const entry = state.calls.get(event.call_id);
      if (entry) {
        entry.ended = true;
        entry.call.duration_s = event.duration_s;
      }
      renderCalls();
      loadRecent();
    }
  }


  function connect() {
    if (state.source) state.source.close();
    const query = state.agent ? '?agent=' + encodeURIComponent(state.agent) : '';
    ParleySession.api('/api/live' + query).then((r) => r.json()).then((calls) => {
      for (const item of calls) {
        const entry = upsertCall(item.call);
        for (const u of item.utterances) entry.lines.set(lineKey(u), u);
        if ('facts' in item) entry.facts = item.facts;
        entry.delayed = !!item.coaching_delayed;
        (item.prompts || []).forEach((prompt, i) => addPrompt(item.call.id, prompt, i));
      }
      renderCalls();
    });
    const source = new EventSource('/api/live/events' + query);
    source.onopen = () => {
      setStatus(true);
      ParleySession.api('/api/health').then((r) => r.json()).then((health) => showPbx(health.pbx));
    };
    source.onerror = () => setStatus(false);
    source.onmessage = (message) => onEvent(JSON.parse(message.data));
    state.source = source;
  }

  function setStatus(up) {
    const el = $('feed-status');
    el.textContent = up ? 'Live feed connected' : 'Live feed disconnected — retrying';
    el.className = 'status ' + (up ? 'status-up' : 'status-down');
  }

  function loadRecent() {
    ParleySession.api('/api/calls?limit=20').then((r) => r.json()).then((page) => {
      const list = $('recent-calls');
      list.textContent = '';
      for (const call of page.calls.map((summary) => summary.call)) {
        addAgent(call.agent);
        if (state.agent && call.agent !== state.agent) continue;
        const known = state.calls.get(call.id);
        if (known && !known.ended) continue;
        const li = document.createElement('li');
        li.dataset.callId = call.id;
        li.innerHTML = '<div class="number"></div><div class="meta"></div>';
        li.querySelector('.number').textContent = call.caller_number || 'Unknown number';
        li.querySelector('.meta').textContent = (call.agent || 'unassigned') + ' · '
          + new Date(call.started_at).toLocaleTimeString()
          + (call.duration_s != null ? ' · ' + fmtTime(call.duration_s) : '');
        li.onclick = () => select(call.id);
        list.appendChild(li);
      }
    });
  }

  function loadStoredCall(callId) {
    ParleySession.api('/api/calls/' + encodeURIComponent(callId)).then((r) => (r.ok ? r.json() : null)).then((record) => {
      if (!record) return;
      const entry = upsertCall(record.call);
      entry.ended = true;
      entry.facts = record.facts;
      (record.prompts || []).forEach((prompt, i) => addPrompt(callId, prompt, i));
      record.utterances.forEach((u, i) => entry.lines.set('stored#' + i, Object.assign({ final: true }, u)));
      (record.gaps || []).forEach((gap, i) => entry.lines.set('gap#stored#' + i, {
        gap: true, speaker: gap.speaker, start: gap.start, final: true,
        text: (gap.speaker === 'agent' ? "Agent's" : "Caller's") + ' audio lost from ' + fmtTime(gap.start)
          + ' to ' + fmtTime(gap.end) }));
      if (state.selected === callId) renderCalls();
    });
  }

  $('agent').addEventListener('change', (e) => {
    state.agent = e.target.value;
    const url = new URL(location.href);
    if (state.agent) url.searchParams.set('agent', state.agent); else url.searchParams.delete('agent');
    history.replaceState(null, '', url);
    state.calls.clear();
    state.selected = null;
    connect();
    loadRecent();
  });

  addAgent(state.agent);
  $('agent').value = state.agent;
  connect();
  loadRecent();
})();
