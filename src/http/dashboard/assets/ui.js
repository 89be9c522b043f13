// Small pieces shared by the views: level badges, polite error texts, the notice line.
import { byId, h } from './dom.js';
import { t } from './i18n.js';

/** The five WKSBM levels, lowest first. */
export const LEVELS = ['belum_ada', 'rintisan', 'tumbuh', 'aktif', 'dorman'];

/** A colored badge for a level; unknown levels show as they came. */
export function levelBadge(level, extra = {}) {
  const known = LEVELS.includes(level);
  return h('span', { class: `badge level-${known ? level : 'unknown'}`, 'data-level': level, ...extra }, known ? t(`level.${level}`) : String(level ?? '–'));
}

/** What to tell the user about a failed call (a 401 never gets here: it signs out). */
export function errorText(error) {
  const status = error?.status;
  if (status === 0) return t('errNetwork');
  if (status === 403) return t('errForbidden');
  if (status === 404) return t('errNotFound');
  if (status === 409) return t('errConflict');
  if (status === 400) return badRequestText(error.message);
  return t('errServer');
}

/** The page's words for what a field refused by the API is about (its own message is English). */
const FIELD_TEXTS = { reason: 'errBadReason', prefix: 'errBadArea', areaPrefixes: 'errBadArea', from: 'errBadDates', to: 'errBadDates' };

/**
 * A 400 said in the page's language: the API names each refused field ("Invalid request body.
 * reason: …; decision: …"); the first field the page knows gets its sentence, anything else the
 * general one. The API's English detail is never shown (it read "Permintaan … Invalid request …").
 */
export function badRequestText(message) {
  const fields = [...String(message ?? '').matchAll(/(?:^Invalid request \w+\.\s*|;\s*)([\w.]+):/g)].map((match) => match[1]);
  const known = fields.map((field) => field.split('.')[0]).find((field) => Object.hasOwn(FIELD_TEXTS, field));
  return t(known ? FIELD_TEXTS[known] : 'errBadRequest');
}

/** A failed load, said politely inside the view, with a retry button. */
export function errorBox(error, retry) {
  return h(
    'div',
    { class: 'card error-box', role: 'alert', 'data-testid': 'load-error', 'data-status': error?.status ?? '' },
    h('p', { text: errorText(error) }),
    retry ? h('button', { type: 'button', class: 'secondary', text: t('retry'), onClick: retry }) : null,
  );
}

/** A placeholder while loading. */
export function loadingBox() {
  return h('p', { class: 'muted', 'data-testid': 'loading', text: t('loading') });
}

let noticeTimer;

/** Shows a short message under the tabs (success or failure of an action). */
export function notify(message, kind = 'ok') {
  const notice = byId('notice');
  notice.textContent = message;
  notice.className = `notice ${kind}`;
  notice.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => {
    notice.hidden = true;
  }, 8000);
}

/** Hides the notice (on navigation). */
export function clearNotice() {
  byId('notice').hidden = true;
}
