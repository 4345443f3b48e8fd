// Turns answer text into plain-text runs and citation chips. Pure, so it is unit-tested without a DOM;
// the DOM layer only maps tokens to text nodes and buttons, which keeps untrusted text out of any HTML parser.

export type AnswerToken = { kind: 'text'; text: string } | { kind: 'chip'; id: number };

// "[1]" and grouped forms such as "[1, 2]" or "[1,2,3]".
const MARKER = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;

export function tokenizeAnswer(text: string, knownIds: ReadonlySet<number>): AnswerToken[] {
  const tokens: AnswerToken[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const ids = match[1].split(',').map((part) => Number(part.trim()));
    // A marker naming a passage we were not given is left as the model wrote it: a chip would point nowhere.
    if (!ids.every((id) => knownIds.has(id))) continue;
    const index = match.index ?? 0;
    pushText(tokens, text.slice(last, index));
    for (const id of ids) tokens.push({ kind: 'chip', id });
    last = index + match[0].length;
  }
  pushText(tokens, text.slice(last));
  return tokens;
}

function pushText(tokens: AnswerToken[], text: string): void {
  if (text === '') return;
  const previous = tokens[tokens.length - 1];
  if (previous && previous.kind === 'text') previous.text += text;
  else tokens.push({ kind: 'text', text });
}

/** The URL as a string when it is an absolute http(s) URL, otherwise null (no javascript:, data:, relative…). */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
