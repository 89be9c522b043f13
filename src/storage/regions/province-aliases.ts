import { installedProvinces } from './region-dataset.js';

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
  // In English, as a question in English names them ("Sidomulyo, East Java").
  'west java': 'jawa barat',
  'central java': 'jawa tengah',
  'east java': 'jawa timur',
  'north sumatra': 'sumatera utara',
  'west sumatra': 'sumatera barat',
  'south sumatra': 'sumatera selatan',
  'west kalimantan': 'kalimantan barat',
  'central kalimantan': 'kalimantan tengah',
  'south kalimantan': 'kalimantan selatan',
  'east kalimantan': 'kalimantan timur',
  'north kalimantan': 'kalimantan utara',
  'north sulawesi': 'sulawesi utara',
  'central sulawesi': 'sulawesi tengah',
  'south sulawesi': 'sulawesi selatan',
  'southeast sulawesi': 'sulawesi tenggara',
  'west sulawesi': 'sulawesi barat',
  'west nusa tenggara': 'nusa tenggara barat',
  'east nusa tenggara': 'nusa tenggara timur',
  'north maluku': 'maluku utara',
  'west papua': 'papua barat',
  'special region of yogyakarta': 'daerah istimewa yogyakarta',
};

/**
 * The provinces whose names have more than one word, as their `nameNorm`: typed after a desa
 * ("sidomulyo, jawa timur") such a name is one place, not "jawa" and "timur" each matched
 * alone (which "Kec. Ungaran Timur" in Jawa Tengah fits as well as Jawa Timur does). Read from
 * the region list's provinces, so a province the list adds or renames is in it.
 */
export const MULTI_WORD_PROVINCES: ReadonlySet<string> = new Set(
  installedProvinces()
    .map((province) => province.nameNorm)
    .filter((name) => name.includes(' ')),
);
