// Named things a passage speaks of — "la Constitution de l’OIM", "des Nations Unies", "the Standing
// Committee on Programmes and Finance", "Programme 2030" — read from capitalisation inside sentences:
// in French and English prose a capital inside a sentence marks a name. They are what a page of prose
// offers to ask about next when it has no headings or lists to follow.
import { splitSentences } from '../../ingest/sentences.js';

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const ARTICLE = /^(le|la|les|l['’]|the)$/i;
const LEADING_ARTICLE = /^(le|la|les|l['’]|the)\s*/i;
const ELIDED = /^([ld]['’])(\p{L}.*)$/iu;
/** "and" joins two names only when a capital follows at once ("Programmes and Finance", not "… and the Deputy…"). */
const AND = /^(et|and)$/i;
/** Small words inside a name ("Comité permanent des programmes et des finances", "Office of the…"). */
const CONNECTOR = /^(de|des|du|d['’]|pour|et|sur|of|for|and|on|the|la|le|les|l['’])$/i;
/** Names longer than this are a sentence in title case, not a name. */
const MAX_NAME_WORDS = 8;
/** Lines holding these are share bars, footers or addresses rather than prose. */
const NOT_PROSE = /[·©@|]|https?:/;

interface Token {
  text: string;
  /** A word starting with a capital letter. */
  capital: boolean;
  number: boolean;
}

const MONTHS = new Set(
  ['fr', 'en'].flatMap((locale) =>
    Array.from({ length: 12 }, (_, m) =>
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)).toLowerCase(),
    ),
  ),
);

function tokensOf(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.match(TOKEN) ?? []) {
    const word = m.replace(/['’]s$/, '');
    const elided = ELIDED.exec(word);
    if (elided)
      out.push({ text: elided[1], capital: false, number: false }, { text: elided[2], capital: /^\p{Lu}/u.test(elided[2]), number: false });
    else out.push({ text: word, capital: /^\p{Lu}/u.test(word), number: /^\p{N}+$/u.test(word) });
  }
  return out;
}

/** Where a name starting at `start` ends: capitalised words, joined by up to two small words ("de l’OIM"), and a number at its end ("Programme 2030"). */
function nameEnd(tokens: Token[], start: number): number {
  let end = start + 1;
  while (end < tokens.length) {
    const t = tokens[end];
    if (t.capital) {
      end++;
      continue;
    }
    if (t.number) return tokens[end + 1]?.number ? end : end + 1;
    let k = end;
    while (k < tokens.length && k - end < 2 && CONNECTOR.test(tokens[k].text) && !(AND.test(tokens[k].text) && k > end)) k++;
    if (AND.test(t.text) && k - end > 1) break;
    if (k === end || !tokens[k]?.capital) break;
    end = k + 1;
  }
  return end;
}

function join(tokens: Token[]): string {
  return tokens.map((t, i) => (i > 0 && !/['’]$/.test(tokens[i - 1].text) ? ` ${t.text}` : t.text)).join('');
}

/** The article a name takes, from the word before it: "des Nations Unies" → "les ", "du Programme" → "le ". */
function articleBefore(word: string): string {
  const lower = word.toLowerCase();
  if (/^l['’]$/.test(lower)) return word;
  if (ARTICLE.test(word)) return `${word} `;
  if (lower === 'des' || lower === 'aux') return 'les ';
  if (lower === 'du' || lower === 'au') return 'le ';
  return '';
}

function namesInSentence(sentence: string): string[] {
  const tokens = tokensOf(sentence);
  const names: string[] = [];
  // The first word of a sentence is capitalised whatever it is ("Certains États…"), so names start
  // from the second; an article there still counts ("La Constitution…").
  let i = 1;
  while (i < tokens.length) {
    if (!tokens[i].capital) {
      i++;
      continue;
    }
    const end = nameEnd(tokens, i);
    const article = i > 0 ? articleBefore(tokens[i - 1].text) : '';
    if (end - i <= MAX_NAME_WORDS && !MONTHS.has(tokens[i].text.toLowerCase())) names.push(article + join(tokens.slice(i, end)));
    i = end;
  }
  return names;
}

/** Named things in a text, in order of first appearance, each once. */
export function namesIn(text: string): string[] {
  // key → position in out; a later mention with its article ("l’OIM") replaces a bare one ("(OIM)").
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (NOT_PROSE.test(line)) continue;
    // A colon opens a new sentence as far as capitals go ("Former les équipes : Pour cela…").
    for (const sentence of splitSentences(line.replace(/^[-–—•*·]\s+/, '')).flatMap((s) => s.split(/\s*:\s+/)))
      for (const name of namesInSentence(sentence)) {
        const key = name.toLowerCase().replace(LEADING_ARTICLE, '');
        const at = seen.get(key);
        if (at === undefined) {
          seen.set(key, out.length);
          out.push(name);
        } else if (!LEADING_ARTICLE.test(out[at]) && LEADING_ARTICLE.test(name)) out[at] = name;
      }
  }
  return out;
}
