/**
 * "Hubungan antarkelompok": a leader declares a tie between their group and another group
 * of the same desa (formal: MoU or SK; informal: shared meetings, fund or members). It
 * counts once the other group's leader confirms it.
 */
import { z } from 'zod';
import { asksWhatWaits } from '../parse/what-waits-asked.js';
import { commandButton } from '../../core/engine/commands.js';
import { defineFlow, type StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { dateText } from '../model/message-parts.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { LIST_MY_GROUPS, LIST_VILLAGE_GROUPS } from '../groups/effects.js';
import { groupRef, groupsNamed, itemButtons, namesListed, pickItem, type GroupRef } from '../groups/group-ref.js';
import { consentCheck, withConsentGate, type ConsentGated } from '../privacy/consent-gate.js';
import { DECLARE_RELATION, type DeclareRelationResult } from './effects.js';
import { RELATION_KINDS, type RelationKind } from '../model/relations.js';
import { isSaveAnswer, yesOrNo } from '../parse/yes-no.js';
import { matchChoice, RELATION_KIND_WORDS } from '../parse/choice.js';
import { BUT_WORDS, alternation } from '../parse/lexicon.js';
import { allTyped, nextTie, type QueuedTies } from './ties-queued.js';

export const DECLARE_RELATION_FLOW_ID = 'relation.declare';

interface RelationData extends ConsentGated {
  readonly groups?: readonly GroupRef[];
  readonly own?: GroupRef;
  readonly candidates?: readonly GroupRef[];
  readonly other?: GroupRef;
  readonly kind?: RelationKind;
  /** The other group as named when the flow was opened ("kami kerja sama dengan posyandu melati"), looked up once the desa's groups are listed. */
  readonly partnerSaid?: string;
  /** Both groups named when the flow was opened ("antara Posyandu Melati dan PKK Mawar ada kerja sama"): the one the person leads is theirs, the other the partner. */
  readonly betweenSaid?: readonly [string, string];
  /** "dua2nya" typed at a group question: the groups to offer once the tie under way is recorded (./ties-queued.ts). */
  readonly queued?: QueuedTies;
}

/** What the flow may be started with: the other group and the kind of tie named in words (see understanding/tie-said.ts). */
const groupSaid = z.string().trim().min(2).max(120);
const startInput = z.object({
  partner: groupSaid.optional().catch(undefined),
  kind: z.enum(RELATION_KINDS).optional().catch(undefined),
  between: z.tuple([groupSaid, groupSaid]).optional().catch(undefined),
});

/** The start input's values as the flow's data; each one that does not fit is left out on its own. */
function prefilled(input: unknown): RelationData {
  const parsed = startInput.safeParse(relationLinkInput(input) ?? input ?? {});
  const { partner, kind, between } = parsed.success ? parsed.data : {};
  return { ...(partner !== undefined && { partnerSaid: partner }), ...(kind !== undefined && { kind }), ...(between !== undefined && { betweenSaid: between }) };
}

/** A tie as said in words (understanding/tie-said.ts): the other group, or both groups, and the kind. */
export interface TieStart {
  readonly partner?: string;
  readonly kind?: RelationKind;
  readonly between?: readonly [string, string];
}

/** A group's words in a deep link's argument: joined by "_" ("posyandu_melati"). */
const linkWords = (group: string): string => group.trim().split(/\s+/u).join('_');

/**
 * The argument of a deep link that opens this flow from any step with the tie said (see
 * relations/tie-aside.ts): the other group's words joined by "_" (both groups: "+" between
 * them), then the kind after "~". Null when they do not fit in a button's id (names too long).
 */
export function relationLinkArg(tie: TieStart): string | null {
  const groups = tie.between === undefined ? linkWords(tie.partner ?? '') : tie.between.map(linkWords).join('+');
  const arg = `${groups}${tie.kind === undefined ? '' : `~${tie.kind}`}`;
  return arg.length <= 30 && !/[:\s]/u.test(arg) ? arg : null;
}

/** The start input of a deep link's argument ({@link relationLinkArg}), or null when the flow was not opened by one. */
function relationLinkInput(input: unknown): Record<string, unknown> | null {
  const link = z.object({ deepLinkArg: z.string() }).safeParse(input);
  if (!link.success) return null;
  const [groups = '', kind] = link.data.deepLinkArg.split('~');
  const named = groups.split('+').map((words) => words.split('_').join(' ').trim());
  const said = named.length === 2 ? { between: named } : named[0] ? { partner: named[0] } : {};
  return { ...said, ...(kind !== undefined && { kind }) };
}

/**
 * The person's groups listed, with both groups of a tie named ("antara Posyandu Melati dan PKK
 * Mawar …"): the one named group the person leads is theirs (its question passed) and the other
 * is the partner, looked up next; neither led: who records it said, and the menu. Null when
 * no pair was named, or it does not tell which group is theirs (both, or several): asked as usual.
 */
function pairSorted(data: RelationData, groups: readonly GroupRef[]): StepOutcome<RelationData> | null {
  const { betweenSaid, ...rest } = data;
  if (betweenSaid === undefined) return null;
  const [first, second] = betweenSaid;
  const leadsFirst = groupsNamed(groups, first);
  const leadsSecond = groupsNamed(groups, second);
  if (leadsFirst.length === 0 && leadsSecond.length === 0) return { type: 'done', say: [say(t('relations:pairNotYours', { first, second }))], menu: true };
  const own = leadsFirst.length === 1 && leadsSecond.length === 0 ? leadsFirst[0]! : leadsSecond.length === 1 && leadsFirst.length === 0 ? leadsSecond[0]! : undefined;
  if (own === undefined) return null;
  const partnerSaid = own === leadsFirst[0] ? second : first;
  return { type: 'goto', step: 'other', data: { ...rest, groups, own, partnerSaid }, effects: listOthers(own), passed: true, say: [say(t('relations:ownTaken', { own: own.name }))] };
}

/** The other group chosen: the kind of tie asked, or (named already) the confirmation. */
function otherChosen(data: RelationData, other: GroupRef): Extract<StepOutcome<RelationData>, { readonly type: 'goto' }> {
  return { type: 'goto', step: data.kind === undefined ? 'kind' : 'confirm', data: { ...data, other } };
}

/**
 * The desa's groups listed, with the other group named when the flow was opened: the one it
 * names taken (its question passed, as if answered), several offered to choose from, none said so with the list.
 */
function othersListed(data: RelationData, candidates: readonly GroupRef[]): StepOutcome<RelationData> {
  const { partnerSaid, ...rest } = data;
  const listed = { ...rest, candidates };
  if (partnerSaid === undefined) return { type: 'stay', data: listed, reprompt: true };
  const named = groupsNamed(candidates, partnerSaid);
  if (named.length === 1) {
    const taken = otherChosen(listed, named[0]!);
    // `kembali` from the next question shows this one with the desa's groups (remembered as it was, it had none).
    return { ...taken, say: [say(t('relations:otherTaken', { other: named[0]!.name }))], remember: listed };
  }
  if (named.length > 1) return { type: 'stay', data: listed, say: [say([t('relations:otherWhich', { partner: partnerSaid }), ...namesListed(named)], itemButtons(named, 'other:'))] };
  return { type: 'stay', data: listed, say: [say(t('relations:otherNotFound', { partner: partnerSaid }))], reprompt: true };
}

function listOthers(own: GroupRef) {
  return [LIST_VILLAGE_GROUPS.request({ villageCode: own.villageCode, exclude: [own.id] })];
}

/** Words people put before the other group's name: "sama", "dengan", "bareng", "with". */
const LEAD_WORD = /^(?:sama|ama|dengan|dgn|bareng|bersama|with|and)\s+/i;

/** True when `text` names two or more of the groups ("karang taruna sama takmir", "1 dan 2"). */
function namesSeveral(text: string, candidates: readonly GroupRef[]): boolean {
  const parts = text.split(/\s*(?:,|&|\+|\bdan\b|\bsama\b|\bserta\b|\band\b)\s*/i).filter((part) => part.trim() !== '');
  if (parts.length < 2) return false;
  const named = new Set<string>();
  for (const part of parts) {
    const group = pickItem({ type: 'text', text: part.trim() }, candidates, 'other:');
    if (!group) return false;
    named.add(group.id);
  }
  return named.size >= 2;
}

/** The relation flow. */
export const declareRelationFlow = defineFlow<RelationData>({
  id: DECLARE_RELATION_FLOW_ID,
  // 2: the consent gate before the first step (older states are dropped politely).
  version: 2,
  title: t('menu.relations'),
  // Nothing is saved until it is confirmed: opened again from the menu, a half-done one is offered first.
  keepsDraft: true,
  // Who reported what is personal data: consent first, then the person's groups.
  // Opened with the other group or the kind named ("kami sering rapat bareng posyandu melati"), neither is asked again.
  start: (input) => ({ step: 'own', data: prefilled(input), effects: [consentCheck] }),
  steps: {
    own: withConsentGate({
      // Long names whole in the text too: a channel may cut their buttons (groups/group-ref.ts namesListed).
      prompt: ({ data }) => say([t('relations:pickOwn'), ...namesListed(data.groups ?? [])], itemButtons(data.groups ?? [], 'own:')),
      expects: t('relations:expectsGroup'),
      on(input, { data }) {
        const mine = LIST_MY_GROUPS.result(input);
        if (mine) {
          const groups = mine.map(groupRef);
          if (groups.length === 0) return { type: 'done', say: [say(t('relations:needGroup'))], menu: true };
          const paired = pairSorted(data, groups);
          if (paired) return paired;
          if (groups.length === 1) return { type: 'goto', step: 'other', data: { ...data, groups, own: groups[0] }, effects: listOthers(groups[0]!), passed: true };
          return { type: 'stay', data: { ...data, groups }, reprompt: true };
        }
        const own = pickItem(input, data.groups ?? [], 'own:');
        if (own) return { type: 'goto', step: 'other', data: { ...data, own }, effects: listOthers(own) };
        // "dua-duanya": the first of the person's groups now, the other offered once its tie is recorded.
        const all = input.type === 'text' ? allTyped(input.text, data.groups ?? [], 'own') : null;
        if (all === 'unclear') return { type: 'invalid', reason: t('relations:oneAtATime') };
        if (all) return { type: 'goto', step: 'other', data: { ...data, own: all.first, queued: all.queued }, effects: listOthers(all.first), say: [all.said] };
        return { type: 'invalid' };
      },
    }, (data) => ({ type: 'stay', data, effects: [LIST_MY_GROUPS.request(undefined)] })),
    other: {
      prompt: ({ data }) =>
        say(
          [t('relations:pickOther', { group: data.own?.name ?? '' }), ...namesListed(data.candidates ?? [])],
          itemButtons(data.candidates ?? [], 'other:'),
        ),
      expects: t('relations:expectsGroup'),
      on(input, { data }) {
        const others = LIST_VILLAGE_GROUPS.result(input);
        if (others) {
          const candidates = others.map(groupRef);
          if (candidates.length === 0) return { type: 'done', say: [say(t('relations:noOthers'))], menu: true };
          return othersListed(data, candidates);
        }
        const candidates = data.candidates ?? [];
        const text = textOf(input);
        // "sama karang taruna", "dengan takmir": the word before the name is no part of it.
        const bare = text === null ? '' : text.trim().replace(LEAD_WORD, '').trim();
        const other = pickItem(input, candidates, 'other:') ?? (bare !== '' && bare !== text!.trim() ? pickItem({ type: 'text', text: bare }, candidates, 'other:') : undefined);
        if (other) return otherChosen(data, other);
        // "dua2nya", "semuanya": the first group now, the others offered once its tie is recorded.
        const all = allTyped(bare, candidates, 'other');
        if (all === 'unclear') return { type: 'invalid', reason: t('relations:oneAtATime') };
        if (all) return { ...otherChosen({ ...data, queued: all.queued }, all.first), say: [all.said] };
        // "karang taruna sama takmir": a tie is between two groups, so one at a time (it was refused as unreadable).
        if (namesSeveral(bare, candidates)) return { type: 'invalid', reason: t('relations:oneAtATime') };
        return { type: 'invalid' };
      },
    },
    kind: {
      prompt: () => say(t('relations:askKind'), RELATION_KINDS.map((kind) => ({ id: `kind:${kind}`, label: t(`relations:kind.${kind}`) }))),
      expects: t('relations:expectsKind'),
      help: t('relations:helpKind'),
      on(input, { data }) {
        const button = buttonOf(input);
        const text = textOf(input);
        // A button, its number, or the tie in words ("kita sering rapat bareng" → Pertemuan bersama).
        const kind = button?.startsWith('kind:') ? button.slice(5) : text ? matchChoice(text, RELATION_KIND_WORDS) ?? undefined : undefined;
        const known = RELATION_KINDS.find((candidate) => candidate === kind);
        return known ? { type: 'goto', step: 'confirm', data: { ...data, kind: known } } : { type: 'invalid' };
      },
    },
    confirm: {
      prompt: ({ data }) =>
        say(
          t('relations:confirm', { own: data.own?.name ?? '', other: data.other?.name ?? '', kind: t(`relations:kind.${data.kind ?? 'shared_meetings'}`) }),
          [
            { id: 'save', label: t('relations:save') },
            commandButton('back'),
            commandButton('cancel'),
          ],
        ),
      expects: t('relations:expectsConfirm'),
      on(input, { data }) {
        const result = DECLARE_RELATION.result(input);
        if (result) return recorded(result, data);
        const choice = buttonOf(input) ?? textOf(input)?.toLowerCase();
        if (choice !== 'save' && !(input.type === 'text' && isSaveAnswer(input.text))) {
          // "eh bukan, jenisnya kas bersama": the kind changed here, and asked to confirm again.
          const typed = input.type === 'text' ? kindCorrected(input.text) : null;
          // "aya naon?", "ada apa?": what waits (the tie, recorded only on ✅ Catat), and the question again (was "Yang saya perlukan: …").
          if (typed === null && input.type === 'text' && asksWhatWaits(input.text)) return { type: 'stay', say: [say(t('relations:confirmWaits'))], reprompt: true };
          return typed === null ? { type: 'invalid' } : { type: 'stay', data: { ...data, kind: typed }, say: [say(t('relations:kindUpdated'))], reprompt: true };
        }
        return declare(data);
      },
    },
    // The next of the groups typed together ("dua2nya"), offered once the tie before it is recorded.
    next: {
      prompt: ({ data }) =>
        say(t('relations:nextOffer', { own: data.own?.name ?? '', other: data.other?.name ?? '', kind: t(`relations:kind.${data.kind ?? 'shared_meetings'}`) }), [
          { id: 'save', label: t('relations:save') },
          { id: 'next:kind', label: t('relations:otherKind') },
          { id: 'next:finish', label: t('relations:finish') },
        ]),
      expects: t('relations:expectsNext'),
      on(input, { data }) {
        const result = DECLARE_RELATION.result(input);
        if (result) return recorded(result, data);
        const button = buttonOf(input);
        const typed = textOf(input);
        if (button === 'save' || (typed !== null && (isSaveAnswer(typed) || yesOrNo(typed) === 'yes'))) return declare(data);
        if (button === 'next:kind') return { type: 'goto', step: 'kind' };
        if (button === 'next:finish' || (typed !== null && yesOrNo(typed) === 'no')) return { type: 'done', say: [say(t('relations:finished'))], menu: true };
        // "jenisnya kas bersama": the kind for this one changed, and asked again.
        const kind = typed === null ? null : kindCorrected(typed);
        return kind === null ? { type: 'invalid' } : { type: 'stay', data: { ...data, kind }, say: [say(t('relations:kindUpdated'))], reprompt: true };
      },
    },
  },
});

/** The tie of `data` recorded (the effect asked). */
function declare(data: RelationData): StepOutcome<RelationData> {
  const { own, other, kind } = data;
  // The earlier steps set all three before this one is reached; a stored state missing one starts over.
  if (!own || !other || !kind) return { type: 'done', say: [say(t('relations:forbidden'))], menu: true };
  return { type: 'stay', effects: [DECLARE_RELATION.request({ fromGroupId: own.id, toGroupId: other.id, kind })] };
}

/** What recording the tie gave, said; then the next of the groups typed together offered ({@link nextTie}), or the menu. */
function recorded(result: DeclareRelationResult, data: RelationData): StepOutcome<RelationData> {
  const next = data.own && data.other ? nextTie(data.own, data.other, data.queued) : null;
  if (result.kind === 'forbidden') {
    if (next === null) return { type: 'done', say: [say(t('relations:forbidden'))], menu: true };
    // One of the groups typed together ("dua2nya") refused: that one said by name, and the groups still waiting offered (they were dropped unsaid).
    const refused = say(t('relations:forbiddenOne', { own: data.own?.name ?? '', other: data.other?.name ?? '' }));
    return { type: 'goto', step: 'next', data: { ...data, ...next }, say: [refused], passed: true };
  }
  // Which it is: new, confirmed on a day, or waiting (for the other leader, or in the person's own 📥).
  const said =
    result.kind === 'created'
      ? say(t('relations:declared', { other: result.otherName }))
      : say(t(`relations:exists.${result.status === 'confirmed' ? 'confirmed' : result.awaitsYou ? 'awaitsYou' : 'pending'}`, { other: result.otherName, date: dateText(result.since) }));
  if (next === null) return { type: 'done', say: [said], menu: true };
  return { type: 'goto', step: 'next', data: { ...data, ...next }, say: [said], passed: true };
}

/** Words that bring the right kind after the wrong one: the lexicon's "but" ("bukan rapat *tapi* kas bersama"), "harusnya", "*jenisnya* …". */
const RIGHT_KIND = new RegExp(
  String.raw`\b(?:${alternation(BUT_WORDS, ['harusnya', 'seharusnya', 'mestinya', 'jenisnya', 'jenise', 'hubungannya', String.raw`should\s+be`])})\b`,
  'iu',
);

/**
 * A kind typed at the confirmation to correct it ("eh bukan, jenisnya kas bersama", "bukan
 * rapat tapi kas bersama", "kas bersama, bukan rapat"): the kind after the words that bring it,
 * the one it is not left out. Null when none, or several, are named, or for a question.
 */
function kindCorrected(text: string): RelationKind | null {
  if (text.includes('?')) return null;
  const right = text.split(RIGHT_KIND).at(-1)!.replace(/\b(?:bukan|bkn|dudu|sanes|not)\b.*$/iu, '').trim();
  return right === '' ? null : matchChoice(right, RELATION_KIND_WORDS);
}
