/** Questions typed at the consent notice: the notice put plainly, or what the data is for. */
import { describe, expect, it } from 'vitest';
import { consentQuestion } from '../../../src/domain/privacy/consent-questions.js';

describe('questions at the consent notice', () => {
  it.each(['apa maksudnya?', 'maksudnya gimana', 'Maksudnya apa ya min?', 'terus maksudnya apa', 'saya bingung', 'ga ngerti', 'what does this mean?'])(
    '%s asks for the notice in plain words',
    (text) => {
      expect(consentQuestion(text)).toBe('meaning');
    },
  );

  it.each(['data sy dipake buat apa aja? aman ga?', 'data saya aman ga', 'nomor hp saya dilihat siapa?', 'datanya buat apa', 'is my data safe?', 'who will see my phone number?', 'why do you need my data?', 'kenapa perlu nomor hp saya?', 'data saya aman engga', 'data saya aman ndak'])(
    '%s asks what the data is used for',
    (text) => {
      expect(consentQuestion(text)).toBe('use');
    },
  );

  it.each(['setuju', 'iya setuju', 'gak setuju', 'gak dulu', 'ya, data saya boleh dipakai', 'tidak, data saya tidak mau dipakai', 'apa?', 'Arisan Mawar'])(
    '%s is no such question',
    (text) => {
      expect(consentQuestion(text)).toBeNull();
    },
  );
});
