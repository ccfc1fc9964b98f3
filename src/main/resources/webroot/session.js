// The signed-in session, shared by Parley's pages: who is signed in (shown in the bar, with a
// sign-out button), the CSRF token that every state-changing request carries (the server's
// double-submit check: the XSRF-TOKEN cookie echoed in the X-XSRF-TOKEN header; it changes after
// each such request, so it is read afresh every time), and a return to sign-in when the session
// has ended (any 401).
window.ParleySession = (() => {
  function xsrf() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
  }

  function signIn() {
    location.href = '/signin.html?next=' + encodeURIComponent(location.pathname + location.search);
  }

  function send(url, options, headers) {
    return fetch(url, Object.assign({}, options, { headers, credentials: 'same-origin' })).then((r) => {
      if (r.status === 401) signIn();
      return r;
    });
  }

  // The token a state-changing request carries is spent by it: two sent at once (a validation
  // while typing and a save, two quick Helpful clicks) would have the second refused. They go one
  // after the other, each reading the token its predecessor left.
  let lastChange = Promise.resolve();

  function api(url, options = {}) {
    const method = (options.method || 'GET').toUpperCase();
    const headers = Object.assign({}, options.headers || {});
    if (method === 'GET' || method === 'HEAD') return send(url, options, headers);
    const sent = lastChange.then(() => {
      headers['X-XSRF-TOKEN'] = xsrf();
      return send(url, options, headers);
    });
    lastChange = sent.catch(() => null);
    return sent;
  }

  const me = fetch('/api/session', { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : null));

  me.then((who) => {
    const bar = document.querySelector('header.bar');
    if (!who || !bar) return;
    const box = document.createElement('div');
    box.className = 'who';
    const name = document.createElement('span');
    name.id = 'signed-in';
    name.textContent = who.display_name + ' · ' + who.roles.join(', ');
    const out = document.createElement('button');
    out.id = 'sign-out';
    out.type = 'button';
    out.textContent = 'Sign out';
    out.onclick = () => api('/api/session', { method: 'DELETE' }).then(() => { location.href = '/signin.html'; });
    box.append(name, out);
    bar.append(box);
    // The rules console, backtests of drafts, prompt effectiveness and the audit trail, for those who may read them.
    const nav = bar.querySelector('nav');
    const links = [['rules-read', '/admin/rules', 'Rules'], ['rules-read', '/admin/backtest', 'Backtest'],
      ['rules-read', '/admin/effectiveness', 'Effectiveness'], ['audit-read', '/audit.html', 'Audit trail']];
    for (const [permission, href, label] of links) {
      if (nav && who.permissions.includes(permission) && !nav.querySelector('a[href="' + href + '"], a[href="' + href.slice(1) + '"]')) {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = label;
        nav.append(link);
      }
    }
  });

  return { api, xsrf, me };
})();
