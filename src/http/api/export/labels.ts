/**
 * Indonesian labels of stored codes, as Dinas Sosial forms write them. The words themselves
 * come from locales/id (src/i18n/domain-words.ts), the same the chat and the dashboard show;
 * only the form's spelling is applied here: Title Case for group types, activity categories
 * and verification states ("Bantuan lansia" → "Bantuan Lansia"). Levels and the official PMKS
 * names are written in locales/ as the forms write them.
 */
import type { ActivityCategory } from '../../../domain/model/activities.js';
import type { GroupType } from '../../../domain/model/group-types.js';
import type { VerificationState } from '../../../domain/model/groups.js';
import type { WksbmLevel } from '../../../domain/model/status.js';
import type { DomainWords } from '../../../i18n/domain-words.js';

/** The labels an export writes in its cells. */
export interface ExportLabels {
  /** Jenis kelompok. */
  readonly groupType: Readonly<Record<GroupType, string>>;
  /** Jenis kegiatan. */
  readonly category: Readonly<Record<ActivityCategory, string>>;
  /** Status verifikasi. */
  readonly verification: Readonly<Record<VerificationState, string>>;
  /** Tingkat WKSBM. */
  readonly level: Readonly<Record<WksbmLevel, string>>;
  /** A PMKS category's official name, or "PMKS <code>" for a code outside 1..26 (never stored, but never hidden either). */
  pmks(code: number): string;
  /** Ya/Tidak. */
  yesNo(value: boolean): string;
}

/** Each word's first letter in capitals, after a space, a slash or a bracket too ("Jimpitan/Iuran Sosial"). */
export function titleCase(text: string): string {
  return text.replace(/(^|[\s/(-])(\p{Ll})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

function titled<Code extends string>(words: Readonly<Record<Code, string>>): Record<Code, string> {
  // Same keys as the input; fromEntries cannot say so in its type.
  return Object.fromEntries(Object.entries<string>(words).map(([code, word]) => [code, titleCase(word)])) as Record<Code, string>;
}

/** The export labels from the Indonesian words of locales/. */
export function exportLabels(words: DomainWords): ExportLabels {
  const id = words.id;
  const pmks: Readonly<Record<string, string>> = id.pmks;
  return {
    groupType: titled(id.groupType),
    category: titled(id.category),
    verification: titled(id.verification),
    level: id.level,
    pmks: (code) => pmks[String(code)] ?? `PMKS ${code}`,
    yesNo: (value) => (value ? 'Ya' : 'Tidak'),
  };
}
