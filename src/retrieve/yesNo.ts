// Yes/no questions and the verb they ask about: an English one opens with an auxiliary ("Does IOM
// use…"), a French one inverts its verb and subject pronoun ("L'OIM utilise-t-elle…"). What follows
// the verb is what it acts on, the thing asked about (reading.ts focusOf, askedKind.ts askedPhrase).
import { isStopWord, words } from '../text/analyzer.js';
import type { Language } from '../types.js';
import { englishTags } from '../text/englishBase.js';
import { englishWordClass, hasInfinitiveShape } from '../text/wordClass.js';

/** An English yes/no question's opening auxiliary, and what follows it. Forms of "be" are left out: "Is IOM a UN agency?" has no verb after its subject. */
const AUXILIARY_OPENING = /^\s*(?:does|do|did|can|could|will|would|should|may|might|must|has|have|had)\s+(.+)$/is;
/** A subject that is a pronoun is that one word ("Can I send…", "Can you help…"). */
const PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);
/**
 * Words after the subject's first in which its verb is looked for: a subject of a few nouns ("the
 * IOM Constitution recognize"). Three covers the eval sets' subjects (one or two words); further,
 * a noun the question asks about would be skipped over as part of a subject.
 */
const MAX_SUBJECT_WORDS = 3;

/**
 * A French verb inverted with a third-person subject pronoun ("gère-t-elle", "fait-il", "peut-on"):
 * the verb, then the pronoun. Module constant: under tsx a \p{…} literal is compiled at each call.
 */
const INVERTED_VERB = /(?<![\p{L}-])(\p{L}+)-(?:t-)?(?:il|elle|ils|elles|on)(?![\p{L}-])/u;
/**
 * French interrogative words: written before the inverted verb, they make it a question for a
 * value ("Quelles personnes l'agence forme-t-elle…", "Combien… a-t-elle"), not a yes/no question.
 */
