/**
 * The data the "Catat kegiatan bersama" flow carries from question to question, and the small
 * readings of it more than one step makes.
 */
import { type StepContext } from '../../core/engine/flow.js';
import { type Text } from '../../core/text.js';
import { readFreeText, tidyFreeText, type Answer } from '../flow-kit.js';
import { withoutLeadIn } from '../parse/lead-in.js';
import { type GroupRef } from '../groups/group-ref.js';
import { type ConsentGated } from '../privacy/consent-gate.js';
import { tallyText } from './pmks-names.js';
import { type ActivityCategory } from '../model/activities.js';

/** What the flow has gathered so far, kept between messages. */
export interface LogData extends ConsentGated {
  readonly groups?: readonly GroupRef[];
  readonly own?: GroupRef;
  readonly date?: string;
  /** "minggu lalu" was the date's answer: the weekday typed next is last week's. */
  readonly lastWeek?: boolean;
  /** A day and month still ahead this year was typed ("12 desember" on 7 December): last year's, offered to be taken with a tap or "ya". */
  readonly offeredDate?: string;
  readonly category?: ActivityCategory;
  readonly description?: string;
  /**
   * The words typed at the kind's question when they said more than the kind ("senam lansia
   * bareng karang taruna"): offered at the description's question, taken with a tap or "ya".
   */
  readonly typedDescription?: string;
  /**
   * A description typed naming a person ("bantu bu Sumi yang sakit"), as typed: the one
   * without the name is offered as `typedDescription`; "🙅 Bukan penerima" takes this one.
   */
  readonly namedDescription?: string;
  readonly candidates?: readonly GroupRef[];
  readonly partners?: readonly string[];
  /** The partner groups the request named ("… bareng karang taruna tunas muda"), looked up when the desa's groups are listed. */
  readonly partnerSaid?: string;
  /**
   * `partnerSaid` was read from the words typed at the kind's question ("senam lansia bareng
   * karang taruna"), not from a request: taken when a group of the desa fits it, else the
   * question is asked as usual (the words may name people, "bareng warga sekitar", not a group).
   */
  readonly partnerGuessed?: boolean;
  /**
   * A caption sent with a photo being kept: read as the question's answer once the photo is
   * kept; at the summary, said not to have been used (see log-summary-caption.ts).
   */
  readonly photoCaption?: string;
  /** A caption sent with a photo at the summary, offered as the description with a button. */
  readonly captionOffer?: string;
  /** Several groups fit a name typed ("karang taruna"): their ids, offered as buttons; a press on one is the answer. */
  readonly narrowed?: readonly string[];
  /** PMKS code → count. */
  readonly beneficiaries?: Readonly<Record<string, number>>;
  /** The PMKS category whose count is asked (after its button was pressed). */
  readonly pmksCode?: number;
  /** "Lainnya" pressed: every category is offered. */
  readonly pmksAll?: boolean;
  /** Stored draft photos (ids), attached to the activity when it is saved. */
  readonly photoIds?: readonly string[];
  /** The person chose to share where their photos were taken (off unless they tap it). */
  readonly shareLocation?: boolean;
  /**
   * Set when a rejected activity is being corrected ("Kegiatan saya"): its id. Each field's
   * step then returns to the summary, which sends the activity back to the officers.
   */
  readonly correcting?: string;
  /** The partner groups of the activity being corrected (they cannot be changed there). */
  readonly partnerNames?: readonly string[];
  /** Photos the activity being corrected already has: they count towards the limit. */
  readonly photosBefore?: number;
  /** The rejected activity as it was (date, kind, description, counts), to tell whether anything was fixed. */
  readonly original?: string;
  /** 📤 pressed once with nothing fixed: a second press sends it back as it is. */
  readonly unchangedAsked?: boolean;
  /**
   * "ubah tanggal" (or "ubah jenis") typed at the summary: that question is asked, and its answer
   * goes back to the summary (the name is from when only the date was asked so).
   */
  readonly dateOnly?: boolean;
}

/** The step after a field: the next question, or straight back to the summary when correcting. */
export function after(data: LogData, step: string): string {
  return data.correcting || data.dateOnly === true ? 'summary' : step;
}

/** A step's context in this flow. */
export type Ctx = StepContext<LogData>;

/** The beneficiaries counted so far, as a line ("20 Lansia terlantar, 5 Fakir miskin"); null when none. */
export function tally(data: LogData): Text | null {
  return tallyText(data.beneficiaries ?? {});
}

/**
 * How beneficiaries typed by name are read for an activity of this kind (the flow's data, or a
 * request naming it): at a health service (posyandu lansia, check-ups) "25 lansia" are
 * ordinary elderly, not "lanjut usia terlantar" (PMKS).
 */
export function countsRead(of: { readonly category?: ActivityCategory | undefined }): { readonly ordinaryElderly: boolean } {
  return { ordinaryElderly: of.category === 'layanan_kesehatan' };
}

/** The shortest description kept, in characters. */
export const DESCRIPTION_MIN = 5;
/** The longest description kept (a longer one is said to be too long). */
export const DESCRIPTION_MAX = 300;

/**
 * Words typed as a description, at its question or anywhere else (a caption, a fix at the
 * summary), read as a description: an apology or a call typed before it ("maaf telat bales,
 * kemarin kami gotong royong …") is left out, so the officers read the activity.
 */
export function readDescription(text: string): Answer<string> {
  return readFreeText({ type: 'text', text: withoutLeadIn(tidyFreeText(text), DESCRIPTION_MIN) }, DESCRIPTION_MIN, DESCRIPTION_MAX);
}

/** The data without the mark of a question asked from the summary ({@link LogData.dateOnly}). */
export function withoutOnly(data: LogData): LogData {
  const { dateOnly: _only, ...rest } = data;
  return rest;
}
