// The sign-in form's behaviour, from a file of its own: the page's policy runs no inline script.
const query = new URLSearchParams(location.search);
document.getElementById('failed').hidden = query.get('failed') !== '1';
const ret = query.get('returnUrl') || query.get('ReturnUrl');
// A local path only (the server checks again): no scheme-relative form, backslash, space or control character.
if (ret && ret.startsWith('/') && !ret.startsWith('//') && !/[\s\\\x00-\x1f\x7f]/.test(ret)) document.getElementById('returnUrl').value = ret;
// Why single sign-on was refused, from the provider's answer: shown as text, never as markup.
const ssoFailed = query.get('ssoFailed');
if (ssoFailed) {
  const p = document.getElementById('sso-failed');
  p.textContent = `Single sign-on refused: ${ssoFailed}`;
  p.hidden = false;
}
fetch('/signin/methods').then(r => r.json()).then(m => {
  if (!m.sso) return;
  const link = document.getElementById('sso-link');
  link.textContent = `Sign in with ${m.sso}`;
  link.href = `/signin/sso?returnUrl=${encodeURIComponent(document.getElementById('returnUrl').value)}`;
  document.getElementById('sso').hidden = false;
});
