// The shapes of FreeDict entries, one parser each: which lines of an entry's body hold translations
// (the rest are definitions, examples, notes, cross-references) and what marks a term that is no
// translation. A dictionary says its shape in its short description (00databaseshort).

export interface DictEntry {
  headword: string;
  translations: string[];
  /** Parts of speech the entry gives (fra-eng does: n, v, adj…; eng-fra gives none). */
  tags: string[];
}

interface DictShape {
  name: string;
  /** Matched against the dictionary's short description; the last shape (no marker) is the default. */
  marker: RegExp | null;
  why: string;
  /** The body lines (headword line excluded) that hold translations. */
  translationLines: (lines: string[]) => string[];
  /** What to take off a translation line before its terms are read. */
  strip: RegExp[];
}

const NUMBERED = /^\s*\d+\.\s*/;
/** Ding's lines that are no translation: cross-references, synonyms, notes, quoted examples. */
const DING_ASIDE = /^\s*(?:see:|Synonyms?:|Note:|")/;

export const DICT_SHAPES: readonly DictShape[] = [
  {
    name: 'wikdict',
    marker: /WikDict/,
    why:
      'FreeDict+WikDict (fra-deu, deu-fra, fra-spa… 2022): each numbered sense ("1. Partner, Partnerin") is followed by a ' +
      'definition in the headword’s language ("Celui, celle qui…"), which is no translation; an entry of one sense has no ' +
      'number and its first line is the translation. A sense that shares another’s words is written " 3." or "lar 2."',
    translationLines: (lines) => {
      const numbered = lines.filter((l) => NUMBERED.test(l));
      return numbered.length ? numbered : lines.slice(0, 1);
    },
    strip: [/\s+\d+\.\s*$/],
  },
  {
    name: 'ding',
    marker: /\bDing\b/,
    why:
      'Ding/FreeDict (eng-deu, deu-eng): translation lines carry grammar tags and labels ("Partner <masc> [soc.]"), among ' +
      'indented "see: {…}", "Synonym: {…}", "Note: …" lines and quoted examples; "Haushalts…" is a prefix, no word',
    translationLines: (lines) => lines.filter((l) => l.trim() && !DING_ASIDE.test(l)),
    strip: [/<[^>]*>/g, /\s\/[^/]*\//g, /\{[^}]*\}/g, /\S*…\S*/g],
  },
  {
    name: 'freedict',
    marker: null,
    why: 'the older FreeDict TEI dictionaries (eng-fra, fra-eng, eng-spa…): every line after the headword is a sense, numbered or not',
    translationLines: (lines) => lines,
    strip: [],
  },
];

/** The shape a dictionary's short description names (the plain FreeDict shape when none does). */
export function shapeOf(description: string): DictShape {
  return DICT_SHAPES.find((s) => s.marker?.test(description)) ?? DICT_SHAPES[DICT_SHAPES.length - 1];
}

/**
 * A sense's context label, in parentheses or brackets before or after its words: "(bank) transfer",
 * "ash (tree)", "[geol] seam". The words are the translation; the label only says in what context
 * (virement is a transfer, made by a bank). Dropping the whole sense lost such entries.
 */
const CONTEXT_LABEL = /\s*(?:\([^()]*\)|\[[^\][]*\])\s*/g;

/** Translations of one dictd entry of the given shape: comma-separated terms on its translation lines. */
export function parseEntry(headword: string, body: string, shape: DictShape = DICT_SHAPES[DICT_SHAPES.length - 1]): DictEntry {
  const [first, ...rest] = body.split('\n');
  const tags = [...first.matchAll(/<([^>]+)>/g)].map((m) => m[1].split(',')[0].trim());
  const translations = shape
    .translationLines(rest)
    .map((line) => shape.strip.reduce((text, pattern) => text.replace(pattern, ' '), line))
    .flatMap((line) => line.replace(NUMBERED, '').split(/[,;]/))
    .map((t) =>
      t
        .replace(CONTEXT_LABEL, ' ')
        .trim()
        .replace(/^to\s+/, ''),
    )
    .filter((t) => t && !/[/<>()]/.test(t) && t.split(/\s+/).length <= 3);
  return { headword, translations, tags };
}
