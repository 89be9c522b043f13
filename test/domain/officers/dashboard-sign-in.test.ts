/**
 * Through a whole test bot (web chat): an officer asks for the dashboard in the officer
 * menu and gets a one-time link and code, never a long-lived token (not in the reply, not
 * in the replies the runner keeps for re-delivery); the code signs in once through
 * POST /api/auth/exchange; asking again makes the earlier code useless. Verdicts by button
 * and level overrides from the chat are in the audit log.
 */
import { beforeAll, expect, it } from 'vitest';
import { deepLinkButtonId } from '../../../src/core/engine/flow.js';
import { encodeVerifyTarget, VERIFY_DEEP_LINK } from '../../../src/domain/officers/verify-target.js';
import { hashToken, principalForToken } from '../../../src/storage/tokens/api-tokens.js';
import { allText, createTestStore, manualClock, startTestBot } from '../../support/bot.js';
import { describeEachDatabase } from '../../support/databases.js';
import { enrolOfficer, officerInviteCode } from '../../support/officer-invite.js';
import { useTestBot } from '../../support/use-test-bot.js';

const SEWON = '34.02.15';
const PANGGUNGHARJO = '34.02.15.2004';
const OFFICER = 'officer-web-1';
/** The link as the bot shows it: the dashboard's address, the code in the fragment. */
const LINK = /(http\S+\/dashboard)#code=([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/;
const DAY = 86_400_000;

