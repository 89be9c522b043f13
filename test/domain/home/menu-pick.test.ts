/**
 * A menu pick by id of an entry every person's menu has ("daftar", "cek status", their
 * buttons), or of the inbox, is found without reading the person's standing (a statement on
 * the message path); other picks read the live menu. Both give the entry the live menu would.
 */
import { describe, expect, it } from 'vitest';
import type { EffectContext } from '../../../src/core/effect-context.js';
import { EffectRegistry } from '../../../src/core/effect-registry.js';
import type { MenuEntry } from '../../../src/core/menu.js';
import type { MenuPickRequest, MenuPickResult } from '../../../src/domain/home/menu-pick.js';
import type { MenuStanding } from '../../../src/domain/model/menu-facts.js';
import type { DomainTx } from '../../../src/domain/model/tx.js';
import { testAssistant } from '../../support/assistant.js';

const STANDINGS: MenuStanding[] = [false, true].flatMap((leads) =>
  [0, 2].flatMap((inbox) => [false, true].map((officer) => ({ leads, inbox, officer }))),
);

describe('menu picks', () => {
  const assistant = testAssistant();
  const effects = new EffectRegistry(assistant.effects);

  /** A transaction whose only port is the menu's standing, counting its reads. */
  function context(standing: MenuStanding) {
    const reads = { count: 0 };
    const tx = {
      menuFacts: {
        standing: () => {
          reads.count += 1;
          return Promise.resolve(standing);
        },
      },
    } as unknown as DomainTx;
    const ctx = { tx, person: { id: '00000000-0000-4000-8000-000000000001', locale: 'id', displayName: null, phoneE164: null }, identityId: 'i', channel: 'webchat', now: new Date(0) } as unknown as EffectContext<DomainTx>;
    return { ctx, reads };
  }

  async function pick(request: MenuPickRequest, standing: MenuStanding) {
    const { ctx, reads } = context(standing);
    const result = (await effects.perform({ type: 'menu.pick', payload: request }, ctx)) as MenuPickResult;
    return { entry: result.entry, reads: reads.count };
  }

  async function liveMenu(standing: MenuStanding): Promise<readonly MenuEntry[]> {
    return assistant.menu(context(standing).ctx);
  }

  it('finds each entry by button and word as the live menu has it, for every standing; reads the standing only for entries that depend on it', async () => {
    let unreadPicks = 0;
    for (const standing of STANDINGS) {
      const menu = await liveMenu(standing);
      const ids = ['inbox', 'faq', 'status', 'register', 'activity', 'relation', 'groups', 'activities', 'officer', 'link', 'mydata', 'language', 'nothing'];
      for (const id of ids) {
        const expected = menu.find((entry) => entry.id === id) ?? null;
        for (const request of [{ by: 'button', id }, { by: 'word', id, text: id }] as const) {
          const { entry, reads } = await pick(request, standing);
          if (reads === 0) unreadPicks += 1;
          if (id === 'inbox') {
            // The inbox opens for anyone, unread: its flow says when nothing waits.
            expect(entry, `inbox ${JSON.stringify(standing)}`).toMatchObject({ id: 'inbox', flow: menu.find((item) => item.id === 'inbox')?.flow ?? 'confirm.inbox' });
            expect(reads).toBe(0);
            continue;
          }
          expect(entry, `${id} ${JSON.stringify(standing)}`).toEqual(expected);
          // Entries that only some people have are looked up in the live menu.
          if (['activity', 'relation', 'groups', 'activities', 'officer', 'nothing'].includes(id)) expect(reads, id).toBe(1);
        }
      }
    }
    // faq, status, register, link, mydata, language and the inbox: by button and by word, for every standing.
    expect(unreadPicks).toBe(7 * 2 * STANDINGS.length);
  });

  it('reads the live menu for a number: the entries before it depend on the person', async () => {
    for (const standing of STANDINGS) {
      const menu = await liveMenu(standing);
      for (let position = 1; position <= menu.length + 1; position++) {
        const { entry, reads } = await pick({ by: 'number', position, text: String(position) }, standing);
        expect(entry).toEqual(menu[position - 1] ?? null);
        expect(reads).toBe(1);
      }
    }
  });
});
