/**
 * The root of every conversation: greets, shows the main menu, starts what the menu lists,
 * and answers free questions about WKSBM with the FAQ matcher.
 */
import { defineFlow, type FlowEnv, type StepOutcome } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { MORE_TOPICS_BUTTON, answerMessage, topicFromButton } from '../faq/answers.js';
import { FAQ_FLOW_ID } from '../faq/faq-flow.js';
import type { FaqMatcher } from '../faq/matcher.js';
import { replyToIntent } from '../faq/replies.js';
import { OFFICER_ENROLL_FLOW_ID } from '../officers/enroll-flow.js';
import { inviteCodeInText, isOfficerWord } from '../officers/invite-code.js';
import { privacyCommandFlow } from '../privacy/commands.js';

export const HOME_FLOW_ID = 'home';
/** Button id prefix of main-menu entries. */
export const MENU_BUTTON_PREFIX = 'menu:';

type HomeData = Record<string, never>;

/**
 * Words that open a menu entry directly ("daftar" starts a registration rather than
 * explaining it). Only entries this person's menu has are opened.
 */
const SHORTCUTS: Readonly<Record<string, string>> = {
  daftar: 'register',
  'daftar kelompok': 'register',
  'daftarkan kelompok': 'register',
  register: 'register',
  'register group': 'register',
  status: 'status',
  'cek status': 'status',
  'status wksbm': 'status',
  'check status': 'status',
  konfirmasi: 'inbox',
  'catat kegiatan': 'activity',
  kegiatan: 'activity',
  'kelompok saya': 'groups',
  hubungan: 'relation',
};

/** The main menu with one button per entry that exists. */
export function menuMessage(env: FlowEnv): OutboundMessage {
  return say(
    t('home.menu'),
    env.menu.map((entry) => ({ id: `${MENU_BUTTON_PREFIX}${entry.id}`, label: entry.label })),
  );
}

/** Builds the home flow around a FAQ matcher. */
export function createHomeFlow(faq: FaqMatcher) {
  const stay = (messages: OutboundMessage[], reprompt: boolean): StepOutcome<HomeData> => ({
    type: 'stay',
    say: messages,
    reprompt,
  });

  return defineFlow<HomeData>({
    id: HOME_FLOW_ID,
    version: 1,
    title: t('home.title'),
    start: () => ({ step: 'home', data: {} }),
    steps: {
      home: {
        expects: t('home.expects'),
        example: t('home.example'),
        prompt: ({ env }) => menuMessage(env),
        on(input, { env }) {
          if (input.type === 'button') {
            if (input.id === MORE_TOPICS_BUTTON) return { type: 'start', flow: FAQ_FLOW_ID };
            const topic = topicFromButton(input.id);
            if (topic) return stay([answerMessage(topic)], false);
            const entry = env.menu.find((item) => `${MENU_BUTTON_PREFIX}${item.id}` === input.id);
            if (entry) return { type: 'start', flow: entry.flow, input: entry.input };
            // A button from an old message that means nothing now.
            return stay([say(t('home.staleButton'))], true);
          }
          if (input.type !== 'text') return stay([say(t('home.unsupported'))], true);

          const text = input.text.trim();
          if (text === '') return stay([], true);
          // Numbered answers work everywhere, not only where the channel shows numbers.
          if (/^\d{1,2}$/.test(text)) {
            const entry = env.menu[Number(text) - 1];
            if (entry) return { type: 'start', flow: entry.flow, input: entry.input };
          }
          if (/^\/start\b/i.test(text)) return stay([say(t('home.welcome'))], true);
          // An officer's invite code ("ABCD-EFGH", "petugas ABCD-EFGH") enrolls them.
          const inviteCode = inviteCodeInText(text);
          if (inviteCode) return { type: 'start', flow: OFFICER_ENROLL_FLOW_ID, input: { code: inviteCode } };
          if (isOfficerWord(text)) {
            const officerEntry = env.menu.find((item) => item.id === 'officer');
            return officerEntry ? { type: 'start', flow: officerEntry.flow } : { type: 'start', flow: OFFICER_ENROLL_FLOW_ID, input: {} };
          }
          // /datasaya, /hapusdata, /tarikpersetujuan: a person's rights over their data, for everyone.
          const privacyFlow = privacyCommandFlow(text);
          if (privacyFlow) return { type: 'start', flow: privacyFlow };
          const shortcut = SHORTCUTS[text.toLowerCase().replace(/[.!?]+$/, '')];
          const shortcutEntry = shortcut ? env.menu.find((item) => item.id === shortcut) : undefined;
          if (shortcutEntry) return { type: 'start', flow: shortcutEntry.flow, input: shortcutEntry.input };

          const reply = replyToIntent(faq.match(text));
          const greeted = reply.showPrompt;
          return stay(greeted ? [...reply.messages, say(t('home.welcome'))] : reply.messages, greeted);
        },
      },
    },
  });
}
