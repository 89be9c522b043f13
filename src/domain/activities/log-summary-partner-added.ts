/**
 * A partner group added at the summary ("posyandu anggrek juga ikut", "tambah karang taruna",
 * "pkk juga"): it was refused there ("Yang saya perlukan: Simpan, foto kegiatan, …"), and
 * only ↩️ Kembali back through the beneficiaries reached the partners' question. The group is
 * added to those chosen and the summary shown again, when the words name one group of the
 * desa's listed ones; a name fitting several, or none, is left to the summary's other readers.
 */
import { type StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { andListText } from '../model/message-parts.js';
import { type Ctx, type LogData } from './log-data.js';
import { addedPartners, typedPartners } from './log-partners-typed.js';

/** "ikut", "ikut juga", "juga ikut": taking part said after the group, before {@link addedPartners} reads the "juga". */
const TAKES_PART = /\s+(?:(?:juga|jg)\s+)?(?:ikut(?:an)?|took part|joined)(?=(?:\s+(?:juga|jg|too|kok))?[\s.!]*$)/i;

/** The summary with the partner groups named in `text` added, or null when `text` adds none. */
export function summaryPartnerAdded(text: string, { data }: Ctx): StepOutcome<LogData> | null {
  const candidates = data.candidates ?? [];
  if (candidates.length === 0) return null;
  const said = text.trim().replace(/[.!]+$/, '');
  const taking = said.replace(TAKES_PART, ' ').replace(/\s+/g, ' ').trim();
  // "posyandu anggrek juga ikut" → "posyandu anggrek juga"; "posyandu anggrek ikut juga" → "posyandu anggrek juga".
  const added = addedPartners(taking === said ? said : `${taking} juga`);
  const typed = added === null ? null : typedPartners(added, candidates);
  if (typed === null || typed.which.length > 0 || typed.picked.length === 0) return null;
  const partners = [...new Set([...(data.partners ?? []), ...typed.picked])];
  const names = candidates.filter((group) => partners.includes(group.id)).map((group) => group.name);
  return { type: 'stay', data: { ...data, partners }, say: [say(t('activities:partnersPicked', { names: andListText(names) }))], reprompt: true };
}
