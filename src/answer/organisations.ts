// Names of organisations in a model's answer: an invented agency ("Visa Express Agency", "l'Agence
// nationale des visas rapides") sends a migrant to whoever planted it, so a name the cited passages
// do not hold costs the sentence carrying it. No named-entity recogniser runs offline in Node for
// French and English, so names are found by their shape (rules below, as data): a capitalised run
// holding an organisation noun or a legal form, a French name "Agence (nationale) des …", an
// acronym. A name is supported when the passages hold it, its fixed French/English equivalent, or
// every distinctive word of it (spelling variants across the two languages allowed, see PREFIX).

/** Nouns that make a name an organisation's, in French and English. */
const ORGANISATION_NOUNS = new Set(
  (
    'agency agence organisation organization organisme foundation fondation association bank banque ministry ministère ' +
    'office bureau fund fonds institute institut council conseil commission committee comité company compagnie société ' +
    'corporation group groupe services service trust alliance network réseau centre center university université ' +
    'embassy ambassade consulate consulat department département authority autorité federation fédération union nations ' +
    'agencies agences cabinet firm cabinets consultancy consulting solutions partners'
  ).split(' '),
);

/** Legal forms that follow a company name. */
const LEGAL_FORMS = new Set(['ltd', 'inc', 'llc', 'plc', 'gmbh', 'sarl', 'sas', 'sa', 'srl', 'bv', 'ag', 'co', 'corp']);

/** Words that join the parts of a name ("Bureau du Chef de Cabinet", "Office of the Chief of Staff"). */
const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'pour', 'aux', 'of', 'for', 'the', 'and', 'et', 'on', 'sur']);

/** Words that end a French name: the sentence goes on ("l'Agence des visas qui aide…"). */
const NAME_ENDS = new Set(
  'qui que dont où et ou est sont a ont avec dans par en au à se sa son ses is are was were which that who and or in on with by at to has have'.split(
    ' ',
  ),
);

/** Adjectives of French names ("Agence nationale", "Banque mondiale", "Union européenne"), by ending. */
const FRENCH_NAME_ADJECTIVE = /(ale|al|aux|ique|ien|ienne|aire|elle|el|ais|aise|ois|oise|ain|aine|ère|ier|ière|if|ive|eux|euse|ées?|és?)$/;

/** Upper-case words that are not organisations (diseases, formats, countries' usual abbreviations). */
const NOT_ORGANISATIONS = new Set(
  'COVID SARS VIH SIDA HIV AIDS PDF FAQ URL HTML OK ID NB PS USA UK UAE RDC RCA PIB GDP ODD SDG SDGS TV AM PM EUR USD CHF UTC GMT'.split(
    ' ',
  ),
);
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/**
 * Names with a fixed translation: the passages are French and an English answer translates them.
 * Each group is one organisation, named the ways the UN system names it in each language (English
 * and French kept apart, so that a French name can be given its English form: conversation/fixedNames.ts).
 */
export const SAME_ORGANISATION: ReadonlyArray<{ en: readonly string[]; fr: readonly string[] }> = [
  { en: ['United Nations', 'UN'], fr: ['Nations Unies', 'Organisation des Nations Unies', 'ONU'] },
  { en: ['UNHCR', 'UN Refugee Agency'], fr: ['HCR', 'Haut-Commissariat des Nations Unies pour les réfugiés'] },
  { en: ['World Health Organization', 'WHO'], fr: ['Organisation mondiale de la santé', 'OMS'] },
  { en: ['International Labour Organization', 'ILO'], fr: ['Organisation internationale du Travail', 'OIT'] },
  { en: ['United Nations Development Programme', 'UNDP'], fr: ['Programme des Nations Unies pour le développement', 'PNUD'] },
  { en: ['World Food Programme', 'WFP'], fr: ['Programme alimentaire mondial', 'PAM'] },
  { en: ['UNICEF', "United Nations Children's Fund"], fr: ["Fonds des Nations Unies pour l'enfance"] },
  { en: ['European Union', 'EU'], fr: ['Union européenne', 'UE'] },
  {
    en: ['Red Cross', 'ICRC', 'International Committee of the Red Cross'],
    fr: ['Croix-Rouge', 'CICR', 'Comité international de la Croix-Rouge'],
  },
];

/**
 * Distinctive words of a name match across French and English when they share their first letters
 * ("migration"/"migrations", "organization"/"organisation", "stratégie"/"strategy" folded): five is
 * the shortest prefix that keeps unrelated words apart in the seed corpus's vocabulary.
 */
const PREFIX = 5;

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ELISION = /^(?:[ldjmnst]|qu)['’]/i;

interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation (not a space) between this token and the previous one. */
  broken: boolean;
}

