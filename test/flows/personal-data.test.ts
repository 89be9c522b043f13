/**
 * Personal data under UU PDP 27/2022, through the web chat of a whole bot on PostgreSQL:
 * the consent notice before the first personal data, declining (nothing stored,
 * FAQ and status still work), agreeing (recorded once, with version and identity), a new
 * notice version, /datasaya, /hapusdata end to end, and withdrawal stopping leader notices.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NOTICE_VERSION } from '../../src/domain/privacy/consent.js';
import { CONSENT_AGREE_BUTTON, CONSENT_DECLINE_BUTTON } from '../../src/domain/privacy/consent-flow.js';
import { issueToken } from '../../src/storage/tokens/api-tokens.js';
import { acceptConsent, allText, buttonIds, buttonLabelled, createTestStore, manualClock, type Reply, startTestBot, type TestBot, type TestStore } from '../support/bot.js';
import { answerRegistration } from '../support/register-group.js';
import { jpegWithGps } from '../support/test-images.js';
import { seedConsent } from '../support/seed-consent.js';
import { describeEachDatabase } from '../support/databases.js';

const NOTICE = 'Pemberitahuan data pribadi';

describeEachDatabase('personal data through web chat', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  const clock = manualClock('2026-11-20T03:00:00Z');
  const prisma = () => bot.bot.database.prisma;

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { clock });
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  async function identityOf(user: string) {
    return prisma().channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: 'webchat', externalId: await bot.users.externalId(user) } } });
  }

  async function personOf(user: string): Promise<string> {
    return (await identityOf(user)).personId;
  }

  /** The user's stored conversation state, as JSON text. */
  async function conversationStateOf(user: string): Promise<string> {
    const conversation = await prisma().conversation.findUniqueOrThrow({ where: { identityId: (await identityOf(user)).id } });
    return JSON.stringify(conversation.state);
  }

  /** Agrees, then answers a registration in Panggungharjo up to its summary, which it returns. */
  async function registerUpToSummary(user: string, answers: { name: string; unit: string; members: string; ketua: string }): Promise<Reply[]> {
    await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    await bot.send(user, 'Panggungharjo, Sewon, Bantul');
    await bot.send(user, { button: 'village-exact:yes' });
    await bot.send(user, answers.name);
    await bot.send(user, answers.unit);
    await bot.send(user, answers.members);
    return bot.send(user, answers.ketua);
  }

  /** Registers from the menu, answering whatever is asked, up to and including saving. */
  async function finishRegistration(user: string, name: string, leader: string, phone: string): Promise<Reply[]> {
    const saved = await answerRegistration((input) => bot.send(user, input), await bot.send(user, { button: 'menu:register' }), {
      type: 'arisan', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua: leader, phone,
    });
    expect(allText(saved)).toContain('sudah terdaftar');
    return saved;
  }

  async function register(user: string, name: string, leader: string, phone: string): Promise<void> {
    await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    await bot.send(user, 'batal');
    await finishRegistration(user, name, leader, phone);
  }

  /** Panggungharjo's status as a resident sees it. */
  async function status(user: string): Promise<string> {
    await bot.send(user, 'cek status');
    let replies = await bot.send(user, 'panggungharjo sewon');
    // An exact desa name is confirmed with one "✅ Ya" (issue #11), otherwise picked from a list.
    replies = await bot.send(user, { button: buttonIds(replies).includes('village-exact:yes') && allText(replies).includes('Panggungharjo') ? 'village-exact:yes' : buttonLabelled(replies, 'Panggungharjo') });
    replies = await bot.send(user, { button: 'rw:whole' });
    return allText(replies);
  }

  it('shows the notice before the first question; declining stores nothing, and the FAQ and status still work', async () => {
    const user = 'pdp-decliner';
    const notice = await bot.send(user, 'daftar');
    expect(allText(notice)).toContain(NOTICE);
    expect(allText(notice)).toContain('/hapusdata');
    expect(allText(notice)).toContain('90 hari');
    // Every kind of data collected is named, photos too, and how long group data stays.
    expect(allText(notice)).toContain('foto kegiatan yang Anda kirim');
    expect(allText(notice)).toContain('juga setelah dinonaktifkan');
    expect(buttonIds(notice)).toEqual(expect.arrayContaining([CONSENT_AGREE_BUTTON, CONSENT_DECLINE_BUTTON]));
    expect(buttonIds(notice)).not.toContain('type:arisan');

    const declined = await bot.send(user, { button: CONSENT_DECLINE_BUTTON });
    expect(allText(declined)).toContain('tidak ada data pribadi Anda yang dicatat');
    expect(buttonIds(declined)).toContain('menu:faq');
    const personId = await personOf(user);
    expect(await prisma().consent.count({ where: { personId } })).toBe(0);
    expect(await prisma().person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ displayName: null, phoneE164: null });

    expect(allText(await bot.send(user, 'apa itu wksbm?'))).toMatch(/Wahana Kesejahteraan Sosial/);
    // The privacy answer says what is kept, for how long (DATA_RETENTION as set) and what an erasure leaves.
    const privacy = allText(await bot.send(user, 'data apa saja yang disimpan bot?'));
    expect(privacy).toContain('foto kegiatan');
    expect(privacy).toContain('dihapus otomatis setelah 90 hari');
    expect(privacy).toContain('juga setelah dinonaktifkan');
    expect(privacy).toContain('kelompoknya tetap ada');
    expect(await status(user)).toContain('Panggungharjo');
    expect(await prisma().consent.count({ where: { personId } })).toBe(0);

    // "kembali" out of the notice does not get past it: back to the menu, where the person was
    // (the desa, the first question since issue #11, was never asked), and the notice comes again.
    await bot.send(user, 'daftar');
    const back = await bot.send(user, 'kembali');
    expect(allText(back)).toContain('Anda kembali ke menu utama');
    expect(allText(back)).not.toContain('Di desa/kelurahan mana');
    const again = await bot.send(user, 'daftar');
    expect(allText(again)).toContain(NOTICE);
    await bot.send(user, 'batal');
  });

  it('records consent once, with the notice version and the chat identity, and does not ask again', async () => {
    const user = 'pdp-sri';
    const after = await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    expect(allText(after)).toContain('persetujuan Anda sudah dicatat');
    expect(allText(after)).toContain('Di desa/kelurahan mana');
    const personId = await personOf(user);
    const consents = await prisma().consent.findMany({ where: { personId } });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ noticeVersion: NOTICE_VERSION, channel: 'webchat', externalId: await bot.users.externalId(user), withdrawnAt: null });
    expect(consents[0]!.grantedAt.toISOString()).toBe(clock().toISOString());
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'consent.grant', actorId: personId } });
    expect(audit).toMatchObject({ actorKind: 'person', via: 'chat:webchat' });

    await finishRegistration(user, 'Arisan Mawar', 'Bu Sri Lestari', '0812-7777-1111');
    // A second registration and an activity go straight to their first question.
    const second = await bot.send(user, 'daftar');
    expect(allText(second)).not.toContain(NOTICE);
    expect(allText(second)).toContain('Di desa/kelurahan mana');
    expect(buttonIds(second)).toContain('village:34.02.15.2004');
    await bot.send(user, 'batal');
    const activity = await bot.send(user, 'catat kegiatan');
    expect(allText(activity)).not.toContain(NOTICE);
    expect(allText(activity)).toContain('Kapan');
    await bot.send(user, 'batal');
    expect(await prisma().consent.count({ where: { personId } })).toBe(1);
  });

  it('takes consent typed as people write it ("iya setuju"), and a typed refusal records nothing', async () => {
    const agreed = await bot.send('pdp-typed-yes', 'daftar');
    expect(allText(agreed)).toContain(NOTICE);
    expect(allText(await bot.send('pdp-typed-yes', 'iya setuju'))).toContain('persetujuan Anda sudah dicatat');
    expect(await prisma().consent.count({ where: { personId: await personOf('pdp-typed-yes') } })).toBe(1);
    await bot.send('pdp-typed-no', 'daftar');
    expect(allText(await bot.send('pdp-typed-no', 'gak setuju'))).toContain('tidak ada data pribadi Anda yang dicatat');
    // "gak dulu" (not now) leaves the notice too, recording nothing.
    await bot.send('pdp-typed-no', 'daftar');
    expect(allText(await bot.send('pdp-typed-no', 'gak dulu'))).toContain('tidak ada data pribadi Anda yang dicatat');
    expect(await prisma().consent.count({ where: { person: { identities: { some: { externalId: await bot.users.externalId('pdp-typed-no') } } } } })).toBe(0);
  });

  it('answers a question at the notice briefly and asks again, without the whole notice or a refusal', async () => {
    const user = 'pdp-asks-at-notice';
    expect(allText(await bot.send(user, 'daftar'))).toContain(NOTICE);
    const use = await bot.send(user, 'data sy dipake buat apa aja? aman ga?');
    expect(allText(use)).toContain('hanya dipakai untuk pendaftaran dan pendataan WKSBM');
    expect(allText(use)).toContain('Apakah Anda setuju');
    expect(allText(use)).not.toContain('belum bisa saya pakai');
    expect(allText(use)).not.toContain(NOTICE);
    expect(buttonIds(use)).toEqual(expect.arrayContaining([CONSENT_AGREE_BUTTON, CONSENT_DECLINE_BUTTON]));
    const meaning = await bot.send(user, 'apa maksudnya?');
    expect(allText(meaning)).toContain('Maksudnya begini');
    expect(allText(meaning)).not.toContain('belum bisa saya pakai');
    expect(allText(await bot.send(user, 'maksudnya gimana'))).toContain('Maksudnya begini');
    expect(await prisma().consent.count({ where: { personId: await personOf(user) } })).toBe(0);
    expect(allText(await bot.send(user, { button: CONSENT_AGREE_BUTTON }))).toContain('persetujuan Anda sudah dicatat');
    await bot.send(user, 'batal');
  });

  it('asks again, saying it changed, when the notice version is not the one agreed to', async () => {
    const user = 'pdp-old-notice';
    await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    await bot.send(user, 'batal');
    await prisma().consent.updateMany({ where: { personId: await personOf(user) }, data: { noticeVersion: '2020-01-01' } });
    const replies = await bot.send(user, 'daftar');
    expect(allText(replies)).toContain('sudah diperbarui');
    await acceptConsent(bot, user, replies);
    expect((await prisma().consent.findMany({ where: { personId: await personOf(user) } })).map((row) => row.noticeVersion).sort()).toEqual(['2020-01-01', NOTICE_VERSION]);
    await bot.send(user, 'batal');
  });

  it('shows a person everything held about them, and nothing of anyone else', async () => {
    await register('pdp-budi', 'Arisan Melati Budi', 'Pak Budi Santoso', '0813-2222-3333');
    await register('pdp-ani', 'Karang Taruna Ani', 'Mbak Ani Wijaya', '0815-4444-5555');

    const replies = await bot.send('pdp-budi', '/datasaya');
    const text = allText(replies);
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('+6281322223333');
    expect(text).toContain('Arisan Melati Budi');
    expect(text).toContain('ketua');
    expect(text).toContain('Web chat');
    expect(text).not.toContain('pdp-budi'); // the account id is shown partly masked
    expect(text).toContain(`versi ${NOTICE_VERSION}`);
    expect(text).toContain('Kegiatan yang Anda laporkan: 0');
    expect(text).not.toContain('Ani');
    expect(text).not.toContain('+6281544445555');
    expect(replies.length).toBeGreaterThan(1);
    expect(buttonIds(replies)).toEqual(expect.arrayContaining(['privacy:erase', 'privacy:withdraw']));

    // The menu entry opens the same report; English words work as well.
    await bot.send('pdp-budi', 'menu');
    expect(allText(await bot.send('pdp-budi', { button: 'menu:mydata' }))).toContain('Budi Santoso');
    await bot.send('pdp-budi', 'menu');
    expect(allText(await bot.send('pdp-budi', 'my data'))).toContain('Arisan Melati Budi');
    await bot.send('pdp-budi', 'batal');

    // Asked for in words, the data itself is shown; a question about what is kept gets the FAQ's answer.
    for (const words of ['data saya dong', 'mana data saya']) {
      await bot.send('pdp-budi', 'menu');
      const asked = await bot.send('pdp-budi', words);
      expect(allText(asked)).toContain('Budi Santoso');
      expect(buttonIds(asked)).toContain('privacy:erase');
      await bot.send('pdp-budi', 'batal');
    }
    await bot.send('pdp-budi', 'menu');
    const question = await bot.send('pdp-budi', 'data apa saja yang disimpan?');
    expect(allText(question)).toContain('Yang disimpan');
    expect(allText(question)).not.toContain('Pak Budi Santoso');
    expect(buttonIds(question)).toContain('menu:mydata');
  });

  it('erases a person on request: no name or number, the group stays and counts, the chat starts afresh', async () => {
    const user = 'pdp-eraser';
    await register(user, 'Arisan Kenanga Hapus', 'Bu Rahayu Hapus', '0817-8888-9999');
    const personId = await personOf(user);
    const group = await prisma().group.findFirstOrThrow({ where: { name: 'Arisan Kenanga Hapus' } });
    const token = await prisma().$transaction((tx) => issueToken(tx, personId, { label: 'test', now: clock() }));
    await prisma().officer.create({ data: { personId, kind: 'psm', areas: { create: [{ codePrefix: group.villageCode }] } } });
    const before = await status('pdp-status-reader');

    const explain = await bot.send(user, '/hapusdata');
    expect(allText(explain)).toContain('tidak bisa dibatalkan');
    // It says all that goes and all that stays: the photos sent, the ketua's name and number
    // given for the groups, and the consent record kept as proof.
    expect(allText(explain)).toContain('foto kegiatan yang Anda kirim dihapus');
    expect(allText(explain)).toContain('tanpa nama dan nomor ketua yang Anda isi');
    expect(allText(explain)).toContain('Catatan persetujuan Anda');
    expect(buttonIds(explain)).toContain('erase:confirm');
    // Anything but the confirmation is not taken as one.
    expect(allText(await bot.send(user, 'ya'))).toContain('Yang saya perlukan');
    expect(await prisma().person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ anonymisedAt: null });
    const done = await bot.send(user, 'HAPUS');
    expect(allText(done)).toContain('sudah dihapus');

    const person = await prisma().person.findUniqueOrThrow({ where: { id: personId } });
    expect(person).toMatchObject({ displayName: null, phoneE164: null });
    expect(person.anonymisedAt).not.toBeNull();
    expect(await prisma().channelIdentity.count({ where: { personId } })).toBe(0);
    expect(await prisma().groupLeader.findUniqueOrThrow({ where: { groupId_personId: { groupId: group.id, personId } } })).toMatchObject({ status: 'active' });
    expect(await prisma().group.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({ active: true, name: 'Arisan Kenanga Hapus' });
    expect((await prisma().apiToken.findFirstOrThrow({ where: { personId } })).revokedAt).not.toBeNull();
    expect(token.token).toBeTruthy();
    expect(await prisma().officer.findUniqueOrThrow({ where: { personId } })).toMatchObject({ active: false });
    expect(await prisma().consent.findMany({ where: { personId } })).toEqual([expect.objectContaining({ externalId: '', withdrawnAt: expect.any(Date) })]);
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'person.erase', targetId: personId } });
    expect(audit).toMatchObject({ actorKind: 'person', actorId: personId, via: 'chat:webchat' });
    expect(JSON.stringify(audit.details)).not.toMatch(/Rahayu|8888|pdp-eraser/);
    expect(audit.details).toMatchObject({ identitiesUnlinked: 1, membershipsKept: 1, tokensRevoked: 1, officerDeactivated: true });

    // The group still counts for the desa's status.
    expect(await status('pdp-status-reader')).toBe(before);

    // Its co-leader sees the ketua gone, and how to name the next one (not "Ketua: - (-)").
    await bot.send('pdp-coleader', 'halo');
    const coleader = await personOf('pdp-coleader');
    await prisma().groupLeader.create({ data: { groupId: group.id, personId: coleader, role: 'coleader', status: 'active' } });
    await seedConsent(prisma(), [coleader], clock());
    const mine = allText(await bot.send('pdp-coleader', 'kelompok saya'));
    expect(mine).toContain('Ketua: belum ada — isi lewat ✏️ Ketua');
    await bot.send('pdp-coleader', 'menu');

    // The same chat is a stranger now: a new person with nothing, asked for consent again.
    const fresh = await bot.send(user, 'menu');
    expect(buttonIds(fresh)).not.toContain('menu:groups');
    expect(buttonIds(fresh)).not.toContain('menu:officer');
    const newPersonId = await personOf(user);
    expect(newPersonId).not.toBe(personId);
    const report = allText(await bot.send(user, 'data saya'));
    expect(report).not.toContain('Rahayu');
    expect(report).not.toContain('Arisan Kenanga Hapus');
    await bot.send(user, 'batal');
    expect(allText(await bot.send(user, 'daftar'))).toContain(NOTICE);
    await bot.send(user, 'batal');
  });

  it('opens the erasure for a request in other words, and not for deleting an activity or a group', async () => {
    const user = 'pdp-erase-words';
    await register(user, 'Arisan Kata Hapus', 'Bu Kata Hapus', '0817-1212-3434');
    const personId = await personOf(user);
    for (const words of ['tolong hapus data sy', 'hapus akun saya', 'tolong hapus nomor hp saya dari sistem']) {
      await bot.send(user, 'menu');
      const asked = await bot.send(user, words);
      expect(buttonIds(asked)).toContain('erase:confirm');
      expect(allText(asked)).toContain('tidak bisa dibatalkan');
    }
    // "Don't want it stored": what is held, with its choices.
    await bot.send(user, 'menu');
    const stored = await bot.send(user, 'sy gamau data sy disimpen');
    expect(allText(stored)).toContain('Data Anda yang tersimpan');
    expect(buttonIds(stored)).toContain('privacy:erase');
    // Deleting an activity or a group is Kegiatan saya's or Kelompok saya's business.
    await bot.send(user, 'menu');
    expect(buttonIds(await bot.send(user, 'hapus kegiatan'))).not.toContain('erase:confirm');
    await bot.send(user, 'menu');
    expect(buttonIds(await bot.send(user, 'hapus kelompok'))).not.toContain('erase:confirm');
    expect(await prisma().person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ anonymisedAt: null });

    await bot.send(user, 'menu');
    await bot.send(user, 'tolong hapus semua data saya');
    // The request said again at its confirmation confirms it (it used to start the erasure afresh, asking the same again).
    expect(allText(await bot.send(user, 'iya tolong hapus data saya'))).toContain('sudah dihapus');
    expect((await prisma().person.findUniqueOrThrow({ where: { id: personId } })).anonymisedAt).not.toBeNull();
  });

  it('corrects one\'s own name in Data saya, typed with the request or asked for, and audits it without the name', async () => {
    const user = 'pdp-rename';
    await register(user, 'Majelis Taklim Al Hidayah', 'bu hj. siti aminah', '0812-2734-5561');
    const personId = await personOf(user);
    const report = await bot.send(user, '/datasaya');
    expect(allText(report)).toContain('Nama: belum ada — bot tidak menyimpan nama Anda');
    expect(buttonIds(report)).toContain('privacy:name');

    const saved = await bot.send(user, 'nama saya salah, yg bener Bu Tutik Rahayu');
    expect(allText(saved)).toContain('Nama Anda sudah disimpan: Bu Tutik Rahayu');
    expect(allText(saved)).toContain('🔒 Data saya: pilih');
    expect(await prisma().person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ displayName: 'Bu Tutik Rahayu', phoneE164: null });
    // The group's ketua is the group's: unchanged.
    expect(await prisma().group.findFirstOrThrow({ where: { name: 'Majelis Taklim Al Hidayah' } })).toMatchObject({ ketuaName: 'Hj. Siti Aminah' });
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'person.correctName', actorId: personId } });
    expect(audit).toMatchObject({ actorKind: 'person', targetId: personId, via: 'chat:webchat' });
    expect(JSON.stringify(audit)).not.toContain('Tutik');

    // The button asks for the name; a phone typed with it is refused politely.
    expect(allText(await bot.send(user, { button: 'privacy:name' }))).toContain('Tulis nama Anda yang benar');
    expect(allText(await bot.send(user, 'Bu Tutik 0812-2734-5561'))).toContain('Tulis nama saja, tanpa nomor HP');
    // A change of mind is no name (was saved as "Gak Usah"): back to Data saya's choices.
    expect(allText(await bot.send(user, 'gak usah'))).toContain('🔒 Data saya: pilih');
    expect(allText(await bot.send(user, '/datasaya'))).toContain('Nama: Bu Tutik Rahayu');
    expect(allText(await bot.send(user, { button: 'privacy:name' }))).toContain('Tulis nama Anda yang benar');
    const done = await bot.send(user, 'Tutik Rahayu');
    expect(allText(done)).toContain('Nama Anda sudah disimpan: Tutik Rahayu');
    expect(buttonIds(done)).toContain('menu:mydata');
    expect(allText(await bot.send(user, '/datasaya'))).toContain('Nama: Tutik Rahayu');
    await bot.send(user, 'batal');
  });

  it('does not store a first name for someone who never agreed to the notice', async () => {
    const user = 'pdp-rename-no-consent';
    await bot.send(user, 'halo');
    const report = await bot.send(user, '/datasaya');
    expect(buttonIds(report)).not.toContain('privacy:name');
    expect(allText(report)).toContain('🔒 Data saya: bila ingin menghapus data Anda');
    expect(allText(await bot.send(user, 'ganti nama saya jadi Bu Tutik'))).toContain('setelah Anda menyetujui pemberitahuan data pribadi');
    expect(await prisma().person.findUniqueOrThrow({ where: { id: await personOf(user) } })).toMatchObject({ displayName: null });
    await bot.send(user, 'batal');
  });

  it('asks Data saya\'s choices again in words of their own after a status check typed there', async () => {
    const user = 'pdp-status-in-data';
    await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    await bot.send(user, 'batal');
    await bot.send(user, '/datasaya');
    let replies = await bot.send(user, 'cek status desa panggungharjo');
    for (let turn = 0; turn < 4 && !allText(replies).includes('🔒 Data saya'); turn++) {
      const ids = buttonIds(replies);
      replies = await bot.send(user, { button: ids.includes('village-exact:yes') ? 'village-exact:yes' : ids.includes('rw:whole') ? 'rw:whole' : ids[0]! });
    }
    const text = allText(replies);
    expect(text).toContain('Panggungharjo');
    expect(text).toContain('🔒 Data saya: pilih ✏️ Ubah nama saya, 🗑️ Hapus data saya, atau ✋ Tarik persetujuan');
    expect(text).not.toContain('menghapus data ini');
    expect(buttonIds(replies)).toEqual(expect.arrayContaining(['privacy:name', 'privacy:erase', 'privacy:withdraw']));
    await bot.send(user, 'batal');
  });

  it('erasing mid-registration ends the registration too: the ketua typed is neither shown again nor kept', async () => {
    const user = 'pdp-erase-mid-form';
    const summary = await registerUpToSummary(user, { name: 'Arisan Setengah Jalan', unit: 'RT 02 RW 05', members: '15', ketua: 'Bu Separuh 0819-7777-6666' });
    expect(buttonIds(summary)).toContain('save');

    await bot.send(user, '/hapusdata');
    const done = await bot.send(user, { button: 'erase:confirm' });
    expect(allText(done)).toContain('sudah dihapus');
    expect(allText(done)).toContain('ikut dihentikan');
    // The summary is not asked again, and what was typed is not kept in the conversation.
    expect(allText(done)).not.toContain('Bu Separuh');
    expect(buttonIds(done)).not.toContain('save');
    expect(await conversationStateOf(user)).not.toMatch(/Separuh|7777|Setengah/);

    // The next message starts afresh: no registration to continue, none offered.
    const next = await bot.send(user, 'halo');
    expect(allText(next)).not.toContain('Bu Separuh');
    expect(buttonIds(next)).not.toContain('cmd:resume');
    expect(await prisma().group.count({ where: { name: 'Arisan Setengah Jalan' } })).toBe(0);
  });

  it('withdrawing consent mid-registration ends the registration: nothing typed is saved afterwards', async () => {
    const user = 'pdp-withdraw-mid-form';
    const summary = await registerUpToSummary(user, { name: 'Arisan Urung Daftar', unit: 'RT 03 RW 05', members: '12', ketua: 'Bu Urung 0819-5555-4444' });
    expect(buttonIds(summary)).toContain('save');

    await bot.send(user, '/tarikpersetujuan');
    const done = await bot.send(user, { button: 'withdraw:confirm' });
    expect(allText(done)).toContain('sudah ditarik');
    expect(allText(done)).toContain('ikut dihentikan');
    expect(allText(done)).not.toContain('Bu Urung');
    expect(buttonIds(done)).not.toContain('save');
    expect(buttonIds(done)).not.toContain('cmd:resume');
    // An old "Simpan" pressed now saves nothing.
    await bot.send(user, { button: 'save' });
    expect(await prisma().group.count({ where: { name: 'Arisan Urung Daftar' } })).toBe(0);
    expect(await conversationStateOf(user)).not.toMatch(/Urung|5555/);
  });

  it('lists in /datasaya the confirmations a leader gave (who confirmed is stored)', async () => {
    await register('pdp-conf-a', 'Arisan Konfirmasi A', 'Bu Konfir', '0818-2222-0001');
    await register('pdp-conf-b', 'Arisan Konfirmasi B', 'Pak Konfir', '0818-2222-0002');
    const replies = await bot.send('pdp-conf-b', 'hubungan');
    await bot.send('pdp-conf-b', { button: buttonLabelled(replies, 'Arisan Konfirmasi A') });
    await bot.send('pdp-conf-b', { button: 'kind:shared_meetings' });
    await bot.send('pdp-conf-b', { button: 'save' });
    await bot.send('pdp-conf-a', 'menu');
    await bot.send('pdp-conf-a', { button: 'menu:inbox' });
    await bot.send('pdp-conf-a', { button: 'accept' });
    const report = allText(await bot.send('pdp-conf-a', '/datasaya'));
    expect(report).toContain('Konfirmasi yang Anda berikan untuk kelompok Anda: 0 keikutsertaan kegiatan, 1 hubungan antarkelompok');
    await bot.send('pdp-conf-a', 'batal');
  });

  it('lists in /datasaya the person\'s active dashboard tokens (made, last used) and how many actions the audit log holds under their name', async () => {
    const user = 'pdp-token';
    await register(user, 'Arisan Token Dasbor', 'Bu Token Lestari', '0818-4477-0001');
    // No token yet: none is said; the actions recorded (the consent given, at least) are counted.
    const before = allText(await bot.send(user, '/datasaya'));
    expect(before).not.toContain('Token dasbor');
    const personId = await personOf(user);
    const actions = await prisma().auditLog.count({ where: { actorId: personId } });
    expect(actions).toBeGreaterThan(0);
    expect(before).toContain(`Tindakan Anda yang tercatat di log audit: ${actions}`);
    await bot.send(user, 'batal');

    const now = clock();
    const used = await prisma().$transaction((tx) => issueToken(tx, personId, { label: 'laptop', now }));
    await prisma().apiToken.update({ where: { id: used.id }, data: { lastUsedAt: new Date(now.getTime() + 86_400_000) } });
    await prisma().$transaction((tx) => issueToken(tx, personId, { now }));
    // Neither a revoked token nor an expired one opens the dashboard: not listed.
    const revoked = await prisma().$transaction((tx) => issueToken(tx, personId, { now }));
    await prisma().apiToken.update({ where: { id: revoked.id }, data: { revokedAt: now } });
    await prisma().$transaction((tx) => issueToken(tx, personId, { now: new Date(now.getTime() - 10 * 86_400_000), ttlMs: 86_400_000 }));

    const report = allText(await bot.send(user, '/datasaya'));
    expect(report).toContain('Token dasbor Anda yang aktif: 2');
    expect(report).toContain('• dibuat 20 November 2026, terakhir dipakai 21 November 2026');
    expect(report).toContain('• dibuat 20 November 2026, belum pernah dipakai');
    await bot.send(user, 'batal');
  });

  it('lists in /datasaya the activity photos a leader sent (and how many keep their place) and the desa of their last status check', async () => {
    const user = 'pdp-foto';
    await register(user, 'Arisan Foto Bukti', 'Bu Foto Lestari', '0818-3333-0001');
    // Nothing of either yet: neither is said.
    const before = allText(await bot.send(user, '/datasaya'));
    expect(before).not.toContain('Foto kegiatan');
    expect(before).not.toContain('terakhir yang Anda cek');
    await bot.send(user, 'batal');

    expect(await status(user)).toContain('Panggungharjo');
    await bot.send(user, 'menu');
    await bot.send(user, 'catat kegiatan');
    await bot.send(user, 'kemarin');
    await bot.send(user, { button: 'category:kerja_bakti' });
    let replies = await bot.send(user, 'kerja bakti bersih selokan RT 2');
    if (buttonIds(replies).includes('partners:done')) replies = await bot.send(user, { button: 'partners:done' });
    replies = await bot.send(user, { button: 'pmks:done' });
    expect(buttonIds(replies)).toContain('photo:location');
    await bot.send(user, { button: 'photo:location' });
    const upload = await bot.bot.app.inject({
      method: 'POST',
      url: `/webchat/photos?userId=${encodeURIComponent(await bot.users.userId(user))}`,
      headers: { 'content-type': 'image/jpeg' },
      payload: await jpegWithGps(64, 48),
    });
    expect(upload.statusCode, upload.body).toBe(200);
    expect(allText(await bot.send(user, { button: 'save' }))).toContain('Kegiatan sudah dicatat');

    const report = allText(await bot.send(user, '/datasaya'));
    expect(report).toContain('Foto kegiatan yang Anda kirim: 1 (1 dengan lokasi pengambilan foto)');
    expect(report).toContain('Desa/kelurahan terakhir yang Anda cek statusnya, disimpan agar ditawarkan lagi: Desa Panggungharjo (Kec. Sewon)');
    await bot.send(user, 'batal');
  });

  it('lists in /datasaya the groups others registered with the person\'s number as their ketua\'s', async () => {
    // A secretary registers the group for its ketua, who later registers a group of her own.
    await register('pdp-sekretaris', 'Arisan Dicatat Sekretaris', 'Bu Wening Dicatat', '0818-4444-0001');
    await register('pdp-wening', 'Arisan Milik Wening', 'saya sendiri, Bu Wening Dicatat', '0818-4444-0001');
    const report = allText(await bot.send('pdp-wening', '/datasaya'));
    expect(report).toContain('Nomor HP: +6281844440001');
    expect(report).toMatch(/Kelompok yang didaftarkan orang lain dengan nomor Anda sebagai nomor ketua:\n• Arisan Dicatat Sekretaris \(Panggungharjo\)/);
    await bot.send('pdp-wening', 'batal');
    // The secretary's own report shows the group as theirs to run, and nothing of this kind.
    expect(allText(await bot.send('pdp-sekretaris', '/datasaya'))).not.toContain('dengan nomor Anda sebagai nomor ketua');
    await bot.send('pdp-sekretaris', 'batal');
  });

  it('erasing a person leaves a namesake\'s entry as ketua alone: same name, a number of her own', async () => {
    await register('pdp-siti-satu', 'Arisan Siti Satu', 'saya sendiri, Bu Siti Namasama', '0818-6666-0001');
    // Another registrant's group, chaired by another woman of the same name, with her own number.
    await register('pdp-sek-dua', 'Arisan Siti Dua', 'Siti Namasama', '0818-6666-0002');
    await bot.send('pdp-siti-satu', '/hapusdata');
    expect(allText(await bot.send('pdp-siti-satu', 'HAPUS'))).toContain('sudah dihapus');

    expect(await prisma().group.findFirstOrThrow({ where: { name: 'Arisan Siti Satu' } })).toMatchObject({ ketuaName: null, ketuaPhone: null });
    expect(await prisma().group.findFirstOrThrow({ where: { name: 'Arisan Siti Dua' } })).toMatchObject({ ketuaName: 'Siti Namasama', ketuaPhone: '+6281866660002' });
  });

  it('stops notices to a leader who withdrew consent, and asks for consent again before collecting', async () => {
    await register('pdp-wd-a', 'Arisan Tarik A', 'Bu Tarik', '0818-1111-0001');
    await register('pdp-wd-b', 'Arisan Tarik B', 'Pak Bisa', '0818-1111-0002');
    const a = await personOf('pdp-wd-a');
    const notices = () => prisma().alert.count({ where: { personId: a, officerId: null } });

    async function relate(kindButton: string) {
      let replies = await bot.send('pdp-wd-b', 'hubungan');
      replies = await bot.send('pdp-wd-b', { button: buttonLabelled(replies, 'Arisan Tarik A') });
      replies = await bot.send('pdp-wd-b', { button: kindButton });
      replies = await bot.send('pdp-wd-b', { button: 'save' });
      expect(allText(replies)).toContain('Hubungan dicatat');
    }

    // A may already hold #12's link hint for a new group (other tests' groups share the desa);
    // the relation adds exactly one notice on top of what is there.
    const before = await notices();
    await relate('kind:shared_meetings');
    expect(await notices()).toBe(before + 1);

    const explain = await bot.send('pdp-wd-a', '/tarikpersetujuan');
    expect(buttonIds(explain)).toContain('withdraw:confirm');
    // The request said again in words at its confirmation confirms it.
    expect(allText(await bot.send('pdp-wd-a', 'ya cabut persetujuan saya'))).toContain('sudah ditarik');
    expect(await prisma().consent.findFirstOrThrow({ where: { personId: a } })).toMatchObject({ withdrawnAt: expect.any(Date) });
    expect(await prisma().auditLog.count({ where: { action: 'consent.withdraw', actorId: a } })).toBe(1);
    // The notice not sent yet is dropped, and no new one is written.
    expect(await notices()).toBe(0);
    await relate('kind:shared_fund');
    expect(await notices()).toBe(0);

    // Replies to their own messages go on: the inbox shows both requests.
    const menu = await bot.send('pdp-wd-a', 'menu');
    expect(buttonIds(menu)).toContain('menu:inbox');
    // Collecting anything new asks for consent again: logging, changing the group, answering a request.
    expect(allText(await bot.send('pdp-wd-a', 'catat kegiatan'))).toContain(NOTICE);
    await bot.send('pdp-wd-a', 'batal');
    expect(allText(await bot.send('pdp-wd-a', 'kelompok saya'))).toContain(NOTICE);
    await bot.send('pdp-wd-a', 'batal');
    expect(allText(await bot.send('pdp-wd-a', { button: 'menu:inbox' }))).toContain(NOTICE);
    await bot.send('pdp-wd-a', 'batal');
    // Data saya no longer offers withdrawal, only deletion.
    const report = await bot.send('pdp-wd-a', 'datasaya');
    expect(allText(report)).toContain('ditarik');
    expect(buttonIds(report)).not.toContain('privacy:withdraw');
    await bot.send('pdp-wd-a', 'batal');
  });
});
