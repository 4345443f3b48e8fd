// Boilerplate across documents: what many pages of a corpus repeat is recognised by how many repeat
// it. Menus are left out, a repeated paragraph is indexed once with the other pages as alternates,
// two pages sharing a sentence keep it, and a page alone cleans as it always did.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_MIN_DOCUMENTS, boilerplateThreshold, RepeatedLines } from '../../src/corpus/boilerplate.js';
import { cleanToBlocks } from '../../src/corpus/clean.js';
import { sourceLines } from '../../src/corpus/sourceLines.js';
import { chunkBlocks } from '../../src/ingest/chunk.js';
import { REAL_CORPUS_FILE } from '../core/support.js';
import { corpusFile, FRENCH_FOOTER, FRENCH_MENU, FRENCH_TOPICS, frenchPage, OPTIONS, passagesOf } from './support.js';

const site = FRENCH_TOPICS.map(([title, paragraphs], i) => corpusFile(`page-${i}.txt`, frenchPage(title, paragraphs)));
const allText = (chunks: { text: string }[]) => chunks.map((c) => c.text).join('\n');

describe('the boilerplate threshold', () => {
  it('never calls two pages boilerplate, and asks for a tenth of a large corpus', () => {
    expect(boilerplateThreshold(1)).toBe(BOILERPLATE_MIN_DOCUMENTS);
    expect(boilerplateThreshold(2)).toBeGreaterThan(2);
    expect(boilerplateThreshold(50)).toBe(5);
    expect(boilerplateThreshold(66)).toBe(7);
  });

  it('counts documents within their language', () => {
    const sentence = 'Une phrase que seules quelques pages répètent mot pour mot dans ce corpus.';
    const docs = (holders: number, total: number, language: string) =>
      Array.from({ length: total }, (_, i) => ({
        source: `${language}-${i}`,
        language,
        lines: [{ text: i < holders ? sentence : `Texte propre à la page ${language} numéro ${i}.`, kind: 'paragraph' as const }],
      }));
    expect(new RepeatedLines(docs(3, 50, 'fr')).isBoilerplate(sentence)).toBe(false);
    expect(new RepeatedLines(docs(5, 50, 'fr')).isBoilerplate(sentence)).toBe(true);
    // 5 French pages of 10 repeat it; 40 English pages do not dilute the French count.
    expect(new RepeatedLines([...docs(5, 10, 'fr'), ...docs(0, 40, 'en')]).isBoilerplate(sentence)).toBe(true);
  });
});

describe('a site whose pages share menus and a footer', () => {
  const { chunks, cleaning, documents } = passagesOf(site);

  it('leaves the menus out of every passage', () => {
    const text = allText(chunks);
    for (const item of FRENCH_MENU.filter((l) => l.startsWith('- '))) expect(text).not.toContain(item);
  });

  it('indexes each repeated sentence of the footer once, the other pages as its alternates', () => {
    for (const sentence of FRENCH_FOOTER.filter((l) => l.endsWith('.') && l.split(' ').length > 8)) {
      const holding = chunks.filter((c) => c.text.includes(sentence));
      expect(holding, sentence).toHaveLength(1);
      expect(holding[0].text).toBe(sentence);
      expect(new Set([holding[0].source, ...(holding[0].alternates ?? [])])).toEqual(new Set(site.map((f) => f.source)));
    }
  });

  it('gives a repeated paragraph no section of one page, and the most recent date of the pages holding it', () => {
    const dated = site.map((f, i) =>
      corpusFile(f.source.replace('corpus/', ''), f.raw, { published: `20${10 + ((i * 7) % 6)}-01-0${i + 1}` }),
    );
    const latest = dated
      .map((f) => f.metadata.published!)
      .sort()
      .at(-1);
    const strip = passagesOf(dated).chunks.find((c) => c.text === FRENCH_FOOTER[1])!;
    expect(strip.heading).toBeNull();
    expect(strip.date).toBe(latest);
    expect(strip.source).not.toBe(dated.find((f) => f.metadata.published === latest)!.source);
  });

  it('keeps every page’s own sentences, once each, under the page’s own title', () => {
    for (const [i, [title, paragraphs]] of FRENCH_TOPICS.entries()) {
      for (const p of paragraphs) expect(chunks.filter((c) => c.text.includes(p)).map((c) => c.source)).toEqual([site[i].source]);
      expect(documents[i].title).toBe(title);
    }
  });

  it('reports the share of lines and passages the comparison removed', () => {
    const alone = site.flatMap((f) => passagesOf([f]).chunks);
    expect(cleaning.passagesAlone).toBe(alone.length);
    expect(cleaning.passages).toBe(chunks.length);
    expect(cleaning.passages).toBeLessThan(cleaning.passagesAlone);
    // A page alone keeps its menu lists of 3 and 4 labels (the 2-label one is navigation already) and
    // its 2 footer sentences (the copyright notice is left out by cleaning alone); the corpus keeps no
    // menu and the footer once.
    const menuItemsKeptAlone = 4 + 3;
    const footerSentences = 2;
    expect(cleaning.boilerplateLines).toBe(site.length * menuItemsKeptAlone + (site.length - 1) * footerSentences);
    expect(cleaning.lines).toBe(site.length * (menuItemsKeptAlone + footerSentences + 2));
  });
});

