// The one wrapper every ipcMain handler goes through: sender check, then the validating dispatcher.
import { fail, type IpcResult } from '../../shared/ipc/result.ts';
import type { Dispatch } from './dispatcher.ts';
import { checkSender, type SenderInfo, type SenderPolicy } from './senderPolicy.ts';

/** The parts of Electron's IpcMainInvokeEvent we read; a plain object in unit tests. */
export interface InvokeEventLike {
  sender: { id: number; mainFrame?: unknown };
  senderFrame: { url: string; parent?: unknown } | null;
}

export function senderInfoOf(event: InvokeEventLike): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url,
    isMainFrame: frame !== null && (frame.parent === null || frame.parent === undefined),
  };
}

export function makeIpcHandler(
  channel: string,
  dispatch: Dispatch,
  policy: SenderPolicy,
  onRejected: (channel: string, reason: string) => void = () => {},
): (event: InvokeEventLike, payload: unknown) => Promise<IpcResult<unknown>> {
  return async (event, payload) => {
    const verdict = checkSender(senderInfoOf(event), policy);
    if (!verdict.ok) {
      onRejected(channel, verdict.reason);
      return fail('FORBIDDEN_SENDER', 'This request did not come from a Limber window.');
    }
    return dispatch(channel, payload);
  };
}
