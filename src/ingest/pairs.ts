// Translated pairs: the same page in two languages, linked at ingestion. Declared links come first —
// a sidecar's `translations`, an HTML page's hreflang alternates, addresses or file paths that differ
// only by the language (/fr/… ↔ /en/…). Pages nothing links (raw text captures) are paired when
// their anchors — the figures they write, alike in every language — match strongly, each the
// other's best match, and their sentences then align.
import { anchorsOf } from './anchors.js';

export type PairEvidence = 'sidecar' | 'hreflang' | 'address' | 'anchors';

export interface PairCandidate {
  source: string;
  language?: string;
  url?: string;
  /** Sidecar `translations`: corpus files or addresses. */
  declared: string[];
  /** HTML hreflang alternates. */
  alternates: { language: string; href: string }[];
  /** The document's own text (boilerplate left out), for its anchors. */
  text: string;
}

export interface TranslatedPair {
  left: string;
  right: string;
  evidence: PairEvidence;
}

/**
 * Figure similarity (idf-weighted Dice over the figures two pages write) from which two unlinked
 * pages may be one page translated. Figures, not names: names are partly translated (Genève,
 * Geneva) and capitalised words are noisy, figures are written alike. Measured on the team fixture
 * (57 documents): its 13 French–English pairs score 0.85–1.0 (11 of them exactly 1.0), the best
 * unrelated pair 0.68 (two pages about the same office quoting the same years).
 */
export const PAIR_MIN_FIGURE_SIMILARITY = 0.8;
/** Fewer shared figures than this is too little evidence: two short pages that both cite "2030" are not a pair. */
export const PAIR_MIN_SHARED_FIGURES = 3;
/** Share of a page's sentences that must align plausibly with the other's before an anchor-found pair is kept. */
export const PAIR_MIN_ALIGNED_SHARE = 0.5;

function normaliseAddress(value: string): string {
  try {
    const u = new URL(value);
    return `${u.host}${u.pathname}`.toLowerCase().replace(/\/+$/, '');
  } catch {
    return value
      .toLowerCase()
      .replace(/^corpus\//, '')
      .replace(/\/+$/, '');
  }
}

/** An address or a path with its language written out of it (/fr/, fr., -fr.): what its translation shares. */
function withoutLanguage(value: string, language: string): string {
  return value
    .replace(new RegExp(`(^|[/._-])${language}(?=[/._-]|$)`, 'gi'), '$1')
    .replace(/[/._-]{2,}/g, (run) => run.at(-1)!)
    .replace(/^[/._-]+/, '');
}

class Pairing {
  readonly pairs: TranslatedPair[] = [];
  private readonly partner = new Map<string, string>();

  constructor(private readonly docs: Map<string, PairCandidate>) {}

  has(doc: PairCandidate, language: string | undefined): boolean {
    return this.partner.has(`${doc.source}\u0000${language}`);
  }

  link(a: PairCandidate, b: PairCandidate | undefined, evidence: PairEvidence): void {
    if (!b || a === b || !a.language || !b.language || a.language === b.language) return;
    if (this.has(a, b.language) || this.has(b, a.language)) return;
    this.partner.set(`${a.source}\u0000${b.language}`, b.source);
    this.partner.set(`${b.source}\u0000${a.language}`, a.source);
    this.pairs.push({ left: a.source, right: b.source, evidence });
  }

  get all(): PairCandidate[] {
    return [...this.docs.values()];
  }
}

function linkDeclared(pairing: Pairing): void {
  const byAddress = new Map<string, PairCandidate>();
  for (const doc of pairing.all) {
    byAddress.set(normaliseAddress(doc.source), doc);
    if (doc.url) byAddress.set(normaliseAddress(doc.url), doc);
  }
  for (const doc of pairing.all) for (const target of doc.declared) pairing.link(doc, byAddress.get(normaliseAddress(target)), 'sidecar');
  for (const doc of pairing.all) for (const alt of doc.alternates) pairing.link(doc, byAddress.get(normaliseAddress(alt.href)), 'hreflang');
  const byNeutral = new Map<string, PairCandidate[]>();
  for (const doc of pairing.all) {
    if (!doc.language) continue;
    for (const address of [doc.source, doc.url].filter((a): a is string => Boolean(a))) {
      const key = `${address === doc.source ? 'file' : 'url'}:${withoutLanguage(normaliseAddress(address), doc.language)}`;
      byNeutral.set(key, [...(byNeutral.get(key) ?? []), doc]);
    }
  }
  for (const group of byNeutral.values()) for (const a of group) for (const b of group) pairing.link(a, b, 'address');
}

/** idf-weighted Dice similarity of two pages' figures, and how many distinct figures they share. */
export function figureSimilarity(docs: PairCandidate[]): (a: PairCandidate, b: PairCandidate) => { score: number; shared: number } {
  const keys = new Map(docs.map((d) => [d.source, anchorsOf(d.text).figures]));
  const df = new Map<string, number>();
  for (const set of keys.values()) for (const k of set) df.set(k, (df.get(k) ?? 0) + 1);
  const weight = (k: string) => Math.log(1 + docs.length / (df.get(k) ?? 1));
  const mass = (set: Set<string>) => [...set].reduce((s, k) => s + weight(k), 0);
  return (a, b) => {
    const ka = keys.get(a.source) ?? new Set<string>();
    const kb = keys.get(b.source) ?? new Set<string>();
    let sharedMass = 0;
    let shared = 0;
    for (const k of ka) if (kb.has(k)) [sharedMass, shared] = [sharedMass + weight(k), shared + 1];
    const total = mass(ka) + mass(kb);
    return { score: total ? (2 * sharedMass) / total : 0, shared };
  };
}

function linkByAnchors(pairing: Pairing, aligns: (a: string, b: string) => boolean): void {
  const docs = pairing.all.filter((d) => d.language);
  const similarity = figureSimilarity(docs);
  const best = (doc: PairCandidate, language: string) => {
    let found: PairCandidate | null = null;
    let score = PAIR_MIN_FIGURE_SIMILARITY;
    for (const other of docs) {
      if (other.language !== language || pairing.has(other, doc.language)) continue;
      const s = similarity(doc, other);
      if (s.shared >= PAIR_MIN_SHARED_FIGURES && s.score >= score) [found, score] = [other, s.score];
    }
    return found;
  };
  for (const doc of docs) {
    for (const language of new Set(docs.map((d) => d.language!))) {
      if (language === doc.language || pairing.has(doc, language)) continue;
      const other = best(doc, language);
      if (other && best(other, doc.language!) === doc && aligns(doc.source, other.source)) pairing.link(doc, other, 'anchors');
    }
  }
}

/**
 * Link the corpus's translated pairs; `aligns(a, b)` says whether two pages' sentences align
 * (checked for anchor-found pairs only: declared links are trusted).
 */
export function linkTranslations(docs: PairCandidate[], aligns: (a: string, b: string) => boolean): TranslatedPair[] {
  const pairing = new Pairing(new Map(docs.map((d) => [d.source, d])));
  linkDeclared(pairing);
  linkByAnchors(pairing, aligns);
  return pairing.pairs;
}
