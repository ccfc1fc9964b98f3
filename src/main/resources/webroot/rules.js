// The rules console: the rules as a list with a form for the common fields, the YAML with its
// errors marked at their lines (validated as one types), the shared draft, publishing with a
// comment (to everyone or to one team), the versions with their scope, the teams on their own
// rules, a rule-by-rule diff of any two, and restoring an old one. The server
// decides everything (validation, versions, diffs): the page only shows it and edits the text.
// Every save, publish and discard says which draft it was based on (the revision loaded or last
// saved, or none); when another admin changed the draft since, the server refuses it and the
// page says who and when, keeps the text typed, and offers to compare, save over or load theirs.
(() => {
  const $ = (id) => document.getElementById(id);
  const yaml = $('yaml');
  const LINE = 18; // px, the editor's line height (rules.css)
  const KINDS = ['urgency', 'options', 'emotional-control', 'dispute', 'empathy', 'next-step', 'firmness', 'compliance'];
  const state = { canEdit: false, outline: [], errors: [], selected: null, inForce: null, draft: null, dirty: false,
    checking: 0, currentLine: null, teams: [], profiles: [], conflict: null };

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'class') node.className = v; else if (k === 'dataset') Object.assign(node.dataset, v); else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c == null ? '' : c);
    return node;
  }

  function json(r) {
    return r.text().then((t) => ({ status: r.status, ok: r.ok, data: t ? JSON.parse(t) : null }));
  }

  function say(text, failed = false) {
    const box = $('console-message');
    box.hidden = !text;
    box.textContent = text || '';
    box.classList.toggle('failed', failed);
  }

  // --- the draft and what it is based on -------------------------------------------------------

  function showDraftState() {
    const d = state.draft;
    const line = $('draft-state');
    line.classList.toggle('dirty', state.dirty);
    if (state.dirty) line.textContent = 'Unsaved changes' + (d ? ' to the draft saved by ' + d.saved_by : '') + ': live calls use the version in force';
    else if (d) line.textContent = 'Draft saved by ' + d.saved_by + ' at ' + new Date(d.saved_at).toLocaleString()
      + (d.valid ? '' : ' (invalid)') + (d.based_on ? ', based on version ' + d.based_on : '') + ': not in force until published';
    else line.textContent = 'No draft: the editor shows the rules in force';
    $('discard-draft').disabled = !d && !state.dirty;
  }

  /** The draft this page's text was based on: its revision as loaded or last saved, or none. */
  function base() {
    return state.draft ? state.draft.revision : 'none';
  }

  function loadEditor() {
    hideConflict();
    return ParleySession.api('/api/rules/draft').then(json).then(({ status, data }) => {
      if (status === 200) {
        state.draft = data;
        return data.text;
      }
      state.draft = null;
      return ParleySession.api('/api/rules').then((r) => r.text());
    }).then((text) => {
      yaml.value = text;
      state.dirty = false;
      renderGutter();
      showDraftState();
      validate();
    });
  }

  function edited() {
    state.dirty = true;
    showDraftState();
    renderGutter();
    clearTimeout(edited.timer);
    edited.timer = setTimeout(validate, 350);
  }

  // --- validation as one types ---------------------------------------------------------------

  function validate() {
    const asked = ++state.checking;
    return ParleySession.api('/api/rules/validate', { method: 'POST', body: yaml.value || ' ' }).then(json)
      .then(({ data }) => { if (asked === state.checking) showValidation(data); });
  }

  function showValidation(result) {
    state.errors = result.valid ? [] : result.errors;
    state.outline = result.outline || [];
    const validity = $('validity');
    validity.className = 'validity ' + (result.valid ? 'valid' : 'invalid');
    validity.id = 'validity';
    validity.textContent = result.valid ? 'valid · ' + result.rules.length + ' in force'
      : state.errors.length + (state.errors.length === 1 ? ' error' : ' errors');
    renderRules();
    renderErrors();
    renderGutter();
  }

  function rulesNamedBy(error) {
    if (error.rule) return [error.rule];
    if (error.concept) return state.outline.filter((r) => r.concepts.includes(error.concept)).map((r) => r.name);
    const within = state.outline.find((r) => error.line >= r.line && error.line <= r.last_line);
    return within ? [within.name] : [];
  }

  function renderErrors() {
    const list = $('errors');
    list.textContent = '';
    for (const e of state.errors) {
      const li = el('li', { dataset: { line: e.line } }, 'Line ' + e.line + ': ' + e.text.replace(/^line \d+: /, ''));
      li.onclick = () => goToLine(e.line);
      list.append(li);
    }
  }

  function renderRules() {
    const body = $('rule-list');
    body.textContent = '';
    const problems = new Map();
    for (const e of state.errors) {
      for (const name of rulesNamedBy(e)) {
        if (!problems.has(name)) problems.set(name, []);
        problems.get(name).push(e);
      }
    }
    for (const r of state.outline) {
      const errs = problems.get(r.name) || [];
      const name = el('td', {}, r.name);
      for (const e of errs) name.append(el('span', { class: 'rule-error' }, 'line ' + e.line + ': ' + e.message));
      const tr = el('tr', { class: 'rule' + (r.enabled ? '' : ' disabled') + (errs.length ? ' invalid' : '')
        + (state.selected === r.name ? ' selected' : ''), dataset: { rule: r.name, line: r.line } },
      name, el('td', {}, r.kind), el('td', {}, r.severity), el('td', { class: 'trigger' }, r.trigger),
      el('td', {}, r.cooldown || 'default'), el('td', {}, r.enabled ? 'yes' : 'no'));
      tr.onclick = () => select(r.name);
      body.append(tr);
    }
  }

  // --- the editor: line numbers and marks -------------------------------------------------------

  function renderGutter() {
    const count = yaml.value.split('\n').length;
    const bad = new Set(state.errors.map((e) => e.line));
    const gutter = $('gutter');
    gutter.textContent = '';
    const marks = $('marks');
    marks.textContent = '';
    for (let i = 1; i <= count; i++) {
      const n = el('div', { dataset: { line: i } }, String(i));
      if (bad.has(i)) n.className = 'bad';
      gutter.append(n);
    }
    const top = 6; // the textarea's padding
    for (const line of bad) marks.append(el('div', { class: 'mark', style: 'top:' + (top + (line - 1) * LINE) + 'px', dataset: { line } }));
    if (state.currentLine) marks.append(el('div', { class: 'mark current', style: 'top:' + (top + (state.currentLine - 1) * LINE) + 'px' }));
    syncScroll();
  }

  function syncScroll() {
    $('gutter').scrollTop = yaml.scrollTop;
    $('marks').style.transform = 'translateY(' + (-yaml.scrollTop) + 'px)';
  }

  function goToLine(line) {
    const lines = yaml.value.split('\n');
    let start = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
    yaml.focus();
    yaml.setSelectionRange(start, start + (lines[line - 1] || '').length);
    yaml.scrollTop = Math.max(0, (line - 6) * LINE);
    state.currentLine = line;
    renderGutter();
  }

  // --- the form for one rule's common fields ----------------------------------------------------

  function select(name) {
    state.selected = name;
    const r = state.outline.find((x) => x.name === name);
    renderRules();
    const form = $('rule-form');
    form.hidden = !r;
    if (!r) return;
    $('form-rule').textContent = r.name;
    form.kind.replaceChildren(...KINDS.map((k) => el('option', {}, k)));
    form.kind.value = r.kind;
    form.severity.value = r.severity;
    form.cooldown.value = r.cooldown;
    form.enabled.checked = r.enabled;
    form.message.value = fieldText(r, 'message');
    for (const input of form.querySelectorAll('input, select')) input.disabled = !state.canEdit;
    goToLine(r.line);
  }

  /** The rule's lines, its fields' indentation, and where a field is written. */
  function ruleLines(r) {
    const lines = yaml.value.split('\n');
    const first = r.line - 1;
    const last = Math.min(r.last_line - 1, lines.length - 1);
    const head = lines[first] || '';
    const indent = head.replace(/^(\s*)(- )?.*$/, (m, a, b) => a + (b ? '  ' : '')).length;
    return { lines, first, last, indent };
  }

  function findField(r, key) {
    const { lines, first, last, indent } = ruleLines(r);
    const pattern = new RegExp('^(\\s*- )?\\s*' + key + ':');
    for (let i = first; i <= last; i++) {
      const line = lines[i];
      const at = line.search(/\S/);
      const keyAt = line.startsWith('- ', at) ? at + 2 : at;
      if (keyAt === indent && pattern.test(line)) return i;
    }
    return -1;
  }

  function fieldText(r, key) {
    const at = findField(r, key);
    if (at < 0) return '';
    const value = yaml.value.split('\n')[at].replace(/^[^:]*:\s*/, '');
    try { return value.startsWith('"') ? JSON.parse(value) : value; } catch (e) { return value; }
  }

  /** Writes {@code key: value} in the rule (null removes it), keeping every other line as it is. */
  function setField(r, key, value) {
    const { lines, first, indent } = ruleLines(r);
    const at = findField(r, key);
    const written = value == null ? null : ' '.repeat(indent) + key + ': ' + value;
    if (at >= 0) {
      let end = at + 1; // a value written over several lines goes with its key
      while (end < lines.length && lines[end].trim() !== '' && lines[end].search(/\S/) > indent) end++;
      const keep = lines[at].match(/^\s*- /) ? lines[at].match(/^\s*- /)[0] : null;
      const replacement = written == null ? [] : [keep ? keep + key + ': ' + value : written];
      lines.splice(at, end - at, ...replacement);
    } else if (written != null) {
      lines.splice(first + 1, 0, written);
    }
    yaml.value = lines.join('\n');
  }

  function applyForm(e) {
    e.preventDefault();
    const r = state.outline.find((x) => x.name === state.selected);
    if (!r || !state.canEdit) return;
    const form = $('rule-form');
    // Each edit moves the lines after it: read the rule again after each.
    const steps = [
      ['kind', form.kind.value],
      ['severity', form.severity.value],
      ['cooldown', form.cooldown.value.trim() || null],
      ['enabled', form.enabled.checked ? null : 'false'],
      ['message', form.message.value ? JSON.stringify(form.message.value) : null],
    ];
    let rule = r;
    for (const [key, value] of steps) {
      const before = yaml.value.split('\n').length;
      setField(rule, key, value);
      const moved = yaml.value.split('\n').length - before;
      rule = Object.assign({}, rule, { last_line: rule.last_line + moved });
    }
    edited();
  }

  // --- saving, discarding, publishing -----------------------------------------------------------

  /**
   * Saves the editor's text over the draft of {@code over} (default: the one this page loaded or
   * last saved); {@code refused}: what the admin is told did not happen if it is not that draft.
   */
  function saveDraft(over = base(), refused = 'saved') {
    return ParleySession.api('/api/rules/draft?base=' + encodeURIComponent(over), { method: 'PUT', body: yaml.value }).then(json)
      .then(({ ok, status, data }) => {
        if (status === 409) { showConflict(data, refused); return null; }
        if (!ok) { say(data.error, true); return null; }
        const overwrote = state.conflict;
        hideConflict();
        state.draft = data.draft;
        state.dirty = false;
        showDraftState();
        showValidation(data);
        const saved = overwrote ? 'Draft saved over ' + overwrote.what + '.' : 'Draft saved.';
        say(data.valid ? saved : saved.replace(/\.$/, '') + ' with ' + data.errors.length + ' error(s): fix them before publishing.', !data.valid);
        return data;
      });
  }

  function discardDraft() {
    if (!state.draft) return loadEditor().then(() => say('Changes dropped: the editor shows the rules in force.'));
    return ParleySession.api('/api/rules/draft?base=' + encodeURIComponent(base()), { method: 'DELETE' }).then((r) => {
      if (r.status === 409) return json(r).then(({ data }) => showConflict(data, 'discarded'));
      return loadEditor().then(() => say('Draft discarded: the editor shows the rules in force.'));
    });
  }

  // --- another admin changed the draft since this page loaded it ---------------------------------

  /**
   * Says who changed the draft and when, and what is left to do; the editor keeps the text typed.
   * {@code refused}: what did not happen (saved, published, discarded).
   */
  function showConflict(answer, refused) {
    const now = answer.draft;
    const ended = answer.ended;
    const when = (at) => new Date(at).toLocaleString();
    let text;
    if (now) {
      text = now.saved_by + ' saved the draft at ' + when(now.saved_at) + ' since you '
        + (state.draft ? 'loaded it' : 'opened the rules in force');
      state.conflict = { what: now.saved_by + '\'s draft', base: now.revision, from: 'draft', theirs: now.saved_by + '\'s draft' };
    } else if (ended) {
      text = ended.by + (ended.how === 'published' ? ' published the draft as version ' + ended.version : ' discarded the draft')
        + ' at ' + when(ended.at) + ' since you loaded it';
      state.conflict = { what: 'the ' + ended.how + ' draft', base: 'none',
        from: ended.how === 'published' ? String(ended.version) : null, theirs: 'version ' + ended.version };
    } else {
      text = 'The draft you loaded is not there any more';
      state.conflict = { what: 'the draft', base: 'none', from: null };
    }
    $('conflict-text').textContent = 'Not ' + refused + ': ' + text + '. Your text is still in the editor, not saved.';
    $('conflict-compare').hidden = !state.conflict.from;
    $('conflict-overwrite').textContent = now ? 'Save my text over theirs' : 'Save my text as a new draft';
    $('conflict-load').textContent = now ? 'Load theirs (drop my changes)' : 'Load the rules in force (drop my changes)';
    $('conflict-diff').textContent = '';
    $('conflict').hidden = false;
    say('');
  }

  function hideConflict() {
    state.conflict = null;
    $('conflict').hidden = true;
    $('conflict-diff').textContent = '';
  }

  /** What the editor's text changes in theirs, rule by rule. */
  function compareWithTheirs() {
    const from = state.conflict.from;
    const theirs = state.conflict.theirs;
    ParleySession.api('/api/rules/diff?from=' + encodeURIComponent(from), { method: 'POST', body: yaml.value }).then(json)
      .then(({ ok, data }) => renderDiff(ok, data, from, 'text', $('conflict-diff'), { from: theirs, to: 'your text' }));
  }

  function overwriteTheirs() {
    return saveDraft(state.conflict.base).then((saved) => (saved ? loadVersions() : null));
  }

  function loadTheirs() {
    const what = state.conflict.what;
    return loadEditor().then(() => say('Loaded ' + (state.draft ? what : 'the rules in force') + ': your changes were dropped.'));
  }

  function publish(e) {
    e.preventDefault();
    const comment = $('publish-comment').value.trim();
    const team = $('publish-team').value || null;
    if (!comment) { say('Say why in the comment: it is kept with the version.', true); $('publish-comment').focus(); return; }
    const saved = state.dirty || !state.draft ? saveDraft(base(), 'published') : Promise.resolve({ valid: state.draft.valid });
    saved.then((draft) => {
      if (!draft) return null;
      if (!draft.valid) { say('The draft has errors: nothing was published.', true); return null; }
      return ParleySession.api('/api/rules/publish', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ comment, team, base: base() }) }).then(json).then(({ ok, status, data }) => {
        if (status === 409) { showConflict(data, 'published'); return; }
        if (!ok) { if (data.errors) showValidation(data); say(data.error || 'The draft has errors: nothing was published.', true); return; }
        $('publish-comment').value = '';
        $('publish-team').value = '';
        say(team ? 'Published version ' + data.version.version + ' to team ' + team + ': its agents\' calls that start from now on use it; every other call keeps its rules.'
          : 'Published version ' + data.version.version + ': calls that start from now on use it.');
        return Promise.all([loadEditor(), loadVersions()]);
      });
    });
  }

  // --- versions, diff and restore ---------------------------------------------------------------

  // --- teams' profiles ---------------------------------------------------------------------------

  function loadProfiles() {
    return ParleySession.api('/api/rules/profiles').then(json).then(({ ok, data }) => {
      if (!ok) return;
      state.profiles = data.profiles;
      state.teams = Array.from(new Set(data.teams.concat(data.profiles.map((p) => p.team)))).sort();
      const select = $('publish-team');
      const was = select.value;
      select.replaceChildren(el('option', { value: '' }, 'everyone'),
        ...state.teams.map((t) => el('option', { value: t }, 'team ' + t)));
      select.value = state.teams.includes(was) ? was : '';
      const body = $('profiles');
      body.textContent = '';
      for (const p of data.profiles) {
        const actions = el('td');
        if (state.canEdit) {
          const button = el('button', { type: 'button', class: 'quiet return-to-floor' }, 'Return to the floor\'s rules');
          button.onclick = () => returnToFloor(p.team);
          actions.append(button);
        }
        body.append(el('tr', { class: 'profile', dataset: { team: p.team, version: p.version } },
          el('td', {}, p.team), el('td', {}, 'version ' + p.version), el('td', {}, p.set_by),
          el('td', {}, new Date(p.set_at).toLocaleString()), actions));
      }
      $('no-profiles').hidden = data.profiles.length > 0;
      document.querySelector('.profiles-panel table').hidden = data.profiles.length === 0;
    });
  }

  function returnToFloor(team) {
    return ParleySession.api('/api/rules/profiles/' + encodeURIComponent(team), { method: 'DELETE' }).then((r) => {
      if (r.status !== 204) return json(r).then(({ data }) => say(data.error, true));
      say('Team ' + team + ' follows the floor\'s rules (version ' + state.inForce + ') from its next call.');
      return loadVersions();
    });
  }

  function scope(v) {
    return v.team ? 'team ' + v.team : 'everyone';
  }

  // The teams' profiles first: the list says which versions are in force for which team.
  function loadVersions() {
    return loadProfiles().then(loadVersionList);
  }

  function loadVersionList() {
    return ParleySession.api('/api/rules/versions').then(json).then(({ ok, data }) => {
      if (!ok) { $('load-error').hidden = false; $('load-error').textContent = data.error; return; }
      state.inForce = data.in_force;
      $('in-force').textContent = data.in_force ? 'In force: version ' + data.in_force : 'No version recorded yet';
      const body = $('versions');
      body.textContent = '';
      for (const v of data.versions) {
        const actions = el('td');
        if (state.canEdit) {
          const button = el('button', { type: 'button', class: 'quiet restore' }, 'Restore');
          button.onclick = () => askRestore(v, actions);
          actions.append(button);
        }
        const comment = v.restored_from ? v.comment + ' (restores version ' + v.restored_from + ')' : v.comment;
        const teams = state.profiles.filter((p) => p.version === v.version).map((p) => p.team);
        const to = el('td', { class: 'scope' }, scope(v));
        if (v.version === data.in_force) to.append(el('span', { class: 'in-force-tag' }, ' in force'));
        if (teams.length) to.append(el('span', { class: 'in-force-tag' }, ' in force for ' + teams.join(', ')));
        body.append(el('tr', { class: 'version' + (v.version === data.in_force ? ' in-force' : '') + (v.team ? ' scoped' : ''),
          dataset: { version: v.version, team: v.team || '' } },
          el('td', {}, String(v.version)), el('td', {}, new Date(v.at).toLocaleString()), el('td', {}, v.author),
          to, el('td', {}, comment), el('td', { class: 'num' }, String(v.rules)), actions));
      }
      const sides = data.versions.map((v) => String(v.version));
      fillSelect($('diff-from'), sides, sides[1] || sides[0]);
      fillSelect($('diff-to'), (state.draft ? ['draft'] : []).concat(sides), sides[0]);
    });
  }

  function fillSelect(select, values, chosen) {
    const was = select.value;
    select.replaceChildren(...values.map((v) => el('option', { value: v }, v === 'draft' ? 'the draft' : 'version ' + v)));
    select.value = values.includes(was) && was !== '' && select.dataset.touched ? was : chosen;
  }

  function askRestore(v, cell) {
    cell.textContent = '';
    const input = el('input', { placeholder: 'Why restore version ' + v.version, 'aria-label': 'Comment for the restore', class: 'restore-comment' });
    const to = el('select', { class: 'restore-team', 'aria-label': 'Restore for' }, el('option', { value: '' }, 'everyone'),
      ...state.teams.map((t) => el('option', { value: t }, 'team ' + t)));
    const go = el('button', { type: 'submit', class: 'confirm-restore' }, 'Restore version ' + v.version);
    const form = el('form', { class: 'restore-form' }, input, to, go);
    form.onsubmit = (e) => {
      e.preventDefault();
      const team = to.value || null;
      ParleySession.api('/api/rules/versions/' + v.version + '/restore', { method: 'POST',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ comment: input.value, team }) }).then(json)
        .then(({ ok, data }) => {
          if (!ok) { say(data.error || (data.errors || []).map((x) => x.text).join('; '), true); return; }
          say('Version ' + v.version + ' restored as version ' + data.version.version + (team ? ' for team ' + team : '') + '.'
            + (state.draft ? ' Your draft is unchanged (based on version ' + state.draft.based_on + ').' : ''));
          return Promise.all([loadVersions(), state.draft || state.dirty ? null : loadEditor()]);
        });
    };
    cell.append(form);
    input.focus();
  }

  function showDiff(e) {
    if (e) e.preventDefault();
    const from = $('diff-from').value;
    const to = $('diff-to').value;
    ParleySession.api('/api/rules/diff?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to)).then(json)
      .then(({ ok, data }) => renderDiff(ok, data, from, to, $('diff')));
  }

  function fieldItems(fields) {
    const list = el('ul');
    for (const f of fields) {
      if (f.added.length || f.removed.length) {
        const li = el('li', { dataset: { field: f.field } }, f.field + ': ');
        for (const a of f.added) li.append(el('span', { class: 'added' }, '+ ' + a), ' ');
        for (const r of f.removed) li.append(el('span', { class: 'removed' }, '− ' + r), ' ');
        list.append(li);
      } else {
        list.append(el('li', { dataset: { field: f.field } }, f.field + ': ' + (f.before == null ? '(none)' : f.before)
          + ' → ' + (f.after == null ? '(none)' : f.after)));
      }
    }
    return list;
  }

  /** {@code names}: what to call the two sides (default: "the draft", "version N"). */
  function renderDiff(ok, data, from, to, box, names = {}) {
    box.textContent = '';
    if (!ok) { box.append(el('p', { class: 'error' }, data.error || (data.errors || []).map((x) => x.text).join('; '))); return; }
    const title = (v) => (v === 'draft' ? 'the draft' : 'version ' + v);
    box.append(el('p', { class: 'diff-title' }, 'From ' + (names.from || title(from)) + ' to ' + (names.to || title(to)) + ': ' + data.rules.length
      + ' rule(s) differ, ' + data.unchanged_rules + ' alike.'));
    for (const r of data.rules) {
      const block = el('div', { class: 'diff-rule', dataset: { rule: r.name, change: r.change } },
        el('h3', {}, r.name, el('span', { class: 'change change-' + r.change }, r.change)));
      if (r.change === 'changed' && r.fields.length) block.append(fieldItems(r.fields));
      for (const c of r.concepts) {
        block.append(el('div', { class: 'concept', dataset: { concept: c.name } }, 'concept ' + c.name + ' (' + c.change + ')'));
        block.append(fieldItems(c.fields));
      }
      box.append(block);
    }
    const loose = data.concepts.filter((c) => c.used_by.length === 0);
    for (const c of loose) {
      box.append(el('div', { class: 'diff-section', dataset: { concept: c.name } },
        el('h3', {}, 'concept ' + c.name, el('span', { class: 'change change-' + c.change }, c.change)), fieldItems(c.fields)));
    }
    if (data.settings.length || data.language.length) {
      box.append(el('div', { class: 'diff-section' }, el('h3', {}, 'settings'), fieldItems(data.language.concat(data.settings))));
    }
  }

  // --- start ------------------------------------------------------------------------------------

  ParleySession.me.then((who) => {
    if (!who) return;
    if (!who.permissions.includes('rules-read')) {
      $('load-error').hidden = false;
      $('load-error').textContent = 'Your roles do not include reading the coaching rules (needs the permission rules-read).';
      document.querySelector('.console-body').hidden = true;
      document.querySelector('.versions-panel').hidden = true;
      document.querySelector('.console-head').hidden = true;
      return;
    }
    state.canEdit = who.permissions.includes('rules-edit');
    yaml.readOnly = !state.canEdit;
    for (const node of document.querySelectorAll('.edit-only')) node.hidden = !state.canEdit;
    yaml.addEventListener('input', edited);
    yaml.addEventListener('scroll', syncScroll);
    $('save-draft').onclick = () => saveDraft().then(loadVersions);
    // The backtest page replays the saved draft on stored calls before anyone publishes it.
    $('backtest-draft').onclick = () => saveDraft().then((saved) => {
      if (saved) window.location.href = '/admin/backtest?draft=1';
    });
    $('discard-draft').onclick = () => discardDraft().then(loadVersions);
    $('publish-form').onsubmit = publish;
    $('rule-form').onsubmit = applyForm;
    $('show-in-yaml').onclick = () => { const r = state.outline.find((x) => x.name === state.selected); if (r) goToLine(r.line); };
    $('diff-form').onsubmit = showDiff;
    $('conflict-compare').onclick = compareWithTheirs;
    $('conflict-overwrite').onclick = overwriteTheirs;
    $('conflict-load').onclick = () => loadTheirs().then(loadVersions);
    for (const id of ['diff-from', 'diff-to']) $(id).onchange = () => { $(id).dataset.touched = 'yes'; };
    loadEditor().then(loadVersions);
  });
})();
