// A word link from aligned sentence pairs too few for counting: in a sentence and its translation,
// the words the dictionary and the cognate spellings account for are set aside, and of the words
// left, one on each side standing at about the same place in its sentence is taken as the other's
// translation ("are elected by the Council" ↔ "sont élus par le Conseil": elected ↔ élus). Word
// order is largely shared by English and French, the assumption of IBM Model 2's and fast_align's
// diagonal prior (Dyer, Chahuneau & Smith 2013); set-aside words, as competitive linking's own rule
// (Melamed 2000), leave a few candidates where a sentence would otherwise offer twenty. About one
// link in six is wrong on the multidoc fixture, so such a link only stands for a word nothing else
// translates (corpusEvidence.ts AlignedLexicon.translationOf, placed).

/** A distinct aligned sentence pair's content stems, each side in the order its words first come. */
export interface StemSentencePair {
  readonly en: readonly string[];
  readonly fr: readonly string[];
}

/** Does a dictionary translation, a cognate spelling or the same stem link an English stem and a French stem? */
export type Explains = (english: string, french: string) => boolean;

/**
 * Largest gap between the two words' places (each a share of its sentence's content words, 0 to 1)
 * for a positional link. 0.1: on the multidoc fixture's 218 aligned sentence pairs, the links taken
 * stand 0 to 0.08 apart (elected/élus 0.008, drought/sécheresse 0); 0.05, 0.08 and 0.15 took nearly
 * the same links there, the wrong ones among them (about one in six: "ILO" → nombreuses) as close
 * as the right: the gap does not sort them, the words set aside do.
 */
export const MAX_POSITION_GAP = 0.1;

/** A stem's place in its sentence: the middle of its slot, as a share of the sentence's content stems. */
const placeOf = (i: number, n: number) => (i + 0.5) / n;

/** The stems of one side that no stem of the other side accounts for, with their places. */
function leftOver(side: readonly string[], other: readonly string[], explained: (mine: string, theirs: string) => boolean) {
  const out = new Map<string, number>();
  side.forEach((s, i) => {
    if (!other.some((o) => explained(s, o))) out.set(s, placeOf(i, side.length));
  });
  return out;
}

/** The stem of `places` nearest `place`, null on a tie. */
function nearest(place: number, places: ReadonlyMap<string, number>): { stem: string | null; gap: number } {
  let stem: string | null = null;
  let gap = Number.POSITIVE_INFINITY;
  for (const [s, p] of places) {
    const d = Math.abs(p - place);
    if (d < gap) [stem, gap] = [s, d];
    else if (d === gap) stem = null;
  }
  return { stem, gap };
}

/**
 * The stem of the other language a stem stands beside in one sentence pair: both left unaccounted
 * for, each the other's nearest by place, within MAX_POSITION_GAP. null when the stem itself is
 * accounted for (it has its translation there) or nothing qualifies.
 */
export function positionPartner(stem: string, language: 'en' | 'fr', pair: StemSentencePair, explains: Explains): string | null {
  const en = leftOver(pair.en, pair.fr, (e, f) => explains(e, f));
  const fr = leftOver(pair.fr, pair.en, (f, e) => explains(e, f));
  const [mine, theirs] = language === 'en' ? [en, fr] : [fr, en];
  const place = mine.get(stem);
  if (place === undefined) return null;
  const found = nearest(place, theirs);
  if (found.stem === null || found.gap > MAX_POSITION_GAP) return null;
  return nearest(theirs.get(found.stem)!, mine).stem === stem ? found.stem : null;
}

/**
 * The partner positionPartner finds in every sentence pair where it finds one (null when none does,
 * or two disagree).
 */
export function agreedPositionPartner(
  stem: string,
  language: 'en' | 'fr',
  pairs: readonly StemSentencePair[],
  explains: Explains,
): string | null {
  let agreed: string | null = null;
  for (const pair of pairs) {
    const found = positionPartner(stem, language, pair, explains);
    if (found === null) continue;
    if (agreed !== null && agreed !== found) return null;
    agreed = found;
  }
  return agreed;
}
