// The page's own words (buttons, headings, errors) in Indonesian (default) and English. The
// domain's words (levels, criteria, group types, activity categories, kinds of area…) are not
// kept here: they come from locales/, the same the chat shows, through GET /dashboard/words.json,
// and are looked up as "level.aktif", "criterion.c1", "groupType.pkk", "areaKind.district".

const WORDS = {
  id: {
    title: 'Dasbor WKSBM',
    signOut: 'Keluar',
    signInTitle: 'Masuk',
    signInHelp: 'Ketuk tautan masuk dari menu Petugas di bot, atau ketik kodenya di sini (contoh: ABCD-EFGH-JKLM). Admin dapat menempelkan token.',
    tokenLabel: 'Kode masuk atau token',
    signingIn: 'Sedang masuk…',
    errCodeUnknown: 'Kode ini tidak dikenal (salah ketik, atau sudah diganti kode yang lebih baru). Minta tautan baru dari menu Petugas di bot.',
    errCodeExpired: 'Kode ini sudah kedaluwarsa (berlaku 10 menit). Minta tautan baru dari menu Petugas di bot.',
    errCodeUsed: 'Kode ini sudah dipakai. Minta tautan baru dari menu Petugas di bot.',
    errCodeNotAllowed: 'Akun ini tidak lagi dapat masuk ke dasbor (bukan petugas atau admin lagi).',
    errCodeMalformed: 'Kode tidak lengkap: kode terdiri dari 12 huruf dan angka, misalnya ABCD-EFGH-JKLM.',
    signIn: 'Masuk',
    errBadToken: 'Token tidak dikenal atau sudah tidak berlaku. Periksa lagi, atau minta tautan masuk baru dari menu Petugas di bot.',
    errSessionEnded: 'Sesi Anda berakhir. Silakan masuk lagi.',
    signedOut: 'Anda sudah keluar.',
    errNetwork: 'Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.',
    errServer: 'Maaf, terjadi kesalahan di server. Silakan coba lagi.',
    errForbidden: 'Maaf, wilayah ini di luar wilayah tugas Anda.',
    errNotFound: 'Maaf, data ini tidak ditemukan atau di luar wilayah tugas Anda.',
    errBadRequest: 'Permintaan tidak dapat diproses. Muat ulang halaman, lalu coba lagi.',
    errBadReason: 'Alasan penolakan perlu minimal 5 huruf (angka, spasi dan tanda baca tidak dihitung), paling panjang 300 karakter.',
    errBadArea: 'Kode wilayah tidak dikenali. Pilih wilayah dari daftar, lalu coba lagi.',
    errBadDates: 'Rentang tanggal tidak valid: tanggal awal harus sebelum tanggal akhir.',
    whoAdmin: 'Masuk sebagai admin',
    whoOfficer: 'Masuk sebagai petugas · wilayah {areas}',
    tabAreas: 'Wilayah',
    tabPending: 'Verifikasi',
    tabChart: 'Kegiatan',
    tabChanges: 'Perubahan',
    allAreas: 'Semua wilayah',
    myAreas: 'Wilayah saya',
    loading: 'Memuat…',
    retry: 'Coba lagi',
    statVillages: '{n} desa',
    statGroups: '{n} kelompok',
    statActive: '{n} aktif',
    statPending: '{n} menunggu verifikasi',
    noChildren: 'Belum ada wilayah di sini.',
    levelLabel: 'Tingkat',
    overrideBy: 'ditetapkan petugas',
    overrideByName: 'ditetapkan petugas {name}',
    computed: 'hitungan sistem',
    provisional: 'Sementara: ada data yang belum diverifikasi petugas.',
    provisionalEntry: 'sementara: ada data belum diverifikasi',
    criteriaTitle: 'Kriteria',
    met: 'terpenuhi',
    unmet: 'belum terpenuhi',
    nextSteps: 'Langkah berikutnya',
    history: 'Riwayat tingkat',
    pendingGroups: 'Kelompok menunggu verifikasi',
    pendingActivities: 'Kegiatan menunggu verifikasi',
    noPending: 'Tidak ada yang menunggu verifikasi.',
    verify: 'Verifikasi',
    reject: 'Tolak',
    rejectReason: 'Alasan penolakan',
    rejectSend: 'Kirim penolakan',
    cancel: 'Batal',
    verified: 'Terverifikasi: {name}',
    rejected: 'Ditolak: {name}',
    members: '{n} anggota',
    ketua: 'Ketua: {name} · {phone}',
    registered: 'Didaftarkan {date}',
    partners: 'Bersama: {names}',
    moreItems: 'dan {n} lainnya',
    chartTitle: 'Kegiatan per bulan (12 bulan)',
    chartActivities: 'Semua kegiatan',
    chartJoint: 'Kegiatan bersama',
    chartSummary: 'Grafik kegiatan per bulan, {from} sampai {to}: total {total} kegiatan, {joint} kegiatan bersama.',
    chartTable: 'Lihat sebagai tabel',
    month: 'Bulan',
    noData: 'Belum ada data.',
    changesTitle: 'Perubahan tingkat',
    noChanges: 'Belum ada perubahan tingkat.',
    exportTitle: 'Unduh data',
    exportGroups: 'Kelompok',
    exportActivities: 'Kegiatan',
    exportAreas: 'Wilayah',
    downloaded: 'File {file} sudah diunduh.',
    downloadedRows: 'File {file} sudah diunduh: {rows} baris.',
    exportProgressRows: '{rows} baris · {size}',
    exportProgressBytes: 'mengunduh… {size}',
    errConflict: 'Sudah diputuskan sebelumnya.',
    youLeadGroup: 'Anda pengurus kelompok ini: petugas lain yang memverifikasinya.',
    youLeadActivity: 'Kegiatan kelompok yang Anda urus: petugas lain yang memverifikasinya.',
    merge: 'Gabungkan…',
    mergeInto: '{name} terdaftar dua kali? Pilih kelompok yang tetap:',
    mergeExplain: 'Pengurus, kegiatan, dan hubungan kelompok ini dipindahkan ke kelompok yang dipilih, lalu kelompok ini dihapus. Pengurusnya diberi tahu.',
    mergeSend: 'Gabungkan',
    merged: 'Digabung: {name} → {into}',
    mergeNone: 'Tidak ada kelompok lain di desa ini untuk digabungkan dengan {name}.',
    mergeRefused: 'Tidak bisa digabung: kelompok yang dipilih sudah ditolak atau dihentikan. Muat ulang halaman, lalu coba lagi.',
    mergeVerified: 'terverifikasi',
    mergePending: 'menunggu verifikasi',
    alreadyDecided: 'Sudah diputuskan sebelumnya: {name}',
    groupEnded: 'Kelompok ini sudah dihentikan ketuanya, jadi tidak ada yang perlu diverifikasi: {name}',
    goneMeanwhile: 'Sudah tidak ada lagi (digabung, ditarik, atau dihapus), jadi tidak ada yang perlu diverifikasi: {name}',
    alreadyVerifiedBy: 'Sudah diverifikasi oleh {who}: {name}',
    alreadyRejectedBy: 'Sudah ditolak oleh {who}: {name}',
    deciderAdmin: 'admin',
    deciderOfficer: 'petugas lain',
    photoAlt: 'Foto kegiatan {n}',
    photoLocation: '📍 Lokasi foto: {lat}, {lon}',
    changedTo: 'menjadi',
    otherLang: 'EN',
    otherLangName: 'English',
  },
  en: {
    title: 'WKSBM Dashboard',
    signOut: 'Sign out',
    signInTitle: 'Sign in',
    signInHelp: 'Tap the sign-in link from the Officer menu of the bot, or type its code here (e.g. ABCD-EFGH-JKLM). Admins may paste a token.',
    tokenLabel: 'Sign-in code or token',
    signingIn: 'Signing in…',
    errCodeUnknown: 'This code is unknown (mistyped, or replaced by a newer one). Ask for a new link in the Officer menu of the bot.',
    errCodeExpired: 'This code has expired (codes work for 10 minutes). Ask for a new link in the Officer menu of the bot.',
    errCodeUsed: 'This code was already used. Ask for a new link in the Officer menu of the bot.',
    errCodeNotAllowed: 'This account may no longer sign in to the dashboard (not an officer or admin any more).',
    errCodeMalformed: 'This code is incomplete: a code has 12 letters and digits, e.g. ABCD-EFGH-JKLM.',
    signIn: 'Sign in',
    errBadToken: 'This token is unknown or no longer valid. Check it, or ask for a new sign-in link in the Officer menu of the bot.',
    errSessionEnded: 'Your session has ended. Please sign in again.',
    signedOut: 'You have signed out.',
    errNetwork: 'Cannot reach the server. Check your connection and try again.',
    errServer: 'Sorry, something went wrong on the server. Please try again.',
    errForbidden: 'Sorry, this area is outside the areas you cover.',
    errNotFound: 'Sorry, this was not found or is outside the areas you cover.',
    errBadRequest: 'The request could not be processed. Reload the page and try again.',
    errBadReason: 'A rejection needs a reason with at least 5 letters (digits, spaces and symbols do not count), at most 300 characters.',
    errBadArea: 'The area code is not recognised. Pick the area from the list and try again.',
    errBadDates: 'The date range is not valid: the start must come before the end.',
    whoAdmin: 'Signed in as admin',
    whoOfficer: 'Signed in as officer · areas {areas}',
    tabAreas: 'Areas',
    tabPending: 'Verify',
    tabChart: 'Activities',
    tabChanges: 'Changes',
    allAreas: 'All areas',
    myAreas: 'My areas',
    loading: 'Loading…',
    retry: 'Try again',
    statVillages: '{n} villages',
    statVillages_one: '{n} village',
    statGroups: '{n} groups',
    statGroups_one: '{n} group',
    statActive: '{n} active',
    statPending: '{n} awaiting verification',
    noChildren: 'No areas here yet.',
    levelLabel: 'Level',
    overrideBy: 'set by an officer',
    overrideByName: 'set by officer {name}',
    computed: 'computed',
    provisional: 'Provisional: some records are not verified by an officer yet.',
    provisionalEntry: 'provisional: some records not verified',
    criteriaTitle: 'Criteria',
    met: 'met',
    unmet: 'not met',
    nextSteps: 'Next steps',
    history: 'Level history',
    pendingGroups: 'Groups awaiting verification',
    pendingActivities: 'Activities awaiting verification',
    noPending: 'Nothing is waiting for verification.',
    verify: 'Verify',
    reject: 'Reject',
    rejectReason: 'Reason for rejecting',
    rejectSend: 'Send rejection',
    cancel: 'Cancel',
    verified: 'Verified: {name}',
    rejected: 'Rejected: {name}',
    members: '{n} members',
    members_one: '{n} member',
    ketua: 'Ketua: {name} · {phone}',
    registered: 'Registered {date}',
    partners: 'With: {names}',
    moreItems: 'and {n} more',
    chartTitle: 'Activities per month (12 months)',
    chartActivities: 'All activities',
    chartJoint: 'Joint activities',
    chartSummary: 'Activities per month, {from} to {to}: {total} activities in all, {joint} joint.',
    chartTable: 'Show as a table',
    month: 'Month',
    noData: 'No data yet.',
    changesTitle: 'Level changes',
    noChanges: 'No level changes yet.',
    exportTitle: 'Download data',
    exportGroups: 'Groups',
    exportActivities: 'Activities',
    exportAreas: 'Areas',
    downloaded: 'Downloaded {file}.',
    downloadedRows: 'Downloaded {file}: {rows} rows.',
    exportProgressRows: '{rows} rows · {size}',
    exportProgressBytes: 'downloading… {size}',
    errConflict: 'This was already decided.',
    youLeadGroup: 'You lead this group: another officer verifies it.',
    youLeadActivity: 'An activity of a group you lead: another officer verifies it.',
    merge: 'Merge…',
    mergeInto: '{name} registered twice? Choose the group that stays:',
    mergeExplain: 'This group\'s leaders, activities and ties move to the chosen group, then this group is deleted. Its leaders are told.',
    mergeSend: 'Merge',
    merged: 'Merged: {name} → {into}',
    mergeNone: 'There is no other group in this desa to merge {name} with.',
    mergeRefused: 'Could not merge: the chosen group was rejected or ended. Reload the page and try again.',
    mergeVerified: 'verified',
    mergePending: 'awaiting verification',
    alreadyDecided: 'Already decided: {name}',
    groupEnded: 'This group was ended by its leader, so there is nothing to verify: {name}',
    goneMeanwhile: 'No longer there (merged, withdrawn or erased), so there is nothing to verify: {name}',
    alreadyVerifiedBy: 'Already verified by {who}: {name}',
    alreadyRejectedBy: 'Already rejected by {who}: {name}',
    deciderAdmin: 'the admin',
    deciderOfficer: 'another officer',
    photoAlt: 'Activity photo {n}',
    photoLocation: '📍 Photo location: {lat}, {lon}',
    changedTo: 'to',
    otherLang: 'ID',
    otherLangName: 'Bahasa Indonesia',
  },
};

