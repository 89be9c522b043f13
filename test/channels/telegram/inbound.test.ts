/** Telegram updates → neutral messages: what reaches the runner, and what only gets a note. */
import { describe, expect, it } from 'vitest';
import { classifyUpdate } from '../../../src/channels/telegram/inbound.js';
import { buildTelegramCommands, TELEGRAM_COMMAND_KEYS } from '../../../src/channels/telegram/commands.js';
import { recognizeCommand } from '../../../src/core/engine/commands.js';
import { privacyCommandFlow } from '../../../src/domain/privacy/commands.js';
import { buttonPress, groupMessage, locationMessage, photoMessage, textMessage, type UpdateBody } from '../../support/fake-telegram.js';
import { localeText } from './telegram-test-bot.js';
import type { Update } from 'grammy/types';
import { INBOUND_FAILED_TEXT } from '../../../src/core/inbound.js';

const ani = { id: 1001, languageCode: 'id' };
const at = (body: UpdateBody, id = 77): Update => ({ update_id: id, ...body }) as Update;

describe('classifyUpdate', () => {
  it('maps private text, commands included, with the update id as message id', () => {
    expect(classifyUpdate(at(textMessage(ani, '/batal')))).toEqual({
      kind: 'message',
      chatId: '1001',
      languageCode: 'id',
      // The profile's first name comes along, to be offered as the person's name (never stored unasked).
      message: { channel: 'telegram', messageId: 'tg:77', sender: { externalId: '1001', profileName: 'Test' }, content: { type: 'text', text: '/batal' } },
    });
  });

  it('maps locations and photos (largest size, caption)', () => {
    const location = classifyUpdate(at(locationMessage(ani, -6.9, 107.6)));
    expect(location.kind === 'message' && location.message.content).toEqual({ type: 'location', latitude: -6.9, longitude: 107.6 });
    const photo = classifyUpdate(at(photoMessage(ani, 'PHOTO1', 'kerja bakti')));
    expect(photo.kind === 'message' && photo.message.content).toEqual({ type: 'media', kind: 'photo', ref: 'PHOTO1', caption: 'kerja bakti' });
  });

  it('passes button presses on as callbacks to verify, bound to the presser', () => {
    expect(classifyUpdate(at(buttonPress(ani, 'DATA', 5)))).toMatchObject({ kind: 'callback', chatId: '1001', senderId: '1001', data: 'DATA', messageId: 'tg:77' });
  });

  it('gives group messages addressed to the bot a note, ignores group chatter and unreadable private messages get a note', () => {
    expect(classifyUpdate(at(groupMessage(ani, -100200, '/start')))).toEqual({ kind: 'group', chatId: '-100200', languageCode: 'id' });
    expect(classifyUpdate(at(groupMessage(ani, -100200, 'rapat jam 7 ya')))).toEqual({ kind: 'ignore' });
    const sticker = { message: { ...(textMessage(ani, 'x').message as object), text: undefined, sticker: { file_id: 's' } } } as unknown as UpdateBody;
    expect(classifyUpdate(at(sticker)).kind).toBe('unsupported');
    // An edit in the private chat gets a note (it is not read again); one in a group nothing.
    expect(classifyUpdate({ update_id: 1, edited_message: textMessage(ani, 'x').message } as Update)).toEqual({ kind: 'edited', chatId: String(ani.id), languageCode: 'id' });
    expect(classifyUpdate({ update_id: 2, edited_message: groupMessage(ani, -100200, '/start').message } as Update)).toEqual({ kind: 'ignore' });
  });
});

describe('command menus from the locale files', () => {
  it('are valid in both languages, and every command is understood by the engine', () => {
    const commands = buildTelegramCommands(localeText());
    for (const list of [commands.default, commands.byLanguage.en!]) {
      expect(list).toHaveLength(TELEGRAM_COMMAND_KEYS.length);
      for (const { command } of list) {
        // Global commands work at every step; the personal-data ones from the main menu.
        if (command !== 'start') expect(recognizeCommand({ type: 'text', text: `/${command}` }) ?? privacyCommandFlow(`/${command}`), command).not.toBeNull();
      }
    }
    expect(commands.default.map((c) => c.command)).toContain('batal');
    expect(commands.byLanguage.en!.map((c) => c.command)).toContain('cancel');
    // The privacy notice and /bantuan promise all three personal-data commands.
    expect(commands.default.map((c) => c.command)).toEqual(expect.arrayContaining(['datasaya', 'hapusdata', 'tarikpersetujuan']));
    expect(commands.byLanguage.en!.map((c) => c.command)).toEqual(expect.arrayContaining(['mydata', 'deletedata', 'withdrawconsent']));
  });

  it('have every note the channel sends, in both languages', () => {
    const text = localeText();
    for (const key of ['groupNote', 'buttonExpired', 'unsupported', 'edited', 'chooseBelow']) {
      for (const locale of ['id', 'en']) expect(text(`telegram:${key}`, locale), `${locale} ${key}`).not.toBe(key);
    }
    // The apology for a failed message is every channel's (core/inbound.ts).
    for (const locale of ['id', 'en']) expect(text(INBOUND_FAILED_TEXT, locale), `${locale} failed`).not.toBe('channel.failed');
  });
});
