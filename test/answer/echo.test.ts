// An answer repeating the server's instructions is rejected; the organisation's own text never is.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ECHO_WORDS, longestSharedRun, repeatsInstructions } from '../../src/answer/echo.js';
import { instructionTexts, OWN_NAMES } from '../../src/answer/prompt.js';
import { CORPUS_DIR, REPO_ROOT } from '../helpers/server.js';

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return textFiles(file);
    return /\.(txt|md)$/.test(e.name) ? [file] : [];
  });
}

describe('instruction echo', () => {
  // All but the sentence naming the organisation, which is public and which answers may echo.
  it('catches every sentence of the instructions repeated, wrapped in other words', () => {
    const sentences = instructionTexts()
      .flatMap((t) => t.split(/(?<=[.:])\s+|\n/))
      .filter((s) => s.split(/\s+/).length >= ECHO_WORDS && !s.includes(OWN_NAMES[0]));
    expect(sentences.length).toBeGreaterThan(6);
    for (const sentence of sentences) expect(repeatsInstructions(`Bien sûr ! ${sentence} Voilà.`), sentence).toBe(true);
  });

  it('catches an echo in upper case, with accents or full-width letters', () => {
    expect(repeatsInstructions('NEVER ADD FACTS, LINKS, E-MAIL ADDRESSES, PHONE NUMBERS, ORGANISATIONS')).toBe(true);
    expect(repeatsInstructions('ｕｓｅ ｏｎｌｙ ｔｈｅ ｎｕｍｂｅｒｓ ｏｆ ｔｈｅ ｐａｓｓａｇｅｓ ｇｉｖｅｎ'.normalize('NFKC'))).toBe(
      true,
    );
  });

  it("never flags the organisation's text: corpus and fixture lines share fewer words in a row than an echo", () => {
    const files = [...textFiles(CORPUS_DIR), ...textFiles(path.join(REPO_ROOT, 'test/fixtures/multidoc'))];
    const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l.trim());
    expect(lines.length).toBeGreaterThan(1000);
    const longest = Math.max(...lines.map(longestSharedRun));
    expect(longest).toBeLessThan(ECHO_WORDS);
    expect(lines.filter(repeatsInstructions)).toEqual([]);
  });

  it('leaves an answer naming the organisation as the prompt does alone', () => {
    expect(repeatsInstructions('The International Organization for Migration (IOM, in French OIM) has 175 Member States [1].')).toBe(false);
  });
});
