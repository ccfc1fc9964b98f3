// Replay of one stored call: both parties as lanes on one timeline (utterances where they were
// spoken, each party's loudness, prompt markers), the transcript beside it, the prompts with
// their evidence, the facts the agent saw, and the recordings in step when the site keeps them.
// Clicking a line, a block or a marker moves the playhead there; a marker lands on the line
// whose words raised the prompt.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const callId = params.get('call');
  const SVG = 'http://www.w3.org/2000/svg';
  const LANES = ['agent', 'caller'];
  const REDACTED = { card: 'card number', 'security-code': 'security code', expiry: 'expiry date', ssn: 'social security number' };
  const LANE_H = 70, LEFT = 70, MARKER_ROW = 14;
  let TOP = 22;
  const state = { record: null, duration: 1, lines: [], audio: [], width: 900 };

  const { el } = window.ParleyFacts;

  function fmt(seconds) {
    const tenths = Math.round(seconds * 10);
    return Math.floor(tenths / 600) + ':' + String(Math.floor(tenths / 10) % 60).padStart(2, '0') + '.' + (tenths % 10);
  }

  function svg(tag, attrs, parent) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (parent) parent.appendChild(node);
    return node;
  }

  function x(t) { return LEFT + (state.width - LEFT - 10) * (t / state.duration); }
  function laneY(speaker) { return TOP + LANES.indexOf(speaker) * LANE_H; }

  function words(text) {
    return (text || '').toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // --- what a prompt points at ---
  function lineForPrompt(prompt) {
    const own = state.lines.filter((line) => !prompt.speaker || line.u.speaker === prompt.speaker);
    const before = own.filter((line) => line.u.start <= prompt.at + 0.05);
    const evidence = words(prompt.evidence).join(' ');
    if (evidence) {
      for (let i = before.length - 1; i >= Math.max(0, before.length - 4); i--) {
        if ((' ' + words(before[i].u.text).join(' ') + ' ').includes(' ' + evidence + ' ')) return before[i];
      }
    }
    if (before.length) return before[before.length - 1];
    return own[0] || state.lines[0];
  }

  function lineAt(t) {
    let found = null;
    for (const line of state.lines) if (line.u.start <= t + 0.01) found = line;
    return found;
  }

  function land(line, t) {
    for (const node of document.querySelectorAll('.line.current')) node.classList.remove('current');
    for (const node of document.querySelectorAll('.utterance-block.current')) node.classList.remove('current');
    if (line) {
      line.node.classList.add('current');
      line.block.classList.add('current');
      line.node.scrollIntoView({ block: 'center' });
    }
    seek(t != null ? t : line ? line.u.start : 0);
  }

  function seek(t) {
    $('playhead').setAttribute('x1', x(t));
    $('playhead').setAttribute('x2', x(t));
    $('clock').textContent = fmt(t);
    for (const audio of state.audio) {
      if (Math.abs(audio.currentTime - t) > 0.05) audio.currentTime = t;
    }
  }

  // --- drawing ---
  function drawTimeline(record, loudness) {
    const root = $('timeline');
    root.textContent = '';
    state.width = Math.max(600, root.clientWidth || 900);
    // Markers closer than a marker's width go on rows one above the other, so each can be clicked.
    const rows = [];
    const rowOf = record.prompts.map((prompt) => {
      let row = 0;
      while (rows[row] != null && x(prompt.at) - rows[row] < MARKER_ROW) row++;
      rows[row] = x(prompt.at);
      return row;
    });
    TOP = 22 + Math.max(0, rows.length - 1) * MARKER_ROW;
    const height = TOP + LANES.length * LANE_H + 10;
    root.setAttribute('viewBox', '0 0 ' + state.width + ' ' + height);
    root.setAttribute('height', height);
    const step = state.duration > 600 ? 60 : state.duration > 120 ? 15 : 5;
    for (let t = 0; t <= state.duration; t += step) {
      svg('line', { x1: x(t), x2: x(t), y1: TOP - 4, y2: height - 10, class: 'tick' }, root);
      svg('text', { x: x(t), y: TOP - 10, class: 'tick-label', 'text-anchor': 'middle' }, root).textContent = fmt(t).replace(/\.\d$/, '');
    }
    for (const speaker of LANES) {
      const y = laneY(speaker);
      svg('rect', { x: LEFT, y, width: state.width - LEFT - 10, height: LANE_H - 8, class: 'lane lane-' + speaker }, root);
      svg('text', { x: 6, y: y + LANE_H / 2, class: 'lane-label' }, root).textContent = speaker === 'agent' ? 'Agent' : 'Caller';
      const track = loudness.find((t) => t.speaker === speaker);
      if (track && track.levels.length) {
        // -70 dBFS and below sit on the lane's floor; 0 dBFS at its top.
        const floor = y + LANE_H - 8;
        let d = 'M' + x(track.start_s) + ' ' + floor;
        track.levels.forEach((level, i) => {
          const h = Math.max(0, Math.min(1, (level + 70) / 70)) * (LANE_H - 12);
          d += ' L' + x(track.start_s + i * track.step_s) + ' ' + (floor - h);
        });
        d += ' L' + x(track.start_s + track.levels.length * track.step_s) + ' ' + floor + ' Z';
        svg('path', { d, class: 'loudness loudness-' + speaker, 'data-speaker': speaker }, root);
      }
    }
    state.lines.forEach((line) => {
      const u = line.u;
      const y = laneY(u.speaker);
      const block = svg('rect', { x: x(u.start), y: y + 18, width: Math.max(2, x(u.end) - x(u.start)), height: 24, rx: 3,
        class: 'utterance-block block-' + u.speaker, 'data-line': line.index }, root);
      svg('title', {}, block).textContent = fmt(u.start) + ' ' + u.text;
      block.onclick = () => land(line);
      line.block = block;
    });
    for (const gap of record.gaps) {
      svg('rect', { x: x(gap.start), y: laneY(gap.speaker), width: Math.max(2, x(gap.end) - x(gap.start)), height: LANE_H - 8,
        class: 'gap-block' }, root);
    }
    record.prompts.forEach((prompt, index) => {
      const marker = svg('g', { class: 'prompt-marker severity-' + prompt.severity, 'data-prompt': index, tabindex: 0,
        role: 'button', 'aria-label': prompt.kind + ' prompt at ' + fmt(prompt.at) }, root);
      const cy = 16 + rowOf[index] * MARKER_ROW;
      svg('line', { x1: x(prompt.at), x2: x(prompt.at), y1: cy, y2: height - 10 }, marker);
      svg('circle', { cx: x(prompt.at), cy, r: 6 }, marker);
      svg('title', {}, marker).textContent = prompt.kind + ': ' + prompt.message + (prompt.evidence ? ' — ' + prompt.evidence : '');
      marker.onclick = () => openPrompt(index);
      marker.onkeydown = (e) => { if (e.key === 'Enter') openPrompt(index); };
    });
    svg('line', { id: 'playhead', x1: x(0), x2: x(0), y1: TOP - 8, y2: height - 6, class: 'playhead' }, root);
    root.onclick = (e) => {
      if (e.target.closest('.prompt-marker') || e.target.classList.contains('utterance-block')) return;
      const box = root.getBoundingClientRect();
      const t = Math.max(0, Math.min(state.duration, ((e.clientX - box.left) * state.width / box.width - LEFT)
        / (state.width - LEFT - 10) * state.duration));
      land(lineAt(t), t);
    };
  }

  function openPrompt(index) {
    const prompt = state.record.prompts[index];
    for (const node of document.querySelectorAll('.prompt.current, .prompt-marker.current')) node.classList.remove('current');
    document.querySelector('.prompt[data-prompt="' + index + '"]').classList.add('current');
    document.querySelector('.prompt-marker[data-prompt="' + index + '"]').classList.add('current');
    land(lineForPrompt(prompt), prompt.at);
  }

  function drawTranscript(record) {
    const list = $('lines');
    list.textContent = '';
    // What the search asked for: single words anywhere, "phrases" only where said in a row.
    const q = params.get('q') || '';
    const phrases = [...q.matchAll(/"([^"]*)"/g)].map((m) => words(m[1])).filter((p) => p.length);
    const single = new Set(words(q.replace(/"[^"]*"/g, ' ')));
    state.lines = record.utterances.map((u, index) => {
      const node = el('li', 'line ' + u.speaker);
      node.dataset.index = index;
      node.dataset.start = u.start;
      const who = el('span', 'who', (u.speaker === 'agent' ? 'Agent' : 'Caller') + ' · ' + fmt(u.start));
      const text = el('span', 'text');
      const spoken = u.text.split(' ');
      const said = spoken.map((word) => words(word).join(''));
      const marked = said.map((word) => single.has(word));
      for (const phrase of phrases) {
        for (let i = 0; i + phrase.length <= said.length; i++) {
          if (phrase.every((word, j) => said[i + j] === word)) phrase.forEach((_, j) => { marked[i + j] = true; });
        }
      }
      spoken.forEach((word, i) => {
        if (i) text.append(' ');
        text.append(marked[i] ? el('mark', null, word) : word);
      });
      node.append(who, text);
      const line = { index, u, node, block: null };
      node.onclick = () => land(line);
      list.appendChild(node);
      return line;
    });
    // Where payment data was said: a note under the utterance that holds its placeholder.
    for (const r of record.redactions || []) {
      const line = state.lines.find((l) => l.u.speaker === r.speaker && l.u.start <= r.start + 0.05 && r.start <= l.u.end + 0.05);
      if (line) line.node.append(el('span', 'redacted', (REDACTED[r.category] || r.category) + ' redacted at ' + fmt(r.start)));
    }
  }

  function drawPrompts(record) {
    const list = $('prompt-list');
    list.textContent = '';
    $('no-prompts').hidden = record.prompts.length > 0;
    const verdicts = {};
    for (const f of record.prompt_feedback) verdicts[f.prompt] = f.verdict;
    record.prompts.forEach((prompt, index) => {
      const li = el('li', 'prompt ' + prompt.severity);
      li.dataset.prompt = index;
      li.append(el('div', 'kind', prompt.kind + ' · ' + fmt(prompt.at) + (verdicts[index] ? ' · agent: ' + verdicts[index] : '')),
        el('div', 'message', prompt.message));
      if (prompt.evidence) li.append(el('div', 'evidence', '“' + prompt.evidence + '” (' + prompt.speaker + ')'));
      li.onclick = () => openPrompt(index);
      list.appendChild(li);
    });
  }

  function drawScorecard() {
    ParleySession.api('/api/calls/' + encodeURIComponent(callId) + '/scorecard').then((r) => (r.ok ? r.json() : null)).then((card) => {
      if (!card || !card.rows) return;
      window.ParleyScorecard && window.ParleyScorecard.render($('scorecard'), card, callId, (t) => land(lineAt(t), t));
      $('scorecard-section').hidden = false;
    });
  }

  function setUpAudio() {
    const sources = LANES.map((speaker) => '/api/calls/' + encodeURIComponent(callId) + '/recordings/' + speaker);
    Promise.all(sources.map((src) => ParleySession.api(src, { headers: { Range: 'bytes=0-0' } }).then((r) => r.ok)))
      .then((kept) => {
        LANES.forEach((speaker, i) => {
          if (kept[i]) {
            const audio = $('audio-' + speaker);
            audio.src = sources[i];
            state.audio.push(audio);
          }
        });
        if (!state.audio.length) { $('no-audio').hidden = false; return; }
        $('play').hidden = false;
        const lead = state.audio[0];
        // While playing, the playhead and the current line follow the audio; a seek while paused
        // leaves the line the reviewer picked (a prompt's line is not always the latest one).
        lead.ontimeupdate = () => {
          if (lead.paused) return;
          const t = lead.currentTime;
          $('playhead').setAttribute('x1', x(t));
          $('playhead').setAttribute('x2', x(t));
          $('clock').textContent = fmt(t);
          const line = lineAt(t);
          if (line && !line.node.classList.contains('current')) {
            for (const node of document.querySelectorAll('.line.current')) node.classList.remove('current');
            line.node.classList.add('current');
          }
        };
        lead.onended = () => { $('play').textContent = 'Play'; };
        $('play').onclick = () => {
          if (lead.paused) {
            for (const audio of state.audio) { audio.currentTime = lead.currentTime; audio.play(); }
            $('play').textContent = 'Pause';
          } else {
            for (const audio of state.audio) audio.pause();
            $('play').textContent = 'Play';
          }
        };
      });
  }

  // Which published rules coached a call (its record's "rules"); nothing for calls stored before rollout.
  function coachedBy(rules) {
    if (!rules) return '';
    return 'Coached by rules version ' + rules.version + (rules.team ? ' (team ' + rules.team + '\'s profile)' : ' (the floor\'s)');
  }

  function show(record, loudness) {
    state.record = record;
    const call = record.call;
    state.duration = Math.max(1, call.duration_s || 0, ...record.utterances.map((u) => u.end),
      ...record.prompts.map((p) => p.at + 1));
    document.title = 'Parley · Replay ' + (call.caller_number || call.id);
    $('call-number').textContent = call.caller_number || 'Unknown number';
    const account = record.facts && record.facts.account ? ' · account ' + record.facts.account.id : '';
    $('call-meta').textContent = 'Agent ' + (call.agent || 'unknown') + ' · ' + new Date(call.started_at).toLocaleString()
      + ' · ' + fmt(call.duration_s || 0) + account + ' · call ' + call.id
      // A stop left it half-decoded: the rest is being transcribed from its recordings.
      + (call.transcribed_up_to == null ? ''
        : ' · transcribing after a restart (words up to ' + fmt(call.transcribed_up_to) + '; reload for the rest)');
    $('call-rules').textContent = coachedBy(call.rules);
    const base = '/api/calls/' + encodeURIComponent(call.id);
    $('export-json').href = base + '?download=1';
    $('export-text').href = base + '/transcript.txt?download=1';
    drawTranscript(record);
    drawPrompts(record);
    drawTimeline(record, loudness);
    if (record.facts) {
      $('facts-body').className = '';
      $('facts-body').textContent = '';
      window.ParleyFacts.renderAccount($('facts-body'), record.facts);
    }
    const t = Number(params.get('t'));
    if (params.has('t') && !Number.isNaN(t)) land(lineAt(t), t);
  }

  if (!callId) {
    $('load-error').textContent = 'No call given: open a call from the review page.';
    $('load-error').hidden = false;
    return;
  }
  const base = '/api/calls/' + encodeURIComponent(callId);
  Promise.all([ParleySession.api(base).then((r) => r.json().then((body) => ({ ok: r.ok, body }))),
    ParleySession.api(base + '/loudness').then((r) => (r.ok ? r.json() : []))])
    .then(([record, loudness]) => {
      if (!record.ok) {
        $('load-error').textContent = record.body.error || 'Cannot load the call';
        $('load-error').hidden = false;
        return;
      }
      show(record.body, loudness);
      setUpAudio();
      drawScorecard();
    });
})();
