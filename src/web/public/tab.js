// Herstart in a Teams personal tab. Signs in with Teams SSO and shows the workspace's pages,
// fetched with the Entra token as a bearer. Links and forms inside are followed the same way.
(function () {
  'use strict';
  var cfg = document.getElementById('tab-config').dataset;
  var main = document.getElementById('main');
  var header = document.getElementById('tab-header');
  var getToken = null;

  function say(id) {
    main.innerHTML = document.getElementById(id).innerHTML;
    var retry = main.querySelector('[data-retry]');
    if (retry) retry.addEventListener('click', function () { load(location.hash.slice(1) || '/'); });
  }

  // Teams' theme names onto ours; Teams tells us when it changes.
  function applyTheme(theme) {
    document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
  }

  function timeout(ms) {
    return new Promise(function (_, reject) { setTimeout(function () { reject(new Error('timeout')); }, ms); });
  }

  async function naaToken(tenantId) {
    var pca = await msal.createNestablePublicClientApplication({
      auth: { clientId: cfg.clientId, authority: 'https://login.microsoftonline.com/' + tenantId },
    });
    var request = { scopes: [cfg.scope] };
    return async function () {
      var account = pca.getAllAccounts()[0];
      try {
        return (await pca.acquireTokenSilent(Object.assign({ account: account }, request))).accessToken;
      } catch (err) {
        if (!(err instanceof msal.InteractionRequiredAuthError)) throw err;
        return (await pca.acquireTokenPopup(request)).accessToken;
      }
    };
  }

  async function show(res) {
    var type = res.headers.get('content-type') || '';
    if (type.indexOf('text/csv') === 0) {
      var blob = await res.blob();
      var name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '');
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name ? name[1] : 'herstart.csv';
      document.body.appendChild(a);
      a.click();
      a.remove();
      return;
    }
    var doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    var nav = doc.querySelector('header nav');
    var content = doc.querySelector('main');
    header.querySelectorAll('nav').forEach(function (n) { n.remove(); });
    if (nav) header.appendChild(document.importNode(nav, true));
    main.innerHTML = content ? content.innerHTML : '';
    document.title = doc.title;
    main.focus();
  }

  async function load(url, init) {
    try {
      var token = await getToken();
      var opts = Object.assign({}, init || {});
      opts.headers = Object.assign({}, opts.headers || {}, { Authorization: 'Bearer ' + token });
      var res = await fetch(url, opts);
      if (res.status === 401) return say('t-failed');
      history.replaceState(null, '', '#' + new URL(res.url, location.href).pathname + new URL(res.url, location.href).search);
      await show(res);
    } catch (err) {
      say('t-failed');
    }
  }

  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (!a || a.origin !== location.origin || a.hash && a.pathname === location.pathname) return;
    e.preventDefault();
    load(a.pathname + a.search);
  });

  document.addEventListener('submit', function (e) {
    var form = e.target;
    var url = new URL(form.getAttribute('action') || location.pathname, location.href);
    e.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    if (e.submitter && e.submitter.name) data.set(e.submitter.name, e.submitter.value);
    if ((form.getAttribute('method') || 'get').toLowerCase() === 'get') {
      url.search = data.toString();
      return load(url.pathname + url.search);
    }
    load(url.pathname, { method: 'POST', body: data, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  });

  async function start() {
    if (!window.microsoftTeams) return say('t-outside');
    try {
      await Promise.race([microsoftTeams.app.initialize(), timeout(6000)]);
    } catch (err) {
      return say('t-outside');
    }
    var ctx = await microsoftTeams.app.getContext();
    applyTheme(ctx.app.theme);
    microsoftTeams.app.registerOnThemeChangeHandler(applyTheme);
    microsoftTeams.app.notifySuccess();
    if (!cfg.clientId) return say('t-notconfigured');
    var naa = window.msal && microsoftTeams.nestedAppAuth && microsoftTeams.nestedAppAuth.isNAAChannelRecommended();
    getToken = naa
      ? await naaToken(ctx.user && ctx.user.tenant ? ctx.user.tenant.id : 'organizations')
      : function () { return microsoftTeams.authentication.getAuthToken(); };
    var sub = ctx.page && ctx.page.subPageId;
    load(sub && sub.charAt(0) === '/' ? sub : '/');
  }

  start();
})();
