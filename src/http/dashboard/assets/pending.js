// The verification tab: groups and activities awaiting an officer, each with Verifikasi /
// Tolak (a rejection asks for a reason first); a group registered twice can be merged into
// the one that stays (Gabungkan: the desa's other groups, the look-alikes first).
import { api, fetchBlob, query } from './api.js';
import { h, replace } from './dom.js';
import { date, t } from './i18n.js';
import { errorBox, errorText, loadingBox, notify } from './ui.js';

// Only groups still running wait for a verdict: one its leader ended is not verified (409), as in the chat's list.
const KINDS = [
  { resource: 'groups', listId: 'pending-groups', describe: describeGroup, filter: { active: 'true' } },
  { resource: 'activities', listId: 'pending-activities', describe: describeActivity, filter: {} },
];

/** Draws both pending lists for `code` ('' = all the user may see). */
export async function renderPending({ code, isCurrent }) {
  await Promise.all(KINDS.map((kind) => renderList(kind, code, isCurrent)));
}

async function renderList(kind, code, isCurrent) {
  const list = document.getElementById(kind.listId);
  replace(list, h('li', {}, loadingBox()));
  try {
    const page = await api(`/api/${kind.resource}${query({ ...kind.filter, verification: 'pending', prefix: code, pageSize: 100 })}`);
    if (!isCurrent()) return;
    if (page.items.length === 0) {
      replace(list, h('li', { class: 'muted empty', text: t('noPending') }));
      return;
    }
    replace(
      list,
      page.items.map((item) => pendingItem(kind, item)),
      page.total > page.items.length ? h('li', { class: 'muted', text: t('moreItems', { n: page.total - page.items.length }) }) : null,
    );
  } catch (error) {
    if (error?.status === 401 || !isCurrent()) return;
    replace(list, h('li', {}, errorBox(error, () => renderList(kind, code, isCurrent))));
  }
}

