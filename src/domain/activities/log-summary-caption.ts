/**
 * A caption sent with a photo at the summary. It is never carried out there: "simpan" as a
 * caption must not save an activity the person may not have read through. But it was dropped
 * without a word, and people send "ini fotonya" or a short description with the photo: words
 * only about the photo need no answer; a description is said not to have been used, with a
 * button that makes it the description (and how to write another); a command is said not to
 * have been carried out, and how to do it.
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { simplifyLabel } from '../../core/button-label.js';
import { type StepOutcome } from '../../core/engine/flow.js';
import { isResubmitAnswer, isSaveAnswer } from '../parse/yes-no.js';
import { PHOTO_WORDS } from '../parse/lexicon.js';
import { summaryCategoryFix, summaryDateFix, summaryDescriptionFix, countsTyped, descriptionChanged } from './log-summary-fixes.js';
import { nameAskedAtSummary } from './log-description-names.js';
import { type Ctx, type LogData, DESCRIPTION_MIN, DESCRIPTION_MAX, readDescription } from './log-data.js';

/** The button that makes the caption offered the activity's description. */
export const USE_CAPTION_BUTTON = 'summary:caption';

/**
 * Words that only say what is sent, or are a courtesy: "ini fotonya", "foto kegiatan kemarin",
 * "here is the photo", "makasih min", "ok" (quoted back as "not used", they would puzzle).
 */
const ABOUT_THE_PHOTO = new Set([
  ...PHOTO_WORDS,
  'ok', 'oke', 'okey', 'siap', 'mantap', 'makasih', 'mksh', 'terima', 'kasih', 'trims', 'alhamdulillah', 'thanks', 'thank', 'you',
  'ini', 'itu', 'nih', 'tuh', 'berikut', 'terlampir', 'lampiran',
  'dok', 'bukti', 'buktinya', 'kegiatan', 'kegiatannya', 'acara', 'acaranya', 'kami', 'kita', 'tadi',
  'kemarin', 'kemaren', 'kmrn', 'hari', 'min', 'admin', 'pak', 'bu', 'kak', 'mas', 'mbak', 'ya', 'dan', 'yg', 'yang',
  'here', 'is', 'are', 'the', 'a', 'this', 'these', 'pic', 'pics', 'evidence', 'of', 'our', 'activity', 'from', 'today', 'yesterday',
]);

/** What is said of a caption, and the description it offers (none for a command or a caption too long to be one). */
interface CaptionNote {
  readonly say: OutboundMessage;
  readonly offer?: string;
}

/** What to say of `caption` sent with a photo at the summary; null when it is only about the photo (or none). */
function captionNote(caption: string | undefined, ctx: Ctx): CaptionNote | null {
  const said = caption?.trim() ?? '';
  const words = simplifyLabel(said).split(' ');
  if (words.every((word) => word === '' || ABOUT_THE_PHOTO.has(word) || /^\d+$/.test(word))) return null;
  if (isSaveAnswer(said) || (ctx.data.correcting !== undefined && isResubmitAnswer(said))) {
    return { say: say(t('activities:caption.notSaved', { button: t(ctx.data.correcting !== undefined ? 'activities:correct.resubmit' : 'activities:save') })) };
  }
  // A correction the summary reads when typed ("tanggalnya jumat kemarin", "12 lansia").
  const fix = summaryDateFix(said, ctx) ?? summaryCategoryFix(said, ctx) ?? summaryDescriptionFix(said, ctx);
  if (fix !== null || countsTyped(said.toLowerCase(), ctx.data).ok) return { say: say(t('activities:caption.notApplied', { said: verbatim(said) })) };
  const read = readDescription(said);
  if (!read.ok) return { say: say(t('activities:caption.notUsed', { said: verbatim(said), min: DESCRIPTION_MIN, max: DESCRIPTION_MAX })) };
  return { say: say(t('activities:caption.offered', { said: verbatim(said) }), [{ id: USE_CAPTION_BUTTON, label: t('activities:caption.useButton') }]), offer: read.value };
}

/**
 * The summary's outcome for a photo (`outcome`: kept or refused, the summary asked again) with
 * what is said of the caption that waited for it in the data; the caption no longer kept, and
 * its offer (if any) replacing an earlier one.
 */
export function withSummaryCaption(outcome: StepOutcome<LogData>, ctx: Ctx): StepOutcome<LogData> {
  if (outcome.type !== 'stay') return outcome;
  // No caption came with the photo: nothing to say, the outcome as it was.
  const withCaption = outcome.data ?? ctx.data;
  if (withCaption.photoCaption === undefined) return outcome;
  const { photoCaption, captionOffer: _earlier, ...data } = withCaption;
  const note = captionNote(photoCaption, ctx);
  return {
    ...outcome,
    data: { ...data, ...(note?.offer !== undefined && { captionOffer: note.offer }) },
    say: [...(outcome.say ?? []), ...(note ? [note.say] : [])],
  };
}

/** The caption offered taken as the description with its button, or null for any other input (or when none is offered). */
export function captionUsed(button: string | null, data: LogData): StepOutcome<LogData> | null {
  if (button !== USE_CAPTION_BUTTON || data.captionOffer === undefined) return null;
  const { captionOffer: description, ...rest } = data;
  return nameAskedAtSummary(description, rest) ?? descriptionChanged(description, rest);
}
