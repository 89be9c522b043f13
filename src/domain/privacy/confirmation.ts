/**
 * What confirms the erase and withdraw confirmations: their button, their deliberate words
 * ("hapus", "tarik persetujuan"; never a bare "ya"), or the request that opened the flow said
 * again in words ("iya, tolong hapus data saya", "ya cabut persetujuan saya"). The slash
 * command typed again ("/hapusdata") is no confirmation: a tap on the command menu twice.
 */
import type { StepInput } from '../../core/engine/flow.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { privacyCommandFlow } from './commands.js';

/** Whether `input` confirms the confirmation of flow `flowId`, whose button is `button` and typed words `words`. */
export function confirmsPrivacyRequest(input: StepInput, button: string, words: ReadonlySet<string>, flowId: string): boolean {
  if (buttonOf(input) === button) return true;
  const typed = textOf(input)?.toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ');
  if (typed === undefined) return false;
  return words.has(typed) || (!typed.startsWith('/') && privacyCommandFlow(typed) === flowId);
}