describeEachDatabase('officer dashboard sign-in and chat audit', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  beforeAll(() => enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: [SEWON] }, (text) => bot.send(OFFICER, text)));

  const prisma = () => bot.bot.database.prisma;

  /** Asks for the dashboard in the officer menu; returns the reply text, the address and the code. */
  async function dashboardSignIn(): Promise<{ text: string; url: string; code: string }> {
    await bot.send(OFFICER, 'petugas');
    const text = allText(await bot.send(OFFICER, { button: 'officer:dashboard' }));
    expect(text).toContain('Rahasiakan');
    expect(text).toContain('10 menit');
    const match = LINK.exec(text);
    expect(match, text).not.toBeNull();
    const [, url, code] = match!;
    // The code is also given alone, to type on another device, with the address to open.
    expect(text.split('\n')).toContain(code);
    expect(text).toContain(`buka\n${url}\nlalu ketik kode`);
    // Web chat has no link buttons: the link is in the text, alone on its line (issue #11).
    expect(text.split('\n')).toContain(`${url}#code=${code}`);
    return { text, url: url!, code: code! };
  }

  function exchange(code: string) {
    return bot.bot.app.inject({ method: 'POST', url: '/api/auth/exchange', payload: { code } });
  }

  it('builds the link from PUBLIC_URL when it is set, never from HOST:PORT', async () => {
    const other = await createTestStore(kind);
    const publicBot = await startTestBot(other, { clock, env: { PUBLIC_URL: 'https://wksbm.example.id/' } });
    try {
      await publicBot.send('officer-public', `petugas ${await officerInviteCode(publicBot.bot, clock, { kind: 'tksk', areas: [SEWON] })}`);
      await publicBot.send('officer-public', 'petugas');
      const text = allText(await publicBot.send('officer-public', { button: 'officer:dashboard' }));
      expect(text).toMatch(/^https:\/\/wksbm\.example\.id\/dashboard#code=[A-Z2-9-]{14}$/m);
      expect(text).not.toContain('127.0.0.1');
    } finally {
      await publicBot.close();
      await other.dispose();
    }
  });

  it('offers the sign-in in the officer menu: a one-time link and code, and no token anywhere in the chat', async () => {
    const panel = await bot.send(OFFICER, 'petugas');
    expect(panel.flatMap((reply) => reply.buttons ?? []).map((button) => button.id)).toContain('officer:dashboard');
    const { text, url, code } = await dashboardSignIn();
    expect(url).toMatch(/^http:\/\/[^/\s]+\/dashboard$/);
    expect(text).not.toContain('wksbm_');
    // Nothing the runner keeps for re-delivery holds a token.
    const processed = await prisma().processedMessage.findMany({ select: { replies: true } });
    expect(processed.length).toBeGreaterThan(0);
    expect(JSON.stringify(processed)).toContain(code);
    expect(JSON.stringify(processed)).not.toContain('wksbm_');
    const person = await prisma().officer.findFirstOrThrow({ select: { id: true, personId: true } });
    expect(await prisma().apiToken.count({ where: { personId: person.personId } })).toBe(0);

    // Only the code's hash is stored, valid 10 minutes.
    const stored = await prisma().signInCode.findFirstOrThrow({ where: { personId: person.personId } });
    expect(stored.codeHash).toBe(hashToken(code.replaceAll('-', '')));
    expect(JSON.stringify(stored)).not.toContain(code.replaceAll('-', ''));
    expect(stored.expiresAt.getTime() - clock().getTime()).toBe(10 * 60_000);

    // The code signs the officer in, once.
    const answer = await exchange(code);
    expect(answer.statusCode, answer.body).toBe(200);
    const { token, expiresAt } = answer.json() as { token: string; expiresAt: string };
    expect(new Date(expiresAt).getTime() - clock().getTime()).toBe(30 * DAY);
    expect(await principalForToken(prisma(), token, clock())).toEqual({ kind: 'officer', personId: person.personId, officerId: person.id, areaPrefixes: [SEWON] });
    const me = await bot.bot.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ kind: 'officer', personId: person.personId, areaPrefixes: [SEWON] });
    expect((await exchange(code)).json()).toMatchObject({ error: 'unauthorized', reason: 'used' });
    const issued = await prisma().apiToken.findFirstOrThrow({ where: { personId: person.personId, revokedAt: null } });
    expect(issued.label).toBe('dashboard');
  });

  it('a new code makes the earlier one useless; each exchange revokes the earlier dashboard token; all audited', async () => {
    const first = await dashboardSignIn();
    const second = await dashboardSignIn();
    expect(second.code).not.toBe(first.code);
    expect((await exchange(first.code)).json()).toMatchObject({ reason: 'unknown' });
    const before = (await prisma().apiToken.findMany({ where: { revokedAt: null } })).map((row) => row.id);
    expect(before).toHaveLength(1);
    const answer = await exchange(second.code);
    expect(answer.statusCode).toBe(200);
    const { token } = answer.json() as { token: string };
    const live = await prisma().apiToken.findMany({ where: { revokedAt: null } });
    expect(live).toHaveLength(1);
    expect(live[0]!.id).not.toBe(before[0]);
    expect(await principalForToken(prisma(), token, clock())).toMatchObject({ kind: 'officer' });

    const issued = await prisma().auditLog.findMany({ where: { action: 'token.issue' } });
    expect(issued).toHaveLength(3);
    expect(issued.every((entry) => entry.actorKind === 'officer' && entry.via === 'chat:webchat')).toBe(true);
    const exchanges = await prisma().auditLog.findMany({ where: { action: 'auth.exchange' } });
    expect(exchanges).toHaveLength(2);
    expect(exchanges.every((entry) => entry.actorKind === 'officer' && entry.via === 'api')).toBe(true);
  });

  it('a code asked for in the chat expires after 10 minutes', async () => {
    const { code } = await dashboardSignIn();
    clock.advance(10 * 60_000);
    expect((await exchange(code)).json()).toMatchObject({ error: 'unauthorized', reason: 'expired' });
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
    // An exact name is confirmed with one "✅ Ya" (issue #11); otherwise the desa is picked from a list.
    const buttons = replies.flatMap((reply) => reply.buttons ?? []);
    const button = allText(replies).includes('Panggungharjo') ? buttons.find((candidate) => candidate.id === 'village-exact:yes') ?? buttons.find((candidate) => candidate.label.includes('Panggungharjo')) : undefined;
    if (!button) throw new Error(`no Panggungharjo button in: ${allText(replies)}`);
    return bot.send(OFFICER, { button: button.id });
  }
});
