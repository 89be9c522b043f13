/**
 * The flow a request read in free text opens, with its start input: a desa's status, a
 * registration, an activity. The FAQ flow uses it (wired in assistant.ts) so that
 * "mau daftar kelompok pkk" typed there starts the registration, as at the menu.
 */
import { countsInside } from '../activities/log-description-taken.js';
import { LOG_ACTIVITY_FLOW_ID } from '../activities/log-flow.js';
import { REGISTER_GROUP_FLOW_ID } from '../groups/register-flow.js';
import { AREA_COUNTS_FLOW_ID } from '../status-check/area-counts-flow.js';
import { STATUS_CHECK_FLOW_ID, type StatusCheckInput } from '../status-check/check-flow.js';
import type { Understood } from '../understanding/understand.js';
import type { RegisterDetails } from '../understanding/register-details.js';
import type { AreaAsked } from '../understanding/area-count-words.js';
import type { AreaCountsInput } from '../status-check/area-counts-flow.js';

/**
 * The flow a message asks for, or null when it is no such request (a question, thanks…), from
 * its one reading (understanding/question-reading.ts): its request is read once for the other
 * readings of it too (❓ Tanya's, the asides').
 */
export function requestFlowOfReading(reading: { request(): Understood | null; readonly text: string }): { flow: string; input: Record<string, unknown> } | null {
  return flowOfRequest(reading.request(), reading.text);
}

/** The flow a request read in free text opens (the request alone: the FAQ reads a question itself); `text` as typed. */
function flowOfRequest(understood: Understood | null, text: string): { flow: string; input: Record<string, unknown> } | null {
  switch (understood?.kind) {
    case 'status':
      return { flow: STATUS_CHECK_FLOW_ID, input: { ...statusCheckInput(understood) } };
    case 'area_counts':
      return { flow: AREA_COUNTS_FLOW_ID, input: { ...areaCountsInput(understood) } };
    case 'register':
      return { flow: REGISTER_GROUP_FLOW_ID, input: registerInput(understood.groupType ?? '', understood) };
    case 'activity': {
      // "… santunan yatim 15 anak": the people counted go along, as from the menu (home-flow.ts).
      const counted = countsInside(text, understood);
      return {
        flow: LOG_ACTIVITY_FLOW_ID,
        input: {
          ...(understood.date && { date: understood.date }),
          ...(understood.category && { category: understood.category }),
          ...(understood.partner && { partner: understood.partner }),
          ...(counted && { beneficiaries: counted }),
        },
      };
    }
    default:
      return null;
  }
}

/**
 * The status check's start input: the desa named or the person's own, the RWs named ("rw 3 dan
 * 4"), whether only what it still lacks was asked ("apa yg kurang", at the menu or in ❓ Tanya), and
 * whether how the person's desa becomes a WKSBM was asked (its desa question then tells the way).
 */
export function statusCheckInput(asked: Extract<Understood, { kind: 'status' }>): StatusCheckInput {
  return {
    query: asked.query,
    mine: asked.mine,
    rw: asked.rw,
    ...(asked.moreRw && asked.moreRw.length > 0 && { moreRw: asked.moreRw }),
    ...(asked.missing === true && asked.query === undefined && { missing: true }),
    ...(asked.becoming === true && asked.query === undefined && { becoming: true }),
  };
}

/** The desa counts' start input: the place named, or the person's own area (of a kind). */
export function areaCountsInput(asked: AreaAsked): AreaCountsInput {
  return { ...(asked.query && { query: asked.query }), ...(asked.mine && { mine: true }), ...(asked.of && { of: asked.of }) };
}

/** The registration's start input: the kind, and what the request stated (name, desa, RT/RW, members, ketua). */
export function registerInput(type: string, details: RegisterDetails): Record<string, unknown> {
  return {
    ...(type && { type }),
    ...(details.typeOther && { typeOther: details.typeOther }),
    ...(details.name && { name: details.name }),
    ...(details.place && { place: details.place }),
    ...(details.unit && { unit: details.unit }),
    ...(details.members && { members: details.members }),
    ...(details.ketua && { ketuaName: details.ketua.name, ...(details.ketua.phone && { ketuaPhone: details.ketua.phone }) }),
    ...(!details.ketua && details.ketuaIsMe && { ketuaIsMe: true, ...(details.ownPhone && { ketuaPhone: details.ownPhone }) }),
  };
}
