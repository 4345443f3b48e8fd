// How bytes become text, shared by the corpus reader and the crawler: what a file really is (by its
// first bytes, whatever its name or Content-Type says) and which encoding its text is in.
// Decoding uses the WHATWG Encoding Standard's TextDecoder (Node ships it with full ICU): it knows
// every label a web page or an HTTP header can give (latin1 → windows-1252 included), so no
// iconv-lite or chardet is needed. For undeclared text, the one guess made is the only one a
// French/English corpus needs: bytes that are not valid UTF-8 are Windows-1252 (a superset of Latin-1).

export type Sniffed = 'pdf' | 'zip' | 'binary' | 'text';

/** Magic numbers of formats that are never text (images, archives, executables, office files). */
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['old Word/Excel file', [0xd0, 0xcf, 0x11, 0xe0]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // PK.. (DOCX is a zip)
/** How far to look for NUL bytes: enough to catch any binary format, cheap on large files. */
const SNIFF_BYTES = 8192;

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

export function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte, on the odd positions
 * (little-endian) or the even ones (big-endian). Most text of a French page is ASCII-range, so
 * three quarters of the pairs showing the pattern is decisive; a binary file shows no such order.
 */
function bomlessUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 4) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] !== 0 && head[i + 1] === 0) le++;
    if (head[i] === 0 && head[i + 1] !== 0) be++;
  }
  if (le / pairs >= 0.75) return 'utf-16le';
  if (be / pairs >= 0.75) return 'utf-16be';
  return null;
}

/** What the bytes are, and for a binary, a name for the message. */
export function sniff(bytes: Uint8Array): { kind: Sniffed; what?: string } {
  if (startsWith(bytes, PDF_SIGNATURE)) return { kind: 'pdf', what: 'PDF document' };
  if (startsWith(bytes, ZIP_SIGNATURE)) return { kind: 'zip', what: 'zip archive (DOCX, XLSX…)' };
  for (const [what, signature] of BINARY_SIGNATURES) if (startsWith(bytes, signature)) return { kind: 'binary', what };
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (bomEncoding(head) || bomlessUtf16(head)) return { kind: 'text' };
  if (head.includes(0)) return { kind: 'binary', what: 'binary data (NUL bytes)' };
  return { kind: 'text' };
}

/** An encoding label as TextDecoder knows it, or null for an unknown label. */
export function knownEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

export interface Decoded {
  text: string;
  /** The encoding used (a WHATWG name: 'utf-8', 'windows-1252', 'utf-16le'…). */
  encoding: string;
  /** How it was chosen: a byte-order mark, what the source declared, or a guess from the bytes. */
  by: 'bom' | 'declared' | 'guess';
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Text from bytes: a BOM wins (as in browsers), then the declared charset (HTTP header, <meta>),
 * then UTF-8 when the bytes are valid UTF-8, else Windows-1252. A declared UTF-8 that is not valid
 * UTF-8 is a wrong declaration (common with old pages): the bytes are decoded as Windows-1252.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, by: 'bom' };
  const sixteen = bomlessUtf16(bytes.subarray(0, SNIFF_BYTES));
  if (sixteen) return { text: new TextDecoder(sixteen).decode(bytes), encoding: sixteen, by: 'guess' };
  const label = knownEncoding(declared);
  if (label && label !== 'utf-8') return { text: new TextDecoder(label).decode(bytes), encoding: label, by: 'declared' };
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', by: label ? 'declared' : 'guess' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', by: 'guess' };
}

/** The charset an HTML page declares in its first 1024 bytes (<meta charset> or http-equiv), as browsers look for it. */
export function htmlDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1] : null;
}
