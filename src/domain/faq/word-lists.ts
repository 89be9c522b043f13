/**
 * Word lists for normalising chat text before matching. They are rules about how people
 * type (shortcuts, particles, dialect question words), not texts the bot shows, so they
 * live in code; the ways of asking about each topic live in the locale files.
 */
import { ADDRESS_WORDS, I_WORDS, TONE_PARTICLES, WANT_WORDS, WE_WORDS } from '../parse/lexicon.js';

/**
 * Chat shortcuts and regional words rewritten to one Indonesian form, so that "gmn",
 * "gimana", "piye" and "kumaha" all meet "bagaimana" in the example phrasings.
 */
export const SLANG: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // question words
    apaan: 'apa', apakah: 'apa', opo: 'apa', apo: 'apa', ap: 'apa', naon: 'apa', menapa: 'apa', nopo: 'apa',
    gmn: 'bagaimana', gmna: 'bagaimana', gimana: 'bagaimana', gimane: 'bagaimana', bgmn: 'bagaimana',
    bagaimanakah: 'bagaimana', piye: 'bagaimana', kepiye: 'bagaimana', pripun: 'bagaimana', kumaha: 'bagaimana',
    knp: 'kenapa', knapa: 'kenapa', naha: 'kenapa', kenging: 'kenapa',
    sapa: 'siapa', spa: 'siapa', sopo: 'siapa', saha: 'siapa', sinten: 'siapa',
    brp: 'berapa', pira: 'berapa', sabaraha: 'berapa',
    dmn: 'mana', endi: 'mana', pundi: 'mana',
    // negation, aspect
    ga: 'tidak', gak: 'tidak', gk: 'tidak', nggak: 'tidak', ngga: 'tidak', enggak: 'tidak', engga: 'tidak',
    tdk: 'tidak', tak: 'tidak', ndak: 'tidak', nda: 'tidak', ora: 'tidak', mboten: 'tidak', teu: 'tidak', henteu: 'tidak',
    udh: 'sudah', udah: 'sudah', sdh: 'sudah', dah: 'sudah', wes: 'sudah', uwis: 'sudah', tos: 'sudah',
    blm: 'belum', blom: 'belum', durung: 'belum', teacan: 'belum',
    bs: 'bisa', bsa: 'bisa', isa: 'bisa', iso: 'bisa', saged: 'bisa', tiasa: 'bisa',
    // connectives and other shortcuts
    yg: 'yang', dgn: 'dengan', dg: 'dengan', utk: 'untuk', untk: 'untuk', u: 'untuk', krn: 'karena', karna: 'karena',
    tp: 'tapi', tpi: 'tapi', bgt: 'banget', aja: 'saja', aj: 'saja', wae: 'saja', mawon: 'saja', ae: 'saja',
    sm: 'sama', ama: 'sama', jd: 'jadi', jdi: 'jadi', trs: 'terus', trus: 'terus', lg: 'lagi', klo: 'kalau',
    kalo: 'kalau', kl: 'kalau', dr: 'dari', pd: 'pada', org: 'orang', tsb: 'tersebut', dll: 'lain', dsb: 'lain',
    mksh: 'makasih', mks: 'makasih', makasi: 'makasih', bikin: 'buat', gawe: 'buat', nyieun: 'buat',
    ngerti: 'paham', mudeng: 'paham', tegese: 'arti', tegesipun: 'arti', hartina: 'arti', hartosna: 'arti',
    // Vowels dropped in a hurry: "gmna cra dftr klmpk".
    cra: 'cara', cr: 'cara', dftr: 'daftar', klmpk: 'kelompok', klompok: 'kelompok', syart: 'syarat', syrt: 'syarat', lwt: 'lewat', lwat: 'lewat',
    byar: 'bayar', myar: 'mayar', mbyar: 'mbayar',
    artine: 'arti', kegiatane: 'kegiatan', kagiatan: 'kegiatan', mangpaat: 'manfaat', daptar: 'daftar', sarat: 'syarat',
    // Sundanese and Javanese verb forms of registering ("kumaha carana ngadaptar").
    ngadaptar: 'daftar', ngadaftar: 'daftar', ngadaptarkeun: 'daftar', daptarkeun: 'daftar', ndaftar: 'daftar', ndaftarke: 'daftar', ndaftarne: 'daftar', ndaftaraken: 'daftar',
    melu: 'ikut', ngiring: 'ikut', ndherek: 'ikut', kudu: 'harus', kedah: 'harus',
    // Starting, an example, whom to reach, in Javanese, Sundanese and chat ("carane miwiti piye", "contona naon", "hubungin siapa").
    miwiti: 'mulai', ngamimitian: 'mulai', ngamimitianana: 'mulai', memulai: 'mulai', contone: 'contoh', contona: 'contoh', conto: 'contoh', tuladha: 'contoh', tuladhane: 'contoh', tuladhanipun: 'contoh',
    hubungin: 'hubungi', ngahubungi: 'hubungi', takoni: 'hubungi', ditakoni: 'hubungi',
    // "semacam paguyuban?": a likeness asked, read as "mirip" (not "macam", kinds); "gt" is "gitu".
    semacam: 'mirip', semacem: 'mirip', sejenis: 'mirip', gt: 'gitu', caranipun: 'cara', benefit: 'manfaat', benefits: 'manfaat', benefitnya: 'manfaat',
    // "After" ("habis daftar ngapain", Javanese "sawise", Sundanese "sanggeus"): what follows registering.
    habis: 'setelah', abis: 'setelah', sehabis: 'setelah', sesudah: 'setelah', sawise: 'setelah', sakwise: 'setelah', sanggeus: 'setelah',
    // "wajib" stays itself: "wksbm wajib gak?" asks whether it is compulsory (the `mandatory` topic), which "harus" (a question word) cannot tell.
    // A mosque's managing committee is a group like any other ("takmir masjid daftarnya gimana?").
    takmir: 'kelompok', tamir: 'kelompok', dkm: 'kelompok',
    // spelled-out and misspelled forms of the name
    wksb: 'wksbm', wkbm: 'wksbm', wksm: 'wksbm', wsbm: 'wksbm', wkbsm: 'wksbm', kwsbm: 'wksbm', wskbm: 'wksbm', wksmb: 'wksbm',
  }),
);

