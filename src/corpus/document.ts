// What a document is at ingestion, before the corpus is compared: its numbered lines, how cleaning
// reads them, what its markup declares (HTML), its address and its language — from the sidecar,
// else the page's lang attribute, else detected from its text.
import { classify, type Classified } from './clean.js';
import { readHtmlMeta, type HtmlMeta } from './htmlMeta.js';
import { detectTextLanguage, primaryLanguage } from './language.js';
import type { CorpusFile } from './load.js';
import { sourceLines, type SourceLine } from './sourceLines.js';

export type LanguageOrigin = 'sidecar' | 'html' | 'detected';

export interface CorpusDocument {
  file: CorpusFile;
  source: string;
  lines: SourceLine[];
  classified: Classified[];
  html: HtmlMeta | null;
  url?: string;
  language?: string;
  languageFrom?: LanguageOrigin;
}

const isHtml = (extension: string) => extension === '.html' || extension === '.htm';

function documentLanguage(file: CorpusFile, html: HtmlMeta | null, classified: Classified[]) {
  const declared = primaryLanguage(file.metadata.language);
  if (declared) return { language: declared, languageFrom: 'sidecar' as const };
  const fromHtml = primaryLanguage(html?.lang);
  if (fromHtml) return { language: fromHtml, languageFrom: 'html' as const };
  const paragraphs = classified.filter((l) => l.kind === 'paragraph').map((l) => l.text);
  // Its paragraphs: menus are lists and headings, the same words on every page.
  const text = (paragraphs.length ? paragraphs : classified.map((l) => l.text)).join('\n');
  const detected = detectTextLanguage(text);
  return detected ? { language: detected, languageFrom: 'detected' as const } : {};
}

export function readDocument(file: CorpusFile): CorpusDocument {
  const lines = sourceLines(file.raw, file.extension);
  const classified = classify(lines);
  const html = isHtml(file.extension) ? readHtmlMeta(file.raw) : null;
  const url = file.metadata.url ?? html?.url;
  return { file, source: file.source, lines, classified, html, ...(url ? { url } : {}), ...documentLanguage(file, html, classified) };
}
