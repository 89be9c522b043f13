/**
 * Engine tests from JSON fixtures (state + input → output), in the manner of goflow: each
 * fixture is a conversation of inputs at given times, with the messages, effects and
 * position expected after each. Messages are written compactly as
 * `key{param=value} | key2 [button-id, …]` so a fixture reads like a chat log. A message
 * that shows the main menu is filled with the test menu's buttons, as the runner does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StepInput } from '../../../src/core/engine/flow.js';
import { fillMenus } from '../../../src/core/menu.js';
import type { OutboundMessage } from '../../../src/core/messages.js';
import { isText, type Text } from '../../../src/core/text.js';
import { TEST_MENU, createTestEngine, testEnv } from './test-flows.js';

interface FixtureStep {
  at: string;
  input: StepInput;
  /** Use an engine whose survey flow has this version from this step on (a deploy). */
  surveyVersion?: number;
  /** Replace the stored state before this step (simulates a corrupted row). */
  storedOverride?: unknown;
  expect: {
    messages: string[];
    effects?: string[];
    top?: { flow: string; step: string };
    data?: Record<string, unknown>;
    invalid?: number;
    paused?: number;
    /** The flow the "continue" button would resume. */
    pausedFlow?: string;
  };
}

interface Fixture {
  description: string;
  steps: FixtureStep[];
}

function textToString(text: Text): string {
  const params = Object.entries(text.params ?? {})
    .map(([name, value]) => `${name}=${isText(value) ? value.key : String(value)}`)
    .join(',');
  return params ? `${text.key}{${params}}` : text.key;
}

function messageToString(message: OutboundMessage): string {
  const body = message.body.map(textToString).join(' | ');
  return message.buttons ? `${body} [${message.buttons.map((button) => button.id).join(', ')}]` : body;
}

const dir = join(import.meta.dirname, 'fixtures');
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();

describe('engine fixtures', () => {
  it('has fixtures', () => expect(files.length).toBeGreaterThan(5));

  for (const file of files) {
    const fixture = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture;
    it(`${file}: ${fixture.description}`, async () => {
      let engine = createTestEngine();
      let stored: unknown = null;
      for (const [index, step] of fixture.steps.entries()) {
        if (step.surveyVersion !== undefined) engine = createTestEngine(step.surveyVersion);
        if (step.storedOverride !== undefined) stored = step.storedOverride;
        // Frozen: the engine must leave what it was given as it was (it shares flows' data with it).
        const result = engine.step(deepFreeze(stored), step.input, testEnv(step.at));
        // What is stored is JSON: round-trip it as the database would.
        stored = JSON.parse(JSON.stringify(result.state));
        const where = `${file} step ${index + 1} (${JSON.stringify(step.input)})`;
        const shown = await fillMenus(result.messages, () => Promise.resolve(TEST_MENU));
        expect(shown.map(messageToString), where).toEqual(step.expect.messages);
        expect(result.effects.map((effect) => effect.type), where).toEqual(step.expect.effects ?? []);
        const top = result.state.stack[result.state.stack.length - 1]!;
        if (step.expect.top) expect({ flow: top.flow, step: top.step }, where).toEqual(step.expect.top);
        if (step.expect.data) expect(top.data, where).toEqual(step.expect.data);
        if (step.expect.invalid !== undefined) expect(result.state.invalid, where).toBe(step.expect.invalid);
        if (step.expect.paused !== undefined) expect(result.state.paused?.length ?? 0, where).toBe(step.expect.paused);
        if (step.expect.pausedFlow !== undefined) expect(result.state.paused?.at(-1)?.flow, where).toBe(step.expect.pausedFlow);
      }
    });
  }
});

/** Freezes `value` and everything in it: a change of any part then throws (ES modules are strict). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
