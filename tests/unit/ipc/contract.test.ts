import { describe, expect, it, vi } from 'vitest';
import { buildLimberApi } from '../../../shared/ipc/api.ts';
import { apiShape } from '../../../shared/ipc/apiShape.ts';
import { events, requests } from '../../../shared/ipc/contract.ts';

const slots = Object.values(apiShape).flatMap((group) => Object.values(group));

describe('the IPC contract and the API shape', () => {
  it('exposes every request exactly once', () => {
    const exposed = slots.filter((s) => s.kind === 'request').map((s) => s.channel);
    expect([...exposed].sort()).toEqual(Object.keys(requests).sort());
  });

  it('exposes every event exactly once', () => {
    const exposed = slots.filter((s) => s.kind === 'event').map((s) => s.channel);
    expect([...exposed].sort()).toEqual(Object.keys(events).sort());
  });

  it('names event subscriptions onX and requests otherwise', () => {
    for (const group of Object.values(apiShape)) {
      for (const [name, slot] of Object.entries(group)) expect(name.startsWith('on')).toBe(slot.kind === 'event');
    }
  });
});

describe('buildLimberApi', () => {
  it('builds named methods that invoke their own channel, and nothing generic', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const api = buildLimberApi(apiShape, { invoke, subscribe: () => () => {} });
    await api.settings.update({ strictMode: true });
    expect(invoke).toHaveBeenCalledWith('settings:update', { strictMode: true });
    expect(Object.keys(api)).toEqual(Object.keys(apiShape));
    expect(Object.isFrozen(api) && Object.isFrozen(api.settings)).toBe(true);
    expect('invoke' in api || 'send' in api || 'ipcRenderer' in api).toBe(false);
  });

  it('returns an unsubscribe from onX and refuses a non-function listener', () => {
    const off = vi.fn();
    const subscribe = vi.fn(() => off);
    const api = buildLimberApi(apiShape, { invoke: async () => undefined, subscribe });
    const unsubscribe = api.settings.onChanged(() => {});
    expect(subscribe).toHaveBeenCalledWith('settings:changed', expect.any(Function));
    unsubscribe();
    expect(off).toHaveBeenCalledOnce();
    expect(() => (api.settings.onChanged as (x: unknown) => void)('nope')).toThrow(TypeError);
  });
});
