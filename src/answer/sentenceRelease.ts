// A model answer reaches the visitor sentence by sentence, each one only once it has been checked
// (validate.ts), so nothing that a check removes or rejects is ever shown: not a smuggled link, not
// a repeated instruction, not an answer that ends up citing nothing (sentences are held until one
// citing a given passage has passed), not the NO_ANSWER sentinel. Hand-written: releasing text by
// the project's own checks is this project's logic, not a solved problem a library offers.
import { NO_ANSWER } from './prompt.js';
import { citedIds, checkSentence, type Evidence, normaliseMarkers, PromptEchoError } from './validate.js';
import { repeatsInstructions } from './echo.js';

/**
 * The end of a sentence, once the next one has begun: closing punctuation (and quotes), the markers
 * that follow it ("… en 1951. [1]"), then the spaces before the next sentence's first character; or
 * a line break (list items and paragraphs end without punctuation).
 */
const SENTENCE_END = /[.!?…]+["»”’')\]]*(?:[ \t]*\[\d+(?:\s*,\s*\d+)*\])*(?=\s+[^\s[])|(?=\n\s*\S)/;

export interface ReleasedAnswer {
  /** Exactly the text sent, sentence by sentence. */
  text: string;
  /** Passages (1-based) the released text cites. */
  cited: number[];
  /** Something the model wrote was removed or neutralised. */
  changed: boolean;
  /** The model answered NO_ANSWER. */
  refused: boolean;
}

interface Pending {
  separator: string;
  raw: string;
}

export class SentenceRelease {
  private buffer = '';
  private separator = '';
  private held: Pending[] = [];
  private previousRaw = '';
  private released = '';
  private readonly cited = new Set<number>();
  private changed = false;
  private refused = false;

  constructor(
    private readonly count: number,
    private readonly evidenceFor: (cited: number[]) => Evidence,
    private readonly send: (text: string) => void = () => {},
  ) {}

  push(chunk: string): void {
    this.buffer += chunk;
    for (let end = this.sentenceEnd(); end >= 0; end = this.sentenceEnd()) {
      const raw = this.buffer.slice(0, end);
      const rest = this.buffer.slice(end);
      const spaces = /^\s*/.exec(rest)?.[0] ?? '';
      this.buffer = rest.slice(spaces.length);
      this.accept(raw);
      this.separator = spaces;
    }
  }

  end(): ReleasedAnswer {
    if (this.buffer.trim()) this.accept(this.buffer.trimEnd());
    this.buffer = '';
    return { text: this.released, cited: [...this.cited].sort((a, b) => a - b), changed: this.changed, refused: this.refused };
  }

  private sentenceEnd(): number {
    const m = SENTENCE_END.exec(this.buffer);
    return m ? m.index + m[0].length : -1;
  }

  private accept(raw: string): void {
    if (this.refused || !raw.trim()) return;
    if (!this.released && !this.held.length && raw.trimStart().startsWith(NO_ANSWER)) {
      this.refused = true;
      return;
    }
    // An echo split over two sentences is still one run of the instructions' words.
    if (repeatsInstructions(`${this.previousRaw} ${raw}`.normalize('NFKC'))) {
      throw new PromptEchoError('the model answer repeats the instructions it was given');
    }
    this.previousRaw = raw;
    const sentence = { separator: this.separator, raw };
    if (this.cited.size) {
      this.release([sentence], []);
      return;
    }
    // Not yet grounded: hold everything until a sentence citing a given passage passes its checks.
    const own = citedIds(normaliseMarkers(raw, this.count));
    if (!own.length) {
      this.held.push(sentence);
      return;
    }
    const heldCites = this.held.flatMap((h) => citedIds(normaliseMarkers(h.raw, this.count)));
    const grounding = checkSentence(raw, this.count, (c) => this.evidenceFor([...heldCites, ...c]));
    this.changed ||= grounding.changed;
    if (!grounding.cited.length) return;
    const held = this.held;
    this.held = [];
    this.release(held, grounding.cited, { separator: sentence.separator, raw: grounding.text });
  }

  /** Checks every pending sentence first, then sends the ones kept: a rejection sends nothing. */
  private release(pending: Pending[], context: number[], checkedLast?: Pending): void {
    const kept: Pending[] = [];
    for (const p of pending) {
      const checked = checkSentence(p.raw, this.count, (own) => this.evidenceFor([...this.cited, ...context, ...own]));
      this.changed ||= checked.changed;
      if (checked.text.trim()) kept.push({ separator: p.separator, raw: checked.text });
    }
    if (checkedLast) kept.push(checkedLast);
    for (const { separator, raw } of kept) {
      for (const id of citedIds(raw)) this.cited.add(id);
      const segment = this.released ? `${separator || ' '}${raw.trimStart()}` : raw.trimStart();
      this.released += segment;
      this.send(segment);
    }
  }
}
