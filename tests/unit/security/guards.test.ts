// The navigation, new-window and permission handlers, driven with stand-ins for Electron's objects.
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, guardWebContents } from '../../../main/security/installGuards.ts';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  const fire = (name: string, url = '') => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)!(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('web contents guards', () => {
  const setup = () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(fake.contents as never, ['limber://app'], openExternal);
    return { ...fake, openExternal };
  };

  it('blocks navigation away from the app and allows our own page', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'not a url')).toBe(true);
    expect(fire('will-redirect', 'http://localhost:5173/')).toBe(true);
    expect(fire('will-navigate', 'limber://app/index.html#/settings')).toBe(false);
  });

  it('refuses webviews', () => {
    expect(setup().fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window, opening only allow-listed https links in the browser', () => {
    const { open, openExternal } = setup();
    expect(open('https://www.nhs.uk/conditions/back-pain/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.nhs.uk/conditions/back-pain/');
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('limber://app/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('permission handlers', () => {
  it('deny every request, check and device permission', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
    };
    denyAllPermissions(session as never);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      (handlers.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect((handlers.check as () => boolean)()).toBe(false);
    expect((handlers.device as () => boolean)()).toBe(false);
  });
});
