import { describe, expect, it } from 'vitest';
import { devSwitches } from '../../../main/security/devSwitches.ts';

const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173', LIMBER_USER_DATA: '/tmp/limber-e2e' };

describe('devSwitches', () => {
  it('ignores every switch in a packaged app', () => {
    expect(devSwitches(env, true)).toEqual({});
  });
  it('honours the switches in development', () => {
    expect(devSwitches(env, false)).toEqual({ rendererUrl: 'http://localhost:5173', userDataDir: '/tmp/limber-e2e' });
  });
  it('rejects a relative data folder and a non-http URL', () => {
    expect(devSwitches({ ELECTRON_RENDERER_URL: 'file:///etc/x.html', LIMBER_USER_DATA: 'rel/dir' }, false)).toEqual({});
    expect(devSwitches({}, false)).toEqual({});
  });
});
