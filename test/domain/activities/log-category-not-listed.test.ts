/**
 * A kind of activity not on the list ("pengajian") was answered only "contohnya: santunan
 * anak yatim"; it is now said not to be listed, with Lainnya to choose. Kinds on the list and
 * two kinds named are read as before.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { logActivityFlow } from '../../../src/domain/activities/log-flow.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import { say } from '../../../src/core/messages.js';
import type { Text } from '../../../src/core/text.js';

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const step = logActivityFlow.steps.category!;
const at = (text: string) => step.on({ type: 'text', text }, { data: { consented: true }, env });
const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');

describe('a kind of activity typed', () => {
  it('not on the list: said so, with Lainnya', () => {
    const outcome = at('pengajian');
    expect(outcome).toMatchObject({ type: 'invalid', reason: { key: 'activities:categoryNotListed' } });
    const [shown] = renderer.render([say((outcome as { reason: Text }).reason)], 'id');
    expect(shown!.text).toContain('“pengajian”');
    expect(shown!.text).toContain('Lainnya');
  });

  it('on the list, or two of them, as before', () => {
    expect(at('kerja bakti')).toMatchObject({ type: 'goto', data: { category: 'kerja_bakti' } });
    // Two of them: which one asked, as the question's own (a refusal let the words open another flow).
    expect(at('santunan yatim sama lansia')).toMatchObject({ type: 'stay', say: [{ body: [{ key: 'activities:categoryWhich' }] }], reprompt: true });
  });

  it('not on the list but kept as the description: no invalid answer, so several in a row never give up', () => {
    expect(at('pengajian rutin malam jumat')).toMatchObject({ type: 'invalid', kept: true, data: { typedDescription: 'pengajian rutin malam jumat' } });
    // Nothing kept ("?" asks, "ab" describes nothing): invalid as before.
    expect(at('apa ya?')).not.toHaveProperty('kept');
  });
});
