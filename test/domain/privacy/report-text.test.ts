/**
 * /datasaya as text: a group registered for someone else's ketua says what the person is to
 * it (not "ketua" followed by nothing), and a name or number not stored is said plainly.
 */
import { describe, expect, it } from 'vitest';
import type { PersonDataReport, ReportGroup } from '../../../src/domain/model/privacy.js';
import { activeTokensText } from '../../../src/domain/model/sign-in-tokens.js';
import { reportMessages } from '../../../src/domain/privacy/report-text.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
const AT = new Date('2026-11-20T03:00:00Z');

const group = (fields: Partial<ReportGroup> = {}): ReportGroup => ({
  name: 'Majelis Taklim Al Hidayah', villageName: 'Sidomulyo', role: 'leader', membership: 'active', groupActive: true,
  ketuaName: 'bu hj. siti aminah', ketuaPhone: '+6281227345561', ...fields,
});

const report = (fields: Partial<PersonDataReport> = {}): PersonDataReport => ({
  displayName: null, phoneE164: null, locale: 'id', createdAt: AT, identities: [], groups: [group()], activityCount: 0, latestActivities: [],
  relationCount: 0, relations: [], confirmed: { activities: 0, relations: 0 }, consents: [], officer: null, pendingMessages: 0,
  photos: { count: 0, withLocation: 0 }, lastVillage: null, ketuaOf: [], tokens: [], auditActions: 0, ...fields,
});

function text(data: PersonDataReport, locale = 'id'): string {
  return renderer.render(reportMessages(data), locale).map((message) => message.text).join('\n');
}

describe('the data report', () => {
  it('names the registrant of a group whose ketua is someone else as such, with nothing dangling', () => {
    const shown = text(report());
    expect(shown).toContain('• Majelis Taklim Al Hidayah (Sidomulyo) — Anda yang mendaftarkan dan mengurusnya di bot\n  Ketua: bu hj. siti aminah (+6281227345561)');
    expect(shown).toContain('adalah data kelompok, bukan nama dan nomor Anda');
    expect(shown).not.toMatch(/ \n| $/m);
    expect(shown).toContain('Nama: belum ada — bot tidak menyimpan nama Anda');
    expect(shown).toContain('Nomor HP: belum ada — bot tidak menyimpan nomor HP Anda');
    expect(shown).not.toContain('Nama: tidak ada');
    expect(text(report(), 'en')).toContain('— you registered it and run it in the bot\n  Chair: bu hj. siti aminah');
  });

  it('calls the person ketua when the group\'s ketua is them, by name or by phone', () => {
    expect(text(report({ displayName: 'Bu Hj Siti Aminah' }))).toContain('(Sidomulyo) — ketua\n');
    expect(text(report({ phoneE164: '+6281227345561' }))).toContain('(Sidomulyo) — ketua\n');
    expect(text(report({ displayName: 'Bu Hj Siti Aminah' }))).not.toContain('data kelompok, bukan');
  });

  it('keeps a status after the role, and none when there is none', () => {
    expect(text(report({ groups: [group({ groupActive: false })] }))).toContain('— Anda yang mendaftarkan dan mengurusnya di bot (kelompok tidak aktif)');
    expect(text(report({ groups: [group({ role: 'coleader', membership: 'pending', ketuaName: null, ketuaPhone: null })] }))).toMatch(/— meminta menjadi pengurus bersama \(permintaan menunggu\)$/m);
    expect(text(report({ groups: [group({ role: 'coleader' })] }))).toMatch(/— wakil\/pengurus bersama\n/);
  });

  it('lists the dashboard tokens in force only when there is one, and always the actions in the audit log, in both languages', () => {
    expect(text(report())).not.toContain('Token dasbor');
    expect(text(report({ auditActions: 3 }))).toContain('Tindakan Anda yang tercatat di log audit: 3');
    const tokens = [{ createdAt: AT, lastUsedAt: null }];
    expect(text(report({ tokens }))).toContain('Token dasbor Anda yang aktif: 1\n• dibuat 20 November 2026, belum pernah dipakai');
    expect(text(report({ tokens, auditActions: 2 }), 'en')).toMatch(/Your active dashboard tokens: 1\n• made 20 November 2026, never used yet[\s\S]*Actions of yours recorded in the audit log: 2/);
  });

  it('lists at most 20 tokens, the rest counted, in Data saya and at the officer panel alike', () => {
    const tokens = Array.from({ length: 23 }, (_, i) => ({ createdAt: new Date(AT.getTime() + i * 86_400_000), lastUsedAt: i % 2 === 0 ? AT : null }));
    const shown = text(report({ tokens }));
    expect(shown).toContain('Token dasbor Anda yang aktif: 23\n• dibuat 20 November 2026, terakhir dipakai 20 November 2026\n• dibuat 21 November 2026, belum pernah dipakai');
    expect(shown.match(/^• dibuat /gm)).toHaveLength(20);
    expect(shown).toContain('• dibuat 9 Desember 2026, belum pernah dipakai\n• … dan 3 lagi');
    expect(shown).not.toContain('10 Desember 2026');
    // The panel's answer to "token dasbor saya" is the same text.
    const panel = renderer.render([{ body: [activeTokensText(tokens)] }], 'en')[0]!.text;
    expect(panel.match(/^• made /gm)).toHaveLength(20);
    expect(panel).toMatch(/• … and 3 more$/);
  });
});
