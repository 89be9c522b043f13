/**
 * Erasure of a WhatsApp person removes what Baileys keeps about that number while WhatsApp
 * stays linked: the Signal sessions and identity keys of each of their devices (addressed by
 * number and by LID), the number↔LID mapping both ways, their device list and privacy token
 * (and its place in the token index). The keys are made by Baileys' own signal repository
 * through the database store, so their ids are the ones Baileys really writes. The account's
 * own credentials and pre-keys, and another contact's keys, stay. The same for a person the bot
 * knows only by their LID (the number hidden): what Baileys keeps under the number, found
 * through its LID→number mapping, goes too.
 */
import { randomUUID } from 'node:crypto';
import { addTransactionCapability, Curve, DEFAULT_CONNECTION_CONFIG, signedKeyPair, type SignalDataTypeMap } from '@whiskeysockets/baileys';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrivacyStore } from '../../../src/storage/privacy/privacy-store.js';
import { useDatabaseAuthState } from '../../../src/storage/whatsapp/auth-state.js';
import { deleteContactKeys } from '../../../src/storage/whatsapp/contact-keys.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const NOW = new Date('2026-11-20T03:00:00Z');
const logger = pino({ level: 'silent' });

/** A contact: number, LID, and the devices the bot has talked to. */
interface Contact {
  readonly pn: string;
  readonly lid: string;
}
const VICTIM: Contact = { pn: '6281234567890', lid: '111111111111111' };
const OTHER: Contact = { pn: '6289876543210', lid: '222222222222222' };

/** A prekey bundle as WhatsApp hands it out, for an outgoing session. */
function bundle() {
  const identity = Curve.generateKeyPair();
  const signed = signedKeyPair(identity, 1);
  return {
    registrationId: 1234,
    identityKey: Buffer.concat([Buffer.from([5]), identity.public]),
    signedPreKey: { keyId: 1, publicKey: Buffer.concat([Buffer.from([5]), signed.keyPair.public]), signature: signed.signature },
    preKey: { keyId: 7, publicKey: Buffer.concat([Buffer.from([5]), Curve.generateKeyPair().public]) },
  };
}

