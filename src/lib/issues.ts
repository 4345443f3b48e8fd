// A zod error as the reasons every message shows, one "path: message" each: the API's 400, a bad
// configuration, a command's usage error and a bad question-set line all say what is wrong the same way.
import type { z } from 'zod';

export interface Issue {
  path: string;
  message: string;
  code: string;
}

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
}

/** "path: message" for each issue; `whole` names the value itself when an issue has no path. */
export function issueLines(error: z.ZodError, whole = '(value)'): string[] {
  return issuesOf(error).map((i) => `${i.path || whole}: ${i.message}`);
}
