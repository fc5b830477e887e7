// The envelope every IPC request resolves to. Errors cross the process boundary as plain data:
// Electron flattens thrown errors to a message string, so codes and field issues would be lost.

export type IpcErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN_SENDER'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL';

export interface IpcIssue {
  /** Dotted path of the offending field, '' for the whole payload. */
  path: string;
  message: string;
}

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  issues: IpcIssue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string, issues: IpcIssue[] = []): IpcResult<T> {
  return { ok: false, error: { code, message, issues } };
}

/** A failure a service raises on purpose; the IPC wrapper turns it into an IpcError. */
export class DomainError extends Error {
  readonly code: IpcErrorCode;
  readonly issues: IpcIssue[];
  constructor(code: IpcErrorCode, message: string, issues: IpcIssue[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
  }
}