function pendingItem(kind, item) {
  const { title, lines } = kind.describe(item);
  const buttons = h('div', { class: 'actions' });
  const element = h(
    'li',
    { class: 'card item', 'data-testid': `pending-${kind.resource}-item`, 'data-id': item.id },
    h('strong', { class: 'item-title', text: title }),
    lines.filter(Boolean).map((line) => h('span', { class: 'item-line', text: line })),
    buttons,
  );
  if (kind.resource === 'activities') void showPhotos(element, item, buttons);

  const decide = async (decision, reason) => {
    for (const button of element.querySelectorAll('button')) button.disabled = true;
    try {
      await api(`/api/${kind.resource}/${encodeURIComponent(item.id)}/verification`, {
        method: 'POST',
        body: reason === undefined ? { decision } : { decision, reason },
      });
      element.remove();
      notify(t(decision === 'verify' ? 'verified' : 'rejected', { name: title }));
    } catch (error) {
      if (error?.status === 401) return;
      if (error?.status === 409) {
        // Someone decided it first (in the bot or another tab), or its leader ended the group: it is no longer pending.
        element.remove();
        notify(await alreadyDecided(kind, item, title), 'error');
        return;
      }
      if (error?.status === 404) {
        // The record is gone meanwhile (merged in another tab, withdrawn by its group, erased):
        // there is nothing left to decide, and the buttons would only fail again.
        element.remove();
        notify(t('goneMeanwhile', { name: title }), 'error');
        return;
      }
      for (const button of element.querySelectorAll('button')) button.disabled = false;
      notify(errorText(error), 'error');
    }
  };

  const showButtons = () =>
    replace(
      buttons,
      h('button', { type: 'button', class: 'primary', 'data-testid': 'verify', text: t('verify'), onClick: () => decide('verify') }),
      h('button', { type: 'button', class: 'danger', 'data-testid': 'reject', text: t('reject'), onClick: showReasonForm }),
      kind.resource === 'groups' ? h('button', { type: 'button', class: 'secondary', 'data-testid': 'merge', text: t('merge'), onClick: showMergeForm }) : null,
    );

  const merge = async (into, intoName) => {
    for (const button of element.querySelectorAll('button, select')) button.disabled = true;
    try {
      await api(`/api/groups/${encodeURIComponent(item.id)}/merge`, { method: 'POST', body: { into } });
      element.remove();
      notify(t('merged', { name: title, into: intoName }));
    } catch (error) {
      if (error?.status === 401) return;
      for (const button of element.querySelectorAll('button, select')) button.disabled = false;
      // A 409 here is not "already decided": the group to stay was ended or rejected meanwhile.
      notify(error?.status === 409 ? t('mergeRefused') : errorText(error), 'error');
    }
  };

  async function showMergeForm() {
    replace(buttons, loadingBox());
    let others;
    try {
      const page = await api(`/api/groups${query({ prefix: item.villageCode, active: 'true', pageSize: 100 })}`);
      // Only a group that counts can stay: not this one, not a rejected one, not one the officer leads (403).
      others = page.items.filter((group) => group.id !== item.id && group.verification !== 'rejected' && !group.youLead);
    } catch (error) {
      if (error?.status === 401) return;
      showButtons();
      notify(errorText(error), 'error');
      return;
    }
    if (others.length === 0) {
      showButtons();
      notify(t('mergeNone', { name: title }), 'error');
      return;
    }
    const selectId = `merge-${item.id}`;
    const select = h(
      'select',
      { id: selectId, 'data-testid': 'merge-into' },
      byLikeness(item.name, others).map((group) => h('option', { value: group.id, text: groupOption(group) })),
    );
    const nameOf = (id) => others.find((group) => group.id === id)?.name ?? '';
    const form = h(
      'form',
      {
        class: 'reason',
        onSubmit: (event) => {
          event.preventDefault();
          merge(select.value, nameOf(select.value));
        },
      },
      h('label', { for: selectId, text: t('mergeInto', { name: title }) }),
      select,
      h('p', { class: 'muted', text: t('mergeExplain') }),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'danger', 'data-testid': 'merge-send', text: t('mergeSend') }),
        h('button', { type: 'button', class: 'secondary', text: t('cancel'), onClick: showButtons }),
      ),
    );
    replace(buttons, form);
    select.focus();
  }

  function showReasonForm() {
    const inputId = `reason-${kind.resource}-${item.id}`;
    // At most 300 characters can be typed (REJECTION_REASON.max). Whether the reason has the 5
    // letters the leaders need to know what to fix is the API's one check (as the chat's): its 400
    // is said in the page's words (errBadReason), and the form stays for a better reason.
    const input = h('textarea', { id: inputId, rows: 2, maxlength: 300, 'data-testid': 'reject-reason' });
    const form = h(
      'form',
      {
        class: 'reason',
        onSubmit: async (event) => {
          event.preventDefault();
          await decide('reject', input.value.trim());
          if (input.isConnected) input.focus();
        },
      },
      h('label', { for: inputId, text: t('rejectReason') }),
      input,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'danger', 'data-testid': 'reject-send', text: t('rejectSend') }),
        h('button', { type: 'button', class: 'secondary', text: t('cancel'), onClick: showButtons }),
      ),
    );
    replace(buttons, form);
    input.focus();
  }

  // The officer's own group (or an activity of it): someone else decides, as the chat says.
  if (item.youLead) replace(buttons, h('span', { class: 'item-line', 'data-testid': 'you-lead', text: t(kind.resource === 'groups' ? 'youLeadGroup' : 'youLeadActivity') }));
  else showButtons();
  return element;
}

/**
 * Why a card's verdict was refused with a 409, read afresh: "Sudah diverifikasi oleh Tono
 * Sugiarto: …" (who decided first, `decidedBy`), or a group its leader ended while it was
 * pending (no one decided it: nothing is left to verify); on a failed read only that it was decided.
 */
async function alreadyDecided(kind, item, title) {
  try {
    const record = await api(`/api/${kind.resource}/${encodeURIComponent(item.id)}`);
    if (kind.resource === 'groups' && record.verification === 'pending' && record.active === false) return t('groupEnded', { name: title });
    const by = record.decidedBy;
    if (by && (record.verification === 'verified' || record.verification === 'rejected')) {
      const who = by.name || t(by.kind === 'admin' ? 'deciderAdmin' : 'deciderOfficer');
      return t(record.verification === 'verified' ? 'alreadyVerifiedBy' : 'alreadyRejectedBy', { who, name: title });
    }
  } catch {
    // The plain notice below.
  }
  return t('alreadyDecided', { name: title });
}

