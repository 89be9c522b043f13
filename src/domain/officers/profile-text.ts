/** How the officer menu describes an officer's areas, mutes and quiet hours. */
import { t, type Text } from '../../core/text.js';
import { alertKindLabelKey, isOfficerAlertKind } from '../model/alert-kinds.js';
import { areasText, linesText, listText } from '../model/message-parts.js';
import type { OfficerProfile } from './profile.js';
import { formatMinutes } from './quiet-hours.js';

/** "TKSK · Nama: … · Wilayah: … · Notifikasi dimatikan: … · Jam tenang: …". */
export function profileText(profile: OfficerProfile): Text {
  const muted = profile.mutedKinds.filter(isOfficerAlertKind).map((kind) => t(alertKindLabelKey(kind)));
  return t('officers:panel.summary', {
    kind: t(`officers:kind.${profile.kind}`),
    name: profile.name ?? t('officers:panel.noName'),
    areas: areasText(profile.areas),
    muted: muted.length > 0 ? listText(muted) : t('officers:panel.none'),
    quiet: quietText(profile),
  });
}

/** "21:00–06:00 WIB", or "none". */
export function quietText(profile: Pick<OfficerProfile, 'quietStartMin' | 'quietEndMin'>): Text {
  if (profile.quietStartMin === null || profile.quietEndMin === null) return t('officers:panel.none');
  return t('officers:quiet.range', { start: formatMinutes(profile.quietStartMin), end: formatMinutes(profile.quietEndMin) });
}

/** "✅ Nama Anda tersimpan: Tono Sugiarto", with the phone when one was given with it (it was kept without a word). */
export function nameSavedText(name: string, phone: string | undefined): Text {
  return phone ? t('officers:name.savedWithPhone', { name, phone }) : t('officers:name.saved', { name });
}

/**
 * "🌙 Jam tenang: 22:00–06:00 WIB.", and when one end was said alone with none in force, which
 * end was taken from the usual hours, so that the officer can change it.
 */
export function quietSavedText(profile: Pick<OfficerProfile, 'quietStartMin' | 'quietEndMin'>, usual?: 'start' | 'end'): Text {
  const saved = t('officers:quiet.saved', { range: quietText(profile) });
  const time = usual === 'start' ? profile.quietStartMin : usual === 'end' ? profile.quietEndMin : null;
  return time === null ? saved : linesText([saved, t(usual === 'start' ? 'officers:quiet.usualStart' : 'officers:quiet.usualEnd', { time: formatMinutes(time) })]);
}
