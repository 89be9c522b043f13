/**
 * "Konfirmasi": a leader answers, one by one, what other groups asked them to confirm.
 */
import { defineFlow, type StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { formatDateId } from '../parse/date.js';
import { INBOX_DECIDE, INBOX_LIST } from './effects.js';
import { inboxItemKey, type InboxItem } from './inbox.js';
import { isLater, yesOrNo } from '../parse/yes-no.js';
import { tookPart } from './took-part.js';
import { namedAnswer } from './named-answer.js';
import { whatWaitsSaid } from './what-waits.js';
import { asksWhatWaits } from '../parse/what-waits-asked.js';
import { consentCheck, withConsentGate, type ConsentGated } from '../privacy/consent-gate.js';
import { reopenedByName } from '../own-entry.js';

export const INBOX_FLOW_ID = 'confirm.inbox';

interface InboxData extends ConsentGated {
  readonly items?: readonly InboxItem[];
  /** Keys the user chose to answer later, this time round. */
  readonly skipped?: readonly string[];
  /** The answer just sent (true: confirmed), named back once it is recorded. */
  readonly answered?: boolean;
}

function current(data: InboxData): InboxItem | undefined {
  return data.items?.find((item) => !data.skipped?.includes(inboxItemKey(item)));
}

/**
 * A correction sent back after a rejection, said before the request: the leader may have
 * confirmed the activity before and would not know why it is asked again. Names what the
 * date and kind were, when the correction changed them.
 */
function correctedNote(item: InboxItem, locale: string): Text[] {
  if (item.kind !== 'participation' || item.corrected === undefined) return [];
  const was = [
    ...(item.corrected.date ? [formatDateId(item.corrected.date, locale === 'en' ? 'en' : 'id')] : []),
    ...(item.corrected.category ? [t(`activities:category.${item.corrected.category}`)] : []),
  ];
  return was.length === 0
    ? [t('confirmations:correctedNote', { reporter: item.reportedByGroup })]
    : [t('confirmations:correctedWas', { reporter: item.reportedByGroup, was: was.length === 1 ? was[0]! : t('confirmations:wasBoth', { date: was[0]!, category: was[1]! }) })];
}

function describe(item: InboxItem, locale: string): Text {
  switch (item.kind) {
    case 'participation':
      return t('confirmations:participation', {
        group: item.groupName,
        reporter: item.reportedByGroup,
        date: formatDateId(item.date, locale === 'en' ? 'en' : 'id'),
        category: t(`activities:category.${item.category}`),
        description: item.description,
      });
    case 'relation':
      return t('confirmations:relation', { group: item.groupName, from: item.fromGroupName, kind: t(`relations:kind.${item.relationKind}`) });
    case 'coleader':
      return t('confirmations:coleader', {
        group: item.groupName,
        name: item.requesterName === null ? t('confirmations:someone') : item.requesterPhone === null ? item.requesterName : t('confirmations:nameWithPhone', { name: item.requesterName, phone: item.requesterPhone }),
      });
  }
}

/**
 * The item on screen and its answer, behind the consent gate: after a withdrawal the notice
 * comes first again (see inboxFlow's item step for the list read before it).
 */
const answering: StepDef<InboxData> = withConsentGate<InboxData>({
  prompt: ({ data, env }) => {
    const item = current(data);
    if (!item) return say(t('confirmations:empty'));
    const left = (data.items?.length ?? 0) - (data.skipped?.length ?? 0);
    return say([t('confirmations:count', { count: left }), ...correctedNote(item, env.person.locale), describe(item, env.person.locale)], [
      { id: 'accept', label: t('confirmations:accept') },
      { id: 'decline', label: t('confirmations:decline') },
      { id: 'later', label: t('confirmations:later') },
    ]);
  },
  expects: t('confirmations:expects'),
  on(input, { data, env }) {
    const decided = INBOX_DECIDE.result(input);
    const listed = INBOX_LIST.result(input);
    if (decided || listed) {
      const items = decided ? decided.items : (listed ?? []);
      // What was recorded, in words: confirmed or declined, not only "recorded".
      const outcome = decided?.outcome === 'recorded' && data.answered !== undefined ? (data.answered ? 'accepted' : 'declined') : decided?.outcome;
      const note = decided ? [say(t(`confirmations:outcome.${outcome}`))] : [];
      const next: InboxData = { items, skipped: (data.skipped ?? []).filter((key) => items.some((item) => inboxItemKey(item) === key)) };
      // Only those set aside with ⏭️ Nanti are left: they wait (was "nothing else waits", the menu still showing them).
      if (!current(next)) return { type: 'done', say: [...note, say(t(next.skipped!.length > 0 ? 'confirmations:laterAll' : 'confirmations:empty'))], menu: true };
      return { type: 'stay', data: next, say: note, reprompt: true };
    }
    const item = current(data);
    if (!item) return { type: 'done', menu: true };
    const button = buttonOf(input);
    const text = textOf(input);
    if (button === 'later' || (text !== null && isLater(text))) {
      const skipped = [...(data.skipped ?? []), inboxItemKey(item)];
      if (!current({ ...data, skipped })) return { type: 'done', say: [say(t('confirmations:laterAll'))], menu: true };
      return { type: 'stay', data: { ...data, skipped }, reprompt: true };
    }
    // "yg tgl 3 itu … tapi iya ikut": the activity named is the one answered, not always the one shown.
    const named = text === null ? null : namedAnswer(text, data.items ?? [], item, env.now);
    if (named) return { type: 'stay', data: { ...data, answered: named.answer === 'yes' }, effects: [INBOX_DECIDE.request({ key: inboxItemKey(named.item), accept: named.answer === 'yes' })] };
    // "kami gak ikut yg itu, salah catat": taking part said in words answers a partner's question.
    const typed = text === null ? null : (yesOrNo(text) ?? (item.kind === 'participation' ? tookPart(text) : null));
    const accept = button === 'accept' || typed === 'yes' ? true : button === 'decline' || typed === 'no' ? false : null;
    // "aya naon?", "ada apa?": what waits is said, and the request shown again (was refused).
    if (accept === null && text !== null && asksWhatWaits(text)) return { type: 'stay', say: [whatWaitsSaid(item)], reprompt: true };
    if (accept === null) return { type: 'invalid' };
    return { type: 'stay', data: { ...data, answered: accept }, effects: [INBOX_DECIDE.request({ key: inboxItemKey(item), accept })] };
  },
}, (data) => ({ type: 'stay', data, reprompt: true }));

/**
 * The inbox flow. Its entry's name typed in it ("konfirmasi", "📥 Konfirmasi") shows what
 * waits again, read afresh, as the 📥 entry does (see ../own-entry.ts), not a refusal.
 */
export const inboxFlow = reopenedByName(defineFlow<InboxData>({
  id: INBOX_FLOW_ID,
  // 2: consent checked first.
  version: 2,
  title: t('menu.inboxTitle'),
  start: () => ({ step: 'item', data: {}, effects: [INBOX_LIST.request(undefined)] }),
  steps: {
    item: {
      ...answering,
      on(input, ctx) {
        // Listed first (nothing is recorded by looking): nothing waiting is said at once; what
        // waits is shown once consent is confirmed, since an answer is recorded as the person's.
        const listed = INBOX_LIST.result(input);
        if (listed && !ctx.data.consented) {
          if (listed.length === 0) return { type: 'done', say: [say(t('confirmations:none'))], menu: true };
          return { type: 'stay', data: { items: listed }, effects: [consentCheck] };
        }
        return answering.on(input, ctx);
      },
    },
  },
}), { names: ['konfirmasi', 'to confirm'] });
