// The renderer-facing API type, inferred from the contract and the shape: no second copy of types.
import type { EventChannel, EventPayload, RequestChannel, RequestInput, RequestOutput } from './contract.ts';
import type { ApiShape, EventSlot, RequestSlot } from './apiShape.ts';
import type { IpcResult } from './result.ts';

type RequestMethod<C extends RequestChannel> = undefined extends RequestInput<C>
  ? () => Promise<IpcResult<RequestOutput<C>>>
  : (input: RequestInput<C>) => Promise<IpcResult<RequestOutput<C>>>;

type EventMethod<C extends EventChannel> = (listener: (payload: EventPayload<C>) => void) => () => void;

type Slot<S> = S extends RequestSlot<infer C> ? RequestMethod<C> : S extends EventSlot<infer C> ? EventMethod<C> : never;

export type LimberApi = {
  [G in keyof ApiShape]: { [M in keyof ApiShape[G]]: Slot<ApiShape[G][M]> };
};

/** What the preload needs from Electron; a test double provides the same in a browser page. */
export interface IpcTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/** Builds `window.limber` from the shape: named methods only, never a generic invoke. */
export function buildLimberApi(shape: ApiShape, transport: IpcTransport): LimberApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const [group, members] of Object.entries(shape)) {
    const target: Record<string, unknown> = {};
    for (const [name, slot] of Object.entries(members as Record<string, RequestSlot | EventSlot>)) {
      const channel = slot.channel;
      target[name] =
        slot.kind === 'request'
          ? (input?: unknown) => transport.invoke(channel, input)
          : (listener: (payload: unknown) => void) => {
              if (typeof listener !== 'function') throw new TypeError(`${group}.${name} needs a function`);
              return transport.subscribe(channel, listener);
            };
    }
    api[group] = Object.freeze(target);
  }
  return Object.freeze(api) as unknown as LimberApi;
}
