// An answer that repeats the server's instructions to the model ("Answer ONLY from the numbered
// passages…") shows that the model was talked into revealing them, and gives an attacker the text to
// work around: such an answer is rejected whole (the visitor gets the offline answer). An echo is a
// long run of words in the same order as an instruction; a paraphrase is not caught (and reveals less).
import { fold } from './organisations.js';
import { instructionTexts, OWN_NAMES } from './prompt.js';

/**
 * Words in a row that make an echo. The shortest sentence of the instructions has 8 words ("Use only
 * the numbers of the passages given."), so any one sentence repeated is caught; the seed corpus and
 * the dev set's answers share at most 4 words in a row with the instructions (test/answer/echo.test.ts).
 */
export const ECHO_WORDS = 8;

function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// The organisation's names are public and answers use them: a run through them is not an echo.
const BREAK = '\u0000';
function instructionWords(text: string): string[] {
  const names = OWN_NAMES.map((n) => wordsOf(n).join(' '));
  let folded = ` ${wordsOf(text).join(' ')} `;
  for (const name of names) folded = folded.replaceAll(` ${name} `, ` ${BREAK} `);
  return folded.split(' ').filter(Boolean);
}

function shingles(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + ECHO_WORDS <= words.length; i++) {
    const run = words.slice(i, i + ECHO_WORDS);
    if (!run.includes(BREAK)) out.push(run.join(' '));
  }
  return out;
}

let instructionShingles: Set<string> | null = null;

/** Does the text hold ECHO_WORDS words in a row of the server's instructions? */
export function repeatsInstructions(text: string): boolean {
  instructionShingles ??= new Set(instructionTexts().flatMap((t) => shingles(instructionWords(t))));
  const known = instructionShingles;
  return shingles(wordsOf(text)).some((s) => known.has(s));
}

/** The longest run of words in a row that a text shares with the instructions (for measuring the threshold). */
export function longestSharedRun(text: string): number {
  const instructions = instructionTexts().map(instructionWords);
  const words = wordsOf(text);
  let best = 0;
  for (const inst of instructions)
    for (let i = 0; i < words.length; i++)
      for (let j = 0; j < inst.length; j++) {
        let n = 0;
        while (words[i + n] !== undefined && words[i + n] === inst[j + n]) n++;
        if (n > best) best = n;
      }
  return best;
}
