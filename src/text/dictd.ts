// Reads Debian's FreeDict dictionaries (dictd format: a base64-offset index and a dictzip file).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

// Both directions are used: eng-fra gives "goal → but", the reversed fra-eng gives "country → pays".
export const DICTIONARIES = [
  { name: 'freedict-eng-fra', englishHeadwords: true },
  { name: 'freedict-fra-eng', englishHeadwords: false },
] as const;
export type DictionaryInfo = (typeof DICTIONARIES)[number];

export interface DictEntry {
  headword: string;
  translations: string[];
  /** Parts of speech the entry gives (fra-eng does: n, v, adj…; eng-fra gives none). */
  tags: string[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeDictNumber(text: string): number {
  let n = 0;
  for (const c of text) n = n * 64 + B64.indexOf(c);
  return n;
}

/**
 * A sense's context label, in parentheses or brackets before or after its words: "(bank) transfer",
 * "ash (tree)", "[geol] seam". The words are the translation; the label only says in what context
 * (virement is a transfer, made by a bank). Dropping the whole sense lost such entries.
 */
const CONTEXT_LABEL = /\s*(?:\([^()]*\)|\[[^\][]*\])\s*/g;

/** Translations of one dictd entry: numbered senses, comma-separated, after the headword line. */
function parseEntry(headword: string, body: string): DictEntry {
  const [first, ...senses] = body.split('\n');
  const tags = [...first.matchAll(/<([^>]+)>/g)].map((m) => m[1].split(',')[0].trim());
  const translations = senses
    .flatMap((line) => line.replace(/^\s*\d+\.\s*/, '').split(/[,;]/))
    .map((t) =>
      t
        .replace(CONTEXT_LABEL, ' ')
        .trim()
        .replace(/^to\s+/, ''),
    )
    .filter((t) => t && !/[/<>()]/.test(t) && t.split(/\s+/).length <= 3);
  return { headword, translations, tags };
}

function dictionaryFiles(dictionaryDir: string, name: string) {
  return { index: path.join(dictionaryDir, `${name}.index`), dict: path.join(dictionaryDir, `${name}.dict.dz`) };
}

export function installedDictionaries(dictionaryDir: string | null): DictionaryInfo[] {
  if (!dictionaryDir) return [];
  return DICTIONARIES.filter((d) => {
    const files = dictionaryFiles(dictionaryDir, d.name);
    return existsSync(files.index) && existsSync(files.dict);
  });
}

/** Every single-word headword of a dictd dictionary with its translations and parts of speech. */
export function readDictionary(dictionaryDir: string, name: string): DictEntry[] {
  const files = dictionaryFiles(dictionaryDir, name);
  const dict = gunzipSync(readFileSync(files.dict)); // dictzip files are valid gzip
  const out: DictEntry[] = [];
  for (const line of readFileSync(files.index, 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !length || /\s|^00/.test(headword)) continue;
    const start = decodeDictNumber(offset);
    out.push(parseEntry(headword.toLowerCase(), dict.subarray(start, start + decodeDictNumber(length)).toString('utf8')));
  }
  return out;
}
