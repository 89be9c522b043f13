// The dashboard's entry: sign-in, the signed-in frame (tabs, breadcrumbs), and the route
// in the URL hash ("#/34.02.15" — an area code, never a token). The bot's sign-in link
// carries a one-time code in the hash ("#code=ABCD-EFGH-JKLM"): a fragment is never sent to
// a server or written to its logs, and the page takes it out of the address at once.
import { api, exchangeCode, forgetToken, onUnauthorized, storedToken, storeToken } from './api.js';
import { areaName, forgetAreas, isVillageCode, renderAreas, rootCodes } from './areas.js';
import { renderChanges } from './changes.js';
import { renderChart } from './chart.js';
import { byId, h, replace } from './dom.js';
import { renderExports } from './exports.js';
import { currentLang, loadWords, setLang, t, translateStatic } from './i18n.js';
import { renderPending } from './pending.js';
import { clearNotice } from './ui.js';

const CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const TABS = ['areas', 'pending', 'chart', 'changes'];
/** A one-time sign-in code as typed: three groups of four without look-alikes (no 0/O, 1/I), any case. */
const SIGN_IN_CODE = /^\s*[A-HJ-NP-Z2-9]{4}[- ]?[A-HJ-NP-Z2-9]{4}[- ]?[A-HJ-NP-Z2-9]{4}\s*$/i;
/** Why the server refused a code (`reason` of its 401) → the message shown. */
const CODE_REFUSALS = { unknown: 'errCodeUnknown', expired: 'errCodeExpired', used: 'errCodeUsed', notAllowed: 'errCodeNotAllowed' };

const state = {
  me: null,
  /** The message on the sign-in screen, kept as a key so a language switch re-renders it. */
  signInMessage: null,
  code: '',
  tab: 'areas',
  /** Bumped on every view change: late answers for an older view are dropped. */
  generation: 0,
};

function routeCode() {
  const code = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  return CODE.test(code) ? code : '';
}

function navigate(code) {
  const hash = code ? `#/${code}` : '#/';
  if (location.hash === hash) show();
  else location.hash = hash; // the hashchange listener shows it, and Back goes up again
}

// ——— sign-in ———

function showSignIn(messageKey, kind = 'error', { focus = true } = {}) {
  state.me = null;
  state.generation += 1;
  byId('app').hidden = true;
  byId('sign-out').hidden = true;
  byId('signin').hidden = false;
  state.signInMessage = messageKey ? { key: messageKey, kind } : null;
  renderSignInMessage();
  if (focus) byId('token').focus();
}

function renderSignInMessage() {
  const message = byId('signin-error');
  const shown = state.signInMessage;
  message.hidden = !shown;
  message.className = shown?.kind === 'info' ? 'info' : 'error';
  message.textContent = shown ? t(shown.key) : '';
}

function signOut(messageKey, kind) {
  forgetToken();
  forgetAreas();
  showSignIn(messageKey, kind);
}

/**
 * The code of the bot's link ("#code=…"), removed from the address bar and this history
 * entry before anything else happens, so it is not left on screen, in the history or in a
 * bookmark. Null when the address holds none.
 */
