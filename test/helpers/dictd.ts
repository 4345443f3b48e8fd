// A dictd dictionary written for a test (index with base64 offsets, gzip body), as Debian's FreeDict
// packages ship them: the glossary is built from it as from the installed dictionaries.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, deflateRawSync, gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function b64(n: number): string {
  let out = '';
  do {
    out = B64[n % 64] + out;
    n = Math.floor(n / 64);
  } while (n > 0);
  return out;
}

export interface DictionaryOptions {
  /** Part-of-speech tag on every headword line. */
  tag?: string;
  /** The dictionary's short description (00databaseshort), which names its entries' shape: "… WikDict …", "… Ding …". */
  description?: string;
  /** Written as dictzip (chunks of this many bytes, each deflated alone) rather than plain gzip. */
  dictzipChunk?: number;
}

/** A dictzip file: gzip with an "RA" extra field listing each chunk's compressed size. */
function dictzip(body: Buffer, chunkLength: number): Buffer {
  const chunks: Buffer[] = [];
  for (let at = 0; at < body.length; at += chunkLength)
    chunks.push(deflateRawSync(body.subarray(at, at + chunkLength), { finishFlush: constants.Z_FULL_FLUSH }));
  const field = Buffer.alloc(10 + 2 * chunks.length);
  field.write('RA', 0, 'latin1');
  field.writeUInt16LE(6 + 2 * chunks.length, 2);
  field.writeUInt16LE(1, 4);
  field.writeUInt16LE(chunkLength, 6);
  field.writeUInt16LE(chunks.length, 8);
  for (const [i, c] of chunks.entries()) field.writeUInt16LE(c.length, 10 + 2 * i);
  const header = Buffer.from([0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 3, 0, 0]);
  header.writeUInt16LE(field.length, 10);
  return Buffer.concat([header, field, ...chunks, deflateRawSync(Buffer.alloc(0)), Buffer.alloc(8)]);
}

/** Writes dictionary `name` to dir: each headword with its body (senses on their own lines), tagged `<tag>`. */
export function writeDictionary(
  dir: string,
  name: string,
  entries: Record<string, string>,
  options: DictionaryOptions | string = {},
): void {
  const { tag = 'n', description, dictzipChunk } = typeof options === 'string' ? { tag: options } : options;
  let body = '';
  const index: string[] = [];
  const add = (headword: string, entry: string) => {
    index.push(`${headword}\t${b64(Buffer.byteLength(body))}\t${b64(Buffer.byteLength(entry))}`);
    body += entry;
  };
  if (description) add('00databaseshort', `${description}\n`);
  for (const [headword, text] of Object.entries(entries)) add(headword, `${headword} /x/ <${tag}>\n${text}\n`);
  writeFileSync(path.join(dir, `${name}.index`), `${index.join('\n')}\n`);
  const bytes = Buffer.from(body);
  writeFileSync(path.join(dir, `${name}.dict.dz`), dictzipChunk ? dictzip(bytes, dictzipChunk) : gzipSync(bytes));
}
