/**
 * The main menu is looked up only for replies that show it: most replies do not, and the
 * lookup costs several queries. A reply that shows it gets one button per entry after its own.
 */
import { describe, expect, it } from 'vitest';
import { fillMenus, menuEntryIdOfButton, withMenu, type MenuEntry } from '../../src/core/menu.js';
import { say } from '../../src/core/messages.js';
import { t } from '../../src/core/text.js';

const ENTRIES: readonly MenuEntry[] = [
  { id: 'faq', label: t('menu.faq'), flow: 'faq' },
  { id: 'status', label: t('menu.status'), flow: 'status-check' },
];

/** A lookup that counts how often it runs. */
function counted(entries: readonly MenuEntry[] = ENTRIES) {
  const load = () => {
    load.calls += 1;
    return Promise.resolve(entries);
  };
  load.calls = 0;
  return load;
}

describe('fillMenus', () => {
  it('does not look the menu up when no message shows it', async () => {
    const load = counted();
    const messages = [say(t('a')), say(t('b'), [{ id: 'x', label: t('x') }])];
    expect(await fillMenus(messages, load)).toEqual(messages);
    expect(load.calls).toBe(0);
  });

  it('looks it up once for all the messages that show it, its buttons after their own', async () => {
    const load = counted();
    const filled = await fillMenus([withMenu(say(t('a'), [{ id: 'cmd:resume', label: t('resume') }])), say(t('b')), withMenu(say(t('c')))], load);
    expect(load.calls).toBe(1);
    expect(filled).toEqual([
      { body: [t('a')], buttons: [{ id: 'cmd:resume', label: t('resume') }, { id: 'menu:faq', label: t('menu.faq') }, { id: 'menu:status', label: t('menu.status') }] },
      { body: [t('b')] },
      { body: [t('c')], buttons: [{ id: 'menu:faq', label: t('menu.faq') }, { id: 'menu:status', label: t('menu.status') }] },
    ]);
    // The flag is the runner's business: channels never see it.
    expect(filled.some((message) => 'menu' in message)).toBe(false);
  });

  it('leaves a message without buttons when the menu is empty', async () => {
    expect(await fillMenus([withMenu(say(t('a')))], counted([]))).toEqual([{ body: [t('a')] }]);
  });

  it('reads the entry id back from a menu button only', () => {
    expect(menuEntryIdOfButton('menu:status')).toBe('status');
    expect(menuEntryIdOfButton('cmd:menu')).toBeNull();
  });
});
