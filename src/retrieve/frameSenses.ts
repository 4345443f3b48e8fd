// Verbs whose sense the question's frame fixes, where the dictionary's first senses are others:
// "Who runs X?" asks who heads or manages X, yet FreeDict translates "run" by courir and fonctionner
// (to move fast, to work), and a page answering writes "X est géré par…", "dirigée par…", "led by".
// The verb then stands for the verbs of that sense, in the question's language and their
// translations (Vocabulary.translations), never for its other senses. Data, each entry with why;
// the table test (test/core/frameSenses.test.ts) gives each a question it reads and one it must not.
// Hand-written: no maintained package tells a verb's sense from its subject.
import type { Language } from '../types.js';

export interface FrameSense {
  readonly id: string;
  readonly language: Language;
  /** The frame as typed (read without accents); group 1 is the verb whose sense it fixes. */
  readonly frame: RegExp;
  /** A question in the frame that the rule leaves alone: another reading has it (as typed, case-sensitive). */
  readonly unless?: RegExp;
  /** Verbs of the question's language the verb stands for in that frame (dictionary forms). */
  readonly senses: readonly string[];
  readonly why: string;
}

/** Who, which body or which part of X: a subject that is a person or a body. */
const AGENT_EN = '(?:who\\s+|which\\s+(?:[\\p{L}-]+\\s+){0,3}?|what\\s+(?:[\\p{L}-]+\\s+){1,3}?)';

export const FRAME_SENSES: readonly FrameSense[] = [
  {
    id: 'who-runs',
    language: 'en',
    frame: new RegExp(`(?<![\\p{L}])${AGENT_EN}(?:(?:is|was|has\\s+been)\\s+)?(runs|ran|running|run)(?![\\p{L}])`, 'iu'),
    // "Who runs IOM?": a leader question (questionForms.ts LEADER_FORMS) asks the organisation's head.
    unless: /\s(?:the\s+)?\p{Lu}{2,6}\s*\?*\s*$/u,
    senses: ['lead', 'manage'],
    why: 'with a person or a body as its subject and an office, a project or a site as its object, "run" is to head or manage it; the dictionary gives courir, fonctionner, which no page answering writes',
  },
  {
    id: 'run-by',
    language: 'en',
    frame: /(?<![\p{L}])(?:is|are|was|were|been|being)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(run)\s+by(?![\p{L}])/iu,
    senses: ['lead', 'manage'],
    why: 'the passive "X is run by", "is X run by" asks the same: who heads or manages X',
  },
  {
    id: 'charge-fee',
    language: 'en',
    // Not the noun of "in charge of".
    frame: /(?<![\p{L}])(?<!\bin\s+)(charges?|charging|charged)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:an?\s+|any\s+)?(?:fees?|money)(?![\p{L}])/iu,
    senses: ['ask'],
    why: 'to charge someone a fee or money is to ask them for it; the dictionary gives charger (to load, to entrust), and a page answering writes "asks for money", "demande de l\'argent" (not "pay": its stem is French "pays", a country)',
  },
  {
    id: 'qui-s-occupe',
    language: 'fr',
    frame: /(?<![\p{L}])(?:qui\s+|quel(?:le)?s?\s+(?:[\p{L}-]+\s+){0,3}?)s['’]\s*(occupe|occupent|occupait)(?=\s+(?:de|du|des|d['’]))/iu,
    senses: ['gérer', 'diriger'],
    why: '"qui s\'occupe de X" asks who manages X; s\'occuper translates to occupy (a place), and a page answering writes "géré par", "dirigé par"',
  },
];

/** Each verb the question's frames fix (as the question writes it, lower-cased) → the verbs it stands for. */
export function framedSenses(question: string, language: Language): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const rule of FRAME_SENSES) {
    if (rule.language !== language) continue;
    const found = rule.frame.exec(question);
    if (found && !rule.unless?.test(question)) out.set(found[1].toLowerCase(), rule.senses);
  }
  return out;
}

/** The question's words with the verbs its frames stand for after them, so that each is translated as a question word is. */
export function withSenseWords(ws: readonly string[], framed: ReadonlyMap<string, readonly string[]>): readonly string[] {
  if (!framed.size) return ws;
  return [...ws, ...[...framed.values()].flat().filter((s) => !ws.includes(s))];
}

/**
 * A question's translations (word → its forms) with each framed verb's forms replaced by those of
 * the verbs it stands for: the verbs themselves where the corpus writes the question's language,
 * and their translations. A sense verb the question does not write itself keeps no entry of its own.
 */
export function reframed<F extends { word: string; language: string }>(
  translations: Map<string, F[]>,
  framed: ReadonlyMap<string, readonly string[]>,
  ws: readonly string[],
  own: (sense: string) => F | null,
): Map<string, F[]> {
  for (const [verb, senses] of framed) {
    const forms = senses.flatMap((s) => [own(s), ...(translations.get(s) ?? [])].filter((f): f is F => f !== null));
    translations.set(verb, forms);
  }
  for (const senses of framed.values()) for (const s of senses) if (!ws.includes(s)) translations.delete(s);
  return translations;
}
