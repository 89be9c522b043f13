/** Cloud API webhook items as the runner's content, and who wrote them. */
import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../src/core/messages.js';
import { WhatsAppCloudChannel, type WhatsAppCloudChannelOptions } from '../../../src/channels/whatsapp-cloud/cloud-channel.js';
import { cloudSender, recipientOf, toCloudInbound } from '../../../src/channels/whatsapp-cloud/inbound.js';
import { readWebhook, webhookBody } from '../../../src/channels/whatsapp-cloud/webhook-payload.js';
import type { CloudInboundMessage } from '../../../src/channels/whatsapp-cloud/webhook-payload.js';
import { PHONE_NUMBER_ID, webhookBody as metaWebhook } from './cloud-test-bot.js';

const base = { from: '6281234567890', id: 'wamid.A', timestamp: '1764900000' };
const read = (message: Record<string, unknown>) => toCloudInbound({ ...base, ...message } as CloudInboundMessage);

describe('Cloud API inbound', () => {
  it('reads text, button and list taps (our ids), template quick replies, photos and locations', () => {
    expect(read({ type: 'text', text: { body: 'halo' } })).toEqual({ kind: 'content', content: { type: 'text', text: 'halo' } });
    expect(read({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'save', title: 'Simpan' } } })).toEqual({ kind: 'content', content: { type: 'button', id: 'save' } });
    expect(read({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'village:34.02.15.2003', title: 'Panggungharjo' } } })).toEqual({
      kind: 'content',
      content: { type: 'button', id: 'village:34.02.15.2003' },
    });
    expect(read({ type: 'button', button: { payload: 'Lihat', text: 'Lihat' } })).toEqual({ kind: 'content', content: { type: 'text', text: 'Lihat' } });
    expect(read({ type: 'image', image: { id: '1480221732', mime_type: 'image/jpeg', caption: 'santunan' } })).toEqual({
      kind: 'content',
      content: { type: 'media', kind: 'photo', ref: 'wamid.A', caption: 'santunan' },
      mediaId: '1480221732',
    });
    expect(read({ type: 'document', document: { id: '77', mime_type: 'image/png' } })).toMatchObject({ kind: 'content', mediaId: '77' });
    expect(read({ type: 'location', location: { latitude: -7.8, longitude: 110.36, name: 'Balai desa' } })).toEqual({
      kind: 'content',
      content: { type: 'location', latitude: -7.8, longitude: 110.36 },
    });
  });

  it('answers what it cannot read, and ignores reactions and empty texts', () => {
    for (const type of ['audio', 'video', 'sticker', 'contacts', 'unsupported', 'order']) expect(read({ type })).toEqual({ kind: 'unsupported' });
    expect(read({ type: 'document', document: { id: '78', mime_type: 'application/pdf' } })).toEqual({ kind: 'unsupported' });
    expect(read({ type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '👍' } })).toEqual({ kind: 'ignore' });
    expect(read({ type: 'text', text: { body: '   ' } })).toEqual({ kind: 'ignore' });
  });

  it('keys people as Baileys mode does, and writes only to phone-number identities', () => {
    expect(cloudSender('6281234567890')).toEqual({ externalId: '6281234567890@s.whatsapp.net', phoneE164: '+6281234567890' });
    expect(recipientOf('6281234567890@s.whatsapp.net')).toBe('6281234567890');
    expect(recipientOf('123456789012345@lid')).toBeUndefined();
  });

  it('takes only our number\'s items from a webhook and skips malformed ones', () => {
    const body = webhookBody.parse({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            { field: 'messages', value: { metadata: { phone_number_id: '111' }, messages: [{ ...base, type: 'text', text: { body: 'a' } }, { from: 'x' }], statuses: [{ id: 'wamid.S', status: 'read' }] } },
            { field: 'messages', value: { metadata: { phone_number_id: '222' }, messages: [{ ...base, id: 'wamid.other', type: 'text', text: { body: 'b' } }] } },
          ],
        },
      ],
    });
    const { messages, statuses, skipped } = readWebhook(body, '111');
    expect(messages.map((message) => message.id)).toEqual(['wamid.A']);
    expect(statuses.map((status) => status.id)).toEqual(['wamid.S']);
    expect(skipped).toBe(1);
    expect(readWebhook(webhookBody.parse({ object: 'page', entry: [] }), '111').messages).toEqual([]);
    const paused = webhookBody.parse({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'message_template_status_update', value: { event: 'PAUSED', message_template_id: 9, message_template_name: 'wksbm_notice', message_template_language: 'id', reason: null } }] }],
    });
    expect(readWebhook(paused, '111').templates).toEqual([expect.objectContaining({ event: 'PAUSED', message_template_name: 'wksbm_notice' })]);
  });

  /** A webhook as Meta sends it: the senders in `contacts[]` (profile name by `wa_id`) beside `messages[]`. */
  const fromTwo = () =>
    webhookBody.parse(
      metaWebhook({
        contacts: [
          { profile: { name: '  Bu Siti ' }, wa_id: '6281234567890' },
          { profile: {}, wa_id: '6281200000002' },
        ],
        messages: [
          { from: '6281200000002', id: 'wamid.B', timestamp: '1764900001', type: 'text', text: { body: 'halo' } },
          { from: '6281234567890', id: 'wamid.A', timestamp: '1764900000', type: 'text', text: { body: 'halo' } },
        ],
      }),
    );

  it('reads each sender\'s profile name from the contacts, by their number', () => {
    const { messages } = readWebhook(fromTwo(), PHONE_NUMBER_ID);
    expect(messages.map((message) => [message.id, message.profileName])).toEqual([
      ['wamid.B', undefined],
      ['wamid.A', 'Bu Siti'],
    ]);
  });

  it('passes the profile name with the sender, as Baileys mode passes the push name', async () => {
    const handled: InboundMessage[] = [];
    const options = {
      phoneNumberId: PHONE_NUMBER_ID,
      handle: async (message: InboundMessage) => {
        handled.push(message);
        return { replies: [], outbox: {} };
      },
      store: { touch: async () => 0 },
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    } as unknown as WhatsAppCloudChannelOptions;
    const channel = new WhatsAppCloudChannel(options);
    await channel.start();
    await channel.receive(fromTwo());
    await channel.idle();
    expect(handled.map((message) => message.sender).sort((a, b) => a.externalId.localeCompare(b.externalId))).toEqual([
      { externalId: '6281200000002@s.whatsapp.net', phoneE164: '+6281200000002' },
      { externalId: '6281234567890@s.whatsapp.net', phoneE164: '+6281234567890', profileName: 'Bu Siti' },
    ]);
  });
});
