// The areas tab: a region's children with their levels and numbers (drill-down
// kabupaten → kecamatan → desa), and one desa's level with its criteria.
import { api, query } from './api.js';
import { h, replace } from './dom.js';
import { currentLang, date, t } from './i18n.js';
import { errorBox, LEVELS, levelBadge, loadingBox } from './ui.js';

const NAMES_KEY = 'wksbm.dashboard.names';
const names = new Map(Object.entries(JSON.parse(sessionStorage.getItem(NAMES_KEY) ?? '{}')));

function rememberName(code, name) {
  if (!code || !name || names.get(code) === name) return;
  names.set(code, name);
  sessionStorage.setItem(NAMES_KEY, JSON.stringify(Object.fromEntries(names)));
}

/** The name of an area seen before, or its code. */
export function areaName(code) {
  return names.get(code) ?? code;
}

/** A desa/kelurahan code has four parts ("34.02.15.2004"). */
export function isVillageCode(code) {
  return /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code);
}

let roots;

/** The codes at the top of this user's tree (provinces for the admin, an officer's areas). */
export async function rootCodes() {
  if (!roots) {
    const summary = await api('/api/areas/summary');
    for (const item of summary.items) rememberName(item.code, item.name);
    roots = summary.items.map((item) => item.code);
  }
  return roots;
}

/** Forgets the cached tree (on sign-out). */
export function forgetAreas() {
  roots = undefined;
  names.clear();
  sessionStorage.removeItem(NAMES_KEY);
}

/** Draws the areas tab for `code` ('' = the top). */
export async function renderAreas(container, { code, navigate, isCurrent }) {
  replace(container, loadingBox());
  try {
    const view = isVillageCode(code) ? await villageView(code) : await summaryView(code, navigate);
    if (isCurrent()) replace(container, view);
  } catch (error) {
    if (error?.status === 401 || !isCurrent()) return;
    replace(container, errorBox(error, () => renderAreas(container, { code, navigate, isCurrent })));
  }
}

async function summaryView(code, navigate) {
  const summary = await api(`/api/areas/summary${query({ prefix: code })}`);
  // `parent` is the area the prefix names; its items are the areas one level down.
  if (code && summary.parent) rememberName(code, summary.parent.name);
  for (const item of summary.items) rememberName(item.code, item.name);
  const title = code ? (summary.parent?.name ?? areaName(code)) : null;
  const kind = code && summary.parent?.level ? t(`areaKind.${summary.parent.level}`) : '';
  return h(
    'div',
    { 'data-testid': 'area-summary', 'data-prefix': code },
    title ? h('h2', { class: 'area-title', 'data-testid': 'area-title' }, title, kind ? h('small', { text: ` · ${kind}` }) : null) : null,
    summary.items.length === 0
      ? h('p', { class: 'muted', text: t('noChildren') })
      : h('ul', { class: 'areas', 'data-testid': 'area-list' }, summary.items.map((item) => h('li', {}, childCard(item, navigate)))),
  );
}

function childCard(child, navigate) {
  const village = child.level === 'village';
  const stats = [
    village ? null : t('statVillages', { n: child.villages ?? 0 }),
    t('statGroups', { n: child.groups ?? 0 }),
    t('statActive', { n: child.activeGroups ?? 0 }),
  ].filter(Boolean);
  return h(
    'button',
    { type: 'button', class: 'area', 'data-testid': 'area-item', 'data-code': child.code, onClick: () => navigate(child.code) },
    h('span', { class: 'area-head' }, h('strong', { class: 'area-name', text: child.name }), h('span', { class: 'muted', text: t(`areaKind.${child.level}`) })),
    village ? villageBadges(child) : distribution(child.levels),
    h('span', { class: 'stats', text: stats.join(' · ') }),
    child.pendingVerifications > 0 ? h('span', { class: 'pending-count', text: t('statPending', { n: child.pendingVerifications }) }) : null,
    village && child.criteria ? criteriaMarks(child.criteria) : null,
  );
}

function villageBadges(child) {
  return h(
    'span',
    { class: 'badges' },
    // The level in force: an officer's override wins over the computed one, marked as such.
    levelBadge(child.effectiveLevel ?? child.wksbmLevel ?? 'belum_ada', { 'data-testid': 'area-level' }),
    child.override
      ? h('span', { class: 'muted', 'data-testid': 'area-override', title: `${t('computed')}: ${t(`level.${child.wksbmLevel}`)}`, text: ` ${overrideBy(child.override)}` })
      : child.provisional
        ? h('span', { class: 'badge provisional', title: t('provisional'), text: '*' })
        : null,
  );
}

/** "ditetapkan petugas Tono Sugiarto", or without a name when the officer gave none (or was erased). */
function overrideBy(override) {
  return override.officerName ? t('overrideByName', { name: override.officerName }) : t('overrideBy');
}