const STORAGE_KEY = 'wksbm.dashboard.lang';
let lang = WORDS[localStorage.getItem(STORAGE_KEY) ?? ''] ? localStorage.getItem(STORAGE_KEY) : 'id';

/** Domain words by language, as the server sent them (flattened: "level.aktif" → "Aktif"). */
const DOMAIN_WORDS = {};

/**
 * Fetches the domain words of a language once (the server answers 304 while they are
 * unchanged). Without them the page still works and shows the stored codes.
 */
export async function loadWords(language) {
  if (DOMAIN_WORDS[language]) return;
  try {
    const response = await fetch(`/dashboard/words.json?lang=${encodeURIComponent(language)}`);
    if (!response.ok) return;
    const sections = await response.json();
    const flat = {};
    for (const [section, entries] of Object.entries(sections)) {
      for (const [code, word] of Object.entries(entries)) flat[`${section}.${code}`] = word;
    }
    DOMAIN_WORDS[language] = flat;
  } catch {
    // Offline or a server error: codes are shown until the next load.
  }
}

/** The current language code ('id' or 'en'). */
export function currentLang() {
  return lang;
}

/** Switches the language and remembers it on this device. */
export function setLang(next) {
  lang = WORDS[next] ? next : 'id';
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

/** The text for a key with `{name}` placeholders filled in (numbers formatted for the language). */
export function t(key, params = {}) {
  // English needs a singular for one ("1 group"); Indonesian nouns do not change.
  const singular = params.n === 1 ? WORDS[lang][`${key}_one`] : undefined;
  const template = singular ?? WORDS[lang][key] ?? DOMAIN_WORDS[lang]?.[key] ?? WORDS.id[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    const value = params[name];
    if (value === undefined || value === null) return '';
    return typeof value === 'number' ? number(value) : String(value);
  });
}

/** A number as the language writes it (1.234 / 1,234). */
export function number(value) {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(value);
}

/** A date (ISO string or Date) as the language writes it, e.g. "5 Jan 2026". */
export function date(value) {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value ?? '');
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(instant);
}

/** A month "2026-01" as a short label ("Jan 26"). */
export function monthLabel(month) {
  const [year, monthNumber] = String(month).split('-').map(Number);
  if (!year || !monthNumber) return String(month);
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  );
}

/** Fills every `[data-i18n]` element under `root` with its text. */
export function translateStatic(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  document.title = t('title');
}
