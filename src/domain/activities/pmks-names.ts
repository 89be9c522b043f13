/**
 * PMKS categories by name, never by code, wherever people see them: which categories fit an
 * activity's category (offered first as buttons), and a tally as "Lansia terlantar 20,
 * Fakir miskin 5".
 */
import { t, type Text } from '../../core/text.js';
import type { ActivityCategory } from '../model/activities.js';

/** Categories that usually fit each kind of activity, most likely first (codes of Permensos 8/2012). */
export const PMKS_FOR_CATEGORY: Readonly<Record<ActivityCategory, readonly number[]>> = {
  santunan_anak_yatim: [2, 1, 24],
  bantuan_lansia: [8, 9, 24],
  bedah_rumah: [24, 23, 8],
  jimpitan: [24, 8, 2],
  kerja_bakti: [24, 21],
  bantuan_bencana: [21, 22, 24],
  layanan_kesehatan: [8, 9, 1, 16],
  pendidikan: [2, 4, 5, 24],
  lainnya: [24, 8, 2],
};

/** The name of a PMKS category. */
export function pmksName(code: number | string): Text {
  return t(`activities:pmks.${code}`);
}

/** "Lansia terlantar 20, Fakir miskin 5", by code order; null when empty. */
export function tallyText(counts: Readonly<Record<string, number>>): Text | null {
  const entries = Object.entries(counts).sort(([a], [b]) => Number(a) - Number(b));
  if (entries.length === 0) return null;
  return entries
    .map(([code, count]) => t('activities:tallyItem', { name: pmksName(code), count }))
    .reduce((rest, item) => t('activities:tallyJoin', { first: rest, rest: item }));
}
