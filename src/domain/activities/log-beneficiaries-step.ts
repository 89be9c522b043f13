/** The beneficiaries' question: counts per PMKS category, by its button or typed by name. */
import { type StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, isSkip, textOf } from '../flow-kit.js';
import { MAX_BENEFICIARIES, PMKS_CODES, beneficiariesBesidesOrdinary, parseBeneficiaries } from '../parse/pmks.js';
import { parseCount } from '../parse/numbers.js';
import { PMKS_FOR_CATEGORY, pmksName } from './pmks-names.js';
import { saysNoMore } from './enough-words.js';
import { keepsEarlyPhoto } from './log-early-photo.js';
import { countedNeglectedNotes } from './log-counted-notes.js';
import { type LogData, tally, countsRead } from './log-data.js';

/** The beneficiaries' question. */
export const beneficiariesStep: StepDef<LogData> = keepsEarlyPhoto({
  prompt: ({ data }) => {
    if (data.pmksCode !== undefined) return say(t('activities:askPmksCount', { name: pmksName(data.pmksCode) }));
    const codes = data.pmksAll ? PMKS_CODES : PMKS_FOR_CATEGORY[data.category ?? 'lainnya'];
    const so = tally(data);
    return say(
      [t('activities:askBeneficiariesByName'), ...(so ? [t('activities:beneficiariesSoFar', { tally: so })] : [])],
      [
        ...codes.map((code) => ({ id: `pmks:${code}`, label: pmksName(code) })),
        ...(data.pmksAll ? [] : [{ id: 'pmks:other', label: t('activities:pmksOther') }]),
        { id: 'pmks:done', label: t(so ? 'activities:beneficiariesDone' : 'activities:pmksNone') },
      ],
    );
  },
  expects: t('activities:expectsBeneficiaries'),
  example: t('activities:exampleBeneficiariesByName'),
  help: t('activities:pmksList'),
  on(input, { data }) {
    const button = buttonOf(input);
    const text = textOf(input)?.toLowerCase();
    const { pmksCode, pmksAll: _all, ...rest } = data;
    if (pmksCode !== undefined) {
      // The count for the category whose button was pressed ("15", "sekitar 15an", "ada 15 lansia").
      const count = text ? parseCount(text, { min: 1, max: MAX_BENEFICIARIES }) : null;
      // (The category's button said what they are: "25 lansia" after "Lansia terlantar" is that.)
      const named = text && !count?.ok ? parseBeneficiaries(text) : null;
      const only = named?.ok && Object.keys(named.value).length === 1 ? named.value[pmksCode] : undefined;
      if (named?.ok && only === undefined) {
        // "20 lansia terus 5 disabilitas": counts by name for several categories, the whole answer (as typed by name).
        return { type: 'goto', step: 'summary', data: { ...rest, beneficiaries: { ...(data.beneficiaries ?? {}), ...named.value } } };
      }
      const value = count?.ok ? count.value : only;
      if (value === undefined) return { type: 'invalid', reason: t('activities:expectsPmksCount') };
      const beneficiaries = { ...(data.beneficiaries ?? {}), [pmksCode]: (data.beneficiaries?.[pmksCode] ?? 0) + value };
      return { type: 'stay', data: { ...rest, beneficiaries }, reprompt: true };
    }
    if (button === 'pmks:other' || button === 'pmks:list' || text === 'lainnya' || text === 'daftar' || text === 'list') {
      return { type: 'stay', data: { ...data, pmksAll: true }, reprompt: true };
    }
    if (button?.startsWith('pmks:') && /^pmks:\d{1,2}$/.test(button)) {
      const code = PMKS_CODES.find((known) => known === Number(button.slice(5)));
      return code !== undefined ? { type: 'stay', data: { ...data, pmksCode: code }, reprompt: true } : { type: 'invalid' };
    }
    // "udah itu aja", "gak ada, warga umum aja": as ✔️ Selesai / ⏭️ Tidak ada.
    if (button === 'pmks:done' || isSkip(input) || (text !== undefined && saysNoMore(text, 'beneficiaries'))) {
      return { type: 'goto', step: 'summary', data: rest };
    }
    if (!text) return { type: 'invalid' };
    const parsed = parseBeneficiaries(text, countsRead(data));
    // "ada tiga puluh balita sama dua anak disabilitas": the balita weighed as usual are no PMKS,
    // the 2 are; those are kept and the balita said to be left out (was all refused, the 2 lost).
    // Read again only when such people were what refused it (any other refusal stands either way).
    const besides = !parsed.ok && (parsed.error === 'not_neglected' || parsed.error === 'not_neglected_elderly') ? beneficiariesBesidesOrdinary(text, countsRead(data)) : null;
    if (besides) {
      const beneficiaries: Record<string, number> = { ...(data.beneficiaries ?? {}), ...besides.counts };
      return { type: 'goto', step: 'summary', data: { ...rest, beneficiaries }, say: [say(t(`activities:ordinaryLeftOut.${besides.left}`))] };
    }
    if (!parsed.ok) return { type: 'invalid', reason: t(`activities:beneficiaryError.${parsed.error}`) };
    // Typed "20 lansia, 5 fakir miskin" states those counts (a category named again is set, not
    // added to what is recorded so far, as at the summary); the summary shows it by name.
    const beneficiaries: Record<string, number> = { ...(data.beneficiaries ?? {}), ...parsed.value };
    // "20 lansia" at Bantuan lansia counts as Lansia terlantar, "20 anak yatim" as Anak terlantar:
    // each said, so the leader can undo it (the orphans were counted in silence).
    const note = countedNeglectedNotes(text, parsed.value, data);
    return { type: 'goto', step: 'summary', data: { ...rest, beneficiaries }, ...(note.length > 0 && { say: note }) };
  },
});
