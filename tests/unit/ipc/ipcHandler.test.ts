import { describe, expect, it } from 'vitest';
import { makeIpcHandler, type InvokeEventLike } from '../../../main/ipc/ipcHandler.ts';
import type { SenderPolicy } from '../../../main/ipc/senderPolicy.ts';
import { startTestApp } from '../../support/testServices.ts';

const policy: SenderPolicy = { allowedOrigins: ['limber://app'], isOwnWebContents: (id) => id === 7 };
const event = (overrides: Partial<{ id: number; url: string; parent: unknown; frame: null }> = {}): InvokeEventLike => ({
  sender: { id: overrides.id ?? 7 },
  senderFrame: overrides.frame === null ? null : { url: overrides.url ?? 'limber://app/index.html', parent: overrides.parent ?? null },
});

describe('the IPC wrapper', () => {
  const app = startTestApp();
  const handler = makeIpcHandler('settings:update', app.dispatch, policy);
  const get = makeIpcHandler('settings:get', app.dispatch, policy);

  it('accepts a valid call from our window', async () => {
    const result = await handler(event(), { breaks: { micro: { intervalMin: 25 } } });
    expect(result.ok).toBe(true);
    expect(app.services.settings.get().breaks.micro.intervalMin).toBe(25);
  });

  it.each([
    ['a window that is not ours', event({ id: 99 })],
    ['a foreign origin', event({ url: 'https://evil.example/index.html' })],
    ['a file:// page', event({ url: 'file:///tmp/index.html' })],
    ['a subframe', event({ parent: {} })],
    ['a destroyed frame', event({ frame: null })],
  ])('rejects %s with FORBIDDEN_SENDER and runs nothing', async (_name, ev) => {
    const before = app.services.settings.get();
    const result = await handler(ev, { breaks: { micro: { intervalMin: 30 } } });
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String), issues: [] } });
    expect(app.services.settings.get()).toBe(before);
  });

  it('rejects a malformed payload with a structured error and runs nothing', async () => {
    const before = app.services.settings.get();
    const result = await handler(event(), { breaks: { micro: { intervalMin: 'soon' } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues[0]).toEqual({ path: 'breaks.micro.intervalMin', message: expect.stringContaining('number') });
    expect(app.services.settings.get()).toBe(before);
  });

  it('rejects unknown keys and prototype-pollution keys', async () => {
    const polluted = JSON.parse('{"__proto__": {"polluted": true}, "breaks": {}}');
    const result = await handler(event(), polluted);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await handler(event(), { surprise: 1 })).ok).toBe(false);
  });

  it('rejects a payload on a request that takes none', async () => {
    const result = await get(event(), { sneaky: true });
    expect(result.ok).toBe(false);
  });
});

describe('the dispatcher', () => {
  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    const app = startTestApp();
    const result = await app.dispatch('shell:exec', 'rm -rf /');
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect((await app.dispatch('__proto__', undefined)).ok).toBe(false);
    expect((await app.dispatch('hasOwnProperty', undefined)).ok).toBe(false);
  });

  it('turns an unexpected failure into INTERNAL without leaking details', async () => {
    const app = startTestApp();
    app.services.handlers['app:notices'] = () => {
      throw new Error('secret stack detail');
    };
    const result = await app.dispatch('app:notices', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.not.stringContaining('secret'), issues: [] } });
  });
});
