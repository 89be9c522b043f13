/**
 * A group's name that is only its kind ("posyandu", "kelompok tani", "pengajian ibu-ibu"):
 * taken as the name, the group was registered as "Posyandu", no name of its own, and the
 * name typed next ("Posyandu Melati 3") was refused at the following question and lost.
 * Instead the kind is kept and the group's own name asked ("Apa nama Posyandu-nya?"); an
 * answer without the kind ("Melati 3") gets it in front ("Posyandu Melati 3").
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { words } from '../parse/text.js';
import type { GroupType } from '../model/group-types.js';
import { NAME_TYPE_WORDS, typeFromName } from './group-answers.js';

/** Words around a kind that name nothing of the group's own ("kelompok posyandu", "arisan ibu-ibu", "bapak2 ronda"). */
const FILLERS = new Set(['kelompok', 'ibu', 'ibu2', 'ibuk', 'bapak', 'bapak2', 'bpk', 'bpk2']);

/** People's words said before the kind ("ibu-ibu pengajian"): no part of the kind written in front of a name. */
const PEOPLE_FIRST = /^(?:(?:ibu|ibuk|bapak|bpk)(?:2|-(?:ibu|ibuk|bapak|bpk))?\s+)+(?=\S)/iu;

/** Each kind's phrases, without spaces ("karangtaruna"), to compare a whole name with. */
const KIND_PHRASES: ReadonlyArray<{ readonly type: GroupType; readonly compact: string }> = NAME_TYPE_WORDS.flatMap((option) =>
  [option.id.replace(/_/g, ' '), ...option.words].map((phrase) => ({ type: option.id, compact: words(phrase).join('') })),
);

/** A kind said for a name: its type, and its words as typed, to ask by and to write in front of the name ("Posyandu"). */
export interface KindSaid {
  readonly type: GroupType;
  readonly words: string;
}

/**
 * The kind, when `name` (as typed, with capitals) is that kind's words and nothing else,
 * "kelompok" and "ibu-ibu" aside ("Posyandu", "Kelompok Tani", "Pengajian Ibu-Ibu"); null for a
 * name with words of its own ("Posyandu Melati") or with no kind ("Ibu-Ibu").
 */
export function kindOnlyName(name: string): KindSaid | null {
  const all = words(name);
  const own = all.filter((word) => !FILLERS.has(word));
  if (own.length === 0) return null;
  const candidates = new Set([all.join(''), own.join('')]);
  const types = new Set(KIND_PHRASES.filter((phrase) => candidates.has(phrase.compact)).map((phrase) => phrase.type));
  const [type] = types;
  if (type === undefined || types.size > 1) return null;
  return { type, words: name.trim().replace(PEOPLE_FIRST, '') };
}

/** "Apa nama Posyandu-nya? Contoh: Posyandu Melati": the group's own name asked, after its kind alone was typed. */
export function askSpecificName(kind: KindSaid): OutboundMessage {
  return say(t('groups:register.askSpecificName', { kind: kind.words, example: t(`groups:register.kindNameExample.${kind.type}`) }));
}

/**
 * The name typed after its kind alone was: as typed when it states a kind ("Posyandu Melati 3"),
 * else with the kind's words in front ("Melati 3" → "Posyandu Melati 3").
 */
export function nameWithKind(name: string, kind: KindSaid | undefined): string {
  if (kind === undefined || typeFromName(name) !== null) return name;
  return `${kind.words} ${name}`;
}
