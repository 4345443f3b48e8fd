// A proper name takes no inflection: a short question stem that merely begins it (camp, Campos) or
// that another language's stemmer cuts it to (Spanish Campos → camp) is chance, not the word asked
// (TermIndex's names, properNames.ts nameOnlyTerms). Each row: a question word, a passage, whether
// the word finds the passage. Names and passages invented for this test.
import { describe, expect, it } from 'vitest';
import { type TextLanguage, wordTerms } from '../../src/text/analyzer.js';
import { nameOnlyTerms, uninflected } from '../../src/retrieve/properNames.js';
import type { TermGroup } from '../../src/retrieve/terms.js';
import { PassageCoverage } from '../../src/retrieve/passageCoverage.js';
import { TermIndex } from '../../src/retrieve/termIndex.js';

/** Words this table's corpus writes only as names. */
const NAMES = new Set(['campos', 'colombia', 'portes', 'herrera']);
/** Those names, and months: no word of either takes an inflection. */
const isName = uninflected((w) => NAMES.has(w));

interface Row {
  why: string;
  word: string;
  passage: string;
  language: TextLanguage;
  found: boolean;
}

const ROWS: Row[] = [
  {
    why: 'a short stem beginning a name (camp, campo)',
    word: 'camp',
    passage: 'Ana Campos leads the mission.',
    language: 'en',
    found: false,
  },
  {
    why: "another stemmer's cut of a name (Spanish Campos → camp)",
    word: 'camp',
    passage: 'Ana Campos dirige la misión.',
    language: 'es',
    found: false,
  },
  {
    why: 'the same short stem written as a common word',
    word: 'camp',
    passage: 'The camps are managed by Ana Campos.',
    language: 'en',
    found: true,
  },
  {
    why: 'a month takes no inflection either (mari, 12 mars → mar)',
    word: 'mari',
    passage: 'Genève, le 12 mars 2019.',
    language: 'fr',
    found: false,
  },
  { why: 'a name asked by name', word: 'campos', passage: 'Ana Campos leads the mission.', language: 'en', found: true },
  {
    why: 'a longer stem keeps its family (Colombian, Colombia)',
    word: 'colombian',
    passage: 'The mission in Colombia opened.',
    language: 'en',
    found: true,
  },
  {
    why: 'a short stem of no name matches as before (port, ports)',
    word: 'port',
    passage: 'Ships left the ports.',
    language: 'en',
    found: true,
  },
];

function strength(row: Row): number {
  const group: TermGroup = { word: row.word, stems: wordTerms(row.word, 'en'), weight: 1, known: true };
  if (isName(row.word)) group.properName = true;
  const terms = new Set(row.passage.split(/\s+/).flatMap((w) => wordTerms(w.replace(/\W/g, '').toLowerCase(), row.language)));
  return new PassageCoverage([group], new TermIndex(terms, nameOnlyTerms(row.passage, row.language, isName))).of();
}

describe('a question word against terms written only as names', () => {
  for (const row of ROWS)
    it(`${row.found ? 'finds' : 'does not find'} the passage: ${row.why}`, () => {
      expect(strength(row) > 0).toBe(row.found);
    });
});
