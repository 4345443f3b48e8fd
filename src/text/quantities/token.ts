// One word, number or punctuation mark of a sentence (tokens.ts cuts them; numbers.ts reads them
// without depending on the cutter).
export interface Token {
  /** The text as written. */
  surface: string;
  /** Lower-cased, elision removed (the analyzer's form); '' for punctuation. */
  word: string;
  start: number;
  end: number;
  /** Clauses are separated by punctuation; a number's unit and context stay in its clause. */
  clause: number;
  /** Stop word, punctuation or number: not a content word. */
  content: boolean;
}
