/** The follow-up buttons under FAQ answers: each offers where the answer points. */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/domain/faq/answers.js';
import { menuEntryIdOfButton } from '../../../src/core/menu.js';

const entries = (topic: Parameters<typeof answerMessage>[0]) => (answerMessage(topic).buttons ?? []).map((button) => menuEntryIdOfButton(button.id)).filter((id) => id !== null);

describe('answerMessage', () => {
  it('offers 🔒 Data saya under the privacy answer ("bisa hapus data saya?"), where the rights it names are used', () => {
    expect(entries('privacy')).toContain('mydata');
  });

  it('offers it under no other answer', () => {
    expect(entries('how_to_register')).toEqual(['register']);
    expect(entries('definition')).toEqual([]);
  });
});
