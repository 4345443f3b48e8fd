// A follow-up that points at an item of the previous answer by its rank ("tell me more about the
// second one", "et le premier ?"). Offline, nothing else can tell which item it means: joined to the
// previous question (standalone.ts) it searched for "second" and was refused. The rank is replaced
// by that item's own words, its label before the colon that introduces its description, which
// retrieval then finds like a question naming it. Only the server's own signed answers are read,
// so the words searched are the documents' (a forged turn could put any text there).
import type { PriorTurn } from './history.js';

/** Ordinal words by rank, in both languages (-1: the last item). */
const ORDINALS: ReadonlyArray<readonly [rank: number, pattern: string]> = [
  [1, 'first|premi[eè]re?'],
  [2, 'second|seconde|deuxi[eè]me'],
  [3, 'third|troisi[eè]me'],
  [4, 'fourth|quatri[eè]me'],
  [5, 'fifth|cinqui[eè]me'],
  [-1, 'last|derni[eè]re?'],
];

/**
 * "the second (one)", "le premier", "la dernière" — with nothing after but a word for an item or the
 * message's end: "the first member state to join" is a question of its own, not a reference.
 */
const REFERENCE = new RegExp(
  `(?<![\\p{L}])(?:the|le|la|l['’])\\s*(${ORDINALS.map(([, p]) => p).join('|')})(?:\\s+(?:one|item|point|un|une))?(?=\\s*[?.!]*\\s*$)`,
  'iu',
);

/** A quoted list item of an answer: "- text [1]". */
const ITEM = /^\s*[-–•]\s+(.+?)(?:\s*\[\d+\])*\s*$/;
/** An item's label: the words before the colon that introduces its description, when short. */
const LABEL = /^(.{3,120}?)\s*:\s/;

function rankOf(word: string): number {
  const lower = word.toLowerCase();
  return ORDINALS.find(([, p]) => new RegExp(`^(?:${p})$`, 'iu').test(lower))?.[0] ?? 0;
}

/** Items an answer must quote for a rank to pick one: a single item is no list to count in. */
const MIN_ITEMS = 2;

/**
 * The list items of the latest answer the server signed that quotes a list, in order: "and the last
 * one?" may follow the answer about the second item, itself a single item.
 */
function previousItems(history: readonly PriorTurn[]): string[] {
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i];
    if (turn.role !== 'assistant' || !turn.verified) continue;
    const items = turn.content.split('\n').flatMap((line) => {
      const item = ITEM.exec(line);
      return item ? [item[1]] : [];
    });
    if (items.length >= MIN_ITEMS) return items;
  }
  return [];
}

/** The message with its reference to an item of the previous answer replaced by that item's label, or null when it makes none. */
export function withOrdinalResolved(message: string, history: readonly PriorTurn[]): string | null {
  const found = REFERENCE.exec(message);
  if (!found) return null;
  const items = previousItems(history);
  const rank = rankOf(found[1]);
  const item = rank === -1 ? items.at(-1) : items[rank - 1];
  if (!item) return null;
  const label = LABEL.exec(item)?.[1] ?? item;
  return `${message.slice(0, found.index)}${label}${message.slice(found.index + found[0].length)}`;
}
