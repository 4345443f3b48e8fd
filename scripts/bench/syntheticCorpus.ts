// A deterministic French-like corpus for benchmarks: institutional sentences with agreement
// (gender, number, verb endings) over a Zipf-distributed vocabulary, so that the analyzer, the
// stemmer, the lexical postings and the vectors see text shaped like the real corpus, at any size.
import { sha256 } from '../../src/corpus/load.js';
import type { Chunk } from '../../src/types.js';

/** mulberry32: a tiny, fast PRNG; the same seed gives the same corpus on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Gender = 'm' | 'f';
interface Noun {
  sg: string;
  pl: string;
  gender: Gender;
}

const NOUNS: Noun[] = [
  ...'migrant,gouvernement,partenaire,programme,conflit,risque,déplacement,objectif,bureau,service,droit,lien,projet,État,pays,accord,besoin,enfant,travailleur,réfugié,centre,rapport,mécanisme,dialogue,retour,soutien,cadre,contexte,territoire,réseau'
    .split(',')
    .map((sg) => ({ sg, pl: sg.endsWith('s') ? sg : sg.endsWith('eau') ? `${sg}x` : `${sg}s`, gender: 'm' as const })),
  ...'migration,organisation,personne,communauté,frontière,politique,protection,santé,sécurité,dignité,réponse,crise,solution,donnée,région,action,stratégie,capacité,famille,femme,résilience,mobilité,gestion,coopération,assistance,situation,voie,intégration,formation,recherche'
    .split(',')
    .map((sg) => ({ sg, pl: `${sg}s`, gender: 'f' as const })),
  { sg: 'travail', pl: 'travaux', gender: 'm' },
  { sg: 'hôpital', pl: 'hôpitaux', gender: 'm' },
];

/** Masculine singular → [m sg, f sg, m pl, f pl]. */
function adjectiveForms(m: string): [string, string, string, string] {
  if (m.endsWith('al')) return [m, `${m}e`, `${m.slice(0, -2)}aux`, `${m}es`];
  if (m.endsWith('e')) return [m, m, `${m}s`, `${m}s`];
  if (m.endsWith('if')) return [m, `${m.slice(0, -1)}ve`, `${m}s`, `${m.slice(0, -1)}ves`];
  if (m.endsWith('el')) return [m, `${m}le`, `${m}s`, `${m}les`];
  if (m === 'public') return [m, 'publique', 'publics', 'publiques'];
  if (m === 'nouveau') return [m, 'nouvelle', 'nouveaux', 'nouvelles'];
  if (m.endsWith('ier')) return [m, `${m.slice(0, -2)}ère`, `${m}s`, `${m.slice(0, -2)}ères`];
  return [m, `${m}e`, `${m}s`, `${m}es`];
}
const ADJECTIVES =
  'international,humanitaire,durable,régulier,ordonné,climatique,national,régional,social,économique,culturel,vulnérable,local,efficace,sûr,complexe,gouvernemental,juridique,sanitaire,migratoire,effectif,essentiel,mondial,public,nouveau'
    .split(',')
    .map(adjectiveForms);

/** Third person present: [singular, plural]. */
const VERBS: [string, string][] = [
  ['soutient', 'soutiennent'],
  ['aide', 'aident'],
  ['renforce', 'renforcent'],
  ['protège', 'protègent'],
  ['facilite', 'facilitent'],
  ['coordonne', 'coordonnent'],
  ['réduit', 'réduisent'],
  ['accompagne', 'accompagnent'],
  ['favorise', 'favorisent'],
  ['promeut', 'promeuvent'],
  ['gère', 'gèrent'],
  ['améliore', 'améliorent'],
  ['évalue', 'évaluent'],
  ['finance', 'financent'],
  ['collabore avec', 'collaborent avec'],
  ['élabore', 'élaborent'],
];
const LINKS = ['dans', 'pour', 'avec', 'auprès de', 'en faveur de', 'au sein de', 'face à', 'grâce à', 'malgré', 'selon'];
const OPENERS = ['', '', '', 'En outre, ', 'Depuis 1951, ', 'Dans ce contexte, ', 'À cet effet, ', 'Par ailleurs, ', 'Chaque année, '];
const PASSAGES_PER_PAGE = 40;
const HEADINGS = [
  'Notre travail',
  'Partenariats',
  'Gouvernance',
  'Protection',
  'Santé et migration',
  'Données',
  'Climat et environnement',
  'Retour et réintégration',
];

