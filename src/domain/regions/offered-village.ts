/**
 * Where a desa is asked with one desa offered (the person's own, or the one they checked
 * last), the answers that take it without its name: "iya", "iya yg td", and "sama", "sama kyk
 * td", "desanya sama" (the same one as before). Neither is searched as a desa ("Desa Sama"
 * in Manggarai Barat).
 */
import type { VillageInfo } from '../model/regions.js';
import { isUnchangedAnswer } from '../parse/unchanged.js';
import { yesOrNo } from '../parse/yes-no.js';

/** "desanya …", "di desa …" before the answer: the question's own word said back. */
const VILLAGE_WORD = /^(?:di\s+)?(?:desa|kelurahan|kampung)(?:nya)?\s+/iu;

/** The one desa offered when `text` takes it, else null. */
export function takenOffered(text: string, offered: readonly VillageInfo[]): VillageInfo | null {
  if (offered.length !== 1) return null;
  const answer = text.trim().replace(VILLAGE_WORD, '');
  return yesOrNo(answer) === 'yes' || isUnchangedAnswer(answer) ? offered[0]! : null;
}
