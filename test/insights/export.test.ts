// CSV and JSON export: one row per turn with the documented columns, spreadsheet formulas defused.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, spreadsheetSafe, turnsToCsv, turnsToJson } from '../../src/insights/export.js';
import type { TurnView } from '../../src/contract/insights.js';

const turn: TurnView = {
  answerId: '6f1c1c51-9a4e-4f7e-9d55-1a1f0c7c2b10',
  createdAt: '2025-03-10T12:00:00.000Z',
  question: '=HYPERLINK("http://evil.example","click"), "quoted"; and a line\nbreak',
  language: 'en',
  answer: 'An answer [1].',
  grounded: true,
  mode: 'llm',
  fallback: false,
  latencyMs: 40,
  indexBuildId: 'build-a',
  feedback: { rating: 'down', comment: '+1 wrong', at: '2025-03-10T12:01:00.000Z' },
  citations: [
    { id: 1, source: 'corpus/a.txt', title: 'A', heading: null, lines: [3, 5], page: 2, text: 'full text', hash: 'abc', score: 0.5 },
  ],
};

describe('export', () => {
  it('writes a header and one row per turn that a CSV reader reads back, formulas defused', () => {
    const csv = turnsToCsv([turn]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(row).toMatchObject({
      answer_id: turn.answerId,
      question: `'${turn.question}`,
      rating: 'down',
      comment: "'+1 wrong",
      grounded: 'true',
      citations: '[1] corpus/a.txt:3-5 p.2',
    });
  });

  it('defuses only cells that start like a formula', () => {
    expect(spreadsheetSafe('-2+3')).toBe("'-2+3");
    expect(spreadsheetSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetSafe('What is 2+2?')).toBe('What is 2+2?');
  });

  it('JSON keeps locations and hashes of citations, not their full text', () => {
    const [json] = turnsToJson([turn]) as Array<{ citations: object[] }>;
    expect(json.citations).toEqual([
      { id: 1, source: 'corpus/a.txt', title: 'A', heading: null, lines: [3, 5], page: 2, hash: 'abc', score: 0.5 },
    ]);
  });
});
