// What a count question counts: "How many health centres…" counts centres, "Combien de kits
// d'hygiène…" kits, "Combien l'OIM a-t-elle demandé…" an amount of money. Read once per question's
// reading; countedThing.ts then judges a sentence's figures against it.
import type { QuestionReading } from '../retrieve/reading.js';
import { asksAmount } from '../retrieve/questionType.js';
import { foldAccents } from '../text/analyzer.js';
import { textTerms } from '../text/termSets.js';
import type { Counted } from './countedNouns.js';
import { rememberQuestion } from './jointCount.js';
import { rememberKind } from './countedKind.js';

/**
 * The words after a count's interrogative, read without accents: English names the counted thing
 * last in its phrase ("how many migration health centres does…"), French first ("combien de kits
 * d'hygiène…", "nombre d'employés"). "Combien coûte", "how much" name no thing counted.
 */
const COUNTED_PHRASE: ReadonlyArray<{ form: RegExp; head: 'first' | 'last' }> = [
  {
    // A past form after the noun opens the verb ("how many delegates attended the session…"): read
    // on, the phrase ran past four words and nothing counted was read.
    form: /\b(?:how many|number of)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)(?=\s+(?:do|does|did|has|have|had|is|are|was|were|will|would|can|could|should|work|live|in|at|for|of|from|to|per|by|on|that|who|which|\p{L}+ed)\b|\s*[?,.]|$)/iu,
    head: 'last',
  },
  // "Combien y a-t-il d'apatrides…", "Combien existe-t-il de…": the impersonal verb between names nothing counted.
  { form: /\b(?:combien|nombre)\s+(?:(?:y\s+)?(?:a|existe|avait)-t-il\s+)?d(?:e\s+|['’]|es\s+)([\p{L}-]+)/iu, head: 'first' },
];

/** What an amount question counts (questionType.ts asksAmount): money, whatever its words ("allocation", "coûte"). */
const AMOUNT_ASKED: Counted = { word: 'montant', stems: [] };

/**
 * The question's group for the thing a count question counts, or null (not a count, its phrase
 * unread, or a word the corpus never uses: "counties" for countries, a typo no page can count).
 */
export function countedGroup(reading: CountReading): Counted | null {
  if (reading.expected !== 'count') return null;
  // Selection, the figures it prefers and three grounding facts all ask it of one question's reading:
  // read once per reading (a value, never changed), not once per asker.
  const known = countedOf.get(reading);
  if (known !== undefined) return known;
  const counted = readCounted(reading);
  countedOf.set(reading, counted);
  if (counted && counted !== AMOUNT_ASKED) rememberQuestion(counted, textTerms(reading.text, reading.language === 'en' ? 'en' : 'fr'));
  return counted;
}

type CountReading = Pick<QuestionReading, 'expected' | 'text' | 'groups' | 'language'>;
const countedOf = new WeakMap<CountReading, Counted | null>();

function readCounted(reading: CountReading): Counted | null {
  const bare = foldAccents(reading.text);
  if (asksAmount(bare)) return AMOUNT_ASKED;
  for (const { form, head } of COUNTED_PHRASE) {
    const match = form.exec(bare);
    const phrase = match?.[1];
    if (!match || !phrase) continue;
    const words = phrase.toLowerCase().split(/\s+/);
    const word = head === 'first' ? words[0] : words[words.length - 1];
    // Its own group, or the group of a phrase the vocabulary made of it ("health centres").
    const group =
      reading.groups.find((g) => foldAccents(g.word) === word) ??
      reading.groups.find((g) => foldAccents(g.word).split(/\s+/).includes(word));
    // The corpus knows the word itself, not only a look-alike it was read as ("counties" as "count").
    const own = textTerms(word, reading.language === 'en' ? 'en' : 'fr');
    if (!group?.known || ![...own].some((t) => group.stems.includes(t))) return null;
    // The kind it names: English before the noun, French after it (countedKind.ts).
    const after = head === 'first' ? bare.slice(match.index + match[0].length).toLowerCase() : '';
    rememberKind(group, reading.groups, head === 'last' ? words.slice(0, -1) : [], after);
    return group;
  }
  return null;
}