const SYLLABLES = [
  'ta',
  'mi',
  'ré',
  'on',
  'ca',
  'lo',
  'vi',
  'pa',
  'nu',
  'sé',
  'ga',
  'ber',
  'dor',
  'fé',
  'lu',
  'quin',
  'tra',
  'vo',
  'zé',
  'cha',
];
const SUFFIXES: [string, Gender][] = [
  ['tion', 'f'],
  ['ment', 'm'],
  ['ité', 'f'],
  ['age', 'm'],
  ['ance', 'f'],
  ['isme', 'm'],
  ['ure', 'f'],
  ['eur', 'm'],
];

/** Rare, made-up but French-shaped nouns: the long tail of a real vocabulary (names, jargon). */
function rareNoun(rank: number): Noun {
  let n = rank;
  let stem = '';
  do {
    stem += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  const [suffix, gender] = SUFFIXES[rank % SUFFIXES.length];
  const sg = `${stem}${suffix}`;
  return { sg, pl: `${sg}s`, gender };
}

/** What a page is about: the words it uses more than the language at large does. */
interface Topic {
  nouns: Noun[];
  adjectives: [string, string, string, string][];
  verbs: [string, string][];
}

/** Share of word choices a page makes from its topic rather than from the whole vocabulary. */
const TOPIC_SHARE = 0.6;
const TOPIC_COUNT = 60;

/**
 * A vocabulary of common nouns followed by a long tail, drawn with a Zipf-like (log-uniform) law,
 * and topics: real pages are about something, so each page favours a few dozen words. Without
 * topics every passage looks like every other, which no real corpus (and no ANN index) faces.
 */
export class Vocabulary {
  private readonly tail = new Map<number, Noun>();
  private readonly topics: Topic[];
  private topic: Topic | null = null;

  constructor(
    private readonly random: () => number,
    readonly tailSize = 30_000,
  ) {
    this.topics = Array.from({ length: TOPIC_COUNT }, () => ({
      nouns: Array.from({ length: 40 }, () => this.zipfNoun()),
      adjectives: Array.from({ length: 5 }, () => this.pick(ADJECTIVES)),
      verbs: Array.from({ length: 4 }, () => this.pick(VERBS)),
    }));
  }

  /** Pages that follow are about topic `n` (mod the number of topics). */
  useTopic(n: number): void {
    this.topic = this.topics[n % this.topics.length];
  }

  private fromTopic(): Topic | null {
    return this.topic && this.random() < TOPIC_SHARE ? this.topic : null;
  }

  private zipfNoun(): Noun {
    // Rank r has probability ∝ 1/r: the head words dominate, the tail words each appear rarely.
    const rank = Math.floor(Math.exp(this.random() * Math.log(NOUNS.length + this.tailSize + 1))) - 1;
    if (rank < NOUNS.length) return NOUNS[rank];
    let noun = this.tail.get(rank);
    if (!noun) {
      noun = rareNoun(rank);
      this.tail.set(rank, noun);
    }
    return noun;
  }

  noun(): Noun {
    const topic = this.fromTopic();
    return topic ? this.pick(topic.nouns) : this.zipfNoun();
  }

  adjective(): [string, string, string, string] {
    return this.pick(this.fromTopic()?.adjectives ?? ADJECTIVES);
  }

  verb(): [string, string] {
    return this.pick(this.fromTopic()?.verbs ?? VERBS);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.pickIndex(items.length)];
  }

  pickIndex(length: number): number {
    return Math.floor(this.random() * length);
  }
}

const VOWEL_START = /^[aeiouyhâàéèêëîïôöûüœ]/i;

interface Phrase {
  text: string;
  /** The noun as written (singular or plural): what a visitor's question would name. */
  word: string;
}

