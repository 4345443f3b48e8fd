// Cleaning rules (clean.ts) and the three source formats (sourceLines.ts): on small synthetic pages
// that exercise one rule each, and on the real captured page that motivated them.
import { describe, expect, it } from 'vitest';
import { cleanToBlocks, firstHeading, type Block } from '../../src/corpus/clean.js';
import { htmlLines, markdownLines, plainTextLines, sourceLines } from '../../src/corpus/sourceLines.js';
import { readRealCorpus } from './support.js';

const blocksOf = (text: string, extension = '.txt') => cleanToBlocks(sourceLines(text, extension));
const allText = (blocks: Block[]) => blocks.flatMap((b) => b.lines.map((l) => l.text));
const page = (...lines: string[]) => lines.join('\n');

describe('cleaning synthetic pages', () => {
  it('splits a heading glued to its paragraph after the same heading on its own line', () => {
    const blocks = blocksOf(page('Nos valeurs', 'Nos valeursLa dignité humaine guide chacune de nos actions.'));
    expect(blocks).toEqual([{ heading: 'Nos valeurs', lines: [{ text: 'La dignité humaine guide chacune de nos actions.', line: 2 }] }]);
  });

  it('splits a glued heading even without the heading line before it (lower case running into a capital)', () => {
    const blocks = blocksOf('Notre histoireDepuis sa création, l’Organisation aide les migrants.');
    expect(blocks).toHaveLength(1);
    expect(blocks[0].heading).toBe('Notre histoire');
    expect(blocks[0].lines[0].text).toBe('Depuis sa création, l’Organisation aide les migrants.');
  });

  it('does not split ordinary sentences that contain capitals (proper nouns, acronyms)', () => {
    const text = 'Les États Membres de l’OIM se réunissent à Genève chaque année.';
    expect(allText(blocksOf(text))).toEqual([text]);
  });

  it('leaves out a legal notice under a page, keeps a paragraph that speaks of copyright', () => {
    const notices = [
      '© 2031 Office fictif des passerelles (OFP)',
      'Copyright 2029 Fictional Bridges Office. All rights reserved.',
      'Tous droits réservés',
    ];
    const content = 'Le copyright des photos appartient aux familles qui ont accepté de les partager avec le bureau.';
    expect(allText(blocksOf(page('Le bureau accompagne les familles depuis 2010.', ...notices, content)))).toEqual([
      'Le bureau accompagne les familles depuis 2010.',
      content,
    ]);
  });

  it('turns a line printed twice into one heading, not into text', () => {
    const blocks = blocksOf(page('Partenariats', 'Partenariats', 'Nous travaillons avec les gouvernements et la société civile.'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0].heading).toBe('Partenariats');
    expect(allText(blocks)).toEqual(['Nous travaillons avec les gouvernements et la société civile.']);
  });

  it('drops short navigation lists of labels, keeps a list introduced by a sentence', () => {
    const blocks = blocksOf(
      page(
        'Menu',
        '- Accueil',
        '- Contact',
        'Nos priorités sont les suivantes :',
        '- Protéger les personnes.',
        '- Soutenir les communautés.',
      ),
    );
    const text = allText(blocks);
    expect(text).not.toContain('- Accueil');
    expect(text).not.toContain('- Contact');
    expect(text).toEqual(['Nos priorités sont les suivantes :', '- Protéger les personnes.', '- Soutenir les communautés.']);
  });

  it('drops lone dashes and punctuation-only lines', () => {
    const blocks = blocksOf(page('-', '–', '•', 'Une phrase qui compte vraiment.', '-', '...'));
    expect(allText(blocks)).toEqual(['Une phrase qui compte vraiment.']);
    expect(blocks[0].lines[0].line).toBe(4);
  });

  it('uses the first heading as title', () => {
    expect(firstHeading(plainTextLines(page('-', 'À propos', 'À propos', 'Texte complet de la page.')))).toBe('À propos');
  });
});

