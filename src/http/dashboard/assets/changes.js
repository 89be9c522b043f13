// The level-changes tab: the latest changes of WKSBM level in the current area.
import { api, query } from './api.js';
import { h, replace } from './dom.js';
import { date, t } from './i18n.js';
import { errorBox, levelBadge, loadingBox } from './ui.js';

/** Loads and lists the last 50 level changes under `code`. */
export async function renderChanges(list, { code, isCurrent }) {
  replace(list, h('li', {}, loadingBox()));
  try {
    const page = await api(`/api/level-changes${query({ prefix: code, limit: 50 })}`);
    if (!isCurrent()) return;
    const items = page.items;
    replace(list, items.length === 0 ? h('li', { class: 'muted empty', text: t('noChanges') }) : items.map(changeItem));
  } catch (error) {
    if (error?.status === 401 || !isCurrent()) return;
    replace(list, h('li', {}, errorBox(error, () => renderChanges(list, { code, isCurrent }))));
  }
}

function changeItem(change) {
  const where = [change.districtName ? `${t('areaKind.district')} ${change.districtName}` : null, change.regencyName].filter(Boolean).join(', ');
  return h(
    'li',
    { class: 'card item change', 'data-testid': 'level-change', 'data-code': change.villageCode },
    h('strong', { class: 'item-title', text: change.villageName }),
    where ? h('span', { class: 'item-line', text: where }) : null,
    h(
      'span',
      { class: 'badges' },
      change.from ? [levelBadge(change.from), h('span', { 'aria-hidden': 'true', text: '→' }), h('span', { class: 'visually-hidden', text: ` ${t('changedTo')} ` })] : null,
      levelBadge(change.to),
      change.provisional ? h('span', { class: 'badge provisional', title: t('provisional'), text: '*' }) : null,
    ),
    h('span', { class: 'muted', text: date(change.at) }),
  );
}
