/**
 * One person leading two groups may confirm a tie between them (web chat): who confirmed it is
 * recorded, and the admin API marks such a tie for officers (`selfConfirmed`), as an
 * activity's partner confirmed by its reporter is marked; a tie confirmed by the other group's
 * own leader is not.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, buttonLabelled } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const ADMIN_TOKEN = 'relation-self-confirmed-admin-token-0123';
const PANGGUNGHARJO = '34.02.15.2004';

interface RelationItem {
  readonly id: string;
  readonly groupA: { readonly name: string };
  readonly groupB: { readonly name: string };
  readonly confirmedById: string | null;
  readonly selfConfirmed: boolean;
}

describeEachDatabase('a tie confirmed by the person who declared it', (kind) => {
  const bot = useTestBot(kind, { env: { ADMIN_TOKEN } });

  async function register(user: string, type: string, name: string, ketua: string) {
    const send = (input: string | { button: string }) => bot.send(user, input);
    return answerRegistration(send, await send('daftar'), {
      type, name, villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua, phone: '0812-3456-7890',
    });
  }

  const personOf = async (user: string) => {
    const { personId } = await bot.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: await bot.users.externalId(user) } });
    return personId;
  };

  /** Declares a shared-meetings tie from `own` (one of `user`'s groups, when asked) to `other`. */
  async function relate(user: string, other: string, own?: string) {
    let replies = await bot.send(user, 'hubungan');
    if (own !== undefined) replies = await bot.send(user, { button: buttonLabelled(replies, own) });
    await bot.send(user, { button: buttonLabelled(replies, other) });
    await bot.send(user, { button: 'kind:shared_meetings' });
    expect(allText(await bot.send(user, { button: 'save' }))).toContain('Hubungan dicatat');
  }

  /** Declares a tie of `kind` from `user`'s one group to `other` again: the reply to 💾. */
  async function relateAgain(user: string, other: string, kind: string) {
    const replies = await bot.send(user, 'hubungan');
    await bot.send(user, { button: buttonLabelled(replies, other) });
    await bot.send(user, { button: `kind:${kind}` });
    return allText(await bot.send(user, { button: 'save' }));
  }

  /** Confirms the one tie waiting in `user`'s inbox. */
  async function confirm(user: string, from: string) {
    const inbox = await bot.send(user, 'konfirmasi');
    expect(allText(inbox)).toContain(from);
    expect(buttonIds(inbox)).toContain('accept');
    await bot.send(user, { button: 'accept' });
    await bot.send(user, 'menu');
  }

  it('records who confirmed a tie, and marks for officers the one its declarer confirmed', async () => {
    await register('two-groups', 'arisan', 'Arisan Dahlia Glugo', 'Bu Ratna');
    await register('two-groups', 'posyandu', 'Posyandu Dahlia Glugo', 'Bu Ratna');
    await register('other-leader', 'pkk', 'PKK Kenanga Glugo', 'Bu Wati');
    const [both, other] = [await personOf('two-groups'), await personOf('other-leader')];

    // Between her own two groups: she confirms it herself.
    await relate('two-groups', 'Posyandu Dahlia Glugo', 'Arisan Dahlia Glugo');
    await confirm('two-groups', 'Arisan Dahlia Glugo');
    // Another leader's tie with one of her groups: she confirms it as that group's leader.
    await relate('other-leader', 'Arisan Dahlia Glugo');
    await confirm('two-groups', 'PKK Kenanga Glugo');

    const stored = await bot.bot.database.prisma.groupRelation.findMany({ select: { declaredById: true, confirmedById: true, status: true }, orderBy: { createdAt: 'asc' } });
    expect(stored).toEqual([
      { declaredById: both, confirmedById: both, status: 'confirmed' },
      { declaredById: other, confirmedById: both, status: 'confirmed' },
    ]);

    const response = await bot.bot.app.inject({ method: 'GET', url: `/api/relations?prefix=${PANGGUNGHARJO}&status=confirmed`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: RelationItem[] }).items;
    const own = items.find((item) => item.groupA.name === 'Arisan Dahlia Glugo');
    const theirs = items.find((item) => item.groupA.name === 'PKK Kenanga Glugo');
    expect(own).toMatchObject({ groupB: { name: 'Posyandu Dahlia Glugo' }, confirmedById: both, selfConfirmed: true });
    expect(theirs).toMatchObject({ groupB: { name: 'Arisan Dahlia Glugo' }, confirmedById: both, selfConfirmed: false });
  });

  it('says which tie is already there: confirmed on a day, or waiting for the other leader (or in the person’s own 📥) since then', async () => {
    await register('ratna', 'arisan', 'Arisan Melati Sawit', 'Bu Ratna');
    await register('wati', 'pkk', 'PKK Anggrek Sawit', 'Bu Wati');
    const day = /\d{1,2} (?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/u;

    await relate('wati', 'Arisan Melati Sawit');
    const waiting = await relateAgain('wati', 'Arisan Melati Sawit', 'shared_meetings');
    expect(waiting).toMatch(new RegExp(`sudah dicatat pada ${day.source} dan masih menunggu konfirmasi ketua Arisan Melati Sawit`, 'u'));
    expect(waiting).not.toContain('atau sedang menunggu');
    const mine = await relateAgain('ratna', 'PKK Anggrek Sawit', 'shared_meetings');
    expect(mine).toMatch(new RegExp(`PKK Anggrek Sawit sudah mencatat hubungan seperti itu dengan kelompok Anda pada ${day.source}: konfirmasinya menunggu di menu 📥 Konfirmasi`, 'u'));

    await confirm('ratna', 'PKK Anggrek Sawit');
    for (const [user, other] of [['wati', 'Arisan Melati Sawit'], ['ratna', 'PKK Anggrek Sawit']] as const) {
      expect(await relateAgain(user, other, 'shared_meetings')).toMatch(new RegExp(`dengan ${other} sudah tercatat dan dikonfirmasi pada ${day.source}`, 'u'));
    }
  });
});
