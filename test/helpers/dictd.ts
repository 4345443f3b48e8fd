// A dictd dictionary written for a test (index with base64 offsets, gzip body), as Debian's FreeDict
// packages ship them: the glossary is built from it as from the installed dictionaries.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function b64(n: number): string {
  let out = '';
  do {
    out = B64[n % 64] + out;
    n = Math.floor(n / 64);
  } while (n > 0);
  return out;
}

/** Writes dictionary `name` to dir: each headword with its body (senses on their own lines), tagged `<tag>`. */
export function writeDictionary(dir: string, name: string, entries: Record<string, string>, tag = 'n'): void {
  let body = '';
  const index: string[] = [];
  for (const [headword, text] of Object.entries(entries)) {
    const entry = `${headword} /x/ <${tag}>\n${text}\n`;
    index.push(`${headword}\t${b64(Buffer.byteLength(body))}\t${b64(Buffer.byteLength(entry))}`);
    body += entry;
  }
  writeFileSync(path.join(dir, `${name}.index`), `${index.join('\n')}\n`);
  writeFileSync(path.join(dir, `${name}.dict.dz`), gzipSync(body));
}
