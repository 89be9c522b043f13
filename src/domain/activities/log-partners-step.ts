/**
 * The partners' question: the desa's other groups offered as buttons (one of them: a yes or no),
 * or named in words.
 */
import { type StepDef, type StepOutcome } from '../../core/engine/flow.js';
import { say, type Button } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { LIST_VILLAGE_GROUPS } from '../groups/effects.js';
import { groupRef } from '../groups/group-ref.js';
import { yesOrNo } from '../parse/yes-no.js';
import { saysNoMore } from './enough-words.js';
import { andListText } from '../model/message-parts.js';
import { type TypedPartners, typedPartners, addedPartners } from './log-partners-typed.js';
import { guessedPartners } from './log-partner-guessed.js';
import { keepsEarlyPhoto } from './log-early-photo.js';
import { type LogData } from './log-data.js';

function partnerButtons(data: LogData): Button[] {
  const chosen = new Set(data.partners ?? []);
  const [only, ...others] = data.candidates ?? [];
  // One possible partner: one tap, yes or no.
  if (only && others.length === 0) {
    return [
      { id: `partner:${only.id}`, label: t('activities:partnerYes', { name: only.name }) },
      { id: 'partners:done', label: t('activities:partnerNone') },
    ];
  }
  return [
    ...(data.candidates ?? []).map((group) => ({
      id: `partner:${group.id}`,
      label: t('activities:partnerButton', { mark: chosen.has(group.id) ? '✅' : '⬜', name: group.name }),
      // A checkbox: its name typed before anything is ticked is the answer in words (typed-buttons.ts).
      toggle: chosen.has(group.id) ? ('ticked' as const) : ('unticked' as const),
    })),
    { id: 'partners:done', label: t('activities:partnersDone') },
  ];
}

/** Toggles a partner by its button. */
function togglePartner(id: string, data: LogData): readonly string[] | null {
  if (!(data.candidates ?? []).some((group) => group.id === id)) return null;
  const chosen = new Set(data.partners ?? []);
  if (chosen.has(id)) chosen.delete(id);
  else chosen.add(id);
  return [...chosen];
}

/**
 * Partners typed (or named in the request), as the answer: said back and on to the
 * beneficiaries; a name that fits several groups offers those as buttons first.
 */
function partnersTyped(typed: TypedPartners, data: LogData): StepOutcome<LogData> {
  const { narrowed: _offered, ...rest } = data;
  if (typed.which.length > 0) {
    return {
      type: 'stay',
      data: { ...rest, partners: typed.picked, narrowed: typed.which.map((group) => group.id) },
      say: [say(t('activities:partnerWhich'), typed.which.map((group) => ({ id: `partner:${group.id}`, label: verbatim(group.name) })))],
    };
  }
  return partnersPicked(typed.picked, rest);
}

/** The partners chosen, as the whole answer: said back (no button shows them), then the beneficiaries. */
function partnersPicked(partners: readonly string[], data: LogData): StepOutcome<LogData> {
  const names = (data.candidates ?? []).filter((group) => partners.includes(group.id)).map((group) => group.name);
  const { narrowed: _offered, ...rest } = data;
  const picked = { ...rest, partners };
  // Remembered with the choice: `kembali` from the beneficiaries shows these marked (typed, they
  // were never the step's data, and came back unmarked and dropped).
  return { type: 'goto', step: 'beneficiaries', data: picked, remember: picked, say: [say(t('activities:partnersPicked', { names: andListText(names) }))] };
}

function toBeneficiaries(): StepOutcome<LogData> {
  return { type: 'goto', step: 'beneficiaries' };
}

/** The partners' question. */
export const partnersStep: StepDef<LogData> = keepsEarlyPhoto({
  prompt: ({ data }) =>
    say(
      data.candidates?.length === 1 ? t('activities:askPartnerSingle', { name: data.candidates[0]!.name }) : t('activities:askPartners'),
      partnerButtons(data),
    ),
  expects: t('activities:expectsPartners'),
  help: t('activities:helpPartners'),
  on(input, { data }) {
    const others = LIST_VILLAGE_GROUPS.result(input);
    if (others) {
      const candidates = others.map(groupRef);
      const { partnerSaid, partnerGuessed, ...rest } = data;
      if (candidates.length === 0) {
        return { type: 'goto', step: 'beneficiaries', data: { ...rest, candidates, partners: [] }, say: [say(t('activities:noPartners'))] };
      }
      const listed: LogData = { ...rest, candidates, partners: data.partners ?? [] };
      // Named in the request ("… bareng karang taruna tunas muda"): taken, not asked again.
      // Guessed from the kind's answer, only the plain name of a group or a kind counts ("sama pak RT" is people).
      const said = partnerSaid === undefined ? null : partnerGuessed === true ? guessedPartners(partnerSaid, candidates) : typedPartners(partnerSaid, candidates);
      if (said) {
        // Taken before the question was shown: `kembali` from the next step shows it with the
        // desa's groups and this choice marked (remembered as it was, it had neither).
        const taken = partnersTyped(said, listed);
        return taken.type === 'goto' ? { ...taken, remember: taken.data } : taken;
      }
      if (partnerSaid !== undefined && partnerGuessed !== true) return { type: 'stay', data: listed, say: [say(t('activities:partnerNotFound', { partner: partnerSaid }))], reprompt: true };
      return { type: 'stay', data: listed, reprompt: true };
    }
    const button = buttonOf(input);
    const text = textOf(input)?.toLowerCase();
    // "tidak ada", "gak ada, sendiri aja", "udah itu aja": as ✔️ Selesai (no partner: not joint, said when saved).
    if (button === 'partners:done' || (text !== undefined && saysNoMore(text, 'partners'))) {
      return toBeneficiaries();
    }
    // One of the groups offered for a name that fit several: the answer, with those picked before it.
    const offered = button?.startsWith('partner:') && data.narrowed?.includes(button.slice(8)) ? button.slice(8) : undefined;
    if (offered) return partnersPicked([...new Set([...(data.partners ?? []), offered])], data);
    // One possible partner is a yes/no question: "ya" takes it, "tidak" goes on without.
    const only = data.candidates?.length === 1 ? data.candidates[0]! : undefined;
    const answer = only && text !== undefined ? yesOrNo(text) : null;
    if (answer === 'no') return toBeneficiaries();
    if (answer === 'yes') return { type: 'goto', step: 'beneficiaries', data: { ...data, partners: [only!.id] } };
    if (button?.startsWith('partner:')) {
      const partners = togglePartner(button.slice(8), data);
      if (!partners) return { type: 'invalid' };
      // A single candidate's "yes" is the whole answer: said back, since no button shows it.
      return only ? partnersPicked(partners, data) : { type: 'stay', data: { ...data, partners }, reprompt: true };
    }
    // Groups typed ("1 3", "pkk sama majelis taklim", "karang taruna aja") are the whole answer;
    // "pkk juga", "tambah pkk" add to those already chosen (back from the next step, or tapped).
    const adding = text === undefined ? null : addedPartners(textOf(input)!);
    const typed = text === undefined ? null : typedPartners(adding ?? textOf(input)!, data.candidates ?? []);
    if (typed && adding !== null) return partnersTyped({ ...typed, picked: [...new Set([...(data.partners ?? []), ...typed.picked])] }, data);
    return typed ? partnersTyped(typed, data) : { type: 'invalid' };
  },
});