function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of sentence.matchAll(/[\p{L}\p{N}'’&-]+/gu)) {
    const raw = m[0];
    const elided = ELISION.exec(raw);
    const text = elided ? raw.slice(elided[0].length) : raw;
    const start = m.index + (elided ? elided[0].length : 0);
    if (!text || !/[\p{L}\p{N}]/u.test(text)) continue;
    out.push({ text, start, end: m.index + raw.length, broken: /[^\s'’]/u.test(sentence.slice(last, m.index)) });
    last = m.index + raw.length;
  }
  return out;
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);
const isConnector = (word: string) => CONNECTORS.has(fold(word));
const isNoun = (word: string) => ORGANISATION_NOUNS.has(fold(word));
const isLegalForm = (word: string) => LEGAL_FORMS.has(fold(word).replace(/\.$/, ''));

export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 10 && letters === letters.toUpperCase() && /^\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** Title-case runs ("Visa Express Agency", "Office of the Chief of Staff") holding an organisation noun or a legal form. */
function titleCaseNames(list: Token[]): Token[][] {
  const names: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && isConnector(run[run.length - 1].text)) run.pop();
    const words = run.filter((t) => !isConnector(t.text));
    if (words.length >= 2 && words.some((t) => isNoun(t.text) || isLegalForm(t.text))) names.push(run);
    run = [];
  };
  list.forEach((token, i) => {
    if (token.broken) close();
    const first = i === 0 || token.broken;
    // A sentence's first word is capitalised anyway: it belongs to a name only when the next one is capitalised too.
    const next = list[i + 1];
    const starts = capitalised(token.text) && (!first || (next && !next.broken && capitalised(next.text)));
    if (starts || (run.length && isConnector(token.text))) run.push(token);
    else close();
  });
  close();
  return names;
}

/**
 * French names: a capitalised organisation noun, perhaps an adjective, then each "de/des/pour…"
 * followed by the word it introduces (and its adjective, or the capitalised words of a proper name).
 */
function frenchNames(list: Token[]): Token[][] {
  const names: Token[][] = [];
  const joined = (j: number) => list[j] && !list[j].broken;
  const adjective = (j: number) => joined(j) && !capitalised(list[j].text) && FRENCH_NAME_ADJECTIVE.test(fold(list[j].text));
  list.forEach((token, i) => {
    if (!capitalised(token.text) || !isNoun(token.text)) return;
    const name = [token];
    let j = i + 1;
    if (adjective(j)) name.push(list[j++]);
    while (joined(j) && isConnector(list[j].text)) {
      let k = j;
      while (joined(k) && isConnector(list[k].text)) k++;
      if (!joined(k) || NAME_ENDS.has(fold(list[k].text)) || /^\d/.test(list[k].text)) break;
      name.push(...list.slice(j, k + 1));
      j = k + 1;
      if (capitalised(list[k].text)) while (joined(j) && capitalised(list[j].text)) name.push(list[j++]);
      else if (adjective(j)) name.push(list[j++]);
    }
    if (name.length > 1) names.push(name);
  });
  return names;
}

export interface OrganisationName {
  name: string;
  /** Words that must be in the passages (organisation nouns and connectors left out). */
  words: string[];
}

/** The organisation names a sentence holds, by shape. */
export function organisationNames(sentence: string): OrganisationName[] {
  const list = tokens(sentence);
  const names = [...titleCaseNames(list), ...frenchNames(list)].map((run) => ({
    name: sentence.slice(run[0].start, run[run.length - 1].end),
    words: run.map((t) => t.text).filter((w) => !isConnector(w) && !isNoun(w) && !isLegalForm(w)),
  }));
  const acronyms = list
    .map((t) => t.text.replace(/-\d+$/, ''))
    .filter((w) => isAcronym(w) && !NOT_ORGANISATIONS.has(w) && !ROMAN_NUMERAL.test(w))
    .map((w) => ({ name: w, words: [w] }));
  return [...names, ...acronyms];
}

/**
 * Distinctive words of a name count as held only close together, as a name is written: within this
 * many words of each other beyond the name's own length (room for articles and a reordered
 * translation, "Nations Unies" / "United Nations"), not scattered over a passage.
 */
const NAME_SLACK = 4;

/** What the passages (and the organisation's own names) say, ready for name look-ups. */
export class NameEvidence {
  private readonly text: string;
  private readonly sequence: string[];
  private readonly positions = new Map<string, number[]>();

  constructor(texts: string[]) {
    this.text = ` ${fold(texts.join('\n')).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    this.sequence = this.text.split(' ').filter(Boolean);
    this.sequence.forEach((word, i) => {
      for (const key of new Set([word, word.length >= PREFIX ? `${word.slice(0, PREFIX)}…` : word])) {
        const list = this.positions.get(key);
        if (list) list.push(i);
        else this.positions.set(key, [i]);
      }
    });
  }

  private holds(phrase: string): boolean {
    const folded = fold(phrase)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return folded.length > 0 && this.text.includes(` ${folded} `);
  }

  /** Where a word stands in the evidence: the word itself, or one sharing its first letters. */
  private where(word: string): number[] {
    const folded = fold(word);
    const exact = this.positions.get(folded) ?? [];
    if (folded.length < PREFIX || /\d/.test(folded)) return exact;
    return [...exact, ...(this.positions.get(`${folded.slice(0, PREFIX)}…`) ?? [])];
  }

  private holdsTogether(words: string[]): boolean {
    const [first, ...rest] = words.map((w) => this.where(w));
    const window = words.length + NAME_SLACK;
    return (first ?? []).some((at) => rest.every((places) => places.some((p) => Math.abs(p - at) <= window)));
  }

  supports(name: OrganisationName): boolean {
    if (this.holds(name.name)) return true;
    const bare = name.name.replace(/^((the|le|la|les|l['’])\s*)+/i, '');
    if (this.holds(bare)) return true;
    const group = SAME_ORGANISATION.map((g) => [...g.en, ...g.fr]).find((aliases) => aliases.some((a) => fold(a) === fold(bare)));
    if (group?.some((alias) => this.holds(alias))) return true;
    // An acronym is a name of its own: its letters must be there, not words sharing their start.
    if (name.words.length === 1 && isAcronym(name.words[0])) return this.positions.has(fold(name.words[0]));
    return name.words.length > 0 && this.holdsTogether(name.words);
  }
}
