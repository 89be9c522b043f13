/**
 * The verbs of registering a group, as people type them in Indonesian, Javanese, Sundanese
 * and English. One list for reading a message as a registration (understand.ts) and for
 * finding where the request starts in it (register-details.ts).
 */

/** Verbs of registering, lowercase, as tokenised words. */
export const REGISTER_VERB_WORDS: ReadonlySet<string> = new Set([
  'daftar', 'daftarkan', 'daftarin', 'mendaftarkan', 'mendaftar', 'ndaftar', 'ndaftarke', 'ndaftarne', 'register', 'registrasi', 'daptar',
  // Sundanese ("abdi hoyong ngadaftarkeun kelompok", "bade ngadaptar kelompok"): a request like the others.
  'ngadaftar', 'ngadaptar', 'ngadaftarkeun', 'ngadaptarkeun', 'daftarkeun', 'daptarkeun',
  // Javanese krama ("kula badhe ndaftaraken kelompok"), the polite form of "ndaftarke".
  'ndaftaraken', 'ndaftarken', 'dipundaftaraken',
]);

/** The first verb of registering in a text, as a word (where the request itself starts). */
export const REGISTER_VERB = new RegExp(String.raw`\b(?:${[...REGISTER_VERB_WORDS].join('|')})\b`, 'iu');