/**
 * The activity's photos, above its buttons: the officer sees the evidence before deciding.
 * Each image is fetched with the bearer token and shown from memory (blob:), so no URL
 * would show it to anyone else.
 */
async function showPhotos(element, item, before) {
  let photos;
  try {
    photos = (await api(`/api/activities/${encodeURIComponent(item.id)}/photos`)).items;
  } catch {
    return; // the card still works without its photos
  }
  if (!Array.isArray(photos) || photos.length === 0) return;
  const strip = h('div', { class: 'photos', 'data-testid': 'activity-photos' });
  element.insertBefore(strip, before);
  for (const [index, photo] of photos.entries()) {
    try {
      const blob = await fetchBlob(`/api/activities/${encodeURIComponent(item.id)}/photos/${encodeURIComponent(photo.id)}`);
      const url = URL.createObjectURL(blob);
      const image = h('img', { src: url, alt: t('photoAlt', { n: index + 1 }), 'data-testid': 'activity-photo', loading: 'lazy' });
      strip.append(image);
      if (photo.location) {
        strip.append(h('span', { class: 'item-line', text: t('photoLocation', { lat: photo.location.latitude.toFixed(5), lon: photo.location.longitude.toFixed(5) }) }));
      }
    } catch {
      // A photo that cannot be fetched (erased meanwhile) is left out.
    }
  }
}

/** Words of a name that tell groups apart ("pkk dusun glugo" → pkk, dusun, glugo), lower case. */
function nameWords(name) {
  return new Set(String(name ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1));
}

/** The groups with the most words in common with `name` first (a duplicate shares most), then by name. */
function byLikeness(name, groups) {
  const words = nameWords(name);
  const shared = (group) => [...nameWords(group.name)].filter((word) => words.has(word)).length;
  return [...groups].sort((a, b) => shared(b) - shared(a) || a.name.localeCompare(b.name));
}

/** "PKK Glugo · RW 3 · terverifikasi": enough to tell two look-alikes apart. */
function groupOption(group) {
  const unit = [group.rt ? `RT ${group.rt}` : null, group.rw ? `RW ${group.rw}` : null].filter(Boolean).join(' ');
  return [group.name, unit, t(group.verification === 'verified' ? 'mergeVerified' : 'mergePending')].filter(Boolean).join(' · ');
}

/** "RT 3 RW 4 Dusun Glugo, Panggungharjo" (0 and '' mean not given). */
function place(item) {
  const unit = [item.rt ? `RT ${item.rt}` : null, item.rw ? `RW ${item.rw}` : null, item.dusun ? `Dusun ${item.dusun}` : null].filter(Boolean).join(' ');
  return [unit, item.villageName].filter(Boolean).join(', ');
}

function describeGroup(item) {
  const type = item.type === 'other' && item.typeOther ? item.typeOther : label('groupType', item.type);
  return {
    title: item.name,
    lines: [
      [type, place(item)].filter(Boolean).join(' · '),
      typeof item.memberCount === 'number' ? t('members', { n: item.memberCount }) : null,
      // Whole for the officers of the desa (the API masks it for anyone else).
      item.ketua ? t('ketua', { name: item.ketua.name ?? '–', phone: item.ketua.phone ?? '–' }) : null,
      item.createdAt ? t('registered', { date: date(item.createdAt) }) : null,
    ],
  };
}

function describeActivity(item) {
  const reporter = item.reportingGroup?.name;
  const partners = (item.participants ?? []).map((participant) => participant.name).filter((name) => name && name !== reporter);
  return {
    title: item.description || label('category', item.category),
    lines: [
      [reporter, place(item)].filter(Boolean).join(' · '),
      [label('category', item.category), item.date ? date(`${item.date}T12:00:00+07:00`) : null].filter(Boolean).join(' · '),
      partners.length > 0 ? t('partners', { names: partners.join(', ') }) : null,
    ],
  };
}

/** The label of a group type or activity category, or the code itself when unknown. */
function label(kind, code) {
  if (!code) return '';
  const text = t(`${kind}.${code}`);
  return text === `${kind}.${code}` ? code : text;
}
