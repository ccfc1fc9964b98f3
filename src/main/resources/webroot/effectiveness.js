// Prompt effectiveness: per rule (and team), prompts fired, helpful %, dismissed %, followed %,
// a weekly trend, and behind each figure its prompts, each a link to the replay at its second.
// The figures come computed from the server (GET /api/effectiveness); the page only shows them.
(() => {
  const $ = (id) => document.getElementById(id);
  const form = $('filters');
  const SVG = 'http://www.w3.org/2000/svg';
  let report = null;

  function fmt(seconds) {
    const tenths = Math.round(seconds * 10);
    return Math.floor(tenths / 600) + ':' + String(Math.floor(tenths / 10) % 60).padStart(2, '0') + '.' + (tenths % 10);
  }

  function percent(rate) {
    return rate == null ? '—' : Math.round(rate * 100) + ' %';
  }

  function cell(text, className) {
    const td = document.createElement('td');
    if (className) td.className = className;
    td.textContent = text == null ? '' : text;
    return td;
  }

  function showError(message) {
    $('effectiveness-error').textContent = message;
    $('effectiveness-error').hidden = !message;
  }

  function teamName(team) {
    return team === '*' ? 'All teams' : team === '' ? '(no team)' : team;
  }

  // A figure's cell: its text, and a button that opens the row of its prompts under the rule's row.
  function figureCell(rule, name, figure, text) {
    const td = document.createElement('td');
    td.className = 'num ' + name;
    if (figure == null) {
      td.textContent = 'n/a';
      return td;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'figure';
    button.textContent = text;
    button.title = figure.count + ' prompts on ' + figure.calls + ' calls';
    button.disabled = figure.count === 0;
    button.onclick = () => togglePrompts(td.closest('tr'), rule, name, figure);
    td.append(button);
    return td;
  }

  function togglePrompts(row, rule, name, figure) {
    const next = row.nextElementSibling;
    const open = next && next.classList.contains('figure-prompts') ? next : null;
    if (open) open.remove();
    if (open && open.dataset.figure === name) return;
    const tr = document.createElement('tr');
    tr.className = 'figure-prompts';
    tr.dataset.rule = rule;
    tr.dataset.figure = name;
    const td = document.createElement('td');
    td.colSpan = 7;
    const label = document.createElement('span');
    label.className = 'figure-label';
    label.textContent = name.replace('_', ' ') + ': ';
    td.append(label);
    for (const p of figure.prompts) {
      const link = document.createElement('a');
      link.className = 'replay-link';
      link.href = '/replay.html?call=' + encodeURIComponent(p.call_id) + '&t=' + Math.round(p.at * 10) / 10;
      link.dataset.callId = p.call_id;
      link.dataset.at = p.at;
      link.textContent = p.call_id + ' at ' + fmt(p.at);
      td.append(link, ' ');
    }
    if (figure.count > figure.prompts.length) td.append('… and ' + (figure.count - figure.prompts.length) + ' more');
    tr.append(td);
    row.after(tr);
  }

  // Bars of prompts fired per week, the followed rate written in each bar's title.
  function trend(weeks) {
    const svg = document.createElementNS(SVG, 'svg');
    const width = 14;
    const height = 28;
    const most = Math.max(1, ...weeks.map((w) => w.figures.fired.count));
    svg.setAttribute('class', 'trend');
    svg.setAttribute('width', weeks.length * width);
    svg.setAttribute('height', height);
    weeks.forEach((w, i) => {
      const f = w.figures;
      const bar = document.createElementNS(SVG, 'rect');
      const h = Math.max(2, Math.round((f.fired.count / most) * height));
      bar.setAttribute('x', i * width + 1);
      bar.setAttribute('y', height - h);
      bar.setAttribute('width', width - 3);
      bar.setAttribute('height', h);
      const followed = f.followed_rate;
      bar.setAttribute('class', followed == null ? 'unmeasured' : followed >= 0.5 ? 'mostly-followed' : 'seldom-followed');
      const title = document.createElementNS(SVG, 'title');
      title.textContent = w.week + ': ' + f.fired.count + ' fired, followed ' + (followed == null ? 'n/a' : percent(followed));
      bar.append(title);
      svg.append(bar);
    });
    return svg;
  }

  function weekTable(r) {
    const table = document.createElement('table');
    table.className = 'results week-table';
    table.dataset.rule = r.rule;
    const caption = document.createElement('caption');
    caption.textContent = r.rule + ' (' + r.kind + ')';
    table.append(caption);
    const head = document.createElement('tr');
    for (const h of ['Week', 'Fired', 'Helpful', 'Dismissed', 'Followed']) {
      const th = document.createElement('th');
      th.textContent = h;
      head.append(th);
    }
    table.append(head);
    for (const w of r.weeks) {
      const f = w.figures;
      const tr = document.createElement('tr');
      tr.dataset.week = w.week;
      tr.append(cell(w.week), cell(f.fired.count, 'num'), cell(percent(f.helpful_rate), 'num'),
        cell(percent(f.dismissed_rate), 'num'), cell(f.followed == null ? 'n/a' : percent(f.followed_rate), 'num'));
      table.append(tr);
    }
    return table;
  }

  function show() {
    const team = form.team.value;
    const rows = report.rules.filter((r) => r.team === team);
    $('result').hidden = false;
    $('result-title').textContent = report.calls + ' calls read' + (report.limited ? ' (the newest that matched)' : '')
      + (report.skipped.length ? ', ' + report.skipped.length + ' could not be read (' + report.skipped.map((c) => c.call_id).join(', ') + ')' : '')
      + ' · ' + teamName(team);
    $('no-prompts').hidden = rows.length > 0;
    const body = $('rules');
    body.textContent = '';
    const weeks = $('weeks');
    weeks.textContent = '';
    for (const r of rows) {
      const f = r.figures;
      const tr = document.createElement('tr');
      tr.dataset.rule = r.rule;
      const judged = f.followed == null ? 0 : f.followed.count + f.not_followed.count;
      const trendCell = document.createElement('td');
      trendCell.append(trend(r.weeks));
      tr.append(cell(r.rule), cell(r.kind), figureCell(r.rule, 'fired', f.fired, String(f.fired.count)),
        figureCell(r.rule, 'helpful', f.helpful, percent(f.helpful_rate) + ' (' + f.helpful.count + ')'),
        figureCell(r.rule, 'dismissed', f.dismissed, percent(f.dismissed_rate) + ' (' + f.dismissed.count + ')'),
        figureCell(r.rule, 'followed', f.followed, f.followed == null ? ''
          : percent(f.followed_rate) + ' (' + f.followed.count + ' of ' + judged + ')'),
        trendCell);
      body.append(tr);
      weeks.append(weekTable(r));
    }
  }

  function teams(list) {
    const select = form.team;
    const chosen = select.value;
    select.textContent = '';
    for (const team of ['*', ...list]) {
      const option = document.createElement('option');
      option.value = team;
      option.textContent = teamName(team);
      select.append(option);
    }
    select.value = [...select.options].some((o) => o.value === chosen) ? chosen : '*';
  }

  function load(e) {
    if (e) e.preventDefault();
    showError('');
    const params = new URLSearchParams();
    for (const name of ['from', 'to', 'rule']) {
      const value = form[name].value.trim();
      if (value) params.set(name, value);
    }
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
    ParleySession.api('/api/effectiveness?' + params).then((r) => r.json().then((body) => {
      if (!r.ok) {
        showError(body.error || 'failed: ' + r.status);
        return;
      }
      report = body;
      teams(report.teams);
      show();
    })).catch((err) => showError(String(err)));
  }

  const initial = new URLSearchParams(location.search);
  for (const name of ['from', 'to', 'rule']) {
    if (initial.get(name)) form[name].value = initial.get(name);
  }
  form.addEventListener('submit', load);
  form.team.addEventListener('change', () => report && show());
  load();
})();
