/**
 * Registers a group through a chat by answering whatever the bot asks, so tests keep working
 * when the order of questions changes: consent, desa (confirmation or list), name, type,
 * RT/RW, members, ketua with phone, save. Used by web chat tests through their `send`.
 */
import type { Reply } from './bot.js';

/** What to answer. */
export interface GroupAnswers {
  readonly type: string;
  readonly name: string;
  readonly villageQuery: string;
  readonly villageCode: string;
  readonly unit: string;
  readonly members: string;
  readonly ketua: string;
  readonly phone: string;
}

const ids = (replies: readonly Reply[]) => replies.flatMap((reply) => reply.buttons?.map((button) => button.id) ?? []);
const text = (replies: readonly Reply[]) => replies.map((reply) => reply.text).join('\n');

/** Answers from the replies to "daftar" on, until the group is saved; returns the last replies. */
export async function answerRegistration(send: (input: string | { button: string }) => Promise<Reply[]>, first: Reply[], answers: GroupAnswers): Promise<Reply[]> {
  let replies = first;
  for (let turn = 0; turn < 20; turn++) {
    const buttons = ids(replies);
    const said = text(replies);
    if (/sudah terdaftar|already registered/i.test(said) && !buttons.includes('save')) return replies;
    if (buttons.includes('consent:agree')) replies = await send({ button: 'consent:agree' });
    else if (buttons.includes('save')) replies = await send({ button: 'save' });
    else if (buttons.includes('village-exact:yes')) replies = await send({ button: 'village-exact:yes' });
    else if (buttons.includes(`village:${answers.villageCode}`)) replies = await send({ button: `village:${answers.villageCode}` });
    else if (buttons.includes(`type:${answers.type}`)) replies = await send({ button: `type:${answers.type}` });
    else if (buttons.includes('unit:whole')) replies = await send(answers.unit);
    else if (/desa\/kelurahan|which desa/i.test(said)) replies = await send(answers.villageQuery);
    else if (/nama kelompok|group called/i.test(said)) replies = await send(answers.name);
    else if (/jumlah anggota|members/i.test(said)) replies = await send(answers.members);
    else if (/ketua kelompok ini|chairs this group/i.test(said)) replies = await send(`${answers.ketua} ${answers.phone}`);
    else if (/nomor HP|mobile number/i.test(said)) replies = await send(answers.phone);
    else throw new Error(`registration: unexpected question ${JSON.stringify(replies)}`);
  }
  throw new Error('registration did not finish');
}