describe('a section’s own sub-menu inside the site menu', () => {
  it('goes with the menu, and the page keeps its own title', () => {
    const submenu = ['- Abris et articles de secours', '- Gestion des sites', '- Suivi des déplacements'];
    const [title, paragraphs] = FRENCH_TOPICS[0];
    const withSubmenu = frenchPage(title, paragraphs).replace('- Retour volontaire', ['- Retour volontaire', ...submenu].join('\n'));
    const files = [corpusFile('a.txt', withSubmenu), ...site.slice(1)];
    const { chunks, documents } = passagesOf(files);
    for (const item of submenu) expect(allText(chunks)).not.toContain(item);
    expect(documents[0].title).toBe(title);
  });
});

describe('links to other pages', () => {
  it('leaves out a list whose items are other pages’ titles (related stories), keeps a list of the page’s own', () => {
    const [first, second, third] = FRENCH_TOPICS;
    const related = ['Articles connexes', `- ${second[0]} : ce que font les équipes de terrain`, `- ${third[0]}`];
    const own = ['Nos engagements :', '- Répondre dans les trois jours à toute demande écrite.', '- Publier chaque année un rapport.'];
    const files = [
      corpusFile('a.txt', [first[0], ...first[1], ...related, ...own].join('\n')),
      // A capture prints its title twice (a heading); the Markdown page marks it up.
      corpusFile(
        'b.txt',
        [`${second[0]} : ce que font les équipes de terrain`, `${second[0]} : ce que font les équipes de terrain`, ...second[1]].join('\n'),
      ),
      corpusFile('c.md', [`# ${third[0]}`, ...third[1]].join('\n')),
    ];
    const text = allText(passagesOf(files).chunks);
    expect(text).not.toContain(related[1]);
    expect(text).not.toContain(related[2]);
    for (const line of own) expect(text).toContain(line);
  });
});

describe('two documents', () => {
  const shared = 'Les deux pages rappellent que chaque demande est examinée dans un délai de trente jours ouvrables.';
  const pages = FRENCH_TOPICS.slice(0, 2).map(([title, paragraphs], i) =>
    corpusFile(`deux-${i}.txt`, frenchPage(title, [paragraphs[0], shared, paragraphs[1]])),
  );
  const { chunks } = passagesOf(pages);

  it('drop the label lists both repeat (menus): no page’s own list is two pages’ list', () => {
    expect(allText(chunks)).not.toContain('- Notre histoire');
  });

  it('keep a substantive sentence both repeat, in each page where it belongs', () => {
    expect(chunks.filter((c) => c.text.includes(shared)).map((c) => c.source)).toEqual(pages.map((p) => p.source));
  });

  it('keep each page’s own paragraphs', () => {
    for (const [, paragraphs] of FRENCH_TOPICS.slice(0, 2)) for (const p of paragraphs) expect(allText(chunks)).toContain(p);
  });
});

describe('the seed page', () => {
  const raw = readFileSync(REAL_CORPUS_FILE, 'utf8');
  const seed = corpusFile(path.basename(REAL_CORPUS_FILE), raw, { language: 'fr', title: 'Seed' });
  const cleanedAlone = chunkBlocks(
    cleanToBlocks(sourceLines(raw, '.txt')),
    { source: seed.source, title: 'Seed', language: 'fr' },
    OPTIONS,
  );

  it('cleans alone exactly as a document cleaned by itself', () => {
    expect(passagesOf([seed]).chunks).toEqual(cleanedAlone);
  });

  it('keeps the same passages beside pages it shares nothing with', () => {
    const { chunks } = passagesOf([seed, ...site]);
    expect(chunks.filter((c) => c.source === seed.source)).toEqual(cleanedAlone);
  });
});
