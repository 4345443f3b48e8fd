// Sentence alignment of a page and its translation, after Gale & Church (1993, "A program for
// aligning sentences in bilingual corpora"): dynamic programming over beads (1-1, 1-0, 0-1, 2-1,
// 1-2, 2-2 sentences), each costed by how surprising its length ratio is, plus anchors — figures
// and names written alike on both sides — as extra evidence, as in anchor-based refinements of the
// method. Hand-written: it is small, and no maintained JavaScript library implements it (NLTK's
// gale_church is Python; the npm packages that mention it are unmaintained or do word alignment).
import { type Anchors, anchorsOf, mergeAnchors } from './anchors.js';

/** Bead shapes and their prior probabilities, from Gale & Church's hand-aligned Hansard sample. */
const BEADS: [left: number, right: number, prior: number][] = [
  [1, 1, 0.89],
  [1, 0, 0.0099],
  [0, 1, 0.0099],
  [2, 1, 0.089],
  [1, 2, 0.089],
  [2, 2, 0.011],
];
/**
 * Characters of the other language per character of this one. Gale & Church found 1 adequate for
 * English, French and German; measuring it on the two pages instead goes wrong exactly when it
 * matters, when one page carries material the other lacks (a cookie notice, a footer).
 */
const CHARACTER_RATIO = 1;
/** Variance of the length difference per character, Gale & Church's estimate (English–French–German). */
const LENGTH_VARIANCE = 6.8;
/**
 * Cost removed per anchor both sides of a bead write (a figure, a name): about the cost of a
 * 1.5 standard-deviation length surprise (−log 2(1−Φ(1.5)) ≈ 2), so one shared figure outweighs a
 * moderately misleading length, as when a translation adds a clause.
 */
export const ANCHOR_BONUS = 2;
/**
 * Cost removed per cognate both sides share: weak evidence (two languages share many four-letter
 * openings by chance), a quarter of a figure's, enough to place a sentence without figures
 * between its neighbours when lengths alone would shift it onto the next one.
 */
export const COGNATE_BONUS = 0.5;
/**
 * Cost added per figure written on one side of a bead only: a sentence and its translation state
 * the same figures. Twice the bonus, so a wrong pairing is not bought by the anchors it shares.
 */
export const FIGURE_MISMATCH_COST = 4;
/**
 * A bead is offered as a translation only when its lengths are within this many standard
 * deviations of the expected ratio and its figures agree: beyond 2.5σ (p < 0.013) Gale & Church's
 * errors concentrate, and showing a wrong sentence as "the same text in English" is worse than none.
 */
export const MAX_LENGTH_DEVIATION = 2.5;
/**
 * Largest table aligned (sentences × sentences, 500 × 500): time and memory grow with the product,
 * and a web page has far fewer sentences. Longer documents (publications) are left unaligned.
 */
export const MAX_ALIGNMENT_CELLS = 250_000;

export interface Bead {
  left: number[];
  right: number[];
  /** Lengths plausible and figures in agreement: fit to show as a translation. */
  plausible: boolean;
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

function lengthDeviation(left: number, right: number, ratio: number): number {
  if (left === 0 && right === 0) return 0;
  const mean = (left + right / ratio) / 2;
  return (ratio * left - right) / Math.sqrt(mean * LENGTH_VARIANCE);
}

function figuresDisagree(a: Anchors, b: Anchors): number {
  let unmatched = 0;
  for (const f of a.figures) if (!b.figures.has(f)) unmatched++;
  for (const f of b.figures) if (!a.figures.has(f)) unmatched++;
  return unmatched;
}

function count(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
}

/** What the anchors two sides share take off a bead's cost. */
function anchorBonus(a: Anchors, b: Anchors): number {
  return ANCHOR_BONUS * (count(a.figures, b.figures) + count(a.names, b.names)) + COGNATE_BONUS * count(a.cognates, b.cognates);
}

interface Side {
  lengths: number[];
  anchors: Anchors[];
}

function sideOf(sentences: string[]): Side {
  return { lengths: sentences.map((s) => s.replace(/\s+/g, '').length), anchors: sentences.map(anchorsOf) };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export interface AlignOptions {
  /** Use anchors as evidence (default); without them, lengths alone decide, as in Gale & Church's original. */
  anchors?: boolean;
}

type Shape = (typeof BEADS)[number];

/** The two pages being aligned, and what a bead of sentences from each costs. */
class Pages {
  readonly left: Side;
  readonly right: Side;
  private readonly ratio: number;

  constructor(
    leftSentences: string[],
    rightSentences: string[],
    private readonly anchors: boolean,
  ) {
    this.left = sideOf(leftSentences);
    this.right = sideOf(rightSentences);
    this.ratio = CHARACTER_RATIO;
  }

  /** The bead of shape [di, dj] whose sentences start at i (left) and j (right). */
  bead(i: number, j: number, [di, dj, prior]: Shape): { cost: number; plausible: boolean } {
    const deviation = lengthDeviation(sum(this.left.lengths.slice(i, i + di)), sum(this.right.lengths.slice(j, j + dj)), this.ratio);
    const lengthP = Math.max(2 * (1 - normalCdf(Math.abs(deviation))), 1e-12);
    let cost = -Math.log(prior) - Math.log(lengthP);
    let mismatch = 0;
    if (di && dj) {
      const a = mergeAnchors(this.left.anchors.slice(i, i + di));
      const b = mergeAnchors(this.right.anchors.slice(j, j + dj));
      mismatch = figuresDisagree(a, b);
      if (this.anchors) cost += FIGURE_MISMATCH_COST * mismatch - anchorBonus(a, b);
    }
    return { cost, plausible: di > 0 && dj > 0 && mismatch === 0 && Math.abs(deviation) <= MAX_LENGTH_DEVIATION };
  }
}

/** Align two lists of sentences (a page and its translation), in order; [] when the table would be too large. */
export function alignSentences(leftSentences: string[], rightSentences: string[], options: AlignOptions = {}): Bead[] {
  const n = leftSentences.length;
  const m = rightSentences.length;
  if ((n + 1) * (m + 1) > MAX_ALIGNMENT_CELLS || n === 0 || m === 0) return [];
  const pages = new Pages(leftSentences, rightSentences, options.anchors !== false);
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY));
  const back: { di: number; dj: number; plausible: boolean }[][] = Array.from({ length: n + 1 }, () => new Array(m + 1));
  cost[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (const shape of BEADS) {
        const [di, dj] = shape;
        if (i < di || j < dj || cost[i - di][j - dj] === Number.POSITIVE_INFINITY) continue;
        const bead = pages.bead(i - di, j - dj, shape);
        const total = cost[i - di][j - dj] + bead.cost;
        if (total < cost[i][j]) {
          cost[i][j] = total;
          back[i][j] = { di, dj, plausible: bead.plausible };
        }
      }
    }
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const { di, dj, plausible } = back[i][j];
    beads.push({ left: range(i - di, di), right: range(j - dj, dj), plausible });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

const range = (start: number, count: number) => Array.from({ length: count }, (_, k) => start + k);

/** Share of the left page's sentences that have a plausible counterpart: how parallel two pages are. */
export function alignedShare(beads: Bead[], leftCount: number): number {
  if (!leftCount) return 0;
  return sum(beads.filter((b) => b.plausible).map((b) => b.left.length)) / leftCount;
}
