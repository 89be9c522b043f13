/**
 * Registers a group through a chat by answering whatever the bot asks, so tests keep working
 * when the order of questions changes: consent, desa (known-desa button, exact-name
 * confirmation or list), name, type (only when the name does not state it), RT/RW, members,
 * ketua with phone (or phone alone), save. Used by chat tests through their `send`.
 */
import type { Reply } from './bot.js';

/** What to answer. */
export interface GroupAnswers {
  readonly type: string;
  /** Only for type "other": what kind of group it is. */
  readonly typeOther?: string;
  readonly name: string;
  readonly villageQuery: string;
  readonly villageCode: string;
  /** "seluruh desa", "RT 05 RW 03", "Dusun Krajan"… */
  readonly unit: string;
  readonly members: string;
  readonly ketua: string;
  readonly phone: string;
}

/** A chat to answer in: sends text or a button press, returns the replies. */
export type Send = (input: string | { button: string }) => Promise<Reply[]>;

const ids = (replies: readonly Reply[]) => replies.flatMap((reply) => reply.buttons?.map((button) => button.id) ?? []);

/** The question being asked: the last reply (earlier ones echo answers or introduce the flow). */
const question = (replies: readonly Reply[]) => replies.at(-1)?.text ?? '';

/** The replies announce that the group named `name` was saved. */
function saved(replies: readonly Reply[], name: string): boolean {
  return replies.some((reply) => reply.text.includes(`"${name}"`) && /🎉/.test(reply.text));
}

/**
 * Answers from `first` (the replies to "daftar", the menu button or a "same group" start) on,
 * until the group is saved; returns the replies to saving. Fails on a duplicate name (or one
 * the same but for its RT/RW) or on a question it does not know, showing the replies, so a changed journey is easy to see.
 */
export async function answerRegistration(send: Send, first: Reply[], answers: GroupAnswers): Promise<Reply[]> {
  let replies = first;
  for (let turn = 0; turn < 20; turn++) {
    if (saved(replies, answers.name)) return replies;
    const buttons = ids(replies);
    const asked = question(replies);
    if (buttons.includes('join')) throw new Error(`registration: "${answers.name}" is a duplicate: ${JSON.stringify(replies)}`);
    if (buttons.includes('same:yes')) throw new Error(`registration: "${answers.name}" is asked about a group named the same but for its RT/RW: ${JSON.stringify(replies)}`);
    if (buttons.includes('consent:agree')) replies = await send({ button: 'consent:agree' });
    else if (buttons.includes('save')) replies = await send({ button: 'save' });
    else if (buttons.includes('village-exact:yes')) {
      // Confirms only the desa meant; a different exact hit is declined to get the list.
      replies = await send({ button: asked.toLowerCase().includes(answers.villageQuery.split(/[ ,]/)[0]!.toLowerCase()) ? 'village-exact:yes' : 'village-exact:no' });
    } else if (buttons.includes(`village:${answers.villageCode}`)) replies = await send({ button: `village:${answers.villageCode}` });
    else if (buttons.includes(`type:${answers.type}`)) replies = await send({ button: `type:${answers.type}` });
    else if (buttons.includes('unit:whole')) replies = await send(answers.unit);
    else if (/desa\/kelurahan mana|which desa|desa\/kelurahan is/i.test(asked)) replies = await send(answers.villageQuery);
    else if (/jenis kelompok apa|what kind of group/i.test(asked)) replies = await send(answers.typeOther ?? 'Kelompok lain');
    else if (/nama kelompok|group called|name of this/i.test(asked)) replies = await send(answers.name);
    else if (/jumlah anggota|members/i.test(asked)) replies = await send(answers.members);
    else if (/ketua kelompok ini|chairs this group/i.test(asked)) replies = await send(`${answers.ketua} ${answers.phone}`);
    else if (/nomor HP|mobile number|phone/i.test(asked)) replies = await send(answers.phone);
    else throw new Error(`registration: unexpected question ${JSON.stringify(replies)}`);
  }
  throw new Error(`registration did not finish: ${JSON.stringify(replies)}`);
}

/**
 * Starts a registration ("daftar"), agrees, names the desa `village` when it is not offered
 * already and confirms it (its exact name), then answers the name question with `name`;
 * returns the replies to the name, where a group of that name in the desa is found.
 */
export async function typeGroupName(send: Send, village: string, name: string): Promise<Reply[]> {
  await send('daftar');
  const asked = await send({ button: 'consent:agree' });
  if (!ids(asked).includes('village-exact:yes')) await send(village);
  await send({ button: 'village-exact:yes' });
  return send(name);
}

/**
 * Registers a group of `type` named `name` in Panggungharjo (whole desa, 20 members, `ketua`
 * with a phone) through `send`, then goes back to the menu: its sender leads it from then on.
 */
export async function registerInPanggungharjo(send: Send, type: string, name: string, ketua: string): Promise<void> {
  await answerRegistration(send, await send('daftar'), {
    type, name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua, phone: '0812-3456-7890',
  });
  await send('menu');
}

/**
 * Registers an arisan named `name` in Panggungharjo at RT 03 (20 members, Bu Wati with `phone`)
 * through `send`, then opens 👥 Kelompok saya: its screen's replies (the sender's one group).
 */
export async function arisanOnScreen(send: Send, name: string, phone: string): Promise<Reply[]> {
  await answerRegistration(send, await send('daftar'), {
    type: 'arisan', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 03', members: '20', ketua: 'Bu Wati', phone,
  });
  await send('menu');
  return send('👥 Kelompok saya');
}