function nounPhrase(v: Vocabulary, plural: boolean, definite = true): Phrase {
  const noun = v.noun();
  const word = plural ? noun.pl : noun.sg;
  const article = plural
    ? definite
      ? 'les'
      : 'des'
    : definite
      ? VOWEL_START.test(word)
        ? "l'"
        : noun.gender === 'm'
          ? 'le'
          : 'la'
      : noun.gender === 'm'
        ? 'un'
        : 'une';
  let text = article.endsWith("'") ? `${article}${word}` : `${article} ${word}`;
  if (v.pick([true, false, false])) text += ` ${v.adjective()[(plural ? 2 : 0) + (noun.gender === 'f' ? 1 : 0)]}`;
  return { text, word };
}

const CONTRACTIONS: Record<string, Record<string, string>> = { de: { le: 'du', les: 'des' }, à: { le: 'au', les: 'aux' } };

/** A preposition before a noun phrase, with the French contractions (de le → du, à les → aux). */
function linked(preposition: string, phrase: string): string {
  const words = preposition.split(' ');
  const [article, ...rest] = phrase.split(' ');
  const merged = CONTRACTIONS[words[words.length - 1]]?.[article];
  return merged ? [...words.slice(0, -1), merged, ...rest].join(' ') : `${preposition} ${phrase}`;
}

function sentence(v: Vocabulary): { text: string; words: string[] } {
  const plural = v.pick([true, false]);
  const subject = nounPhrase(v, plural);
  const verb = v.verb()[plural ? 1 : 0];
  const object = nounPhrase(v, v.pick([true, false]), v.pick([true, false]));
  const complement = nounPhrase(v, v.pick([true, false]));
  const tail = linked(v.pick(LINKS), complement.text);
  const body = `${v.pick(OPENERS)}${subject.text} ${verb} ${object.text} ${tail}.`;
  return { text: body[0].toUpperCase() + body.slice(1), words: [subject.word, object.word, complement.word] };
}

export interface SyntheticCorpus {
  chunks: Chunk[];
  /** Questions naming two things a random passage talks about, as a visitor might phrase them. */
  queries: string[];
  /** For each question, the passage it was written from (other passages may name the same things). */
  sources: number[];
}

const QUESTION_TEMPLATES = [
  (a: string, b: string) => `Que fait l'organisation pour ${a} et ${b} ?`,
  (a: string, b: string) => `Quel est le lien entre ${a} et ${b} ?`,
  (a: string, b: string) => `${a} ${b}`,
  (a: string, b: string) => `Comment agir sur ${a} face à ${b} ?`,
];

/** `size` passages of 4–8 sentences (≈ 350–750 characters, like the real passages) and `queryCount` questions. */
export function syntheticCorpus(size: number, queryCount: number, seed = 2030): SyntheticCorpus {
  const random = prng(seed);
  const v = new Vocabulary(random);
  const chunks: Chunk[] = [];
  const named: string[][] = [];
  for (let i = 0; i < size; i++) {
    const doc = Math.floor(i / PASSAGES_PER_PAGE);
    if (i % PASSAGES_PER_PAGE === 0) v.useTopic(Math.floor(random() * 1e9));
    const sentences = Array.from({ length: 4 + Math.floor(random() * 5) }, () => sentence(v));
    const text = sentences.map((x) => x.text).join(' ');
    named.push(sentences.flatMap((x) => x.words));
    chunks.push({
      text,
      source: `synthetic/page-${doc}.txt`,
      title: `Page ${doc}`,
      heading: v.pick(HEADINGS),
      lines: [(i % PASSAGES_PER_PAGE) + 1, (i % PASSAGES_PER_PAGE) + 1],
      hash: sha256(text),
      language: 'fr',
    });
  }
  const sources: number[] = [];
  const queries = Array.from({ length: queryCount }, () => {
    const source = v.pickIndex(named.length);
    const words = named[source];
    sources.push(source);
    return v.pick(QUESTION_TEMPLATES)(v.pick(words).toLowerCase(), v.pick(words).toLowerCase());
  });
  return { chunks, queries, sources };
}
