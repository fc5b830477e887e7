// The sandboxed preload: exposes `window.limber` with named, typed methods built from the contract's
// shape. Raw ipcRenderer never reaches the page, and listeners never see the IPC event object.
import { contextBridge, ipcRenderer } from 'electron';
import { buildLimberApi } from '../../shared/ipc/api.ts';
import { apiShape } from '../../shared/ipc/apiShape.ts';

const api = buildLimberApi(apiShape, {
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe(channel, listener) {
    const handler = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
});

contextBridge.exposeInMainWorld('limber', api);
