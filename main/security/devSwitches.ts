// Development switches read from the environment. A packaged app ignores them all: otherwise an
// environment variable could choose the page that receives window.limber (and the whole diary)
// or point the app at another data folder.
import path from 'node:path';

export interface DevSwitches {
  /** Dev-server URL to load instead of the bundled renderer (http/https only). */
  rendererUrl?: string;
  /** Absolute data folder for the e2e tier. */
  userDataDir?: string;
}

export function devSwitches(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): DevSwitches {
  if (isPackaged) return {};
  const result: DevSwitches = {};
  const url = env.ELECTRON_RENDERER_URL;
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') result.rendererUrl = url;
    } catch {
      // not a URL: ignore
    }
  }
  const dir = env.LIMBER_USER_DATA;
  if (dir && path.isAbsolute(dir)) result.userDataDir = dir;
  return result;
}
