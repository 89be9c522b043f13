/**
 * Through a whole test bot (web chat): an officer asks for a dashboard token in the
 * officer menu, gets it once with the warning, and it signs in; asking again revokes the
 * previous one. Verdicts by button and level overrides from the chat are in the audit log.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deepLinkButtonId } from '../../../src/core/engine/flow.js';
import { createOfficerInvite } from '../../../src/domain/officers/invites.js';
import { encodeVerifyTarget, VERIFY_DEEP_LINK } from '../../../src/domain/officers/verify-target.js';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { principalForToken } from '../../../src/storage/tokens/api-tokens.js';
import { allText, createTestStore, manualClock, startTestBot, type TestBot, type TestStore } from '../../support/bot.js';
import { describeEachDatabase } from '../../support/databases.js';

const SEWON = '34.02.15';
const PANGGUNGHARJO = '34.02.15.2004';
const OFFICER = 'officer-web-1';
const TOKEN = /wksbm_[A-Za-z0-9_-]{43}/;

describeEachDatabase('officer dashboard sign-in and chat audit', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  const clock = manualClock('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { clock });
    const invite = await createAppTransactionRunner(bot.bot.database.prisma).transaction((tx) => createOfficerInvite({ kind: 'tksk', areas: [SEWON] }, tx, clock()));
    expect(allText(await bot.send(OFFICER, `petugas ${invite.code}`))).toContain('terdaftar sebagai petugas');
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  const prisma = () => bot.bot.database.prisma;

  async function dashboardToken(): Promise<string> {
    await bot.send(OFFICER, 'petugas');
    const replies = await bot.send(OFFICER, { button: 'officer:dashboard' });
    const text = allText(replies);
    expect(text).toContain('/dashboard');
    expect(text).toContain('Rahasiakan');
    const token = TOKEN.exec(text)?.[0];
    expect(token).toBeDefined();
    return token!;
  }

  it('offers the sign-in in the officer menu and issues a token that signs the officer in', async () => {
    const panel = await bot.send(OFFICER, 'petugas');
    expect(panel.flatMap((reply) => reply.buttons ?? []).map((button) => button.id)).toContain('officer:dashboard');
    const token = await dashboardToken();
    const principal = await principalForToken(prisma(), token, clock());
    const person = await prisma().officer.findFirstOrThrow({ select: { id: true, personId: true } });
    expect(principal).toEqual({ kind: 'officer', personId: person.personId, officerId: person.id, areaPrefixes: [SEWON] });
    const stored = await prisma().apiToken.findFirstOrThrow({ where: { personId: person.personId, revokedAt: null } });
    expect(stored.label).toBe('dashboard');
    expect(stored.expiresAt!.getTime() - clock().getTime()).toBe(30 * 86_400_000);
    // Only the hash is stored.
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('revokes the previous dashboard token when a new one is issued, and audits each', async () => {
    const first = await dashboardToken();
    const second = await dashboardToken();
    expect(second).not.toBe(first);
    expect(await principalForToken(prisma(), first, clock())).toBeNull();
    expect(await principalForToken(prisma(), second, clock())).toMatchObject({ kind: 'officer' });
    const audit = await prisma().auditLog.findMany({ where: { action: 'token.issue' } });
    expect(audit).toHaveLength(3);
    expect(audit.every((entry) => entry.actorKind === 'officer' && entry.via === 'chat:webchat')).toBe(true);
  });

  it('audits a verdict given with an alert’s button', async () => {
    const leader = await prisma().person.create({ data: { displayName: 'Lia' } });
    const area = await prisma().area.create({ data: { villageCode: PANGGUNGHARJO } });
    const group = await prisma().group.create({
      data: {
        name: 'Arisan Melati',
        nameNorm: 'arisan melati',
        type: 'arisan',
        areaId: area.id,
        villageCode: PANGGUNGHARJO,
        memberCount: 12,
        leaders: { create: { personId: leader.id, role: 'leader' } },
      },
    });
    const button = deepLinkButtonId(VERIFY_DEEP_LINK, encodeVerifyTarget({ type: 'group', action: 'verify', id: group.id }));
    expect(allText(await bot.send(OFFICER, { button }))).toContain('Arisan Melati');
    expect((await prisma().group.findUniqueOrThrow({ where: { id: group.id } })).verification).toBe('verified');
    const officer = await prisma().officer.findFirstOrThrow();
    expect(await prisma().auditLog.findMany({ where: { action: 'group.verify' } })).toEqual([
      expect.objectContaining({ actorKind: 'officer', actorId: officer.personId, targetType: 'group', targetId: group.id, via: 'chat:webchat' }),
    ]);
  });

  it('audits a level set by hand and its withdrawal', async () => {
    const levels = await chooseOverrideVillage();
    expect(allText(levels)).toContain('Panggungharjo');
    await bot.send(OFFICER, { button: 'level:tumbuh' });
    await bot.send(OFFICER, 'Sudah ada forum warga rutin');
    const set = await prisma().auditLog.findFirstOrThrow({ where: { action: 'area.override.set' } });
    expect(set).toMatchObject({ actorKind: 'officer', targetType: 'area', targetId: PANGGUNGHARJO, via: 'chat:webchat', details: { level: 'tumbuh', reason: 'Sudah ada forum warga rutin' } });

    await chooseOverrideVillage();
    await bot.send(OFFICER, { button: 'level:clear' });
    const cleared = await prisma().auditLog.findFirstOrThrow({ where: { action: 'area.override.clear' } });
    expect(cleared).toMatchObject({ actorKind: 'officer', targetId: PANGGUNGHARJO, via: 'chat:webchat' });
  });

  /** Opens "set a desa's level" and picks Panggungharjo; returns the level prompt. */
  async function chooseOverrideVillage() {
    await bot.send(OFFICER, 'petugas');
    await bot.send(OFFICER, { button: 'officer:override' });
    const replies = await bot.send(OFFICER, 'panggungharjo');
    const button = replies.flatMap((reply) => reply.buttons ?? []).find((candidate) => candidate.label.includes('Panggungharjo'));
    if (!button) throw new Error(`no Panggungharjo button in: ${allText(replies)}`);
    return bot.send(OFFICER, { button: button.id });
  }
});
