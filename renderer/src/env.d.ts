import type { LimberApi } from '../../shared/ipc/api.ts';

declare global {
  interface Window {
    /** Installed by the preload; the only way the renderer talks to main. */
    readonly limber: LimberApi;
  }
}

declare module '*.css';
