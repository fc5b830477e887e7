// Serves the built renderer and wraps the built preload for a plain browser page. Shared by the
// renderer e2e tier and the benchmarks.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../../main/security/contentSecurityPolicy.ts';
import { mimeTypeFor } from '../../main/security/appProtocol.ts';

const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'out/renderer');
const preloadFile = path.join(root, 'out/preload/index.cjs');

/** Serves out/renderer with the same CSP header the app protocol sends. */
export async function serveRenderer(): Promise<{ url: string; close(): Promise<void> }> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Build first: npm run build');
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.resolve(rendererDir, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': mimeTypeFor(file), 'content-security-policy': contentSecurityPolicy });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Wraps the built preload so it runs in the page with a fake electron module. */
export function preloadScript(): string {
  const code = fs.readFileSync(preloadFile, 'utf8');
  return `(() => {
    const listeners = new Map();
    const electron = {
      contextBridge: { exposeInMainWorld: (key, value) => Object.defineProperty(window, key, { value, configurable: false }) },
      ipcRenderer: {
        invoke: (channel, payload) => window.__limberInvoke(channel, payload),
        on: (channel, handler) => { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(handler); },
        removeListener: (channel, handler) => listeners.get(channel)?.delete(handler),
      },
    };
    window.__limberEmit = (channel, payload) => { for (const h of listeners.get(channel) ?? []) h({}, payload); };
    const require = (name) => { if (name === 'electron') return electron; throw new Error('preload may only require electron, not ' + name); };
    const module = { exports: {} };
    (function (require, module, exports) {
      ${code}
    })(require, module, module.exports);
  })();`;
}

