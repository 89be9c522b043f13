import { describe, expect, it } from 'vitest';
import { parseFaqKnowledge } from '../../../src/domain/faq/matcher.js';
import { FAQ_TOPICS } from '../../../src/domain/faq/topics.js';
import { LANGUAGES, readFaqJson } from './real-knowledge.js';

/** A deep copy of the real Indonesian file to break one thing in. */
function indonesian(): Record<string, any> {
  return structuredClone(readFaqJson('id')) as Record<string, any>;
}

describe('parseFaqKnowledge', () => {
  it('merges the phrasings of every language', () => {
    const files = LANGUAGES.map(readFaqJson);
    const knowledge = parseFaqKnowledge(files, LANGUAGES);
    for (const topic of FAQ_TOPICS) {
      const expected = files.reduce((sum, file: any) => sum + file.topics[topic].questions.length, 0);
      expect(knowledge.questions.get(topic)).toHaveLength(expected);
    }
    expect(knowledge.greetings).toContainEqual({ kind: 'javanese', timeOfDay: 'morning', phrase: 'sugeng enjing' });
    expect(knowledge.greetings).toContainEqual({ kind: 'salam', phrase: 'assalamualaikum' });
    expect(knowledge.thanks).toContain('makasih');
  });

  const broken: ReadonlyArray<readonly [string, (file: Record<string, any>) => unknown, RegExp]> = [
    ['a missing file', () => undefined, /faq\.json \[id\]: expected the parsed faq\.json object, got undefined/],
    ['an array', () => [], /faq\.json \[id\]: expected the parsed faq\.json object/],
    ['no topics', (file) => ({ ...file, topics: undefined }), /faq\.json \[id\]: topics must be an object/],
    ['a missing topic', (file) => (delete file.topics.criteria, file), /topics\.criteria is missing/],
    ['an unknown topic', (file) => ((file.topics.weather = { questions: ['cuaca'] }), file), /topics\.weather is not a known topic id/],
    ['questions not a list', (file) => ((file.topics.pmks.questions = 'pmks'), file), /topics\.pmks\.questions must be an array of strings/],
    ['no questions', (file) => ((file.topics.pmks.questions = []), file), /topics\.pmks\.questions must not be empty/],
    ['an empty question', (file) => ((file.topics.definition.questions[1] = ' '), file), /topics\.definition\.questions\[1\] must be a non-empty string/],
    ['no lexicon', (file) => ({ ...file, lexicon: null }), /lexicon must be an object/],
    ['an unknown greeting kind', (file) => ((file.lexicon.greetings.bye = { general: ['dadah'] }), file), /lexicon\.greetings\.bye is not a greeting kind/],
    ['a time on a kind without times', (file) => ((file.lexicon.greetings.salam.morning = ['x']), file), /lexicon\.greetings\.salam\.morning is not allowed \(use general\)/],
    ['a greeting that is not a string', (file) => ((file.lexicon.greetings.punten.general = [3]), file), /lexicon\.greetings\.punten\.general\[0\] must be a non-empty string/],
    ['no thanks list', (file) => (delete file.lexicon.thanks, file), /lexicon\.thanks must be an array of strings/],
  ];

  it.each(broken)('rejects %s, naming the key', (_name, breakIt, message) => {
    expect(() => parseFaqKnowledge([breakIt(indonesian()), readFaqJson('en')], LANGUAGES)).toThrow(message);
  });

  it('names the file by position when no labels are given', () => {
    expect(() => parseFaqKnowledge([readFaqJson('id'), 42])).toThrow(/faq\.json \[#1\]: expected the parsed faq\.json object, got number/);
  });

  it('rejects knowledge that could never recognise a kind of greeting', () => {
    const file = indonesian();
    delete file.lexicon.greetings.punten;
    expect(() => parseFaqKnowledge([file], ['id'])).toThrow(/no file has phrases for lexicon\.greetings\.punten/);
  });

  it('rejects an empty list of files', () => {
    expect(() => parseFaqKnowledge([])).toThrow(/no faq\.json given/);
  });
});
