// Sign-in with a local account: POST /api/session, then back to the page that sent us here (only
// a path of this site: never an address elsewhere).
(() => {
  const form = document.getElementById('signin-form');
  const error = document.getElementById('signin-error');

  function xsrf() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
  }

  function next() {
    // Resolved as the browser would resolve it ("/\\evil.example" is another site): only this site's own pages.
    try {
      const target = new URL(new URLSearchParams(location.search).get('next') || '/', location.origin);
      return target.origin === location.origin ? target.pathname + target.search + target.hash : '/';
    } catch (e) {
      return '/';
    }
  }

  // The identity provider's sign-in, when the site has one.
  fetch('/api/session/methods').then((r) => r.json()).then((methods) => {
    if (!methods.oidc) return;
    document.getElementById('provider-link').href = methods.oidc;
    document.getElementById('provider').hidden = false;
  });

  form.onsubmit = (e) => {
    e.preventDefault();
    error.hidden = true;
    fetch('/api/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrf() },
      body: JSON.stringify({ username: form.username.value.trim(), password: form.password.value }),
    }).then((r) => r.json().then((body) => ({ ok: r.ok, body }))).then(({ ok, body }) => {
      if (ok) {
        location.href = next();
        return;
      }
      error.textContent = body.error || 'Sign-in failed';
      error.hidden = false;
      form.password.value = '';
    });
  };
})();
