import type { z } from 'zod';
import type { IpcIssue } from '../../shared/ipc/result.ts';

/** Flattens zod's issues to path + message pairs, capped so a hostile payload cannot balloon the reply. */
export function zodIssues(error: z.ZodError, max = 20): IpcIssue[] {
  return error.issues.slice(0, max).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message.slice(0, 300),
  }));
}
