// Quotable units of a passage: each sentence of a paragraph, each item of a list (kept whole,
// with its bullet), and whether it introduces a list. Quotes are always verbatim source text.
import { splitSentences } from '../ingest/sentences.js';
import type { Passage } from '../types.js';

export interface Unit {
  text: string;
  passage: number;
  /** Position in the passage, to keep quotes in reading order. */
  position: number;
  isItem: boolean;
  /** Index (position) of the lead-in sentence of the list this item or lead-in belongs to. */
  list: number | null;
}

const ITEM = /^[-–—•*·]\s+/;

export function passageUnits(passage: Passage, passageIndex: number): Unit[] {
  const units: Unit[] = [];
  let list: number | null = null;
  for (const line of passage.text.split('\n')) {
    if (ITEM.test(line)) {
      units.push({ text: line, passage: passageIndex, position: units.length, isItem: true, list });
      continue;
    }
    list = null;
    for (const sentence of splitSentences(line)) {
      const position = units.length;
      const leadIn = sentence.trimEnd().endsWith(':');
      units.push({ text: sentence, passage: passageIndex, position, isItem: false, list: leadIn ? position : null });
      if (leadIn) list = position;
    }
  }
  return units;
}
