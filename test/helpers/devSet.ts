// The shared dev question set (../shared/eval/dev.jsonl, beside the checkout). A developer without
// it gets the dev-set tests skipped with a warning; in CI (the CI variable, set by .ci/run) its
// absence fails the run, so a misconfigured checkout cannot pass by testing less.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const DEV_SET = path.resolve(import.meta.dirname, '../../../shared/eval/dev.jsonl');

export class MissingDevSetError extends Error {}

/** The dev set's path; null (with a warning) when it is absent outside CI; throws in CI. */
export function devSetPath(env: NodeJS.ProcessEnv = process.env, file = DEV_SET): string | null {
  if (existsSync(file)) return file;
  if (env.CI)
    throw new MissingDevSetError(`The dev question set ${file} is missing: CI must run with ../shared/eval/dev.jsonl beside the checkout.`);
  console.warn(`${file} is absent: the dev-set tests are skipped (in CI they fail).`);
  return null;
}
