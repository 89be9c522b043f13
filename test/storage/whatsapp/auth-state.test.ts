/**
 * Baileys' auth state in the database, on PostgreSQL: credentials and every kind
 * of Signal key survive a round trip (binary data as Buffers), deletions, a restart and a
 * second machine, and a batch of keys is written whole or not at all.
 */
import { randomBytes } from 'node:crypto';
import { initAuthCreds, proto, type SignalDataSet } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/storage/database.js';
import { useDatabaseAuthState } from '../../../src/storage/whatsapp/auth-state.js';
import { createDatabaseChatListStore } from '../../../src/storage/whatsapp/chat-lists.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const bytes = (n: number) => new Uint8Array(randomBytes(n));
let sessionCount = 0;
const newSession = () => `test-${++sessionCount}`;

describeEachDatabase('WhatsApp auth state', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('starts a new session with fresh credentials, and a restart reads the saved ones', async () => {
    const session = newSession();
    const first = await useDatabaseAuthState(db.prisma, session);
    expect(first.state.creds.registered).toBe(false);
    expect(first.state.creds.noiseKey.public).toBeInstanceOf(Uint8Array);

    // What Baileys does on creds.update: change the object in place, then save.
    Object.assign(first.state.creds, { registered: true, me: { id: '6281234567890:3@s.whatsapp.net', lid: '1234567890123:3@lid' } });
    first.state.creds.routingInfo = Buffer.from([1, 2, 3, 250]);
    await first.saveCreds();

    const restarted = await useDatabaseAuthState(db.prisma, session);
    const creds = restarted.state.creds;
    expect(creds.registered).toBe(true);
    expect(creds.me?.id).toBe('6281234567890:3@s.whatsapp.net');
    expect(Buffer.isBuffer(creds.noiseKey.private)).toBe(true);
    expect(Buffer.from(creds.noiseKey.private).equals(Buffer.from(first.state.creds.noiseKey.private))).toBe(true);
    expect(Buffer.from(creds.signedPreKey.signature).equals(Buffer.from(first.state.creds.signedPreKey.signature))).toBe(true);
    expect(creds.routingInfo).toEqual(Buffer.from([1, 2, 3, 250]));
    expect(creds.advSecretKey).toBe(first.state.creds.advSecretKey);
    expect(creds.registrationId).toBe(first.state.creds.registrationId);
  });

  it('round-trips every kind of key, binary data included', async () => {
    const { state } = await useDatabaseAuthState(db.prisma, newSession());
    const preKey = { public: bytes(32), private: bytes(32) };
    const sessionRecord = bytes(300);
    const appStateKey = proto.Message.AppStateSyncKeyData.fromObject({ keyData: bytes(32), timestamp: 1_700_000_000 });
    const data: SignalDataSet = {
      'pre-key': { '1': preKey },
      session: { '6281234567890.0': sessionRecord },
      'sender-key-memory': { 'group@g.us': { '6281234567890:1@s.whatsapp.net': true } },
      'app-state-sync-key': { AAAAAGAb: appStateKey },
      'lid-mapping': { '6281234567890': '1234567890123', '1234567890123_reverse': '6281234567890' },
      'device-list': { '6281234567890': ['0', '3'] },
      tctoken: { '6281234567890@s.whatsapp.net': { token: Buffer.from('token-bytes'), timestamp: '1700000000' } },
      'identity-key': { '6281234567890.0': bytes(33) },
    };
    await state.keys.set(data);

    const preKeys = await state.keys.get('pre-key', ['1', '2']);
    expect(Object.keys(preKeys)).toEqual(['1']);
    expect(Buffer.isBuffer(preKeys['1']!.public)).toBe(true);
    expect(Buffer.from(preKeys['1']!.private).equals(Buffer.from(preKey.private))).toBe(true);

    const sessions = await state.keys.get('session', ['6281234567890.0']);
    expect(Buffer.from(sessions['6281234567890.0']!).equals(Buffer.from(sessionRecord))).toBe(true);

    const appKeys = await state.keys.get('app-state-sync-key', ['AAAAAGAb']);
    expect(appKeys['AAAAAGAb']).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect(Buffer.from(appKeys['AAAAAGAb']!.keyData!).equals(Buffer.from(appStateKey.keyData!))).toBe(true);

    expect(await state.keys.get('lid-mapping', ['6281234567890', '1234567890123_reverse'])).toEqual({
      '6281234567890': '1234567890123',
      '1234567890123_reverse': '6281234567890',
    });
    expect(await state.keys.get('device-list', ['6281234567890'])).toEqual({ '6281234567890': ['0', '3'] });
    expect(await state.keys.get('sender-key-memory', ['group@g.us'])).toEqual({ 'group@g.us': { '6281234567890:1@s.whatsapp.net': true } });
    const tokens = await state.keys.get('tctoken', ['6281234567890@s.whatsapp.net']);
    expect(tokens['6281234567890@s.whatsapp.net']!.token.toString()).toBe('token-bytes');
    expect((await state.keys.get('identity-key', ['6281234567890.0']))['6281234567890.0']).toHaveLength(33);
  });

  it('replaces changed keys and deletes keys set to null', async () => {
    const { state } = await useDatabaseAuthState(db.prisma, newSession());
    await state.keys.set({ session: { a: bytes(10), b: bytes(10) }, 'pre-key': { '7': { public: bytes(32), private: bytes(32) } } });
    const replacement = bytes(12);
    await state.keys.set({ session: { a: replacement, b: null }, 'pre-key': { '7': null } });
    const sessions = await state.keys.get('session', ['a', 'b']);
    expect(Object.keys(sessions)).toEqual(['a']);
    expect(Buffer.from(sessions['a']!).equals(Buffer.from(replacement))).toBe(true);
    expect(await state.keys.get('pre-key', ['7'])).toEqual({});
  });

  it('writes a failing batch not at all: earlier keys stay, none of the batch lands', async () => {
    const { state } = await useDatabaseAuthState(db.prisma, newSession());
    const before = bytes(16);
    await state.keys.set({ session: { kept: before } });

    // The second statement of the batch fails in the database itself: a key id far beyond
    // what a btree index entry may hold ("index row size exceeds maximum").
    const tooLong = randomBytes(20_000).toString('hex');
    await expect(
      state.keys.set({
        'pre-key': { '1': { public: bytes(32), private: bytes(32) } },
        session: { kept: bytes(16), [tooLong]: bytes(16) },
      }),
    ).rejects.toThrow();

    expect(await state.keys.get('pre-key', ['1'])).toEqual({});
    const sessions = await state.keys.get('session', ['kept']);
    expect(Buffer.from(sessions['kept']!).equals(Buffer.from(before))).toBe(true);
    // And the store still works afterwards.
    await state.keys.set({ 'pre-key': { '1': { public: bytes(32), private: bytes(32) } } });
    expect(Object.keys(await state.keys.get('pre-key', ['1']))).toEqual(['1']);
  });

  it('stores a pre-key upload of more rows than one statement carries', async () => {
    const { state } = await useDatabaseAuthState(db.prisma, newSession());
    const preKeys: Record<string, { public: Uint8Array; private: Uint8Array }> = {};
    for (let id = 1; id <= 1_205; id++) preKeys[String(id)] = { public: bytes(32), private: bytes(32) };
    await state.keys.set({ 'pre-key': preKeys });
    const ids = Object.keys(preKeys);
    const read = await state.keys.get('pre-key', ids);
    expect(Object.keys(read)).toHaveLength(1_205);
    expect(Buffer.from(read['1205']!.public).equals(Buffer.from(preKeys['1205']!.public))).toBe(true);
  });

  it('applies sets in call order even when they are not awaited', async () => {
    const { state } = await useDatabaseAuthState(db.prisma, newSession());
    const last = bytes(8);
    await Promise.all([
      state.keys.set({ session: { x: bytes(8) } }),
      state.keys.set({ session: { x: null } }),
      state.keys.set({ session: { x: last } }),
    ]);
    const read = await state.keys.get('session', ['x']);
    expect(Buffer.from(read['x']!).equals(Buffer.from(last))).toBe(true);
  });

  it('keeps sessions apart', async () => {
    const a = await useDatabaseAuthState(db.prisma, newSession());
    const b = await useDatabaseAuthState(db.prisma, newSession());
    await a.state.keys.set({ session: { same: bytes(4) } });
    expect(await b.state.keys.get('session', ['same'])).toEqual({});
  });

  it('clear() forgets the pairing (credentials and keys) but not the chats\' numbered lists', async () => {
    const session = newSession();
    const auth = await useDatabaseAuthState(db.prisma, session);
    const lists = createDatabaseChatListStore(db.prisma, session);
    auth.state.creds.registered = true;
    const oldNoise = Buffer.from(auth.state.creds.noiseKey.public);
    await auth.saveCreds();
    await auth.state.keys.set({ session: { s: bytes(4) } });
    await lists.save('6281234567890@s.whatsapp.net', { buttons: [{ id: 'menu:faq', label: 'FAQ' }], sentAt: new Date() });

    await auth.clear();
    expect(auth.state.creds.registered).toBe(false);
    expect(Buffer.from(auth.state.creds.noiseKey.public).equals(oldNoise)).toBe(false);
    expect(await auth.state.keys.get('session', ['s'])).toEqual({});
    const reopened = await useDatabaseAuthState(db.prisma, session);
    expect(reopened.state.creds.registered).toBe(false);
    expect(await lists.load('6281234567890@s.whatsapp.net')).toBeDefined();
  });

  it('keys.clear() wipes the Signal keys but keeps the credentials', async () => {
    const session = newSession();
    const auth = await useDatabaseAuthState(db.prisma, session);
    auth.state.creds.registered = true;
    await auth.saveCreds();
    await auth.state.keys.set({ session: { s: bytes(4) }, 'pre-key': { '1': { public: bytes(32), private: bytes(32) } } });
    await auth.state.keys.clear!();
    expect(await auth.state.keys.get('session', ['s'])).toEqual({});
    expect((await useDatabaseAuthState(db.prisma, session)).state.creds.registered).toBe(true);
  });

  it('values match what Baileys itself generates (initAuthCreds) after a round trip', async () => {
    const session = newSession();
    const auth = await useDatabaseAuthState(db.prisma, session);
    const generated = initAuthCreds();
    Object.assign(auth.state.creds, generated);
    await auth.saveCreds();
    const reread = (await useDatabaseAuthState(db.prisma, session)).state.creds;
    expect(JSON.parse(JSON.stringify(reread))).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  describe.runIf(kind === 'postgres')('a second machine on the same database', () => {
    let second: Database;
    beforeAll(async () => {
      second = await openDatabase({ databaseUrl: db.url!, dataDir: 'unused' });
    });
    afterAll(() => second?.close());

    it('resumes the session without pairing again', async () => {
      const session = newSession();
      const here = await useDatabaseAuthState(db.prisma, session);
      here.state.creds.registered = true;
      await here.saveCreds();
      const key = bytes(20);
      await here.state.keys.set({ session: { peer: key } });

      const there = await useDatabaseAuthState(second.prisma, session);
      expect(there.state.creds.registered).toBe(true);
      expect(Buffer.from(there.state.creds.noiseKey.private).equals(Buffer.from(here.state.creds.noiseKey.private))).toBe(true);
      const read = await there.state.keys.get('session', ['peer']);
      expect(Buffer.from(read['peer']!).equals(Buffer.from(key))).toBe(true);
    });
  });
});
