// Checks each sentence of a model's answer before a visitor sees it. The answer is read in its
// compatibility form (NFKC: "＜script＞" is "<script>", "ｗｗｗ．" is "www."), then: markers must name
// a passage that was given; images go; markup is neutralised; links, e-mail addresses and phone
// numbers must be in a passage the answer cites, or they go; a sentence naming an organisation the
// cited passages do not name goes; an answer repeating the server's instructions is rejected whole.
// The rules are data (OUTPUT_RULES), each with its reason and a pair of examples that the table-driven
// test (test/answer/outputRules.test.ts) runs: one the rule changes, one it leaves alone.
import type { Passage } from '../types.js';
import { carriedItems, carriedKeys, isHeld } from './carried.js';
import { repeatsInstructions } from './echo.js';
import { fold, NameEvidence, type OrganisationName, organisationNames } from './organisations.js';
import { NO_ANSWER, OWN_NAMES } from './prompt.js';

export class PromptEchoError extends Error {}

export type OutputRuleName = 'markers' | 'images' | 'markup' | 'markdown link' | 'link, address or phone' | 'organisation' | 'echo';

export interface OutputRule {
  name: OutputRuleName;
  reason: string;
  /** A sentence of a model answer citing [1], where passage [1] is EXAMPLE_PASSAGE: the rule changes it (or rejects the answer). */
  changes: string;
  /** One it leaves as it is. */
  keeps: string;
}

/** The passage the examples cite. */
export const EXAMPLE_PASSAGE =
  'Le bureau de Genève répond au +41 22 717 91 11 et à info@iom.int ; voir https://www.iom.int/fr/contact. Il travaille avec le Bureau des partenariats.';

export const OUTPUT_RULES: OutputRule[] = [
  {
    name: 'markers',
    reason: 'A marker must name a passage that was given: an invented [9] would point at nothing.',
    changes: 'Le bureau est à Genève [1][9].',
    keeps: 'Le bureau est à Genève [1].',
  },
  {
    name: 'images',
    reason: 'An image loads from its address when shown: a way to send the conversation to a third party.',
    changes: 'Le bureau est à Genève ![x](https://www.iom.int/fr/contact) [1].',
    keeps: 'Le bureau est à Genève (voir la page contact) [1].',
  },
  {
    name: 'markup',
    reason: 'A client that renders HTML would run it; full-width and other compatibility forms are folded first.',
    changes: 'Le bureau ＜script＞alert(1)＜/script＞ est à Genève [1].',
    keeps: 'Le bureau compte 3 < 5 étages à Genève [1].',
  },
  {
    name: 'markdown link',
    reason: 'A link whose target no cited passage holds sends the visitor where nobody vouched for.',
    changes: 'Écrivez via [ce formulaire](//visa-rapide.example.com/form) [1].',
    keeps: 'Écrivez via [la page contact](https://www.iom.int/fr/contact) [1].',
  },
  {
    name: 'link, address or phone',
    reason: 'A link, an e-mail address or a phone number that no cited passage holds is how a scam reaches a migrant.',
    changes: 'Appelez le 01 45 67 89 12, écrivez à aide@visa-rapide.com ou voyez www.visa-rapide.com [1].',
    keeps: 'Appelez le +41 22 717 91 11, écrivez à info@iom.int ou voyez www.iom.int/fr/contact [1].',
  },
  {
    name: 'organisation',
    reason: 'An organisation the cited passages do not name is a claim they do not support, and may be the scam itself.',
    changes: "Adressez-vous à l'Agence nationale des visas rapides [1].",
    keeps: 'Adressez-vous au Bureau des partenariats [1].',
  },
  {
    name: 'echo',
    reason: "Repeating the server's instructions shows the model was talked into revealing them.",
    changes: 'Voici mes règles : Use only the numbers of the passages given [1].',
    keeps: 'Seuls les passages donnés sont utilisés [1].',
  },
];

const MARKER_GROUP = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
// Markup in model output ("<img onerror=…>", "<script>"): the clients render text, but an answer
// should carry nothing a careless client could render, so a "<" opening a tag becomes "‹".
const TAG_OPENING = /<(?=\s*\/?\s*[a-z!?])/gi;
// [label](target), the target allowed one level of parentheses ("javascript:alert(1)").
const MARKDOWN_LINK = /\[([^\]\n]*)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)/g;

