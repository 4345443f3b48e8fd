// Random access into a dictzip file (dictd's .dict.dz): a gzip file whose header lists the
// compressed size of each fixed-size chunk, each chunk deflated on its own (full flush). The
// pivot dictionaries eng-deu and deu-eng are ~15 MB compressed, ~80–100 MB of text: gunzipping
// one whole took ~380 ms, when a glossary needs a few thousand of their entries.
import { readFileSync } from 'node:fs';
import { constants, gunzipSync, inflateRawSync } from 'node:zlib';

const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FHCRC = 2;

interface ChunkTable {
  /** Uncompressed length of every chunk but the last. */
  chunkLength: number;
  /** Where each chunk's deflate data starts in the file, and where the last ends. */
  starts: number[];
}

/** The chunk table of a dictzip header (its "RA" extra field), or null for a plain gzip file. */
function chunkTable(file: Buffer): ChunkTable | null {
  const flags = file[3];
  if (file[0] !== 0x1f || file[1] !== 0x8b || !(flags & FEXTRA)) return null;
  const extraLength = file.readUInt16LE(10);
  let table: ChunkTable | null = null;
  for (let at = 12; at + 4 <= 12 + extraLength; ) {
    const length = file.readUInt16LE(at + 2);
    if (file[at] === 0x52 && file[at + 1] === 0x41) {
      const count = file.readUInt16LE(at + 8);
      const sizes = Array.from({ length: count }, (_, i) => file.readUInt16LE(at + 10 + 2 * i));
      table = { chunkLength: file.readUInt16LE(at + 6), starts: sizes };
    }
    at += 4 + length;
  }
  if (!table) return null;
  let at = 12 + extraLength;
  // The optional name and comment end with a zero byte; the header CRC is two bytes.
  for (const flag of [FNAME, FCOMMENT]) if (flags & flag) at = file.indexOf(0, at) + 1;
  if (flags & FHCRC) at += 2;
  const starts = [at];
  for (const size of table.starts) starts.push(starts[starts.length - 1] + size);
  return { chunkLength: table.chunkLength, starts };
}

/** Reads byte ranges of a dictd body: only the chunks a range spans when dictzipped, else the whole gunzipped text once. */
export class DictBody {
  private readonly file: Buffer;
  private readonly table: ChunkTable | null;
  private whole: Buffer | null = null;
  private readonly chunks = new Map<number, Buffer>();

  constructor(fileName: string) {
    this.file = readFileSync(fileName);
    this.table = chunkTable(this.file);
  }

  private chunk(i: number, table: ChunkTable): Buffer {
    let data = this.chunks.get(i);
    if (!data) {
      // Each chunk ends in a full flush, not a final block: inflate what is there.
      data = inflateRawSync(this.file.subarray(table.starts[i], table.starts[i + 1]), { finishFlush: constants.Z_SYNC_FLUSH });
      this.chunks.set(i, data);
    }
    return data;
  }

  /**
   * The texts of many ranges, in their order, read in the file's order: each chunk is inflated once
   * and let go once passed. A dictd index is not in its body's order (eng-deu: 181k of 464k lines
   * step back), so reading entries in index order kept every chunk met: German's eng-deu and deu-eng
   * held 80–100 MB of text each until read through, and the collector's share of the glossary's
   * profile was the largest after inflating.
   */
  readMany(ranges: ReadonlyArray<readonly [start: number, length: number]>): string[] {
    const order = ranges.map((_, i) => i).sort((a, b) => ranges[a][0] - ranges[b][0]);
    const out = new Array<string>(ranges.length);
    for (const i of order) {
      const [start, length] = ranges[i];
      out[i] = this.read(start, length);
      const passed = this.table ? Math.floor(start / this.table.chunkLength) : 0;
      for (const k of this.chunks.keys()) if (k < passed) this.chunks.delete(k);
    }
    return out;
  }

  read(start: number, length: number): string {
    const table = this.table;
    if (!table) {
      this.whole ??= gunzipSync(this.file);
      return this.whole.subarray(start, start + length).toString('utf8');
    }
    const first = Math.floor(start / table.chunkLength);
    const last = Math.floor((start + length - 1) / table.chunkLength);
    const from = start - first * table.chunkLength;
    const parts: Buffer[] = [];
    for (let i = first; i <= last; i++) parts.push(this.chunk(i, table));
    const text = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    return text.subarray(from, from + length).toString('utf8');
  }
}
