// Passages of a paginated source (a PDF) carry the page they start on, so that a citation can say
// "p. 12". The page is known per source line (sourceLines.ts); a passage starts on its first line.
import type { SourceLine } from '../corpus/sourceLines.js';
import type { Chunk } from '../types.js';

export function withPages(chunks: Chunk[], lines: SourceLine[]): Chunk[] {
  const pageOfLine = new Map<number, number>();
  for (const l of lines) if (l.page !== undefined) pageOfLine.set(l.line, l.page);
  if (!pageOfLine.size) return chunks;
  return chunks.map((c) => {
    const page = pageOfLine.get(c.lines[0]);
    return page === undefined ? c : { ...c, page };
  });
}
