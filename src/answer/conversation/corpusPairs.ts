// The organisation's own English for French labels, read from the pages it publishes in both
// languages: ingestion pairs a page with its translation and aligns their sentences
// (ChunkTranslation). A French page's title is its English page's title; a French list item or
// short line aligned with an English one is that line; a French page's section headings are its
// English page's, in order, when both pages have as many sections (a translated page keeps its
// sections; a different count means the pages were cut differently, and positions say nothing).
// A French label given two different English labels is given none: the pages disagree. The English
// page's text is kept for the French page's longer labels (counterpartPhrase.ts).
import type { Chunk, Language } from '../../types.js';
import { cleanLabel } from './templates.js';
import { normaliseWord } from './tokens.js';

const BULLET = /^[-–—•*·]\s+/;

const keyOf = (label: string) => normaliseWord(label.replace(/\s+/g, ' ').trim());

/** What the pairs are read from: each document's sections in order, as the outline holds them. */
export interface PairSources {
  languageOf(source: string): Language | null;
  sectionsOf(source: string): ReadonlyArray<{ title: string; heading: string | null }>;
}

export class CorpusPairs {
  /** French label key → its English label; null when the pages give two. */
  private readonly english = new Map<string, string | null>();
  /** French page → its English translation. */
  private readonly pages = new Map<string, string>();
  /** Text of the English pages that translate a French one. */
  private readonly englishTexts = new Map<string, string[]>();

  constructor(chunks: readonly Chunk[], sources: PairSources) {
    const { pages } = this;
    for (const chunk of chunks) {
      if (sources.languageOf(chunk.source) !== 'fr') continue;
      for (const t of chunk.translations ?? []) {
        if (t.language !== 'en') continue;
        pages.set(chunk.source, t.source);
        for (const s of t.sentences) this.pair(s.text.replace(BULLET, ''), s.translation.replace(BULLET, ''));
      }
    }
    for (const [french, english] of pages) this.pairPages(sources.sectionsOf(french), sources.sectionsOf(english));
    for (const english of pages.values()) this.englishTexts.set(english, []);
    for (const chunk of chunks) this.englishTexts.get(chunk.source)?.push(chunk.text);
  }

  /** The text of the English translation of this French page, or null when it has none. */
  englishPageText(frenchSource: string): string | null {
    const english = this.pages.get(frenchSource);
    return english === undefined ? null : (this.englishTexts.get(english) ?? []).join('\n');
  }

  private pairPages(french: ReadonlyArray<{ title: string; heading: string | null }>, english: typeof french): void {
    if (french[0] && english[0]) this.pair(french[0].title, english[0].title);
    if (french.length !== english.length) return;
    french.forEach((section, i) => {
      const other = english[i].heading;
      if (section.heading && other) this.pair(section.heading, other);
    });
  }

  /** Both sides must make labels (short, not the site's voice): a sentence is no label to ask about. */
  private pair(french: string, english: string): void {
    const [fr, en] = [cleanLabel(french), cleanLabel(english)];
    if (!fr || !en) return;
    const key = keyOf(fr);
    const known = this.english.get(key);
    if (known === undefined) this.english.set(key, en);
    else if (known !== null && keyOf(known) !== keyOf(en)) this.english.set(key, null);
  }

  /** The English label the organisation's pages give this French label (cleaned), or null. */
  englishOf(label: string): string | null {
    return this.english.get(keyOf(label)) ?? null;
  }
}
