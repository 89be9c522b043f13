/**
 * Indonesian labels of stored codes, as Dinas Sosial forms write them. The words themselves
 * come from locales/id (src/i18n/domain-words.ts), the same the chat and the dashboard show;
 * only the form's spelling is applied here: Title Case for group types, activity categories
 * and verification states ("Bantuan lansia" → "Bantuan Lansia"). Levels, kinds of area and
 * the official PMKS names are written in locales/ as the forms write them.
 */
import { recordOf } from '../../../core/record.js';
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../../../domain/model/activities.js';
import { GROUP_TYPES, type GroupType } from '../../../domain/model/group-types.js';
import type { VerificationState } from '../../../domain/model/groups.js';
import type { WksbmLevel } from '../../../domain/model/status.js';
import { VERIFICATION_STATES, type AreaKind, type DomainWords } from '../../../i18n/domain-words.js';

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
  /** Column heads of the area names: Provinsi, Kabupaten/Kota, Kecamatan, Desa/Kelurahan. */
  readonly areaKind: Readonly<Record<AreaKind, string>>;
  /** A PMKS category's official name, or "PMKS <code>" for a code outside 1..26 (never stored, but never hidden either). */
  pmks(code: number): string;
  /** Ya/Tidak. */
  yesNo(value: boolean): string;
  /** Who decided a verification: Petugas or Admin; another kind as stored (never written by the verdicts, but never hidden either). */
  decider(kind: string): string;
}

/** The deciders' roles as the forms write them (the verdicts audit only these two kinds). */
const DECIDERS: Readonly<Record<string, string>> = { officer: 'Petugas', admin: 'Admin' };

/** Each word's first letter in capitals, after a space, a slash or a bracket too ("Jimpitan/Iuran Sosial"). */
export function titleCase(text: string): string {
  return text.replace(/(^|[\s/(-])(\p{Ll})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/** The words of `codes` in Title Case. */
function titled<Code extends string>(words: Readonly<Record<Code, string>>, codes: readonly Code[]): Record<Code, string> {
  return recordOf(codes, (code) => titleCase(words[code]));
}

/** The export labels from the Indonesian words of locales/. */
export function exportLabels(words: DomainWords): ExportLabels {
  const id = words.id;
  const pmks: Readonly<Record<string, string>> = id.pmks;
  return {
    groupType: titled(id.groupType, GROUP_TYPES),
    category: titled(id.category, ACTIVITY_CATEGORIES),
    verification: titled(id.verification, VERIFICATION_STATES),
    level: id.level,
    areaKind: id.areaKind,
    pmks: (code) => pmks[String(code)] ?? `PMKS ${code}`,
    yesNo: (value) => (value ? 'Ya' : 'Tidak'),
    decider: (kind) => DECIDERS[kind] ?? kind,
  };
}
