/**
 * "apa yang kurang", "what is missing" typed at a group's screen in 👥 Kelompok saya: what that
 * group's desa still lacks for its WKSBM status, as 📊 Cek status WKSBM says it (the same
 * effect and message: criteria, gaps, what waits for confirmation). At the menu the same words
 * check the person's own desa, asked for when their groups are in several; here the desa is the
 * group's. The screen stays, since the question came from it.
 */
import type { StepInput, StepOutcome } from '../../core/engine/flow.js';
import { statusMessage } from '../status/status-message.js';
import { STATUS_CHECK } from '../status/status-check-effect.js';
import { missingAsked } from '../parse/missing-asked.js';
import type { GroupView } from '../model/groups.js';

/** The desa's status read, when `typed` asks what it lacks; null for anything else. */
export function missingRequested<D>(typed: string | null, group: GroupView): StepOutcome<D> | null {
  return typed !== null && missingAsked(typed) ? { type: 'stay', effects: [STATUS_CHECK.request({ villageCode: group.villageCode })] } : null;
}

/** The desa's status said once read (the screen follows it again); null when `input` is no such result. */
export function missingAnswered<D>(input: StepInput, group: GroupView | undefined): StepOutcome<D> | null {
  const status = STATUS_CHECK.result(input);
  if (status === undefined || group === undefined) return null;
  const village = { name: group.villageName, districtName: group.districtName, regencyName: group.regencyName };
  return { type: 'stay', say: [statusMessage(status, village)], reprompt: true };
}
