// A leader question asks for the head of the whole organisation unless it names a part of it (a
// country office, a region, a department) or a place: the words naming such parts, each with why.
import { foldAccents, isStopWord } from '../text/analyzer.js';

/**
 * Words that make a head's role the head of a part of the organisation rather than of the whole,
 * each with why. A leader question writing none of them (nor a place) asks for the whole
 * organisation's head: "Who leads IOM?" is not answered by a country mission's chief, a regional
 * director or a deputy, though their lines name a role and a person just as well (multidoc
 * fixture: a country page's "la mission est dirigée par …" ranked first, the head's release 5th).
 * A question that writes one asks for that part's head, and every role line counts as before.
 * Matched on words without accents.
 */
export const PART_OF_ORGANISATION: ReadonlyArray<{ readonly words: readonly string[]; readonly why: string }> = [
  {
    words: ['mission', 'missions', 'mision', 'misiones'],
    why: 'a country office is a mission: "chef de mission", "chief of mission", "la mission est dirigée par"; "misión" on a country page kept in Spanish ("X dirige la misión de la OIM en Colombia")',
  },
  {
    words: ['bureau', 'bureaux', 'office', 'offices'],
    why: 'the head of an office ("directeur du bureau", "head of the Dakar office") leads one office',
  },
  {
    words: ['regional', 'regionale', 'regionaux', 'region', 'regions'],
    why: 'a regional director leads a region: "Directrice régionale de l’OIM pour l’Afrique"',
  },
  {
    words: ['adjoint', 'adjointe', 'adjoints', 'adjointes', 'deputy', 'assistant', 'assistante'],
    why: 'a deputy seconds the head: "Deputy Director General", "directeur général adjoint"',
  },
  { words: ['pays', 'country', 'national', 'nationale'], why: 'a country or national director leads the organisation in one country' },
  {
    words: [
      'departement',
      'department',
      'division',
      'unite',
      'unit',
      'service',
      'section',
      'equipe',
      'team',
      'cabinet',
      'programme',
      'program',
      'projet',
      'project',
    ],
    why: 'the head of a department, unit, team, cabinet, programme or project leads that part: "chef de cabinet", "head of the research team"',
  },
];

const PART_WORDS: ReadonlySet<string> = new Set(PART_OF_ORGANISATION.flatMap((p) => p.words));

/** Is this word (lower case, without accents) one naming a part of an organisation (see PART_OF_ORGANISATION)? */
export function isPartWord(word: string): boolean {
  return PART_WORDS.has(word);
}

/** A preposition of place before a word that is no stop word ("in colombia", "au Sénégal"): the question names where. */
const PLACE_ASKED = /(?<![\p{L}])(?:in|at|en|au|aux)\s+(\p{L}{3,})/giu;

/**
 * Does a leader question ask for the head of a part of its subject: it writes a part word
 * (PART_OF_ORGANISATION) or a place ("Who leads IOM in Colombia?")? Otherwise it asks for the
 * whole organisation's head. Read without accents.
 */
export function asksPartHead(question: string): boolean {
  const bare = foldAccents(question.toLowerCase());
  if (bare.split(/[^\p{L}]+/u).some(isPartWord)) return true;
  return [...bare.matchAll(PLACE_ASKED)].some((m) => !isStopWord(m[1], 'en') && !isStopWord(m[1], 'fr'));
}
