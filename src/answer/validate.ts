// Checks a model's answer before anyone sees it as final: every marker must name a passage that
// was given, the answer must cite at least one, and links or images that the passages do not
// contain are removed (a prompt injection could try to smuggle them in).
import type { Passage } from '../types.js';

export interface ValidatedAnswer {
  text: string;
  cited: number[];
}

const MARKER_GROUP = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
// Markup in model output ("<img onerror=…>", "<script>"): the clients render text, but an answer
// should carry nothing a careless client could render, so a "<" opening a tag becomes "‹".
const TAG_OPENING = /<(?=\s*\/?\s*[a-z!?])/gi;
const URL = /\b(?:https?|ftp|javascript|data):[^\s)\]>"']+/gi;

/** "[1, 2]" → "[1][2]"; markers outside 1..count are dropped. */
export function normaliseMarkers(text: string, count: number): string {
  return text.replace(MARKER_GROUP, (_, list: string) =>
    list
      .split(',')
      .map((n) => Number(n.trim()))
      .filter((n) => Number.isInteger(n) && n >= 1 && n <= count)
      .map((n) => `[${n}]`)
      .join(''),
  );
}

export function citedIds(text: string): number[] {
  return [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

export function removeForeignLinks(text: string, passages: Passage[]): string {
  const allowed = passages.map((p) => `${p.text}\n${p.url ?? ''}`).join('\n');
  return text
    .replace(IMAGE, '')
    .replace(TAG_OPENING, '‹')
    .replace(URL, (url) => (allowed.includes(url) ? url : ''));
}

/** The answer with only valid markers, or null when it cites no given passage. */
export function validateModelAnswer(text: string, passages: Passage[]): ValidatedAnswer | null {
  const cleaned = normaliseMarkers(removeForeignLinks(text, passages), passages.length)
    .replace(/[ \t]+\n/g, '\n')
    .trim();
  const cited = citedIds(cleaned);
  return cited.length ? { text: cleaned, cited } : null;
}
