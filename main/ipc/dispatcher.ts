// Validates and runs IPC requests. Pure Node: the Electron adapter (registerIpc) adds the sender
// check, and the renderer e2e tier calls this same dispatcher from a browser page.
import { requests, type RequestChannel, type RequestOutput } from '../../shared/ipc/contract.ts';
import { DomainError, fail, ok, type IpcResult } from '../../shared/ipc/result.ts';
import type { z } from 'zod';
import { zodIssues } from './zodIssues.ts';

type ParsedInput<C extends RequestChannel> = z.output<(typeof requests)[C]['input']>;

export type Handlers = {
  [C in RequestChannel]: (input: ParsedInput<C>) => RequestOutput<C> | Promise<RequestOutput<C>>;
};

export type Dispatch = (channel: string, payload: unknown) => Promise<IpcResult<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected failures are reported; the renderer only sees a generic message. */
  logError?: (channel: string, error: unknown) => void;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  const logError = options.logError ?? ((channel, error) => console.error(`[ipc] ${channel} failed`, error));
  return async (channel, payload) => {
    if (!Object.hasOwn(requests, channel)) return fail('UNKNOWN_CHANNEL', `Unknown request "${String(channel).slice(0, 80)}"`);
    const spec = requests[channel as RequestChannel];
    const input = spec.input.safeParse(payload);
    if (!input.success) {
      const issues = zodIssues(input.error);
      return fail('INVALID_INPUT', issues[0]?.message ?? 'The request was not valid', issues);
    }
    try {
      const handler = handlers[channel as RequestChannel] as (input: unknown) => unknown;
      const value = await handler(input.data);
      const output = spec.output.safeParse(value);
      if (!output.success) {
        logError(channel, output.error);
        return fail('INTERNAL', 'Limber produced an unexpected reply. Nothing was changed.');
      }
      return ok(output.data);
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message, error.issues);
      logError(channel, error);
      return fail('INTERNAL', 'Something went wrong in Limber. Please try again.');
    }
  };
}
