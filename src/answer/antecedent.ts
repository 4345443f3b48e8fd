// A sentence that opens with a subject pronoun speaks of what the sentence before it names: "La
// mission de l'OIM au Sénégal a ouvert ses portes à Dakar en 1998. Elle compte aujourd'hui 185
// membres du personnel" gives the staff of the mission in Senegal, though its own words name
// neither. Selection (select.ts) counts the question's names that sentence says for the pronoun's
// sentence, and quotes that sentence with it. Forms as data, each with why and a sentence pair of each kind (test/answer/antecedent.test.ts).
import type { Unit } from './units.js';

/** One way a sentence opens on a pronoun standing for what the sentence before named. */
export interface AntecedentForm {
  id: string;
  pattern: RegExp;
  why: string;
  /** Two sentences, the second of this form. */
  example: [string, string];
  /** A close second sentence that does not open so. */
  other: string;
}

export const ANTECEDENT_FORMS: readonly AntecedentForm[] = Object.freeze([
  {
    id: 'il-elle',
    // Not the impersonal il ("Il y a", "Il faut", "Il est prévu de"): it stands for nothing before it.
    pattern: /^(?:Elles?|Ils?)\s(?!y\s+a\b|faut\b|est\s+\p{L}+\s+(?:de|d['’]|que)\b)/u,
    why: 'French opens a sentence on il or elle (ils, elles) for the subject just named: the mission, the office, the organisation.',
    example: ["La mission de l'agence en Estonie a ouvert en 1998.", 'Elle compte aujourd’hui 40 agents.'],
    other: 'Il y a 40 agents dans les bureaux de la région.',
  },
  {
    id: 'it-they',
    // Not the impersonal it ("It is estimated that", "It is hard to"): it stands for nothing before it.
    pattern: /^(?:It|Its|He|His|She|Her|They|Their)\s(?!is\s+\p{L}+\s+(?:that|to)\b|was\s+\p{L}+\s+(?:that|to)\b)/u,
    why: 'English opens a sentence on it, she or they (its, their) for the subject just named.',
    example: ["The agency's mission in Estonia opened in 1998.", 'It now has 40 staff members.'],
    other: 'It is estimated that 40 people work in the region.',
  },
  {
    id: 'clause-then-pronoun',
    // Only a short opening clause of time, without a comma's second subject: "Before joining the agency she…".
    pattern: /^(?:Before|After|Since|Avant\s+d['’]|Après|Depuis)\s[^,.;]{0,40}?\s(?:she|he|they|elle|il|elles|ils)\s/u,
    why: 'A sentence may open on a clause of time and only then on its pronoun subject: "Before joining the agency she led…" speaks of whom the sentence before named.',
    example: ['Ms Kask has worked on seed banks for twenty years.', 'Before joining the agency she led the Tartu seed bank.'],
    other: 'Before joining the agency, Mr Tamm led the Narva office.',
  },
  {
    id: 'the-system',
    // Not "le projet Semences" or "the Tartu project": a name follows or comes before, and it names a new thing.
    pattern:
      /(?:^|\s)(?:[Tt]he|[Tt]his)\s+(?:system|project|programme|program|initiative|platform)\b(?!\s+\p{Lu})|(?:^|\s)(?:[Ll]e|[Cc]e|du|au)\s+(?:système|projet|programme|dispositif)\b(?!\s+\p{Lu})/u,
    why: 'A sentence names what the sentence before named by its kind alone: "the system", "le projet" is the system or project just named, often by its acronym.',
    example: ['The agency runs a seed register (SRS) for farmers.', 'More than 300 farms have joined the system.'],
    other: 'More than 300 farms have joined the Tartu System.',
  },
]);

/** Does a sentence speak of what the sentence before it names by a pronoun subject, or by its kind alone ("the system")? */
export function opensOnAntecedent(text: string): boolean {
  return ANTECEDENT_FORMS.some((f) => f.pattern.test(text));
}

/**
 * How much a name the question gives counts for a pronoun's sentence when the sentence before it
 * says the name: as said by the sentence itself (1), since the pronoun stands for it. 0.5, as a
 * title's name (select.ts NAME_FROM_PASSAGE), added nothing where the heading already names it.
 */
export const NAME_FROM_ANTECEDENT = 1;

/**
 * The chosen units with, in front of each that counts a name from the sentence before it
 * (`readsAntecedent`), that sentence (from `all`): "Elle compte aujourd'hui 185 membres du
 * personnel" quoted alone says nothing of whom it counts. Only those: quoting the sentence before
 * every chosen pronoun's sentence added lines to a third of the multidoc answers and answered two
 * probe questions that must be refused (the staff of IOM, from lines on its member states).
 */
export function withAntecedents<T extends Unit & { readsAntecedent?: boolean }>(chosen: readonly T[], all: readonly T[]): T[] {
  const out: T[] = [];
  for (const u of chosen) {
    if (u.readsAntecedent) {
      const before = all.find((a) => a.passage === u.passage && a.position === u.position - 1 && !a.isItem);
      if (before && !chosen.includes(before)) out.push(before);
    }
    out.push(u);
  }
  return out;
}