describeEachDatabase('erasure and Baileys keys of the number', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  /**
   * A linked session whose Baileys keys about VICTIM and OTHER were written by Baileys' own
   * signal repository, and how to read back which of them are held.
   */
  async function seedKeys() {
    const session = `erase-${randomUUID().slice(0, 8)}`;
    const auth = await useDatabaseAuthState(db.prisma, session);
    await auth.saveCreds();
    await auth.state.keys.set({ 'pre-key': { '1': Curve.generateKeyPair() } });
    const keys = addTransactionCapability(auth.state.keys, logger, { maxCommitRetries: 1, delayBetweenTriesMs: 1 });
    const repository = DEFAULT_CONNECTION_CONFIG.makeSignalRepository({ creds: auth.state.creds, keys }, logger, async () => []);

    const ids = (contact: Contact) => ({
      sessions: [
        repository.jidToSignalProtocolAddress(`${contact.pn}@s.whatsapp.net`),
        repository.jidToSignalProtocolAddress(`${contact.lid}@lid`),
        repository.jidToSignalProtocolAddress(`${contact.lid}:3@lid`),
      ],
      mapping: [contact.pn, `${contact.lid}_reverse`],
      devices: [contact.pn, contact.lid],
      token: `${contact.lid}@lid`,
    });
    for (const contact of [VICTIM, OTHER]) {
      // A session with the number from before WhatsApp's move to LIDs, then the mapping, then
      // sessions Baileys now keeps under the LID (a number's address resolves to it).
      await repository.injectE2ESession({ jid: `${contact.pn}@s.whatsapp.net`, session: bundle() });
      await repository.lidMapping.storeLIDPNMappings([{ pn: `${contact.pn}@s.whatsapp.net`, lid: `${contact.lid}@lid` }]);
      await repository.injectE2ESession({ jid: `${contact.lid}@lid`, session: bundle() });
      await repository.injectE2ESession({ jid: `${contact.pn}:3@s.whatsapp.net`, session: bundle() });
      // What Baileys' saveIdentity writes when a device of theirs writes to the bot.
      const identities = Object.fromEntries(ids(contact).sessions.map((id) => [id, Buffer.concat([Buffer.from([5]), Curve.generateKeyPair().public])]));
      await keys.set({
        'identity-key': identities,
        'device-list': { [contact.pn]: ['0', '3'], [contact.lid]: ['0', '3'] },
        tctoken: { [`${contact.lid}@lid`]: { token: Buffer.from(`token-${contact.pn}`), timestamp: '1700000000' } },
      });
    }
    const index = { token: Buffer.from(JSON.stringify([`${VICTIM.lid}@lid`, `${OTHER.lid}@lid`])) };
    await keys.set({ tctoken: { __index: index } });

    const get = async <T extends keyof SignalDataTypeMap>(type: T, keyIds: string[]) => Object.keys(await auth.state.keys.get(type, keyIds)).sort();
    const held = async (contact: Contact) => {
      const of = ids(contact);
      return {
        sessions: await get('session', of.sessions),
        identities: await get('identity-key', of.sessions),
        mapping: await get('lid-mapping', of.mapping),
        devices: await get('device-list', of.devices),
        token: await get('tctoken', [of.token]),
      };
    };
    const all = (contact: Contact) => {
      const of = ids(contact);
      return { sessions: [...of.sessions].sort(), identities: [...of.sessions].sort(), mapping: [...of.mapping].sort(), devices: [...of.devices].sort(), token: [of.token] };
    };
    // Baileys wrote every one of them, under the ids it reads them by.
    expect(await held(VICTIM)).toEqual(all(VICTIM));
    expect(await held(OTHER)).toEqual(all(OTHER));
    return { session, auth, held, all };
  }

  /** Erases a person known on WhatsApp by `externalId` alone. */
  async function erase(externalId: string) {
    const person = await db.prisma.person.create({ data: { displayName: 'Sri', phoneE164: externalId.endsWith('@lid') ? null : `+${VICTIM.pn}` } });
    await db.prisma.channelIdentity.create({ data: { channel: 'whatsapp', externalId, personId: person.id } });
    expect(await db.prisma.$transaction((tx) => createPrivacyStore(tx).erase(person.id, NOW))).toMatchObject({ kind: 'erased' });
  }

  /** Nothing of VICTIM is held (by number or by LID, in a key or a value), all of OTHER is, and WhatsApp stays linked. */
  async function expectVictimGone({ session, auth, held, all }: Awaited<ReturnType<typeof seedKeys>>) {
    expect(await held(VICTIM)).toEqual({ sessions: [], identities: [], mapping: [], devices: [], token: [] });
    expect(await held(OTHER)).toEqual(all(OTHER));
    // The token index names the other contact only.
    const stored = (await auth.state.keys.get('tctoken', ['__index'])).__index;
    expect(JSON.parse(Buffer.from(stored?.token ?? []).toString())).toEqual([`${OTHER.lid}@lid`]);
    // Nothing of the session names the number or the LID any more, in a key or a value.
    const rows = await db.prisma.whatsAppState.findMany({ where: { session } });
    expect(rows.filter((row) => `${row.key} ${row.value}`.includes(VICTIM.pn) || `${row.key} ${row.value}`.includes(VICTIM.lid))).toEqual([]);
    // The account's own credentials and pre-keys stay: WhatsApp stays linked.
    expect(rows.map((row) => row.kind)).toEqual(expect.arrayContaining(['creds', 'pre-key']));
    const restarted = await useDatabaseAuthState(db.prisma, session);
    expect(restarted.state.creds.registrationId).toBe(auth.state.creds.registrationId);
  }

  it("deletes the erased number's sessions, identity keys, LID mapping, device list and token; creds and others' keys stay", async () => {
    const seeded = await seedKeys();
    await erase(`${VICTIM.pn}@s.whatsapp.net`);
    await expectVictimGone(seeded);
  });

  it('deletes them too for a person known only by their LID (number hidden), through the LID→number mapping Baileys learned', async () => {
    const seeded = await seedKeys();
    // The identity is the LID: nothing in the chat tables names the number.
    await erase(`${VICTIM.lid}@lid`);
    await expectVictimGone(seeded);
  });

  it.each([
    ['a number with a device suffix', `${VICTIM.pn}:12@s.whatsapp.net`],
    ['a number in the legacy form', `${VICTIM.pn}@c.us`],
    ['a LID', `${VICTIM.lid}@lid`],
    ['a LID with a device suffix', `${VICTIM.lid}:12@lid`],
  ])('finds the contact by every WhatsApp id Baileys gives for them: %s', async (_shape, jid) => {
    const seeded = await seedKeys();
    await db.prisma.$transaction((tx) => deleteContactKeys(tx, [jid]));
    await expectVictimGone(seeded);
  });

  it('deletes nothing for an id that is no contact: a group, the status broadcast, a newsletter, no JID at all', async () => {
    const seeded = await seedKeys();
    const before = await db.prisma.whatsAppState.count({ where: { session: seeded.session } });
    const ids = ['120363021234567890@g.us', 'status@broadcast', '120363123456789012@newsletter', VICTIM.pn, `${VICTIM.pn}@bot`, `x${VICTIM.pn}@s.whatsapp.net`, ''];
    expect(await db.prisma.$transaction((tx) => deleteContactKeys(tx, ids))).toBe(0);
    expect(await db.prisma.whatsAppState.count({ where: { session: seeded.session } })).toBe(before);
    expect(await seeded.held(VICTIM)).toEqual(seeded.all(VICTIM));
  });

  it('erases all the same when a mapping row holds what Baileys never writes (no JSON)', async () => {
    const seeded = await seedKeys();
    await db.prisma.whatsAppState.updateMany({ where: { session: seeded.session, kind: 'lid-mapping', key: VICTIM.pn }, data: { value: 'not json' } });
    await erase(`${VICTIM.pn}@s.whatsapp.net`);
    // What is keyed by the number goes; the LID's keys, which only that row named, cannot be found.
    const left = await db.prisma.whatsAppState.findMany({ where: { session: seeded.session, kind: { in: ['session', 'identity-key', 'lid-mapping', 'device-list'] } } });
    expect(left.filter((row) => row.key.startsWith(VICTIM.pn))).toEqual([]);
  });
});
