/**
 * Six residents walking the web chat in their own words: at the status check's desa question,
 * whom to consult is answered and that question asked again (was "Sepertinya itu pertanyaan…"),
 * and thanks for the explanation end it (was searched as a desa); after an answer, Sundanese
 * "maksadna kumaha?" says it more simply (was the levels), and how WKSBM differs from a kelompok
 * tani is answered (was the list of member groups).
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

const DESA_ASKED = 'Desa/kelurahan mana yang ingin dicek?';

describeEachDatabase('residents walking the chat', (kind) => {
  const bot = useTestBot(kind);

  it('answers whom to consult at the desa question, then asks the desa again', async () => {
    const user = 'walk-consult';
    expect(allText(await bot.send(user, 'Apakah desa kami sudah termasuk WKSBM?'))).toContain(DESA_ASKED);
    const reply = allText(await bot.send(user, 'Kepada siapa saya dapat berkonsultasi?'));
    expect(reply).toContain('Bot ini tidak memuat nomor petugas');
    expect(reply).not.toContain('Sepertinya itu pertanyaan');
  });

  it.each([
    // At the desa question (was searched as a desa).
    ['desa saya udah wksbm belum?', 'Terima kasih atas penjelasannya'],
    // At the list of desa found (was searched as a desa).
    ['desa gw sidomulyo udh blm?', 'ywdh mksh min'],
  ])('after "%s", takes "%s" as thanks, not a desa', async (asked, thanks) => {
    const user = `walk-thanks-${thanks}`;
    await bot.send(user, asked);
    const reply = allText(await bot.send(user, thanks));
    expect(reply).toContain('Sama-sama');
    expect(reply).not.toContain('tidak ditemukan');
  });

  it('says the definition more simply to "maksadna kumaha?" (was the levels)', async () => {
    const user = 'walk-sunda';
    await bot.send(user, 'WKSBM teh naon?');
    const reply = allText(await bot.send(user, 'maksadna kumaha?'));
    expect(reply).toContain('Singkatnya: WKSBM itu kerja sama kelompok-kelompok warga');
    expect(reply).not.toContain('Tingkat sebuah desa/kelurahan');
  });

  it('answers how WKSBM differs from a kelompok tani, in Sundanese and English', async () => {
    expect(allText(await bot.send('walk-vs-su', 'bedana WKSBM sareng kelompok tani naon?'))).toContain('WKSBM bukan kelompok baru');
    expect(allText(await bot.send('walk-vs-en', 'what is the difference between wksbm and a farmers group?'))).toContain('A WKSBM is not a new group');
  });

  it('answers "gw msh sekolah bs ikutan ga" with how a resident takes part, and krama "tuladhanipun menapa?" with examples', async () => {
    expect(allText(await bot.send('walk-pupil', 'gw msh sekolah bs ikutan ga'))).toContain('Anggota WKSBM adalah kelompok, bukan perorangan');
    expect(allText(await bot.send('walk-krama', 'tuladhanipun menapa?'))).toContain('Contoh kegiatan sosial');
  });

  it('looks up the desa of "desa sidomulyo udah blm ya?", WKSBM unsaid (was "belum paham")', async () => {
    const reply = allText(await bot.send('walk-desa-unsaid', 'desa sidomulyo udah blm ya?'));
    expect(reply).toContain('Sidomulyo');
    expect(reply).not.toContain('belum paham');
  });
});
