// Small in-memory corpora for the ingestion tests: files built as readCorpus builds them, pages
// shaped like a site's text captures (the same menus and footer on every page, the page's own text
// in between). All text here is written for these tests.
import { type CorpusFile, type SourceMetadata, sha256 } from '../../src/corpus/load.js';
import { chunkCorpus, type CorpusPassages } from '../../src/ingest/passages.js';

export const OPTIONS = { chunkSize: 1200, chunkOverlap: 200 };

export function corpusFile(name: string, raw: string, metadata: SourceMetadata = {}): CorpusFile {
  const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
  return {
    source: `corpus/${name}`,
    absolutePath: `/nowhere/${name}`,
    extension,
    raw,
    sha256: sha256(raw),
    metadata,
    fingerprint: sha256(`${sha256(raw)}\n${JSON.stringify(metadata)}`),
  };
}

export function passagesOf(files: CorpusFile[]): CorpusPassages {
  return chunkCorpus(files, OPTIONS);
}

export const FRENCH_MENU = [
  '-',
  'Qui sommes-nous',
  'Qui sommes-nous',
  '- Notre histoire',
  '- Gouvernance',
  '- Bureaux régionaux',
  '- Direction',
  'Notre travail',
  'Notre travail',
  '- Urgences',
  '- Santé des personnes en mouvement',
  '- Retour volontaire',
  'Agir',
  'Agir',
  '- Carrières',
  '- Faire un don',
];

export const FRENCH_FOOTER = [
  'Ce site utilise des témoins de connexion pour mesurer sa fréquentation et améliorer votre navigation.',
  "L'Organisation en bref : fondée il y a longtemps, elle accompagne les États et les personnes en mouvement sur tous les continents.",
  'Contact',
  'Plan du site',
  '© Organisation exemple. Tous droits réservés.',
];

/** A text capture: menu, the page's title printed twice, its paragraphs, footer. */
export function frenchPage(title: string, paragraphs: string[]): string {
  return [...FRENCH_MENU, title, title, ...paragraphs, ...FRENCH_FOOTER].join('\n');
}

/** Distinct page bodies (no two alike), each a title and two paragraphs. */
export const FRENCH_TOPICS: [string, string[]][] = [
  [
    'Urgences et déplacements',
    [
      'Quand une catastrophe frappe, les équipes installent des abris temporaires et distribuent des articles de première nécessité aux familles déplacées.',
      'Les sites de déplacement sont gérés avec les autorités locales, qui restent responsables de la sécurité des personnes.',
    ],
  ],
  [
    'Santé des personnes en mouvement',
    [
      'Des cliniques mobiles se rendent dans les zones isolées pour vacciner les enfants et suivre les femmes enceintes.',
      'Les examens médicaux avant le départ protègent à la fois les voyageurs et les communautés qui les accueillent.',
    ],
  ],
  [
    'Retour volontaire',
    [
      "Certaines personnes souhaitent rentrer chez elles sans en avoir les moyens : un programme finance le voyage et l'accueil à l'arrivée.",
      'Une aide à la réinsertion permet ensuite de créer une petite activité ou de suivre une formation professionnelle.',
    ],
  ],
  [
    'Notre histoire',
    [
      "L'Organisation est née d'une conférence réunissant une vingtaine de gouvernements décidés à organiser les transports après la guerre.",
      'Son mandat s’est élargi au fil des décennies, des transports aux questions de santé, de protection et de développement.',
    ],
  ],
  [
    'Gouvernance',
    [
      'Le Conseil, où siège chaque État Membre, adopte le budget et élit la direction pour un mandat renouvelable une fois.',
      'Un comité permanent prépare les décisions du Conseil et suit l’exécution des programmes entre ses sessions.',
    ],
  ],
  [
    'Bureaux régionaux',
    [
      'Des bureaux régionaux coordonnent les missions de pays et conseillent les gouvernements sur les politiques migratoires.',
      'Chaque bureau régional dispose d’experts en santé, en urgences et en gestion des frontières.',
    ],
  ],
];
