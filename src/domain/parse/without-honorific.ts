/**
 * A person's name without the form of address typed before it: "bu Siti Aminah" → "Siti
 * Aminah", "Pak Bayu" → "Bayu". The bot addresses people itself; a title saved in the name
 * came back doubled ("Bu bu Siti") and split one person into two names ("Bu Siti" and
 * "Siti"). Titles that are part of how a name is written (Hj., Dr.) stay.
 */
import { FORMS_OF_ADDRESS } from './name-phone.js';

/**
 * The name with its leading forms of address removed ("bu", "Bapak.", "mbak"), or as typed
 * when nothing that reads as a name is left ("Bu RT" keeps its word only if the rest has at
 * least two letters: "Pak A" stays "Pak A").
 */
export function withoutHonorific(name: string): string {
  const words = name.trim().split(/\s+/u);
  let start = 0;
  while (start < words.length - 1 && FORMS_OF_ADDRESS.has(words[start]!.toLowerCase().replace(/[.,]+$/u, ''))) start += 1;
  const rest = words.slice(start).join(' ');
  return (rest.match(/\p{L}/gu) ?? []).length >= 2 ? rest : name.trim();
}
