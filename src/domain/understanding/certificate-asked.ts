/**
 * Whether registering brings a certificate, asked: "kalau udah daftar dapet sertifikat gak?",
 * "ada piagamnya?", "do we get a certificate after registering?". Answered with the FAQ's
 * `certificate` (this bot issues none; a desa's SK and the PSKS records are the desa's and the
 * Dinas Sosial's), not the benefits nor what follows a registration, which the FAQ's phrasings
 * picked for the words around "sertifikat". Read here because those words ("daftar", "dapat",
 * "after") weigh more in the phrasings of other topics than one rare word does.
 */

/** A certificate or a charter, as typed: "sertifikat", "serfitikat", "piagam", "certificate". */
const CERTIFICATE_WORDS: ReadonlySet<string> = new Set([
  'sertifikat', 'sertifikatnya', 'sertipikat', 'serfitikat', 'piagam', 'piagamnya', 'certificate', 'certificates', 'certificat',
]);
/** The most words of such a question: more is a story that only mentions one. */
const MAX_WORDS = 12;

/** Whether `tokens` (as tokenize gives them) ask about a certificate for a group or a desa. */
export function asksCertificate(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.length <= MAX_WORDS && tokens.some((token) => CERTIFICATE_WORDS.has(token));
}
