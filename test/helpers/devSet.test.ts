// The dev-set guard: skipped with a warning on a developer's machine, a loud failure in CI.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { devSetPath, MissingDevSetError } from './devSet.js';

const MISSING = path.join(import.meta.dirname, 'no-such-set.jsonl');

describe('devSetPath', () => {
  it('gives the path of a set that exists, in CI or not', () => {
    const here = import.meta.filename;
    expect(devSetPath({ CI: '1' }, here)).toBe(here);
    expect(devSetPath({}, here)).toBe(here);
  });

  it('fails in CI when the set is missing, naming the file', () => {
    expect(() => devSetPath({ CI: 'true' }, MISSING)).toThrow(MissingDevSetError);
    expect(() => devSetPath({ CI: 'true' }, MISSING)).toThrow(MISSING);
  });

  it('skips with a warning outside CI', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(devSetPath({}, MISSING)).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(MISSING));
    } finally {
      warn.mockRestore();
    }
  });
});
