// Question and claim sets are JSON Lines: one object a line, each checked against its schema, and
// a bad line named by file and line number so that whoever edits the set can fix it.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { issueLines } from '../lib/issues.js';

function whyInvalid(error: unknown): string {
  if (error instanceof z.ZodError) return issueLines(error, 'line').join('; ');
  return error instanceof Error ? error.message : String(error);
}

/** Every non-blank line of `file` parsed with `schema`; `noun` names a line in errors ("question"). */
export async function readJsonLines<S extends z.ZodType>(file: string, schema: S, noun: string): Promise<z.infer<S>[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => {
      try {
        return schema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${file}:${n}: not a valid ${noun} (${whyInvalid(error)})`);
      }
    });
}
