// Ingestion of the team's multi-document fixture, against its ground truth (fixture.json): each
// document's language and date, the translated pairs and nothing else, the duplicates indexed once,
// boilerplate (lines enough documents repeat) in at most one passage, every title a real heading.
import { describe, expect, it } from 'vitest';
import { boilerplateThreshold } from '../../src/corpus/boilerplate.js';
import { comparable } from '../../src/corpus/comparable.js';
import { datelineOf } from '../../src/corpus/dates.js';
import { readCorpus } from '../../src/corpus/load.js';
import { normalizeForMatch } from '../../src/evaluation/questionSet.js';
import { buildGlossary } from '../../src/text/buildGlossary.js';
import { LexicalIndex } from '../../src/retrieve/lexical.js';
import { Vocabulary } from '../../src/retrieve/vocabulary.js';
import { CORPUS_DIR, corpusFiles, readManifest, textOf } from '../multidoc/support.js';
import { passagesOf } from './support.js';

const truth = readManifest();
const name = (source: string) => source.replace(/^corpus\//, '');
const { chunks, documents, pairs, cleaning, navigation } = passagesOf(await readCorpus(CORPUS_DIR));
/** Lines (whole visible text, menus included) that enough documents of their language repeat to be boilerplate by ingestion's own threshold. */
function boilerplateLines(): string[] {
  const holders = new Map<string, Set<string>>();
  for (const file of corpusFiles())
    for (const line of textOf(file).split('\n')) {
      const key = normalizeForMatch(line.replace(/^\s*- /, '')).trim();
      if (key) holders.set(key, (holders.get(key) ?? new Set()).add(file));
    }
  const perLanguage = (language: string) => Object.values(truth.documents).filter((d) => d.language === language).length;
  return [...holders]
    .filter(([, files]) => {
      const language = truth.documents[[...files][0]].language;
      return [...files].filter((f) => truth.documents[f].language === language).length >= boilerplateThreshold(perLanguage(language));
    })
    .map(([line]) => line);
}
const chrome = boilerplateLines();

describe('the multi-document fixture, ingested', () => {
  it('gives every document the language and the date fixture.json records', () => {
    const found = Object.fromEntries(documents.map((d) => [name(d.source), { language: d.language, date: d.date ?? null }]));
    const expected = Object.fromEntries(Object.entries(truth.documents).map(([file, d]) => [file, { language: d.language, date: d.date }]));
    expect(found).toEqual(expected);
  });

  it('links every translated pair fixture.json records, however it is linked, and no other', () => {
    const key = (a: string, b: string) => [a, b].sort().join(' ↔ ');
    const expected = [
      ...truth.pairs.map((p) => key(p.fr, p.en)),
      ...truth.otherTranslations.map((t) =>
        key(...(Object.values(t).filter((v) => !['hreflang', 'sidecar', 'url', 'none'].includes(v)) as [string, string])),
      ),
    ];
    expect(pairs.map((p) => key(name(p.left), name(p.right))).sort()).toEqual(expected.sort());
  });

  it('indexes each duplicate once: no passage of the second capture or the print version, both recorded as alternates', () => {
    for (const { files } of truth.duplicates) {
      const sources = new Set(chunks.map((c) => name(c.source)));
      expect(
        files.filter((f) => sources.has(f)),
        files.join(' / '),
      ).toHaveLength(1);
      const kept = chunks.filter((c) => files.includes(name(c.source)));
      expect(kept.length).toBeGreaterThan(0);
      for (const c of kept)
        expect((c.alternates ?? []).map(name)).toEqual(expect.arrayContaining(files.filter((f) => f !== name(c.source))));
    }
  });

  it('holds no two passages alike, and each boilerplate line in one passage at most', () => {
    expect(chrome.length, 'the fixture repeats menus and footers on its pages').toBeGreaterThan(20);
    const texts = chunks.map((c) => comparable(c.text));
    expect(texts.length - new Set(texts).size).toBe(0);
    const lines = chunks.map((c) => new Set(c.text.split('\n').map((l) => normalizeForMatch(l.replace(/^- /, '')).trim())));
    const repeatedInIndex = chrome.filter((line) => lines.filter((set) => set.has(line)).length > 1);
    expect(repeatedInIndex).toEqual([]);
    console.log(
      `multidoc ingestion: ${cleaning.passages} passages from ${cleaning.passagesAlone} cleaned one by one (${Math.round(100 * (1 - cleaning.passages / cleaning.passagesAlone))}% removed), ` +
        `${Math.round((100 * cleaning.boilerplateLines) / cleaning.lines)}% of text lines boilerplate, ${cleaning.duplicatesMerged} duplicates merged`,
    );
  });

  it('titles every document by its sidecar or a heading, never a breadcrumb, a date or the file name', () => {
    for (const d of documents) {
      expect(d.titleFrom, d.source).not.toBe('file');
      expect(datelineOf(d.title, d.language), d.title).toBeNull();
      expect(d.title, d.source).not.toMatch(/ [/›>] /);
    }
  });

  it('records the menus it left out, so the answer side knows a label it no longer indexes', () => {
    const labels = new Set(navigation.map((l) => normalizeForMatch(l.replace(/^\s*- /, '')).trim()));
    // Every label is a line enough pages repeat, and the passages hold none of them.
    for (const label of labels) expect(chrome, label).toContain(label);
    expect(labels.size).toBeGreaterThan(20);
    const withMenus = new Vocabulary(new LexicalIndex(chunks), buildGlossary(null, chunks), chunks, navigation);
    const withoutMenus = new Vocabulary(new LexicalIndex(chunks), buildGlossary(null, chunks), chunks);
    const dropped = navigation.filter((l) => !withoutMenus.isChrome(l));
    expect(dropped.length).toBeGreaterThan(10);
    for (const label of dropped) expect(withMenus.isChrome(label), label).toBe(true);
    for (const d of documents.filter((doc) => !labels.has(normalizeForMatch(doc.title).trim())))
      expect(withMenus.isChrome(d.title), d.title).toBe(false);
  });
});