describe('cleaning the real captured page', async () => {
  const raw = await readRealCorpus();
  const rawLines = raw.split(/\r\n|\r|\n/);
  const blocks = blocksOf(raw);
  const text = allText(blocks);

  it('splits "Qui sommes nousL’Organisation…" into a heading and its paragraph', () => {
    expect(blocks[0].heading).toBe('Qui sommes nous');
    expect(blocks[0].lines[0].text.startsWith("L'Organisation internationale pour les migrations")).toBe(true);
    expect(text.some((t) => /nousL/.test(t))).toBe(false);
    expect(text.some((t) => /travailEn/.test(t))).toBe(false);
  });

  it('keeps no repeated heading, navigation label or lone dash as passage text', () => {
    // Lines that are short labels in the capture (not sentences): none may survive as text unless in a list of content.
    for (const label of ['Qui sommes nous', 'Structure', 'Notre travail', 'Agir', 'Engagez-vous', 'Partenariats', 'Travailler avec nous']) {
      expect(text).not.toContain(label);
    }
    for (const nav of ['- 2030 AGENDA', '- Données et recherche', '- Où travaillons-nous']) expect(text).not.toContain(nav);
    expect(text.every((t) => /\p{L}/u.test(t))).toBe(true);
  });

  it('keeps every sentence of the page, each pointing at the line it came from', () => {
    for (const { lines } of blocks) {
      for (const { text: t, line } of lines) expect(rawLines[line - 1]).toContain(t.replace(/^- /, ''));
    }
    const sentenceLines = rawLines.map((l, i) => ({ l, i: i + 1 })).filter(({ l }) => /[.:]$/.test(l.trim()) && l.trim().length > 40);
    const kept = new Set(blocks.flatMap((b) => b.lines.map((l) => l.line)));
    for (const { i } of sentenceLines) expect(kept.has(i), `line ${i} lost`).toBe(true);
  });

  it('records section headings as metadata', () => {
    const headings = blocks.map((b) => b.heading);
    expect(headings).toContain('Structure');
    expect(headings).toContain('Notre travail');
  });
});

describe('Markdown sources', () => {
  const md = page(
    '# Notre mission', //            1
    '', //                           2
    "L'OIM aide les **migrants** partout dans le `monde`.", // 3
    '', //                           4
    '## Objectifs ##', //            5
    '', //                           6
    'Nos objectifs sont :', //       7
    '- Sauver des vies.', //         8
    '* Trouver des solutions.', //   9
    '1. Faciliter la migration.', // 10
  );

  it('reads headings and list items from the markup, strips emphasis, keeps line numbers', () => {
    expect(markdownLines(md).filter((l) => l.hint)).toEqual([
      { text: 'Notre mission', line: 1, hint: 'heading' },
      { text: 'Objectifs', line: 5, hint: 'heading' },
      { text: '- Sauver des vies.', line: 8, hint: 'item' },
      { text: '- Trouver des solutions.', line: 9, hint: 'item' },
      { text: '- Faciliter la migration.', line: 10, hint: 'item' },
    ]);
    expect(blocksOf(md, '.md')).toEqual([
      { heading: 'Notre mission', lines: [{ text: "L'OIM aide les migrants partout dans le monde.", line: 3 }] },
      {
        heading: 'Objectifs',
        lines: [
          { text: 'Nos objectifs sont :', line: 7 },
          { text: '- Sauver des vies.', line: 8 },
          { text: '- Trouver des solutions.', line: 9 },
          { text: '- Faciliter la migration.', line: 10 },
        ],
      },
    ]);
  });
});

describe('HTML sources', () => {
  const html = page(
    '<!doctype html>', //                                                       1
    '<html><head><title>T</title><script>var menu = "Agir";</script></head>', // 2
    '<body>', //                                                                3
    '<nav><ul><li>Agir</li><li>Engagez-vous</li><li>Données</li></ul></nav>', // 4
    '<header>Menu principal</header>', //                                      5
    '<h1>Qui sommes-nous</h1>', //                                               6
    '<p>L&rsquo;Organisation compte 175 &Eacute;tats Membres', //               7
    'et 8 États observateurs.</p>', //                                          8
    '<style>p { color: red }</style>', //                                       9
    '<h2>Objectifs</h2>', //                                                    10
    "<p>L'action est axée sur trois objectifs :</p>", //                       11
    '<ul>', //                                                                  12
    '<li>Sauver des vies.</li>', //                                             13
    '<li>Trouver des <b>solutions</b>.</li>', //                                14
    '</ul>', //                                                                 15
    '<footer>© OIM</footer>', //                                                16
    '</body></html>', //                                                        17
  );

  it('skips nav, header, footer, script and style; decodes entities; keeps start and end lines', () => {
    const lines = htmlLines(html);
    const joined = lines.map((l) => l.text).join('\n');
    for (const hidden of ['Agir', 'Engagez-vous', 'Menu principal', 'var menu', 'color: red', '© OIM'])
      expect(joined).not.toContain(hidden);
    expect(lines).toEqual([
      { text: 'Qui sommes-nous', line: 6, hint: 'heading' },
      { text: 'L’Organisation compte 175 États Membres et 8 États observateurs.', line: 7, endLine: 8 },
      { text: 'Objectifs', line: 10, hint: 'heading' },
      { text: "L'action est axée sur trois objectifs :", line: 11 },
      { text: '- Sauver des vies.', line: 13, hint: 'item' },
      { text: '- Trouver des solutions.', line: 14, hint: 'item' },
    ]);
  });

  it('cleans into blocks under their headings', () => {
    const blocks = blocksOf(html, '.html');
    expect(blocks.map((b) => b.heading)).toEqual(['Qui sommes-nous', 'Objectifs']);
    expect(allText(blocks)).toContain('- Trouver des solutions.');
  });
});
