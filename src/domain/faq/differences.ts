/**
 * A difference question naming several things ("bedanya wksbm sama posyandu sama pkk apa?",
 * "what is the difference between wksbm, pkk and posyandu?"): each thing named has its own
 * comparison topic, and every one of them is answered, not only the best-scoring one.
 */
import type { FaqTopicId } from './topics.js';

/** The comparison topics and the canonical words that name what each compares WKSBM with. */
const COMPARED: ReadonlyArray<readonly [FaqTopicId, readonly string[]]> = [
  ['vs_karang_taruna', ['karang', 'taruna', 'karta']],
  ['vs_lks', ['lks', 'lembaga']],
  ['vs_pkk', ['pkk', 'dasawisma', 'dawis', 'wisma']],
  ['vs_posyandu', ['posyandu']],
  ['vs_rt_rw', ['rt', 'rw']],
];

/** Canonical words that ask a difference ("bedanya", "perbedaan", "vs", Javanese "bentenipun"), or a likeness ("semacam paguyuban?"). */
const DIFFERENCE_WORDS: ReadonlySet<string> = new Set(['beda', 'difference', 'different', 'vs', 'versus', 'compared', 'mirip', 'benten', 'bentene', 'bentenipun', 'bedana', 'bedane']);

/**
 * The comparison topics whose subject `words` name, in the order named, when `topic` is one of
 * them and a difference is asked; else none ("apakah pkk dan posyandu bisa ikut" asks no difference).
 */
export function comparisonsNamed(topic: FaqTopicId, words: readonly string[]): FaqTopicId[] {
  if (!COMPARED.some(([compared]) => compared === topic) || !words.some((word) => DIFFERENCE_WORDS.has(word))) return [];
  const at = (names: readonly string[]) => words.findIndex((word) => names.includes(word));
  return COMPARED.filter(([compared, names]) => compared === topic || at(names) >= 0)
    .sort(([, a], [, b]) => at(a) - at(b))
    .map(([compared]) => compared);
}

/**
 * Whether a topic may be taken for `words`: the comparison with any kind of group (`vs_group`)
 * only when a difference is asked. Its phrasings name kinds of group ("kelompok tani",
 * "pengajian"), which alone ask whether they may join ("pengajian bisa daftar?"), not how they differ.
 */
export function topicFits(topic: FaqTopicId, words: readonly string[]): boolean {
  return topic !== 'vs_group' || words.some((word) => DIFFERENCE_WORDS.has(word));
}
