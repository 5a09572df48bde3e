// Who is logged in, login / logout, and CSRF-safe writes (header X-XSRF-TOKEN = cookie XSRF-TOKEN).
import { answer, fetchJson } from './api.js';
import { t } from './i18n.js';

let me = { authenticated: false, roles: [] };
const listeners = [];

function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return m ? decodeURIComponent(m[1]) : '';
}

/** The current user: {authenticated, username, roles}. */
export function currentUser() {
  return me;
}

export function isEditor() {
  return me.authenticated && me.roles.includes('EDITOR');
}

export function onUserChange(fn) {
  listeners.push(fn);
}

/** Reads /api/me (this also issues the XSRF-TOKEN cookie). */
export async function refreshUser() {
  me = await fetchJson('/api/me', { credentials: 'same-origin' });
  listeners.forEach((fn) => fn(me));
  return me;
}

/** A write (POST/PUT/DELETE) with a JSON body; the CSRF token is re-read from its cookie each time. */
export async function writeJson(method, url, body) {
  if (!csrfToken()) await refreshUser();
  const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answer(response);
}

async function post(url, form) {
  if (!csrfToken()) await refreshUser();
  const response = await fetch(url, {
    method: 'POST',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    credentials: 'same-origin',
    body: form,
  });
  return answer(response);
}

/** A readable message for a failed write: 401 → log in, 403 → editors only, else the server's. */
export function writeError(e) {
  if (e.status === 401) return `${t('account.need')} (${e.message})`;
  if (e.status === 403) return `${t('account.forbidden')} (${e.message})`;
  return e.message || String(e);
}

/** The login box: user / password / submit, or "logged in as … · log out". */
export function initAccountBox(root) {
  const render = () => {
    if (me.authenticated) {
      root.innerHTML = `<div class="account-line"><span id="login-who"></span>
        <button type="button" id="logout-submit"></button></div>`;
      root.querySelector('#login-who').textContent = `${t('account.as')} ${me.username} (${me.roles.join(', ')})`;
      const out = root.querySelector('#logout-submit');
      out.textContent = t('account.logout');
      out.addEventListener('click', async () => {
        await post('/api/logout', new URLSearchParams()).catch(() => null);
        await refreshUser();
      });
      return;
    }
    root.innerHTML = `<form class="login-form" autocomplete="on">
        <input id="login-user" name="username" autocomplete="username">
        <input id="login-password" name="password" type="password" autocomplete="current-password">
        <button type="submit" id="login-submit"></button>
        <div class="login-hint"></div><div class="message error" id="login-error" hidden></div>
      </form>`;
    root.querySelector('#login-user').placeholder = t('account.user');
    root.querySelector('#login-password').placeholder = t('account.password');
    root.querySelector('#login-submit').textContent = t('account.login');
    root.querySelector('.login-hint').textContent = t('account.hint');
    root.querySelector('form').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const error = root.querySelector('#login-error');
      const form = new URLSearchParams();
      form.set('username', root.querySelector('#login-user').value);
      form.set('password', root.querySelector('#login-password').value);
      try {
        await post('/api/login', form);
        await refreshUser(); // the token cookie changes at login
      } catch (e) {
        error.hidden = false;
        error.textContent = e.status === 401 ? t('account.wrong') : e.message;
      }
    });
  };
  onUserChange(render);
  render();
  refreshUser().catch(() => null);
  return { render };
}
