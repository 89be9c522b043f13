/** The Graph client against the fake Graph API: sends, error bodies, and capped media downloads with the token. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphApiError, GraphClient } from '../../../src/channels/whatsapp-cloud/graph-client.js';
import { toChannelError } from '../../../src/channels/whatsapp-cloud/send-errors.js';
import { FakeGraph } from './fake-graph.js';

const TOKEN = 'EAAGclientTESTtoken000000000';
const PHONE = '106540352242922';

describe('GraphClient', () => {
  let fake: FakeGraph;
  let client: GraphClient;
  beforeAll(async () => {
    fake = await FakeGraph.start({ token: TOKEN, phoneNumberId: PHONE });
    client = new GraphClient({ apiRoot: fake.apiRoot, apiVersion: 'v24.0', accessToken: TOKEN, phoneNumberId: PHONE });
  });
  afterAll(() => fake?.close());

  it('sends a message and returns its wamid; uploads a photo', async () => {
    const wamid = await client.sendMessage('6281234567890', { type: 'text', text: { body: 'halo', preview_url: false } });
    expect(wamid).toMatch(/^wamid\./);
    expect(fake.sent.at(-1)).toMatchObject({ to: '6281234567890', type: 'text', wamid });
    expect(fake.sent.at(-1)!.body).toMatchObject({ messaging_product: 'whatsapp', recipient_type: 'individual' });
    expect(await client.uploadMedia(new Uint8Array([1, 2, 3]), 'image/jpeg')).toMatch(/^\d+$/);
  });

  it('throws the platform\'s error with its code, subcode and details', async () => {
    fake.failNext({ status: 400, code: 131047, subcode: 2494010, message: '(#131047) Re-engagement message', details: 'More than 24 hours have passed since the recipient last replied.' });
    const error = await client.sendMessage('6281234567890', { type: 'text', text: { body: 'x' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 400, code: 131047, subcode: 2494010, details: 'More than 24 hours have passed since the recipient last replied.' });
    const wrongToken = new GraphClient({ apiRoot: fake.apiRoot, apiVersion: 'v24.0', accessToken: 'EAAGwrong00000000000000', phoneNumberId: PHONE });
    const refused = await wrongToken.sendMessage('6281234567890', { type: 'text', text: { body: 'x' } }).catch((caught: unknown) => caught);
    expect(toChannelError(refused)).toMatchObject({ retryable: true, reason: expect.stringContaining('renew WHATSAPP_CLOUD_ACCESS_TOKEN') });
  });

  it('downloads media with the token, refusing what is declared or found too large', async () => {
    fake.addMedia('M1', Buffer.from('jpeg bytes'));
    expect(await client.downloadMedia('M1', 1_000)).toEqual({ kind: 'ok', bytes: Buffer.from('jpeg bytes') });
    fake.addMedia('BIG', Buffer.alloc(10), 'image/jpeg', 6 * 1024 * 1024);
    expect(await client.downloadMedia('BIG', 5 * 1024 * 1024)).toEqual({ kind: 'too-large' });
    fake.addMedia('LIAR', Buffer.alloc(5_000), 'image/jpeg', 100);
    expect(await client.downloadMedia('LIAR', 1_000)).toEqual({ kind: 'too-large' });
    expect(await client.downloadMedia('GONE', 1_000)).toEqual({ kind: 'unavailable' });
    const before = fake.unauthorised;
    const wrongToken = new GraphClient({ apiRoot: fake.apiRoot, apiVersion: 'v24.0', accessToken: 'EAAGwrong00000000000000', phoneNumberId: PHONE });
    expect(await wrongToken.downloadMedia('M1', 1_000)).toEqual({ kind: 'unavailable' });
    expect(fake.unauthorised).toBe(before + 1);
  });
});
