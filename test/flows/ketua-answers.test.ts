/**
 * A leader's answers about the ketua, understood as a person means them (web chat): "saya
 * sendiri" at registration asks the person's own name (and next time uses it, saying so, and
 * offers their number); "sama kyk td" at ✏️ Ketua in Kelompok saya changes nothing, and says so.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, type Reply } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';
import { describeEachDatabase } from '../support/databases.js';

describeEachDatabase('the ketua as people answer about them (web chat)', (kind) => {
  const bot = useTestBot(kind);

  /** Registers up to the ketua question: returns its replies. */
  async function upToTheKetua(user: string, name: string, first: boolean): Promise<Reply[]> {
    if (first) {
      await bot.send(user, 'daftar');
      await bot.send(user, { button: 'consent:agree' });
      await bot.send(user, 'Panggungharjo');
      await bot.send(user, { button: 'village-exact:yes' });
    } else {
      await bot.send(user, 'daftar');
      await bot.send(user, { button: 'village:34.02.15.2004' });
    }
    await bot.send(user, name);
    await bot.send(user, 'RT 02 RW 05');
    const ketua = await bot.send(user, '25');
    expect(allText(ketua)).toContain('Siapa ketua kelompok ini?');
    return ketua;
  }

  const personOf = async (user: string) => {
    const prisma = bot.bot.database.prisma;
    const { personId } = await prisma.channelIdentity.findFirstOrThrow({ where: { externalId: await bot.users.externalId(user) } });
    return prisma.person.findUniqueOrThrow({ where: { id: personId } });
  };

  it('asks the person\'s own name at "saya sendiri" instead of taking it as the ketua\'s name, then their phone', async () => {
    const user = 'ketua-self';
    await upToTheKetua(user, 'Arisan Mawar Glugo', true);
    const asked = allText(await bot.send(user, 'saya sendiri'));
    expect(asked).toContain('Anda sendiri ketuanya. Siapa nama Anda?');
    expect(asked).not.toContain('saya sendiri');
    // "saya" once more is still no name.
    expect(allText(await bot.send(user, 'saya'))).toContain('Mohon tulis nama Anda sendiri');
    const phone = await bot.send(user, 'Bayu Pratama');
    expect(allText(phone)).toContain('Berapa nomor HP Anda?');
    // Web chat gives no number of its own: none is offered.
    expect(buttonIds(phone)).not.toContain('phone:mine');
    expect(allText(await bot.send(user, '0812 3456 7890'))).toContain('• Ketua: Bayu Pratama (+6281234567890)');
    expect(allText(await bot.send(user, { button: 'save' }))).toContain('sudah terdaftar');
    const group = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Arisan Mawar Glugo' } });
    expect(group).toMatchObject({ ketuaName: 'Bayu Pratama', ketuaPhone: '+6281234567890' });
    // Kept as the person's own name and number (their /datasaya shows them), for next time.
    expect(await personOf(user)).toMatchObject({ displayName: 'Bayu Pratama', phoneE164: '+6281234567890' });
  });

  it('uses the name it knows at "aku ketuanya", says so, and offers the number on record', async () => {
    const user = 'ketua-self';
    await upToTheKetua(user, 'Posyandu Kenanga Glugo', false);
    const replies = await bot.send(user, 'aku ketuanya');
    expect(allText(replies)).toContain('ketuanya Anda sendiri: Bayu Pratama (nama Anda yang sudah tercatat)');
    expect(allText(replies)).toContain('Berapa nomor HP Anda?');
    expect(buttonIds(replies)).toContain('phone:mine');
    expect(allText(await bot.send(user, { button: 'phone:mine' }))).toContain('• Ketua: Bayu Pratama (+6281234567890)');
    // Changing the ketua from the summary, "tetap" keeps it: said so, and the summary again.
    await bot.send(user, { button: 'change' });
    await bot.send(user, { button: 'edit:ketuaName' });
    const kept = allText(await bot.send(user, 'tetap'));
    expect(kept).toContain('Nama ketua tetap seperti sebelumnya');
    expect(kept).toContain('• Ketua: Bayu Pratama (+6281234567890)');
    await bot.send(user, 'batal');
  });

  it('keeps the ketua at "sama kyk td" in Kelompok saya, saying it stays, and stores nothing', async () => {
    const user = 'ketua-self';
    // Their one group (the second registration was cancelled) opens at once.
    expect(buttonIds(await bot.send(user, 'kelompok saya'))).toContain('edit:ketuaName');
    await bot.send(user, { button: 'edit:ketuaName' });
    const kept = allText(await bot.send(user, 'sama kyk td'));
    expect(kept).toContain('Nama ketua tetap seperti sebelumnya; tidak ada yang diubah.');
    expect(kept).not.toContain('Sudah diperbarui');
    expect(kept).not.toContain('memverifikasi kelompok ini lagi');
    expect(kept).toContain('Ketua: Bayu Pratama');
    const group = await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Arisan Mawar Glugo' } });
    expect(group).toMatchObject({ ketuaName: 'Bayu Pratama', ketuaPhone: '+6281234567890' });
    // A new ketua's phone answered "tetap": the number on record stays, with the new name.
    await bot.send(user, { button: 'edit:ketuaName' });
    expect(allText(await bot.send(user, 'a.n. Bu Euis'))).toContain('Berapa nomor HP Euis?');
    expect(allText(await bot.send(user, 'tetap'))).toContain('Ketua: Euis (+6281234567890)');
    await bot.send(user, 'menu');
  });

  it('takes "saya sendiri" at ✏️ Ketua as the person themself: the name it knows, said back, or theirs asked', async () => {
    const user = 'ketua-self';
    await bot.send(user, 'kelompok saya');
    await bot.send(user, { button: 'edit:ketuaName' });
    const known = allText(await bot.send(user, 'saya sendiri'));
    expect(known).toContain('Ketua yang baru: Anda sendiri, Bayu Pratama');
    // Their own number is asked, as theirs, not by their name (was "Berapa nomor HP Bayu Pratama?");
    // the number on record (Bu Euis kept it) is theirs too: one tap keeps it.
    expect(known).toContain('Berapa nomor HP Anda?');
    expect(known).not.toContain('Berapa nomor HP Bayu Pratama?');
    expect(allText(await bot.send(user, { button: 'phone:keep' }))).toContain('Ketua: Bayu Pratama (+6281234567890)');
    await bot.send(user, 'menu');

    // Someone whose name the bot does not know is asked it, and it is kept as theirs.
    const other = 'ketua-unknown';
    await upToTheKetua(other, 'Arisan Melati Glugo', true);
    await bot.send(other, 'Pak Slamet 0813 9000 1122');
    await bot.send(other, { button: 'save' });
    await bot.send(other, 'kelompok saya');
    await bot.send(other, { button: 'edit:ketuaName' });
    expect(allText(await bot.send(other, 'aku ketuanya sekarang'))).toContain('Siapa nama Anda?');
    expect(allText(await bot.send(other, 'Rudi Hartono'))).toContain('Berapa nomor HP Anda?');
    expect(allText(await bot.send(other, '0813 2222 3333'))).toContain('Ketua: Rudi Hartono (+6281322223333)');
    expect(await personOf(other)).toMatchObject({ displayName: 'Rudi Hartono' });
    await bot.send(other, 'menu');
  });

  // At the menu, "ganti ketua jadi saya sendiri" made a new ketua named "Saya Sendiri" ("Berapa nomor HP Saya Sendiri?").
  it('takes "ganti ketua jadi saya sendiri" at the menu as the person themself, as ✏️ Ketua does', async () => {
    const other = 'ketua-unknown';
    await bot.send(other, 'ganti ketua jadi pak Slamet 0813 9000 1122');
    await bot.send(other, 'menu');
    const known = allText(await bot.send(other, 'ganti ketua jadi saya sendiri'));
    expect(known).toContain('Ketua yang baru: Anda sendiri, Rudi Hartono');
    expect(known).not.toContain('Saya Sendiri');
    expect(allText(await bot.send(other, '0813 2222 3333'))).toContain('Ketua: Rudi Hartono (+6281322223333)');
    await bot.send(other, 'menu');

    // Someone whose name the bot does not know is asked it.
    const unknown = 'ketua-unknown-menu';
    await upToTheKetua(unknown, 'Arisan Kenanga Glugo', true);
    await bot.send(unknown, 'Pak Slamet 0813 9000 1122');
    await bot.send(unknown, { button: 'save' });
    const asked = allText(await bot.send(unknown, 'ganti ketua jadi saya sendiri'));
    expect(asked).toContain('Siapa nama Anda?');
    expect(asked).not.toContain('Saya Sendiri');
    expect(allText(await bot.send(unknown, 'Dewi Lestari'))).toContain('Berapa nomor HP Anda?');
    expect(allText(await bot.send(unknown, '0813 4444 5555'))).toContain('Ketua: Dewi Lestari (+6281344445555)');
    expect(await personOf(unknown)).toMatchObject({ displayName: 'Dewi Lestari' });
  });

  it('leaves the role out of a name: "saya bu ani, kader posyandu" joining as co-leader, or as the ketua, is "Ani" (the "bu" is no part of a name; a name typed in lower case gets its capitals)', async () => {
    // Registering a group that exists: joining it as co-leader, the role said with the name left out.
    const user = 'coleader-ani';
    await bot.send(user, 'daftar');
    await bot.send(user, { button: 'consent:agree' });
    await bot.send(user, 'Panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    expect(buttonIds(await bot.send(user, 'Arisan Mawar Glugo'))).toContain('join');
    expect(allText(await bot.send(user, { button: 'join' }))).toContain('tahu siapa yang meminta');
    expect(allText(await bot.send(user, 'saya bu ani, kader posyandu 0812 5555 6666'))).toContain('Permintaan bergabung ke "Arisan Mawar Glugo" sudah dikirim');
    expect(await personOf(user)).toMatchObject({ displayName: 'Ani', phoneE164: '+6281255556666' });
    // The ketua asked to approve sees the name alone.
    const inbox = allText(await bot.send('ketua-self', 'konfirmasi'));
    expect(inbox).toContain('Ani');
    expect(inbox).not.toContain('Bu Ani');
    expect(inbox).not.toContain('kader posyandu');
    await bot.send('ketua-self', 'menu');

    // As the ketua of a group of her own: "saya …" is her, by that name.
    const village = await bot.send(user, 'daftar');
    if (buttonIds(village).includes('village:34.02.15.2004')) await bot.send(user, { button: 'village:34.02.15.2004' });
    else {
      await bot.send(user, 'Panggungharjo');
      await bot.send(user, { button: 'village-exact:yes' });
    }
    await bot.send(user, 'Posyandu Anggrek Glugo');
    await bot.send(user, 'RT 02 RW 05');
    expect(allText(await bot.send(user, '25'))).toContain('Siapa ketua kelompok ini?');
    const asked = allText(await bot.send(user, 'saya bu ani, kader posyandu'));
    expect(asked).toContain('Berapa nomor HP Anda?');
    const summary = allText(await bot.send(user, '0812 5555 6666'));
    expect(summary).toContain('• Ketua: Ani (+6281255556666)');
    expect(summary).not.toContain('kader posyandu');
    await bot.send(user, 'batal');
  });

  it('reads a name typed with the number at the ketua\'s phone question: a fuller name is the ketua\'s (said back), the same name changes nothing, another person\'s is asked about', async () => {
    /** A registration of its own for `user` up to the summary: the ketua given, then the number typed; the replies to it. */
    const typedAtPhone = async (user: string, ketua: string, phone: string): Promise<string> => {
      await upToTheKetua(user, 'Arisan Dahlia Glugo', true);
      expect(allText(await bot.send(user, ketua))).toContain('Berapa nomor HP');
      return allText(await bot.send(user, phone));
    };
    // "Bu Sri", then "Sri Wahyuni 0812…": the ketua's name corrected, said so, and on the summary.
    const corrected = await typedAtPhone('ketua-phone-fuller', 'bu sri', 'Sri Wahyuni 081234567890');
    expect(corrected).toContain('Nama ketua saya catat: Sri Wahyuni');
    expect(corrected).toContain('• Ketua: Sri Wahyuni (+6281234567890)');

    // "Sri Wahyuni", then "bu sri 0812 3456 7890": the same person; the number, nothing more.
    const kept = await typedAtPhone('ketua-phone-same', 'Sri Wahyuni', 'bu sri 0812 3456 7890');
    expect(kept).not.toContain('Nama ketua saya catat');
    expect(kept).toContain('• Ketua: Sri Wahyuni (+6281234567890)');

    // "Bu Sri Wahyuni", then "Sri Wahyuningsih 0812…": her name written out longer, not another person (was asked "bukan Bu Sri Wahyuni?").
    const longer = await typedAtPhone('ketua-phone-longer', 'Bu Sri Wahyuni', 'Sri Wahyuningsih 0812 3456 7890');
    expect(longer).not.toContain('bukan Bu Sri Wahyuni?');
    expect(longer).toContain('Nama ketua saya catat: Sri Wahyuningsih');
    expect(longer).toContain('• Ketua: Sri Wahyuningsih (+6281234567890)');

    // "Bu Marni", then "oh iya nomer hp bu marni 0878…": the words before the label are no name (the ketua became "Oh Iya Nomer Hp Bu Marni").
    const filler = await typedAtPhone('ketua-phone-filler', 'Bu Marni', 'oh iya nomer hp bu marni 0878-1234-5566');
    expect(filler).not.toContain('Nama ketua saya catat');
    expect(filler).toContain('• Ketua: Marni (+6287812345566)');

    // "Pak Budi Santoso", then "Sri Wahyuni 0812…": someone else's name, asked whether she chairs it; "ya": she does.
    const other = 'ketua-phone-other';
    const asked = await typedAtPhone(other, 'Pak Budi Santoso', 'Sri Wahyuni 0812 3456 7890');
    expect(asked).toContain('Ketuanya Sri Wahyuni, bukan Budi Santoso?');
    expect(asked).not.toContain('• Ketua:');
    expect(allText(await bot.send(other, 'ya'))).toContain('• Ketua: Sri Wahyuni (+6281234567890)');

    // "Bukan": the ketua stays, and their own number is asked (the one typed was Sri's).
    const notHer = 'ketua-phone-not-her';
    await typedAtPhone(notHer, 'Pak Budi Santoso', 'Sri Wahyuni 0812 3456 7890');
    expect(allText(await bot.send(notHer, { button: 'ketuaPhone:keep' }))).toContain('Berapa nomor HP Budi Santoso?');
    expect(allText(await bot.send(notHer, '0813 1111 2222'))).toContain('• Ketua: Budi Santoso (+6281311112222)');
  });

  it('asks again for a number cut short after the ketua\'s name instead of keeping it in the name ("Joko 0812")', async () => {
    const user = 'ketua-short-number';
    await upToTheKetua(user, 'Arisan Cempaka Jotawang', true);
    const short = allText(await bot.send(user, 'Pak Joko 0812'));
    expect(short).toContain('bukan nomor HP yang lengkap');
    expect(short).not.toContain('Joko 0812');
    expect(allText(await bot.send(user, 'Pak Joko 0812 3456 7891'))).toContain('• Ketua: Joko (+6281234567891)');
  });
});
