/**
 * What people call provinces: short forms ("jateng", "ntt") and the old names of DIY and DKI
 * ("jogja", "jakarta"), each to the province's `nameNorm` in the region list. Both the village
 * search (a province typed after a desa's name) and the desa counts (a province asked about)
 * read them.
 */
export const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  diy: 'daerah istimewa yogyakarta',
  jogja: 'daerah istimewa yogyakarta',
  yogya: 'daerah istimewa yogyakarta',
  jogjakarta: 'daerah istimewa yogyakarta',
  yogyakarta: 'daerah istimewa yogyakarta',
  'di yogyakarta': 'daerah istimewa yogyakarta',
  dki: 'daerah khusus ibukota jakarta',
  jakarta: 'daerah khusus ibukota jakarta',
  'dki jakarta': 'daerah khusus ibukota jakarta',
  jabar: 'jawa barat',
  jateng: 'jawa tengah',
  jatim: 'jawa timur',
  sumut: 'sumatera utara',
  sumbar: 'sumatera barat',
  sumsel: 'sumatera selatan',
  babel: 'kepulauan bangka belitung',
  kepri: 'kepulauan riau',
  ntb: 'nusa tenggara barat',
  ntt: 'nusa tenggara timur',
  kalbar: 'kalimantan barat',
  kalteng: 'kalimantan tengah',
  kalsel: 'kalimantan selatan',
  kaltim: 'kalimantan timur',
  kaltara: 'kalimantan utara',
  sulut: 'sulawesi utara',
  sulteng: 'sulawesi tengah',
  sulsel: 'sulawesi selatan',
  sultra: 'sulawesi tenggara',
  sulbar: 'sulawesi barat',
  malut: 'maluku utara',
};