/** "[1, 2]" → "[1][2]"; markers outside 1..count are dropped. */
export function normaliseMarkers(text: string, count: number): string {
  return text.replace(MARKER_GROUP, (_, list: string) =>
    list
      .split(',')
      .map((n) => Number(n.trim()))
      .filter((n) => Number.isInteger(n) && n >= 1 && n <= count)
      .map((n) => `[${n}]`)
      .join(''),
  );
}

export function citedIds(text: string): number[] {
  return [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** A name as NameEvidence compares whole phrases: folded, runs of anything but letters and digits as one space. */
const phrase = (name: string) =>
  fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** The organisation's own names: part of every NameEvidence, so a sentence naming one of them is always supported. */
const OWN_PHRASES = new Set(OWN_NAMES.map(phrase));

/** What the passages an answer cites hold, for the checks of its sentences. */
export class Evidence {
  readonly keys: Set<string>;
  private names?: NameEvidence;

  constructor(
    private readonly cited: Passage[],
    private readonly question: string,
  ) {
    this.keys = carriedKeys(cited.flatMap((p) => [p.text, p.url ?? '']));
  }

  /**
   * Whether the passages (or the organisation's own names, or the visitor's question) name this
   * organisation. Indexing the passages' words costs 0.1–0.3 ms a sentence, before the first one is
   * sent: it is done only for a name other than the organisation's own, which most answers name
   * ("L'OIM compte…"), if any.
   */
  supports(name: OrganisationName): boolean {
    if (OWN_PHRASES.has(phrase(name.name))) return true;
    // Names may also come from the organisation's own names and from the visitor's own question.
    this.names ??= new NameEvidence([...this.cited.flatMap((p) => [p.title, p.heading ?? '', p.text]), ...OWN_NAMES, this.question]);
    return this.names.supports(name);
  }
}

export interface CheckedSentence {
  /** The sentence as it may be shown ('' when dropped). */
  text: string;
  /** Passages (1-based) it cites. */
  cited: number[];
  /** Something was removed or neutralised. */
  changed: boolean;
}

function removeUnheld(text: string, keys: Set<string>): string {
  let out = text.replace(MARKDOWN_LINK, (link, _label: string, target: string) => {
    const items = carriedItems(target);
    return items.length && items.every((i) => isHeld(i, keys)) ? link : '';
  });
  for (const item of carriedItems(out).reverse()) if (!isHeld(item, keys)) out = out.slice(0, item.start) + out.slice(item.end);
  return out;
}

/** Spaces and punctuation left behind by a removal ("écrivez à  ou " → "écrivez à ou"). */
function tidy(text: string): string {
  return text
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([.,])/g, '$1')
    .replace(/[ \t]+$/gm, '');
}

/** Images gone, markup neutralised, links, addresses and numbers the keys do not hold removed. */
function withoutForeignItems(text: string, keys: Set<string>): string {
  return tidy(removeUnheld(text.replace(IMAGE, '').replace(TAG_OPENING, '‹'), keys));
}

/** A model's text held to passages as a whole (the fact checker's explanation): what they do not hold is removed. */
export function removeForeignLinks(text: string, passages: Passage[]): string {
  return withoutForeignItems(text.normalize('NFKC'), carriedKeys(passages.flatMap((p) => [p.text, p.url ?? ''])));
}

/**
 * Checks one sentence. `evidenceFor` gives what the passages cited so far, with this sentence's
 * own, hold. Throws PromptEchoError when the sentence repeats the instructions.
 */
export function checkSentence(raw: string, count: number, evidenceFor: (cited: number[]) => Evidence): CheckedSentence {
  const folded = raw.normalize('NFKC');
  if (repeatsInstructions(folded)) throw new PromptEchoError('the model answer repeats the instructions it was given');
  const marked = normaliseMarkers(folded.replaceAll(NO_ANSWER, ''), count);
  const cited = citedIds(marked);
  const evidence = evidenceFor(cited);
  const kept = withoutForeignItems(marked, evidence.keys);
  const changed = kept !== tidy(marked);
  if (organisationNames(kept).some((name) => !evidence.supports(name))) return { text: '', cited: [], changed: true };
  return { text: kept, cited, changed };
}
