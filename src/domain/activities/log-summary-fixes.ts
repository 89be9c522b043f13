/**
 * Corrections typed at the summary: the date, the kind, the description or a count, changed in
 * place or asked again.
 */
import { type StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { ACTIVITY_CATEGORY_WORDS, matchChoice } from '../parse/choice.js';
import { parseActivityDate } from '../parse/date.js';
import { parseBeneficiaries } from '../parse/pmks.js';
import { BUT_WORDS, alternation } from '../parse/lexicon.js';
import { nameAskedAtSummary } from './log-description-names.js';
import { withDescription } from './log-description-taken.js';
import { type LogData, type Ctx, countsRead, readDescription } from './log-data.js';

/** "tanggal", "tgl", "tanggalnya", "the date": the message is about the activity's date. */
const DATE_WORD = /(?:^|[\s,.!])(?:tanggal(?:nya)?|tgl(?:\s?nya)?|tangal(?:nya)?|the date|date)(?=$|[\s,.:!?])/i;

/** "bukan tgl 5 tapi tgl 4", "not the 5th but friday": the date said after the lexicon's "but" is the one meant. */
const BUT = new RegExp(String.raw`\b(?:${alternation(BUT_WORDS)})\b`, 'i');
/** What brings the right count after the wrong one: the lexicon's "but", "harusnya", "yang benar". */
const RIGHT_COUNT = alternation(BUT_WORDS, ['harusnya', 'seharusnya', String.raw`(?:yang|yg|sing)\s+(?:benar|bener)`]);

/** Words that ask for a change: "ubah tanggal", "tanggalnya salah", "wrong date". */
const CHANGE_WORD = /\b(?:ubah|ganti|salah|keliru|edit|koreksi|perbaiki|change|wrong|fix)\b/i;

/** Words around a date being corrected that are no part of it. */
const DATE_FILLER = new RegExp(
  String.raw`\b(?:eh|ehh|maaf|min|mas|mbak|pak|bu|salah|keliru|harusnya|seharusnya|mestinya|semestinya|sebenarnya|sebenernya|yang|yg|benar|bener|betul|ubah|ganti|diganti|diubah|jadi|itu|kok|ya|dong|deh|aja|saja|sih|kegiatannya|kegiatan|acaranya|is|was|wrong|it|the|should|be|actually|change|to|of|activity|please|sorry)\b`,
  'gi',
);

/**
 * A date typed at the summary to correct it ("tanggalnya jumat kemarin", "eh tgl nya salah,
 * harusnya tgl 4", "the date is wrong, it was friday"): only a message naming the date
 * ("tanggal", "tgl", "date") is read, the words around it dropped. The date is changed and the
 * summary shown again; a date that cannot be logged says why; the date named with no date
 * readable in it ("ubah tanggal") asks the date question, whose answer comes back here.
 * Null for any other message.
 */
export function summaryDateFix(text: string, { data, env }: Ctx): StepOutcome<LogData> | null {
  if (!DATE_WORD.test(text)) return null;
  const parts = text.split(BUT);
  const said = (parts.length > 1 ? parts.at(-1)! : text).replace(DATE_WORD, ' ').replace(DATE_FILLER, ' ').replace(/[,.!?:]+/g, ' ').replace(/\s+/g, ' ').trim();
  // "tgl 4" left as "4": the day of this month (or the last one it has passed), as "tgl 4" reads.
  const read = said === '' ? null : parseActivityDate(/^\d{1,2}$/.test(said) ? `tgl ${said}` : said, env.now, undefined, { nearFuture: 'refuse' });
  if (read?.ok) return { type: 'stay', data: { ...data, date: read.value }, say: [say(t('activities:dateUpdated'))], reprompt: true };
  if (read && read.error !== 'not_a_date') return { type: 'stay', say: [say(t(`activities:dateError.${read.error}`))], reprompt: true };
  // Only a wish to change it asks the date again ("tanggalnya udah bener" is no such wish), said
  // of the date: "tanggal udah bener, tapi jumlah lansia salah" is about the count.
  const ofDate = parts.find((part) => DATE_WORD.test(part)) ?? text;
  return CHANGE_WORD.test(ofDate) ? { type: 'goto', step: 'date', data: { ...data, dateOnly: true } } : null;
}

/** "jenis", "jenisnya", "kategori", "the kind": the message is about the activity's kind. */
const CATEGORY_WORD = /(?:^|[\s,.!])(?:jenis(?:nya|e)?|kategori(?:nya)?|macam(?:nya)?|the kind|kind|category|type)(?=$|[\s,.:!?])/iu;

/** Words around a kind being corrected that are no part of it. */
const CATEGORY_FILLER = new RegExp(
  String.raw`\b(?:eh|ehh|maaf|min|mas|mbak|pak|bu|salah|keliru|kleru|harusnya|seharusnya|mestinya|sebenarnya|yang|yg|sing|benar|bener|betul|ubah|ganti|diganti|diubah|jadi|dadi|itu|kok|ya|dong|deh|aja|saja|sih|kegiatannya|kegiatan|acaranya|is|was|wrong|it|the|should|be|actually|change|to|of|activity|please|sorry)\b`,
  'giu',
);

/**
 * A kind typed at the summary to correct it ("jenisnya salah, harusnya kesehatan", "bukan bantuan
 * lansia tapi kesehatan", "the kind should be health"): only a message naming the kind is read,
 * as the date's is. A kind that reads is changed and the summary shown again; a wish to change
 * it with no kind readable ("ubah jenis", "jenisnya salah") asks the kind question, whose
 * answer comes back here. Null for any other message.
 */
export function summaryCategoryFix(text: string, { data }: Ctx): StepOutcome<LogData> | null {
  if (!CATEGORY_WORD.test(text)) return null;
  const parts = text.split(BUT);
  const said = (parts.length > 1 ? parts.at(-1)! : text).replace(CATEGORY_WORD, ' ').replace(CATEGORY_FILLER, ' ').replace(/\b(?:bukan|dudu|not)\b.*$/iu, ' ').replace(/[,.!?:]+/g, ' ').replace(/\s+/g, ' ').trim();
  const category = said === '' ? null : matchChoice(said, ACTIVITY_CATEGORY_WORDS);
  if (category) return { type: 'stay', data: { ...data, category }, say: [say(t('activities:categoryUpdated'))], reprompt: true };
  const ofKind = parts.find((part) => CATEGORY_WORD.test(part)) ?? text;
  return CHANGE_WORD.test(ofKind) ? { type: 'goto', step: 'category', data: { ...data, dateOnly: true } } : null;
}


/** "uraian", "keterangan", "kegiatannya", Sundanese "kagiatanana", "the description": the message is about the description. */
const DESCRIPTION_WORDS = String.raw`(?:uraian|deskripsi|keterangan|cerita|kegiatan|kagiatan|acara)(?:nya|ne|e|ana|na)?|the\s+description|description`;
/** "uraiannya salah, harusnya …", "kegiatannya kleru, sing bener …", "the description should be …": the right one after it. */
const DESCRIPTION_WITH_VALUE = new RegExp(
  String.raw`^(?:eh\s+)?(?:${DESCRIPTION_WORDS})(?:\s+(?:is\s+)?(?:salah|keliru|kleru|lepat|kurang\s+tepat|wrong))?[\s,]*(?:harusnya|seharusnya|mestinya|(?:yang|yg|sing|nu)\s+(?:benar|bener|betul|leres)|kudune|kedahna|(?:it\s+)?should\s+be|:)[\s,:]*(\S.*)$`,
  'iu',
);
/** "ganti uraian jadi …", "ubah keterangan: …". */
const DESCRIPTION_CHANGED = new RegExp(String.raw`^(?:ubah|ganti|edit|koreksi|change)\s+(?:${DESCRIPTION_WORDS})(?:\s+(?:jadi|menjadi|dadi|to)\s+|\s*:\s*)(\S.*)$`, 'iu');
/** "ubah uraian", "uraiannya salah", "kegiatannya kleru": a wish to change it, no value. */
const DESCRIPTION_ASKED = new RegExp(String.raw`^(?:(?:ubah|ganti|edit|koreksi|perbaiki|change)\s+(?:${DESCRIPTION_WORDS})|(?:${DESCRIPTION_WORDS})\s+(?:salah|keliru|kleru|lepat|wrong))[\s.!]*$`, 'iu');

/**
 * `description` taken at the summary, read as at its question ({@link withDescription}: the
 * counts in it kept), said changed, and the summary shown again.
 */
export function descriptionChanged(description: string, data: LogData): StepOutcome<LogData> {
  const taken = withDescription(description, data, 'summary');
  return { type: 'stay', data: taken.data, say: [say(t('activities:descriptionUpdated')), ...taken.say], reprompt: true };
}

/**
 * A description typed at the summary to correct it: with the right one ("uraiannya salah,
 * harusnya …", "ganti uraian jadi …") it is changed in place when it reads as the description
 * question reads one; a wish to change it alone ("ubah uraian") asks that question, whose answer
 * comes back here. Null for any other message.
 */
export function summaryDescriptionFix(text: string, { data }: Ctx): StepOutcome<LogData> | null {
  const typed = text.trim();
  const value = (DESCRIPTION_WITH_VALUE.exec(typed) ?? DESCRIPTION_CHANGED.exec(typed))?.[1];
  if (value !== undefined) {
    const read = readDescription(value);
    // One naming the person helped is not taken in silence: its question points the name out.
    if (read.ok) return nameAskedAtSummary(read.value, data) ?? descriptionChanged(read.value, data);
  }
  return value !== undefined || DESCRIPTION_ASKED.test(typed) ? { type: 'goto', step: 'description', data: { ...data, dateOnly: true } } : null;
}

/** "lansianya bukan 25 tapi 20": the category's words, then the right count (built once, not per message). */
const COUNT_SAID_RIGHT = new RegExp(
  String.raw`^(?:jumlah\s+)?(\p{L}[\p{L}\s]*?)(?:nya|ne)?\s+(?:(?:bukan|dudu|not)\s+\d+|salah|keliru|kleru)[\s,]*(?:(?:${RIGHT_COUNT})\b)?[\s,:]*(\d+)(?:\s*orang)?$`,
  'iu',
);

/**
 * A count said wrong with the right one ("lansianya bukan 25 tapi 20", "jumlah lansia salah,
 * harusnya 20"), written as the beneficiaries question reads a count ("20 lansia"); null for
 * any other text.
 */
function countSaidRight(text: string): string | null {
  const said = COUNT_SAID_RIGHT.exec(text);
  return said ? `${said[2]!} ${said[1]!.trim()}` : null;
}

/** The words {@link countsTyped} reads as counts: "20 lansia" for "lansianya bukan 25 tapi 20", else the text itself. */
export function countsTypedWords(text: string): string {
  return countSaidRight(text) ?? text;
}

/**
 * Counts typed at the summary ("12 lansia"), or a count said wrong with the right one
 * ({@link countSaidRight}). Such a correction names a category already recorded: at a health
 * service "lansianya bukan 25 tapi 20" is the 25 Lansia terlantar recorded (a bare "lansia"
 * typed there otherwise is ordinary elderly, no PMKS).
 */
export function countsTyped(text: string, data: LogData): ReturnType<typeof parseBeneficiaries> {
  const corrected = countSaidRight(text);
  const read = parseBeneficiaries(countsTypedWords(text), countsRead(data));
  if (read.ok || corrected === null) return read;
  const recorded = parseBeneficiaries(corrected, { ordinaryElderly: false });
  const known = recorded.ok && Object.keys(recorded.value).every((code) => (data.beneficiaries?.[code] ?? 0) > 0);
  return known ? recorded : read;
}
