/**
 * "apa yang kurang", "kurangnya apa aja", "what is missing" typed at a group's screen in 👥
 * Kelompok saya: what that group's desa still lacks for its WKSBM status, as asked right after a
 * desa's status (status-message.ts missingMessage: the gaps under the desa's name and level), not
 * its whole status, which buried them under every criterion. At the menu the same words check
 * the person's own desa, asked for when their groups are in several; here the desa is the
 * group's. The screen's buttons come with the answer, since the question came from it; its
 * details, read just above, are not shown again.
 */
import type { StepInput, StepOutcome } from '../../core/engine/flow.js';
import type { Button } from '../../core/messages.js';
import { missingMessage } from '../status/status-message.js';
import { STATUS_CHECK } from '../status/status-check-effect.js';
import { missingAsked } from '../parse/missing-asked.js';
import type { GroupView } from '../model/groups.js';

/** The desa's status read, when `typed` asks what it lacks; null for anything else. */
export function missingRequested<D>(typed: string | null, group: GroupView): StepOutcome<D> | null {
  return typed !== null && missingAsked(typed) ? { type: 'stay', effects: [STATUS_CHECK.request({ villageCode: group.villageCode })] } : null;
}

/**
 * What the desa lacks, said once its status is read, with the group screen's `buttons` (null
 * when `input` is no such result).
 */
export function missingAnswered<D>(input: StepInput, group: GroupView | undefined, buttons: (group: GroupView) => readonly Button[]): StepOutcome<D> | null {
  const status = STATUS_CHECK.result(input);
  if (status === undefined || group === undefined) return null;
  const village = { name: group.villageName, districtName: group.districtName, regencyName: group.regencyName };
  return { type: 'stay', say: [{ ...missingMessage(status, village), buttons: buttons(group) }] };
}
