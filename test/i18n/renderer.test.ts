/**
 * The renderer remembers texts without parameters once rendered (per locale and key); texts
 * with parameters are rendered each time; a missing key still shows as the key and is reported.
 */
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/i18n/renderer.js';

const resources = {
  id: { common: { hello: 'Halo', greet: 'Halo, {{name}}', nested: 'Lihat $t(common:hello)' } },
  en: { common: { hello: 'Hello', greet: 'Hello, {{name}}', nested: 'See $t(common:hello)' } },
};

describe('createRenderer', () => {
  it('renders a fixed text per locale, the same each time, nested texts included', () => {
    const renderer = createRenderer(resources, 'id');
    for (let round = 0; round < 2; round++) {
      expect(renderer.text({ key: 'hello' }, 'id')).toBe('Halo');
      expect(renderer.text({ key: 'hello' }, 'en')).toBe('Hello');
      expect(renderer.text({ key: 'nested', params: {} }, 'en')).toBe('See Hello');
    }
  });

  it('renders a text with parameters with the parameters of each call', () => {
    const renderer = createRenderer(resources, 'id');
    expect(renderer.text({ key: 'greet', params: { name: 'Sri' } }, 'id')).toBe('Halo, Sri');
    expect(renderer.text({ key: 'greet', params: { name: 'Budi' } }, 'id')).toBe('Halo, Budi');
    expect(renderer.text({ key: 'greet', params: { name: { key: 'hello' } } }, 'en')).toBe('Hello, Hello');
  });

  it('shows a missing key as the key and reports it', () => {
    const missing: string[] = [];
    const renderer = createRenderer(resources, 'id', (locale, key) => missing.push(`${locale}:${key}`));
    expect(renderer.text({ key: 'nope' }, 'id')).toBe('nope');
    expect(renderer.text({ key: 'nope' }, 'id')).toBe('nope');
    expect(missing.length).toBeGreaterThan(0);
  });
});
