/** The summary: the activity said back, to save, correct by words, or add photos to. */
import { commandButton } from '../../core/engine/commands.js';
import { type StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { formatDateId } from '../parse/date.js';
import { isResubmitAnswer, isSaveAnswer } from '../parse/yes-no.js';
import { MAX_PHOTOS_PER_ACTIVITY } from '../../core/media.js';
import { CORRECT_ACTIVITY, CREATE_ACTIVITY } from './effects.js';
import { KEEP_PHOTO } from './photo-effects.js';
import { andListText } from '../model/message-parts.js';
import { PHOTO_LOCATION_BUTTON, afterPhoto, photoButtons, photoCount, photoLines } from './log-photos.js';
import { photoLaterAtSummary, withoutNoPhoto } from './log-no-photo.js';
import { summaryPartnerAdded } from './log-summary-partner-added.js';
import { payloadOf, correctionPayloadOf, incomplete, afterCorrection, afterSave } from './log-save.js';
import { correctedFields } from './log-correction.js';
import { captionUsed, withSummaryCaption } from './log-summary-caption.js';
import { type LogData, type Ctx, tally } from './log-data.js';
import { summaryDateFix, summaryCategoryFix, summaryDescriptionFix, countsTyped, countsTypedWords } from './log-summary-fixes.js';
import { countedNeglectedNotes } from './log-counted-notes.js';

/** The steps a correction may revisit (partners are fixed: withdraw and log again to change them). */
const CORRECTABLE = ['date', 'category', 'description', 'beneficiaries'] as const;

function summaryText({ data, env }: Ctx) {
  const partners = data.partnerNames ?? (data.candidates ?? []).filter((group) => data.partners?.includes(group.id)).map((group) => group.name);
  return t('activities:summary', {
    group: data.own?.name ?? '',
    date: data.date ? formatDateId(data.date, env.person.locale === 'en' ? 'en' : 'id') : '',
    category: t(`activities:category.${data.category ?? 'lainnya'}`),
    description: data.description ?? '',
    partners: partners.length > 0 ? andListText(partners) : t('activities:noneChosen'),
    beneficiaries: tally(data) ?? t('activities:noneChosen'),
  });
}

/** The summary's step. */
export const summaryStep: StepDef<LogData> = {
  // "lanjut", "lanjutin" at "Simpan?": go on, i.e. save (the resume command resumes nothing
  // inside a flow; it asked the summary again, as if saved). "lanjutin yg tadi" stays the command.
  readsResumeWord: isSaveAnswer,
  prompt: (ctx) =>
    ctx.data.correcting
      ? say([t('activities:correct.intro'), summaryText(ctx), ...photoLines(ctx)], [
          ...CORRECTABLE.map((field) => ({ id: `fix:${field}`, label: t(`activities:correct.field.${field}`) })),
          { id: 'resubmit', label: t('activities:correct.resubmit') },
          ...photoButtons(ctx),
          commandButton('cancel'),
        ])
      : say([summaryText(ctx), ...photoLines(ctx), t('activities:askSave')], [
          { id: 'save', label: t('activities:save') },
          ...photoButtons(ctx),
          commandButton('back'),
          commandButton('cancel'),
        ]),
  expects: t('activities:expectsSummary'),
  on(input, ctx) {
    const corrected = CORRECT_ACTIVITY.result(input);
    if (corrected) return afterCorrection(corrected);
    const kept = KEEP_PHOTO.result(input);
    if (kept) return withSummaryCaption(afterPhoto(kept, ctx.data), ctx);
    const saved = CREATE_ACTIVITY.result(input);
    if (saved) return afterSave(saved, ctx.data);
    const choice = buttonOf(input) ?? textOf(input)?.toLowerCase();
    const captionTaken = captionUsed(buttonOf(input), ctx.data);
    if (captionTaken) return captionTaken;
    // "tanggalnya jumat kemarin", "eh tgl nya salah, harusnya tgl 4": the date corrected in place.
    const dateFix = input.type === 'text' ? summaryDateFix(input.text, ctx) : null;
    if (dateFix) return dateFix;
    // "jenisnya salah, harusnya kesehatan", "ubah jenis": the kind corrected in place, or asked.
    const categoryFix = input.type === 'text' ? summaryCategoryFix(input.text, ctx) : null;
    if (categoryFix) return categoryFix;
    // "uraiannya salah, harusnya …", "ubah uraian": the description corrected in place, or asked.
    const descriptionFix = input.type === 'text' ? summaryDescriptionFix(input.text, ctx) : null;
    if (descriptionFix) return descriptionFix;
    // "posyandu anggrek juga ikut": the group added to the partners.
    const partnerAdded = input.type === 'text' && !ctx.data.correcting ? summaryPartnerAdded(input.text, ctx) : null;
    if (partnerAdded) return partnerAdded;
    // "12 lansia" typed at the summary corrects that count (the others stay), then the summary
    // again; so does "lansianya bukan 25 tapi 20", "jumlah lansia salah, harusnya 20".
    const typed = input.type === 'text' ? input.text.trim().toLowerCase() : null;
    const typedCounts = typed === null ? null : countsTyped(typed, ctx.data);
    if (typed !== null && typedCounts?.ok) {
      const beneficiaries: Record<string, number> = { ...(ctx.data.beneficiaries ?? {}), ...typedCounts.value };
      // "20 anak yatim" counted as Anak terlantar is said here too, as at the beneficiaries' question.
      const notes = countedNeglectedNotes(countsTypedWords(typed), typedCounts.value, ctx.data);
      return { type: 'stay', data: { ...ctx.data, beneficiaries }, say: [say(t('activities:beneficiariesUpdated')), ...notes], reprompt: true };
    }
    if (ctx.data.correcting) {
      const field = choice?.startsWith('fix:') ? CORRECTABLE.find((known) => known === choice.slice(4)) : undefined;
      if (field) return { type: 'goto', step: field };
      if (choice === 'resubmit' || (input.type === 'text' && isResubmitAnswer(input.text))) {
        const correction = correctionPayloadOf(ctx.data);
        if (!correction) return incomplete();
        // Nothing fixed yet: said once; pressed again, it goes back as it is, and the officers are told so.
        const unchanged = ctx.data.original !== undefined && correctedFields(ctx.data) === ctx.data.original && (ctx.data.photoIds?.length ?? 0) === 0;
        if (unchanged && ctx.data.unchangedAsked !== true) {
          return { type: 'stay', data: { ...ctx.data, unchangedAsked: true }, say: [say(t('activities:correct.nothingFixed'))], reprompt: true };
        }
        return { type: 'stay', effects: [CORRECT_ACTIVITY.request(unchanged ? { ...correction, unchanged: true } : correction)] };
      }
    }
    // The evidence photo is not a step of its own: sent at the summary (also while correcting,
    // where the officer may have asked for it), it is attached here.
    if (input.type === 'media' && (input.kind === 'photo' || input.kind === 'document') && ctx.env.canReceivePhotos !== false) {
      // Its caption is not carried out here, but said so (see log-summary-caption.ts).
      const caption = input.caption?.trim() ? { photoCaption: input.caption } : undefined;
      if (photoCount(ctx.data) >= MAX_PHOTOS_PER_ACTIVITY) {
        return withSummaryCaption({ type: 'stay', data: { ...ctx.data, ...caption }, say: [say(t('activities:photo.full', { max: MAX_PHOTOS_PER_ACTIVITY }))], reprompt: true }, ctx);
      }
      // The caption waits in the data for the photo's result (the effect's answer carries no text).
      return { type: 'stay', ...(caption && { data: { ...ctx.data, ...caption } }), effects: [KEEP_PHOTO.request({ shareLocation: ctx.data.shareLocation === true })] };
    }
    if (choice === PHOTO_LOCATION_BUTTON && ctx.env.canReceivePhotos !== false) {
      const shareLocation = ctx.data.shareLocation !== true;
      return {
        type: 'stay',
        data: { ...ctx.data, shareLocation },
        say: [say(t(shareLocation ? 'activities:photo.locationOn' : 'activities:photo.locationOff'))],
        reprompt: true,
      };
    }
    // Correcting: the fields, the photo and 📤 Kirim ulang are the answers (no "Simpan" here).
    if (ctx.data.correcting) {
      return {
        type: 'invalid',
        reason: t('engine.invalid', { expected: t(ctx.env.canReceivePhotos === false ? 'activities:correct.expects' : 'activities:correct.expectsWithPhoto') }),
      };
    }
    // "fotonya nyusul", "nanti aja fotonya", "tanpa foto" alone: save now, the photo later.
    // Not saved unasked (no "simpan" in it): told how to add it later, and asked to save.
    if (input.type === 'text' && photoLaterAtSummary(input.text)) {
      return { type: 'stay', say: [say(t('home.photoLater'))], reprompt: true };
    }
    // "gak ada foto, simpan aja": the "not" is the photo's (see log-no-photo.ts).
    if (choice === 'save' || (input.type === 'text' && isSaveAnswer(withoutNoPhoto(input.text)))) {
      const activity = payloadOf(ctx.data);
      return activity ? { type: 'stay', effects: [CREATE_ACTIVITY.request(activity)] } : incomplete();
    }
    // Where a photo can be sent, the answer the person may be missing is the photo itself.
    return ctx.env.canReceivePhotos === false
      ? { type: 'invalid' }
      : { type: 'invalid', reason: t('engine.invalid', { expected: t('activities:expectsSummaryWithPhoto') }) };
  },
};
