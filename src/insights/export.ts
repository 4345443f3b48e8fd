// CSV and JSON export of the turns of a range of days, for staff who analyse them elsewhere.
import { stringify } from 'csv-stringify/sync';
import type { TurnView } from '../contract/insights.js';

/** Turns in one export: a year of a busy site fits; beyond, narrow the range. */
export const EXPORT_MAX_TURNS = 100_000;

export const CSV_COLUMNS = [
  'answer_id',
  'created_at',
  'language',
  'mode',
  'fallback',
  'grounded',
  'question',
  'answer',
  'rating',
  'comment',
  'latency_ms',
  'index_build_id',
  'citations',
] as const;

// A cell starting with = + - @ (or a tab/CR) is read as a formula by spreadsheet programs; visitors'
// text is untrusted, so such cells get a leading apostrophe (OWASP's advice for CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** "corpus/a.txt:12-14" for each citation, joined by " | ". */
function citationList(turn: TurnView): string {
  return turn.citations
    .map((c) => `[${c.id}] ${c.source}:${c.lines[0]}-${c.lines[1]}${c.page !== undefined ? ` p.${c.page}` : ''}`)
    .join(' | ');
}

function csvRow(turn: TurnView): string[] {
  return [
    turn.answerId,
    turn.createdAt,
    turn.language,
    turn.mode,
    String(turn.fallback),
    String(turn.grounded),
    turn.question,
    turn.answer,
    turn.feedback?.rating ?? '',
    turn.feedback?.comment ?? '',
    String(turn.latencyMs),
    turn.indexBuildId ?? '',
    citationList(turn),
  ].map(spreadsheetSafe);
}

export function turnsToCsv(turns: TurnView[]): string {
  // A byte order mark so that spreadsheet programs read the UTF-8 (accents) correctly.
  return `\ufeff${stringify([[...CSV_COLUMNS], ...turns.map(csvRow)], { record_delimiter: '\r\n' })}`;
}

/** The JSON export: turns with their citations' locations and hashes (full texts are in /a/<id>). */
export function turnsToJson(turns: TurnView[]): unknown[] {
  return turns.map((t) => ({ ...t, citations: t.citations.map(({ text: _text, ...rest }) => rest) }));
}
