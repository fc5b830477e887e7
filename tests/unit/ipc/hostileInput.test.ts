// Hostile IPC input: at least 10,000 generated payloads across every request in the contract (wrong
// types, huge strings, deep nesting, prototype-pollution keys, NaN and Infinity, dates out of range).
// Every call must return a structured result, never throw, never hit an unexpected error (INTERNAL),
// never pollute prototypes, and leave every store file valid for the next start.
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { requests } from '../../../shared/ipc/contract.ts';
import { makeTempDir, startTestApp } from '../../support/testServices.ts';

const TOTAL_PAYLOADS = 10_000;
const channels = Object.keys(requests) as Array<keyof typeof requests>;
const runsPerChannel = Math.ceil(TOTAL_PAYLOADS / channels.length);

const deep = (depth: number): unknown => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

const hostile = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    new Date(8.64e15 + 1),
    new Date(-8.64e15 - 1),
    new Date(Number.NaN),
    '9999-99-99T99:99:99Z',
    '',
    '\u0000',
    'x'.repeat(1_000_000),
    deep(2_000),
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
    Object.create(null),
    Array.from({ length: 100_000 }, () => 1),
    null,
    undefined,
  ),
  fc.string({ maxLength: 50 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

const value = fc.oneof({ weight: 3, arbitrary: fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }) }, { weight: 2, arbitrary: hostile });

/** For object inputs, also generate objects with the real keys and hostile values, to reach deeper checks. */
function payloadsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const unwrapped = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (unwrapped instanceof z.ZodObject) {
    const keys = Object.keys(unwrapped.shape as Record<string, unknown>);
    const shaped = fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), value, { maxKeys: keys.length + 2 });
    return fc.oneof(value, shaped);
  }
  return value;
}

describe('hostile IPC input', () => {
  const dataDir = makeTempDir('limber-hostile-');
  const app = startTestApp(dataDir);
  let calls = 0;
  afterAll(() => expect(calls).toBeGreaterThanOrEqual(TOTAL_PAYLOADS));

  it.each(channels)('%s answers every payload with a structured result', async (channel) => {
    await fc.assert(
      fc.asyncProperty(payloadsFor(requests[channel].input as z.ZodType), async (payload) => {
        calls++;
        const result = await app.dispatch(channel, payload);
        if (result.ok) return true;
        expect(Object.keys(result.error).sort()).toEqual(['code', 'issues', 'message']);
        expect(typeof result.error.message).toBe('string');
        expect(result.error.message.length).toBeLessThan(1_000);
        expect(result.error.issues.length).toBeLessThanOrEqual(20);
        expect(result.error.code, `${channel} hit an unexpected error`).not.toBe('INTERNAL');
        return true;
      }),
      { numRuns: runsPerChannel, seed: 20261123 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('leaves every store valid: a restart recovers nothing', () => {
    const restarted = startTestApp(dataDir);
    expect(restarted.services.notices.list().filter((n) => n.id.startsWith('recovered:'))).toEqual([]);
  });
});
