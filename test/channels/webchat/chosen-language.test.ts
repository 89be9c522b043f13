/**
 * The web chat API names the language the person chose in the chat (`locale`), so the page
 * shows its own words (the text box, "Kirim", its errors) in it: absent before any choice,
 * "en" once English is chosen, also on later answers and on a photo's.
 */
import { describe, expect, it } from 'vitest';
import { useTestBot } from '../../support/use-test-bot.js';

interface Answer {
  replies: Array<{ text: string; buttons?: Array<{ id: string; label: string }> }>;
  locale?: string;
}

describe('the language the person chose, in the web chat API', () => {
  const bot = useTestBot('postgres');

  async function post(userId: string, body: { text?: string; buttonId?: string }): Promise<Answer> {
    const response = await bot.bot.app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId, ...body } });
    expect(response.statusCode).toBe(200);
    return response.json<Answer>();
  }

  it('is absent until the person chooses one, then given with every answer', async () => {
    const userId = await bot.users.userId('sari');
    const first = await post(userId, { text: 'halo' });
    expect(first.locale).toBeUndefined();
    const asked = await post(userId, { text: 'bahasa' });
    expect(asked.locale).toBeUndefined();
    const english = asked.replies.flatMap((reply) => reply.buttons ?? []).find((button) => button.label.includes('English'));
    expect(english).toBeDefined();
    const chosen = await post(userId, { buttonId: english!.id });
    expect(chosen.locale).toBe('en');
    expect(chosen.replies[0]!.text).toContain('English');
    expect((await post(userId, { text: 'menu' })).locale).toBe('en');
  });
});
