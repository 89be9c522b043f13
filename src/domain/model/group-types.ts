/**
 * Kinds of grassroots groups (candidate WKSBM members), in menu order. Ids are stored in
 * the database (enum GroupType) and name locale keys `groups:type.<id>`.
 */
export const GROUP_TYPES = [
  'arisan',
  'majelis_taklim',
  'karang_taruna',
  'pkk',
  'dasa_wisma',
  'posyandu',
  'kelompok_tani',
  'kelompok_nelayan',
  'rukun_kematian',
  'remaja_masjid',
  'paguyuban',
  'other',
] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

