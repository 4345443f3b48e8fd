// Anchors: what a text and its translation write the same way — figures (years, counts, dates) and
// names (capitalised words inside a sentence, acronyms). Figures are written alike in every
// language; names mostly are (a person, a programme), some are not (Genève/Geneva), so a name in
// one text only is no evidence against a pair, but a figure in one text only is. Cognates — words
// that open with the same four letters (priorité/priority, programme, régionales/regional) — are
// the weak anchors of Simard, Foster & Isabelle (1992, "Using cognates to align sentences in
// bilingual corpora").
import { comparable, figures } from '../corpus/comparable.js';

export interface Anchors {
  figures: Set<string>;
  names: Set<string>;
  cognates: Set<string>;
}

/** Simard et al.'s cognate test: the first four letters, in words of four letters or more. */
const COGNATE_PREFIX = 4;

/** A capitalised word or an acronym that does not open its sentence. */
const NAME = /(?<![.!?:]\s|^|\n)(?<=\s|\(|«\s?|")(\p{Lu}[\p{L}'’-]*\p{L})/gu;

export function anchorsOf(text: string): Anchors {
  const names = new Set<string>();
  for (const [, name] of text.matchAll(NAME)) {
    const key = comparable(name);
    if (key.length >= 2) names.add(key);
  }
  const cognates = new Set(
    comparable(text)
      .split(' ')
      .filter((w) => w.length >= COGNATE_PREFIX && /^\p{L}+$/u.test(w))
      .map((w) => w.slice(0, COGNATE_PREFIX)),
  );
  return { figures: new Set(figures(text)), names, cognates };
}

export function mergeAnchors(list: Anchors[]): Anchors {
  const union = (key: keyof Anchors) => new Set(list.flatMap((a) => [...a[key]]));
  return { figures: union('figures'), names: union('names'), cognates: union('cognates') };
}

/** Do two texts share any anchor (a figure, a name, a cognate)? */
export function shareAnchor(a: Anchors, b: Anchors): boolean {
  const any = (x: Set<string>, y: Set<string>) => [...x].some((v) => y.has(v));
  return any(a.figures, b.figures) || any(a.names, b.names) || any(a.cognates, b.cognates);
}
