/**
 * "gmn cara hapus kelompok", "hapus kelompok", "delete my group" through the web chat: how a
 * group is ended (deactivated in 👥 Kelompok saya, kept when one's own data is erased), not the
 * privacy answer, and not "only for leaders" to someone who leads no group.
 */
import { describe, expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

const ANSWER_ID = 'lalu ⛔ Nonaktifkan';
const KEPT_ID = 'kelompok yang Anda daftarkan tetap ada';

describe('a group deleted or ended, asked at the menu [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each(['gmn cara hapus kelompok', 'hapus kelompok', 'bubarin grup', 'kelompok kami udah bubar gimana', 'kelompok kami sudah bubar, tolong dihapus'])(
    'answers "%s" with how a group is deactivated and that erasing one\'s data keeps it',
    async (typed) => {
      const text = allText(await bot.send(`end-${typed}`, typed));
      expect(text).toContain(ANSWER_ID);
      expect(text).toContain(KEPT_ID);
      expect(text).not.toContain('ada untuk pengurus kelompok');
    },
  );

  it('answers "delete my group" in English', async () => {
    const text = allText(await bot.send('end-en', 'delete my group'));
    expect(text).toContain('then ⛔ Deactivate');
    expect(text).toContain('the groups you registered stay');
  });
});
