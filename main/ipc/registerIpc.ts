import type { IpcMain } from 'electron';
import { requests } from '../../shared/ipc/contract.ts';
import type { Dispatch } from './dispatcher.ts';
import { makeIpcHandler } from './ipcHandler.ts';
import type { SenderPolicy } from './senderPolicy.ts';

/** Registers one ipcMain handler per contract request, each behind the same sender check. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, policy: SenderPolicy): void {
  for (const channel of Object.keys(requests)) {
    ipcMain.handle(
      channel,
      makeIpcHandler(channel, dispatch, policy, (c, reason) => console.warn(`[ipc] refused ${c}: ${reason}`)),
    );
  }
}