/** How many villages are at each level, as small badges with counts (only levels that occur). */
function distribution(levels) {
  if (!levels) return null;
  return h(
    'span',
    { class: 'badges', 'data-testid': 'level-distribution' },
    LEVELS.filter((level) => (levels[level] ?? 0) > 0).map((level) => {
      const badge = levelBadge(level, { 'data-count': levels[level] });
      badge.append(h('b', { class: 'count', text: ` ${levels[level]}` }));
      return badge;
    }),
  );
}

/** "C1 ✓ C2 ✗ C3 ✗" for a village card. */
function criteriaMarks(criteria) {
  return h(
    'span',
    { class: 'marks' },
    ['c1', 'c2', 'c3'].map((name) => {
      const met = Boolean(criteria[name]?.met);
      return h('span', { class: `mark ${met ? 'met' : 'unmet'}`, title: `${t(`criterion.${name}`)}: ${t(met ? 'met' : 'unmet')}`, text: `${name.toUpperCase()} ${met ? '✓' : '✗'}` });
    }),
  );
}

async function villageView(code) {
  const status = await api(`/api/areas/${encodeURIComponent(code)}/status${query({ lang: currentLang() })}`);
  const name = status.villageName ?? areaName(code);
  rememberName(code, name);
  const where = [status.districtName ? `${t('areaKind.district')} ${status.districtName}` : null, status.regencyName].filter(Boolean).join(', ');
  const override = status.override;
  return h(
    'div',
    { class: 'card village', 'data-testid': 'village-status', 'data-code': code },
    h('h2', { class: 'area-title', 'data-testid': 'area-title' }, name, where ? h('small', { text: ` · ${where}` }) : null),
    h(
      'p',
      { class: 'levels', 'data-testid': 'village-level' },
      h('span', { class: 'muted', text: `${t('levelLabel')}: ` }),
      override
        ? [
            levelBadge(override.level, { 'data-testid': 'override-level' }),
            h('span', { class: 'muted', 'data-testid': 'override-by', text: ` ${overrideBy(override)}${override.reason ? `: ${override.reason}` : ''} · ${t('computed')}: ` }),
            levelBadge(status.level, { 'data-testid': 'computed-level' }),
          ]
        : levelBadge(status.level, { 'data-testid': 'computed-level' }),
    ),
    status.provisional ? h('p', { class: 'provisional-note', 'data-testid': 'provisional', text: t('provisional') }) : null,
    h('h3', { text: t('criteriaTitle') }),
    h('ul', { class: 'criteria', 'data-testid': 'criteria' }, ['c1', 'c2', 'c3'].map((criterion) => criterionRow(criterion, status.criteria?.[criterion], status.criteriaText?.[criterion]))),
    stepList(status.nextSteps ?? []),
    (status.history ?? []).length > 0 ? [h('h3', { text: t('history') }), h('ul', { class: 'history', 'data-testid': 'history' }, status.history.map(historyRow))] : null,
  );
}

/** Next steps as the server rendered them (steps without a text are left out). */
function stepList(steps) {
  const texts = steps.map((step) => (typeof step === 'string' ? step : step?.text)).filter(Boolean);
  if (texts.length === 0) return null;
  return [h('h3', { text: t('nextSteps') }), h('ul', { class: 'steps', 'data-testid': 'next-steps' }, texts.map((text) => h('li', { text })))];
}

/**
 * One criterion: its name, met or not, and its numbers in the words of the bot's status reply
 * ("3 dari 5 kelompok sudah terhubung (perlu 60 %)"), rendered by the server from the bot's
 * locales (`criteriaText`), so the page never keeps a second copy of those words.
 */
function criterionRow(name, criterion, numbers) {
  if (!criterion) return h('li', { class: 'criterion' }, h('strong', { text: t(`criterion.${name}`) }));
  const met = Boolean(criterion.met);
  return h(
    'li',
    { class: `criterion ${met ? 'met' : 'unmet'}`, 'data-testid': `criterion-${name}`, 'data-met': String(met) },
    h('span', { class: 'mark-icon', 'aria-hidden': 'true', text: met ? '✓' : '✗' }),
    h(
      'span',
      {},
      h('strong', { text: t(`criterion.${name}`) }),
      h('span', { class: 'visually-hidden', text: ` (${t(met ? 'met' : 'unmet')})` }),
      numbers ? [h('br'), h('span', { class: 'numbers', text: numbers })] : null,
    ),
  );
}

function historyRow(entry) {
  return h('li', {}, levelBadge(entry.level), entry.provisional ? h('span', { class: 'muted', text: ` (${t('provisionalEntry')})` }) : null, h('span', { class: 'muted', text: ` ${date(entry.at)}` }));
}
