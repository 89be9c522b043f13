/**
 * How villages are shown: short button labels, list lines and a confirmation, built from
 * the names the region directory returns ("Kabupaten Bantul" → "Kab. Bantul").
 */
import { t, type Text } from '../../core/text.js';
import type { RegencyInfo, VillageInfo } from '../model/regions.js';

/** Official province names that everyone writes shorter. */
const PROVINCE_SHORT: Readonly<Record<string, string>> = {
  'Daerah Istimewa Yogyakarta': 'DI Yogyakarta',
  'Daerah Khusus Ibukota Jakarta': 'DKI Jakarta',
};

/** "Kab. Bantul", "Kota Yogyakarta": the regency as people abbreviate it. */
export function regencyText(regencyName: string): Text | string {
  const kabupaten = /^Kabupaten\s+(.+)$/.exec(regencyName);
  if (kabupaten) return t('regions:short.kabupaten', { name: kabupaten[1]! });
  const kota = /^Kota\s+(.+)$/.exec(regencyName);
  if (kota) return t('regions:short.kota', { name: kota[1]! });
  return regencyName;
}

/**
 * "Desa" or "Kelurahan": in the Kemendagri code a kelurahan's own number starts with 1
 * (34.71.07.1002, Wirobrajan), a desa's with 2 (34.02.15.2004, Panggungharjo).
 */
export function villageKind(code: string): Text {
  return t(/\.1\d{3}$/.test(code) ? 'regions:kind.kelurahan' : 'regions:kind.desa');
}

/** The province's usual short name. */
export function provinceText(provinceName: string): string {
  return PROVINCE_SHORT[provinceName] ?? provinceName;
}

/** "Kab. Malang atau Kota Malang (Jawa Timur)": the kabupaten/kota a query named, each with its province. */
export function regencyNames(regencies: readonly RegencyInfo[]): Text | string {
  const names = regencies.map((regency) => t('regions:regencyIn', { regency: regencyText(regency.name), province: provinceText(regency.provinceName) }));
  const last = names.pop();
  return last === undefined ? '' : names.reduceRight<Text>((rest, name) => t('regions:or', { first: name, rest }), last);
}

/** "Sidomulyo — Kec. Bambanglipuro, Kab. Bantul": short enough for a button. */
export function villageLabel(village: VillageInfo): Text {
  return t('regions:button.village', {
    name: village.name,
    district: village.districtName,
    regency: regencyText(village.regencyName),
  });
}

/** The numbered list of villages, one line each with the province, as one text. */
export function villageList(villages: readonly [VillageInfo, ...VillageInfo[]]): Text {
  const lines = villages.map((village, index) =>
    t('regions:choose.line', {
      n: index + 1,
      name: village.name,
      district: village.districtName,
      regency: regencyText(village.regencyName),
      province: provinceText(village.provinceName),
    }),
  );
  // Texts cannot hold arrays, so the lines are chained two by two: first, newline, rest.
  const last = lines.pop()!;
  return lines.reduceRight<Text>((rest, line) => t('regions:lines', { first: line, rest }), last);
}

/** "✅ Desa/kelurahan: Sidomulyo, Kec. Bambanglipuro, Kab. Bantul, DI Yogyakarta." */
export function villagePicked(village: VillageInfo): Text {
  return t('regions:picked', {
    name: village.name,
    district: village.districtName,
    regency: regencyText(village.regencyName),
    province: provinceText(village.provinceName),
  });
}
