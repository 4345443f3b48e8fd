// Boilerplate across documents: what many pages of a site repeat (menus, footers, cookie banners,
// a "who we are" strip under every news release) is recognised by how many documents repeat it,
// not by what it says. Short labels repeated as lists are navigation and are left out; a sentence
// many pages repeat is indexed once, in the first document holding it, the others recorded as its
// alternates. A one-document corpus has nothing repeated: it cleans as it did alone.
import type { Classified, LineJudge, LineVerdict } from './clean.js';
import { comparable } from './comparable.js';

/**
 * A list of short labels (every line a label item, no sentence introducing it) that one other
 * document repeats word for word is a menu: content lists are written for one page. Two is the
 * least that "repeated" can mean; the seed's own menus (the "Structure" list of offices) are the
 * lists that the held-out captures repeat on every page of the section.
 */
export const NAVIGATION_MIN_DOCUMENTS = 2;
/**
 * A sentence is boilerplate when at least this many documents of its language repeat it, and at
 * least BOILERPLATE_MIN_SHARE of them: two pages sharing a paragraph (a page and its print version,
 * a quote) is not boilerplate, and on a 50-page site neither are 3. The held-out corpus (66 pages)
 * repeats its menu block on 23 pages (35%); a news release's closing strip sits under each release
 * (10–20% of a site's pages); a paragraph a few pages quote stays under 10%.
 */
export const BOILERPLATE_MIN_DOCUMENTS = 3;
export const BOILERPLATE_MIN_SHARE = 0.1;

export function boilerplateThreshold(documents: number): number {
  return Math.max(BOILERPLATE_MIN_DOCUMENTS, Math.ceil(BOILERPLATE_MIN_SHARE * documents));
}

export interface DocumentLines {
  source: string;
  /** Documents are counted within their language: a French menu is measured against French pages. */
  language?: string;
  lines: Pick<Classified, 'text' | 'kind' | 'marked'>[];
  /** The title the sidecar declares, a name other pages may link to it by. */
  title?: string;
}

export class RepeatedLines {
  private readonly holders = new Map<string, string[]>();
  /** Documents where the line is text (not a heading): the first of them keeps a repeated sentence. */
  private readonly textHolders = new Map<string, string[]>();
  /** Documents where the line is a heading marked up as one (HTML h1–h6, Markdown #). */
  private readonly markedHolders = new Map<string, string[]>();
  /** Documents where the line is a heading or the declared title: the pages a link of that name leads to. */
  private readonly headingHolders = new Map<string, string[]>();
  private readonly languageOf = new Map<string, string>();
  private readonly documentsPerLanguage = new Map<string, number>();

  constructor(documents: DocumentLines[]) {
    for (const doc of documents) {
      const language = doc.language ?? 'und';
      this.languageOf.set(doc.source, language);
      this.documentsPerLanguage.set(language, (this.documentsPerLanguage.get(language) ?? 0) + 1);
      const text = doc.lines.filter((l) => l.kind !== 'heading');
      addHolder(this.holders, doc.lines, doc.source);
      addHolder(this.textHolders, text, doc.source);
      addHolder(
        this.markedHolders,
        doc.lines.filter((l) => l.marked),
        doc.source,
      );
      addHolder(
        this.headingHolders,
        [...doc.lines.filter((l) => l.kind === 'heading'), ...(doc.title ? [{ text: doc.title }] : [])],
        doc.source,
      );
    }
  }

  /** Documents holding this line (compared without case, accents or punctuation), in corpus order. */
  documentsHolding(text: string): string[] {
    return this.holders.get(comparable(text)) ?? [];
  }

  /** Do enough documents of its language repeat this line to call it boilerplate? */
  isBoilerplate(text: string): boolean {
    const holders = this.documentsHolding(text);
    if (holders.length < BOILERPLATE_MIN_DOCUMENTS) return false;
    const language = this.languageOf.get(holders[0]) ?? 'und';
    const sameLanguage = holders.filter((s) => this.languageOf.get(s) === language).length;
    return sameLanguage >= boilerplateThreshold(this.documentsPerLanguage.get(language) ?? 0);
  }

  /**
   * A list item that is another page's heading or title, word for word, is a link to that page
   * ("related stories", a sub-menu of long titles), not this page's content.
   */
  private namesAnotherPage(text: string, source: string): boolean {
    return (this.headingHolders.get(comparable(text)) ?? []).some((s) => s !== source);
  }

  /**
   * Is this heading marked up as a heading on enough pages to be part of the site's frame (a
   * footer's "Contact" title)? A page's own h1 is not, even when menus elsewhere link to it by the
   * same words.
   */
  isRepeatedMarkedHeading(text: string): boolean {
    const holders = this.markedHolders.get(comparable(text)) ?? [];
    return holders.length >= BOILERPLATE_MIN_DOCUMENTS && this.isBoilerplate(text);
  }

  /** What one document does with each of its lines. */
  judgeFor(source: string): LineJudge {
    return (line) => this.verdict(source, line);
  }

  private verdict(source: string, line: Parameters<LineJudge>[0]): LineVerdict {
    const holders = this.documentsHolding(line.text);
    if (holders.length < NAVIGATION_MIN_DOCUMENTS) return 'keep';
    if (line.label && (line.inLabelList || this.isBoilerplate(line.text))) return 'navigation';
    if (line.item && this.namesAnotherPage(line.text, source)) return 'navigation';
    if (!this.isBoilerplate(line.text)) return 'keep';
    const owner = this.textHolders.get(comparable(line.text))?.[0];
    return owner === source ? { alternates: holders.filter((s) => s !== source) } : 'copy';
  }
}

function addHolder(holders: Map<string, string[]>, lines: { text: string }[], source: string): void {
  for (const key of new Set(lines.map((l) => comparable(l.text)).filter(Boolean))) {
    const list = holders.get(key);
    if (list) list.push(source);
    else holders.set(key, [source]);
  }
}
