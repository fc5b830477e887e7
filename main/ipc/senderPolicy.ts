// Which frames may call main. Only the main frame of one of our own windows, showing our own page.
// Model: VS Code's validatedIpcMain (origin and main-frame checks).

export interface SenderInfo {
  webContentsId: number;
  /** URL of the calling frame; undefined when the frame is gone. */
  frameUrl: string | undefined;
  isMainFrame: boolean;
}

export interface SenderPolicy {
  /** Origins of our pages, for example "limber://app" or the dev server "http://localhost:5173". */
  allowedOrigins: readonly string[];
  /** webContents ids of the windows main created. */
  isOwnWebContents(id: number): boolean;
}

export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return undefined;
  }
}

export function checkSender(sender: SenderInfo, policy: SenderPolicy): { ok: true } | { ok: false; reason: string } {
  if (!policy.isOwnWebContents(sender.webContentsId)) return { ok: false, reason: 'not one of Limber’s windows' };
  if (!sender.isMainFrame) return { ok: false, reason: 'not the main frame' };
  if (sender.frameUrl === undefined) return { ok: false, reason: 'the frame is gone' };
  const origin = originOf(sender.frameUrl);
  if (!origin || !policy.allowedOrigins.includes(origin)) return { ok: false, reason: `foreign origin ${origin ?? 'unknown'}` };
  return { ok: true };
}