function takeCodeFromAddress() {
  const match = /^#code=([^&]*)/.exec(location.hash);
  if (!match) return null;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** Signs in with a one-time code: any earlier session of this tab ends first. */
async function signInWithCode(code) {
  forgetToken();
  forgetAreas();
  if (!SIGN_IN_CODE.test(code)) {
    showSignIn('errCodeMalformed');
    return;
  }
  showSignIn('signingIn', 'info', { focus: false });
  let answer;
  try {
    answer = await exchangeCode(code.trim());
  } catch (error) {
    showSignIn(codeErrorKey(error));
    return;
  }
  storeToken(answer.token);
  await enter();
}

function codeErrorKey(error) {
  if (error?.status === 0) return 'errNetwork';
  if (error?.status === 400) return 'errCodeMalformed';
  if (error?.status === 401) return CODE_REFUSALS[error.reason] ?? 'errCodeUnknown';
  return 'errServer';
}

// Once signed in, a 401 means the token was revoked or expired; before, it was mistyped.
onUnauthorized(() => signOut(state.me ? 'errSessionEnded' : 'errBadToken'));

async function enter() {
  let me;
  try {
    me = await api('/api/me');
    await rootCodes();
  } catch (error) {
    if (error?.status === 401) return; // onUnauthorized showed the sign-in screen
    forgetToken();
    showSignIn(error?.status === 0 ? 'errNetwork' : 'errServer');
    return;
  }
  state.me = me;
  byId('signin').hidden = true;
  byId('signin-error').hidden = true;
  byId('app').hidden = false;
  byId('sign-out').hidden = false;
  renderWho();
  show();
}

function renderWho() {
  const me = state.me;
  byId('who').textContent =
    me.kind === 'admin' ? t('whoAdmin') : t('whoOfficer', { areas: (me.areas ?? []).map((area) => area.name).join(', ') });
}

// ——— the signed-in frame ———

async function crumbs(code) {
  const roots = await rootCodes().catch(() => []);
  const parts = code ? code.split('.') : [];
  const ancestors = parts.map((_, index) => parts.slice(0, index + 1).join('.'));
  // Start at the user's own top (an officer of a kabupaten never sees its province).
  const shown = ancestors.filter((ancestor) => roots.some((root) => ancestor.startsWith(root)));
  const list = byId('crumbs');
  replace(
    list,
    h('li', {}, crumbLink('', state.me?.kind === 'admin' ? t('allAreas') : t('myAreas'), code === '')),
    shown.map((ancestor) => h('li', {}, crumbLink(ancestor, areaName(ancestor), ancestor === code))),
  );
}

function crumbLink(code, label, current) {
  return current
    ? h('span', { 'aria-current': 'page', 'data-testid': 'crumb', text: label })
    : h('a', { href: code ? `#/${code}` : '#/', 'data-testid': 'crumb', text: label });
}

function selectTab(tab) {
  state.tab = TABS.includes(tab) ? tab : 'areas';
  for (const button of document.querySelectorAll('[data-tab]')) {
    const selected = button.dataset.tab === state.tab;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
  }
  for (const name of TABS) byId(`tab-${name}`).hidden = name !== state.tab;
}

/** Draws the current tab for the current route. */
function show() {
  if (!state.me) return;
  state.code = routeCode();
  const generation = ++state.generation;
  const context = { code: state.code, navigate, isCurrent: () => generation === state.generation };
  clearNotice();
  crumbs(state.code);
  if (state.tab === 'areas') renderAreas(byId('area-view'), context);
  if (state.tab === 'pending') renderPending(context);
  if (state.tab === 'chart') renderChart(byId('chart'), context);
  if (state.tab === 'changes') renderChanges(byId('changes'), context);
}

function wire() {
  byId('signin-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = byId('token').value.trim();
    if (!typed) return;
    byId('token').value = '';
    // A code is 12 characters; a token is far longer (wksbm_…, or the ADMIN_TOKEN of 24 or
    // more), so anything else short is a mistyped code.
    if (SIGN_IN_CODE.test(typed) || (typed.length < 24 && !typed.startsWith('wksbm_'))) {
      signInWithCode(typed);
      return;
    }
    storeToken(typed);
    enter();
  });
  byId('sign-out').addEventListener('click', () => signOut('signedOut', 'info'));
  byId('lang-toggle').addEventListener('click', async () => {
    const next = currentLang() === 'id' ? 'en' : 'id';
    await loadWords(next);
    setLang(next);
    applyLanguage();
    if (state.me) {
      renderWho();
      show();
    } else {
      renderSignInMessage();
    }
  });
  for (const button of document.querySelectorAll('[data-tab]')) {
    button.addEventListener('click', () => {
      selectTab(button.dataset.tab);
      show();
    });
  }
  window.addEventListener('hashchange', () => {
    // A sign-in link opened in this tab while the page is open.
    const code = takeCodeFromAddress();
    if (code !== null) {
      signInWithCode(code);
      return;
    }
    if (state.tab !== 'areas' && isVillageCode(routeCode())) selectTab('areas');
    show();
  });
}

function applyLanguage() {
  translateStatic();
  const toggle = byId('lang-toggle');
  toggle.textContent = t('otherLang');
  toggle.setAttribute('aria-label', t('otherLangName'));
  renderExports(byId('export-buttons'), () => state.code);
}

// The domain words (levels, group types…) before anything is drawn: one small request.
await loadWords(currentLang());
setLang(currentLang());
applyLanguage();
selectTab('areas');
wire();
const linkCode = takeCodeFromAddress();
if (linkCode !== null) signInWithCode(linkCode);
else if (storedToken()) enter();
else showSignIn();