/**
 * Words that say nothing about which topic is meant: pronouns, politeness, particles
 * ("sih", "dong", Javanese "kuwi/iku", Sundanese "teh/mah"), forms of address ("min",
 * "kak") and English function words. They are dropped before matching.
 */
export const NOISE: ReadonlySet<string> = new Set([
  ...I_WORDS, ...WE_WORDS, ...WANT_WORDS, ...ADDRESS_WORDS, ...TONE_PARTICLES,
  ...`ak gua anda kamu kau km lu lo situ panjenengan sampeyan urang ambo
  tanya nanya bertanya tanyain takon naros batanyo numpang izin ijin permisi
  nyuwun pirsa tanglet babagan ngeunaan perkawis menawi manawi
  tolong mohon please pls plis tlg minta
  si tu yaa iya iyaa tuh teh kuwi iku niku kui ki ari mah deh kok lho loh lah pun nya kan mbok
  wong lha la toh to atuh euy weh wkwk wkwkwk hehe haha hihi oh ooh oo eh
  mimin admin ka kakak gan agan sis bro bang bapak ibu mba om tante dik dek kang akang teteh
  aa cak ning ndan bos boss sob
  itu ini iki adalah ialah yaitu yakni merupakan yang dari tentang soal mengenai perihal dengan dan atau serta
  di ke pada kepada oleh sama juga lagi dulu saja banget sekali sangat gitu begitu kayak kaya seperti sebenarnya
  sebetulnya sebenernya emang memang emangnya jadi terus tapi nah nih kalau kalo
  info informasi jelaskan jelasin penjelasan terangkan ceritakan cerita tahu tau kasih
  wr wb warahmatullahi warahmatullah wabarakatuh
  ywdh yaudah yaudh yauda yasudah yowes yowis
  is are was were be been the a an of to i me my we our you your can could would will tell about
  for in on at it its this that these those and or with there know explain basically basicly actually`.split(/\s+/),
]);

/**
 * Question and helper words. They are kept (a topic's phrasings may need them) but weigh
 * little and never decide a topic alone: "apa?" is not a question about anything.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `apa bagaimana siapa berapa kapan mana dimana tidak sudah belum bisa boleh ada harus
  what how who which where when`.split(/\s+/),
);

/**
 * Verbs after which "dapat" is "can", not "get": "apakah arisan dapat menjadi anggota",
 * "bagaimana desa kami dapat menjadi wksbm" ask whether or how one can, while "dapat
 * bantuan", "dapat apa" are about getting something (social aid, benefits).
 */
export const AFTER_MODAL_DAPAT: ReadonlySet<string> = new Set(
  `menjadi jadi dadi mendaftar daftar mendaftarkan didaftarkan ikut mengikuti bergabung gabung masuk membentuk dibentuk
  become join register`.split(/\s+/),
);

/**
 * "Must" before joining ("harus ikut wksbm?", "kudu melu", "kedah ngiring"): whether one is
 * obliged to join, as "wajib ikut" asks, not a question word ("harus" weighs little, so
 * "harus ikut" alone would be any question on joining).
 */
export const MUST_WORDS: ReadonlySet<string> = new Set(['harus', 'hrs', 'kudu', 'kedah', 'wajib', 'must']);
export const JOINING_WORDS: ReadonlySet<string> = new Set(['ikut', 'ikutan', 'melu', 'ngiring', 'gabung', 'bergabung', 'join']);

/**
 * "Mulai" (start, also "miwiti", "ngamimitian") asks how to start a WKSBM only with a word of
 * way or place beside it ("gmn cara mulainya", "mulai dari mana", "kumaha ngamimitianana"):
 * alone it starts anything ("rapatnya mulai kapan", "mulai besok saya libur") and is dropped.
 */
export const STARTING = 'mulai';
export const WAY_WORDS: ReadonlySet<string> = new Set(['bagaimana', 'cara', 'langkah', 'mana', 'how', 'where']);

/** "RT", "RW" after a title ("bu RT", "pak RW"): a person's office, said of oneself or addressed, no question about RT/RW. */
export const AREA_HEADS: ReadonlySet<string> = new Set(['rt', 'rw']);
export const TITLES: ReadonlySet<string> = new Set(['pak', 'bu', 'bapak', 'ibu', 'mas', 'mbak', 'bpk', 'ibuk']);