const INTERROGATIVE =
  /(?<!\p{L})(?:qu['’]|(?:qui|que|quoi|quel(?:le)?s?|lequel|laquelle|lesquel(?:le)?s|o[uù]|quand|comment|pourquoi|combien)(?!\p{L}))/iu;

/**
 * A French yes/no question in the order of a statement after "Est-ce que" ("Est-ce que l'OIM gère
 * des hôpitaux ?"), what follows it captured. Only as its opening: after an interrogative word
 * ("Qu'est-ce que…", "Où est-ce que…") it asks for a value.
 */
const EST_CE_QUE = /^\s*est[\s-]ce\s+qu(?:e\s+|['’]\s*)(.+)$/isu;
/** French subject pronouns: such a subject is that one word ("Est-ce que je peux…", "Est-ce qu'elle gère…"). */
const FRENCH_PRONOUNS = new Set(['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles']);
/** Object pronouns and the negation written between a French subject and its verb ("je peux", "on m'aide", "il y a"). */
const BEFORE_FRENCH_VERB = new Set([
  'ne',
  'n',
  'me',
  'm',
  'te',
  't',
  'se',
  's',
  'le',
  'la',
  'les',
  'lui',
  'leur',
  'y',
  'en',
  'nous',
  'vous',
]);

/**
 * French modal verbs (pouvoir, vouloir, devoir as the question writes them): followed by an
 * infinitive, that one says what is done ("L'OIM peut-elle m'aider à trouver un logement ?" asks of
 * helping, and of a logement), as an English auxiliary is followed by its verb ("Can IOM help me…").
 */
const FRENCH_MODALS = new Set([
  'peut',
  'peux',
  'peuvent',
  'pouvez',
  'pouvons',
  'pourrait',
  'pourraient',
  'pourriez',
  'puis',
  'veut',
  'veux',
  'veulent',
  'voulez',
  'voudrait',
  'voudriez',
  'doit',
  'dois',
  'doivent',
  'devez',
  'devrait',
  'devrais',
]);

/** A French verb and its words after it, its modal's infinitive taken for it (past object pronouns: "peut-elle m'aider"). */
function frenchVerb(verb: string, after: readonly string[]): YesNoVerb {
  if (!FRENCH_MODALS.has(verb)) return { verb, after };
  let at = 0;
  while (at < after.length && BEFORE_FRENCH_VERB.has(after[at])) at++;
  return at < after.length && hasInfinitiveShape(after[at]) ? { verb: after[at], after: after.slice(at + 1) } : { verb, after };
}

/** Does the question open with an English auxiliary ("Does IOM use…"): a yes/no question, whose focus is what its verb acts on? */
const opensWithAuxiliary = (text: string): boolean => AUXILIARY_OPENING.test(text);

/** A French yes/no question's inverted verb (no interrogative word before it), or null. */
function invertedVerb(text: string): RegExpExecArray | null {
  const found = INVERTED_VERB.exec(text);
  return found && !INTERROGATIVE.test(text.slice(0, found.index)) ? found : null;
}

/**
 * The verb of a French "Est-ce que" question and its words after it, or null: the word after the
 * subject, a pronoun (the object pronouns after it passed over: "est-ce que je peux", "qu'on
 * m'aide") or a noun phrase's first word no stop word ("l'OIM gère", "les migrants ont"). French
 * puts a noun's adjectives after it, so "Est-ce que les migrants âgés…" reads "âgés" as its verb:
 * no French word classes to tell them apart here; its focus then is the word after.
 */
function estCeQueVerb(text: string): YesNoVerb | null {
  const rest = EST_CE_QUE.exec(text)?.[1];
  if (!rest) return null;
  const tokens = words(rest);
  let at = FRENCH_PRONOUNS.has(tokens[0]) ? 1 : tokens.findIndex((w) => !isStopWord(w, 'fr')) + 1;
  if (at <= 0) return null;
  while (at < tokens.length && BEFORE_FRENCH_VERB.has(tokens[at])) at++;
  return at < tokens.length ? frenchVerb(tokens[at], tokens.slice(at + 1)) : null;
}

/** Is this a yes/no question (an English auxiliary opening, a French inverted verb with no interrogative word before it, or a French "Est-ce que" opening)? */
export function asksYesNo(text: string, language: Language): boolean {
  return language === 'en' ? opensWithAuxiliary(text) : invertedVerb(text) !== null || EST_CE_QUE.test(text);
}

/** The verb of a yes/no question and the question's words after it: what the verb acts on is among them. */
export interface YesNoVerb {
  verb: string;
  after: readonly string[];
}

/**
 * The verb of an English yes/no question ("Does IOM offer…", "Can IOM help me with…"): after the
 * auxiliary and the subject's first word (a pronoun, or the first word no stop word), the first
 * word that can be a verb (englishWordClass). That word says what is done, not what is asked about,
 * though it can be a noun elsewhere ("offer", "help", "support"). Of a French one, its inverted
 * verb ("L'OIM gère-t-elle des hôpitaux ?" → gère), or the verb after the subject of a "Est-ce que"
 * question ("Est-ce que l'OIM gère des hôpitaux ?" → gère). Null when the question has no such form.
 */
export function yesNoVerb(text: string, language: Language): YesNoVerb | null {
  if (language !== 'en') {
    const found = invertedVerb(text);
    if (!found) return estCeQueVerb(text);
    return frenchVerb(found[1].toLowerCase(), words(text.slice(found.index + found[0].length)));
  }
  const rest = AUXILIARY_OPENING.exec(text)?.[1];
  return rest ? verbAfterSubject(rest) : null;
}

/**
 * English verbs followed by another verb in its bare form, which then says the act asked about:
 * "Does IOM help issue identity documents?" asks whether it issues them, and a page saying so need
 * not say "help" (it said "appuie… la délivrance"). Data, each with why; pairs in test/core/yesNoVerb.test.ts.
 */
export const CATENATIVE_VERBS: ReadonlyArray<{ verb: string; why: string }> = [
  { verb: 'help', why: '"help (to) do": the bare verb after it is the act; "help refugees", "help me" keep help itself' },
];

/**
 * English verbs the stop-word list holds (they say little in a passage), which are still the verb
 * of a yes/no question: "Do IOM interns get free housing?" asks about housing, "Does IOM give
 * interns a laptop?" about a laptop, and the words before them are the subject. Passed over, the
 * question had no verb and its focus was its subject's noun (the interns).
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'give', 'gives', 'take', 'takes', 'make', 'makes']);

/** The bare verb a catenative verb at tokens[j] is followed by ("help issue", "help to issue"), or -1. */
function bareVerbAfter(tokens: readonly string[], j: number): number {
  if (!CATENATIVE_VERBS.some((c) => c.verb === tokens[j])) return -1;
  const next = tokens[j + 1] === 'to' ? j + 2 : j + 1;
  return next < tokens.length && englishTags(tokens[next])?.includes('VB') ? next : -1;
}

/** After an English auxiliary: the subject's first word (a pronoun, or the first word no stop word), then the first word that can be a verb. */
function verbAfterSubject(rest: string): YesNoVerb | null {
  const tokens = words(rest);
  const subject = PRONOUNS.has(tokens[0]) ? 0 : tokens.findIndex((w) => !isStopWord(w, 'en'));
  if (subject < 0) return null;
  for (let j = subject + 1; j < Math.min(tokens.length, subject + 1 + MAX_SUBJECT_WORDS); j++) {
    if (LIGHT_VERBS.has(tokens[j])) return { verb: tokens[j], after: tokens.slice(j + 1) };
    if (isStopWord(tokens[j], 'en')) continue;
    if (englishWordClass(tokens[j]) === 'noun') continue;
    const bare = bareVerbAfter(tokens, j);
    const verb = bare < 0 ? j : bare;
    return { verb: tokens[verb], after: tokens.slice(verb + 1) };
  }
  return null;
}

/**
 * An English question word with "do" after it ("How does IOM address…", "Why do states fund…"):
 * the word after its subject is the verb "do" supports, in its base form.
 */
const DO_SUPPORT = /^\s*(?:how|why|where|when|what|which(?:\s+\p{L}+)?)\s+(?:does|do|did)\s+(.+)$/isu;

/**
 * The verb of an English question whose auxiliary is "do" after a question word (DO_SUPPORT): a
 * word English also writes as a noun ("address", "fight", "fund") is the verb there, what is done
 * rather than what about. Null in French, or with no such form. (A yes/no question's verb is
 * yesNoVerb's.)
 */
export function supportedVerb(text: string, language: Language): string | null {
  if (language !== 'en') return null;
  const rest = DO_SUPPORT.exec(text)?.[1];
  return rest ? (verbAfterSubject(rest)?.verb ?? null) : null;
}
