// What is taken out of visitors' text before anything is written: each rule with its reason and an
// example it must redact and one it must keep (test/insights/redaction.test.ts runs the table).
// Phone numbers are found by libphonenumber-js (Google's metadata: national and international
// formats of every country); the other patterns are this project's own, kept as data here.

export type RedactionKind = 'email' | 'phone' | 'id';

export interface PatternRule {
  kind: RedactionKind;
  name: string;
  pattern: RegExp;
  /** Matches that fit this are kept (numbers the text needs, such as grouped thousands). */
  keep?: (match: string) => boolean;
  reason: string;
  redacts: string;
  keeps: string;
}

/** The marker written in place of what was taken out, e.g. "[email]". */
export const MARKER: Record<RedactionKind, string> = { email: '[email]', phone: '[phone]', id: '[id]' };

/** Country assumed for numbers written without an international prefix: the organisation writes French first. */
export const DEFAULT_PHONE_COUNTRY = 'FR';

// 1 500 000 or 2.000.000: a quantity, not an identifier.
const GROUPED_THOUSANDS = /^\d{1,3}(?:[ .\u00a0\u202f]\d{3})+$/;
// 12.05.2023 or 12-05-2023: a date, which a question about events needs.
const DATE = /^\d{1,2}[.-]\d{1,2}[.-]\d{4}$/;

export const PATTERN_RULES: PatternRule[] = [
  {
    kind: 'email',
    name: 'email address',
    // Deliberately broader than RFC 5322's practical subset: a false positive costs nothing here.
    pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
    reason: 'An e-mail address names a person.',
    redacts: 'Écrivez-moi à jeanne.dupont+oim@exemple.fr svp',
    keeps: 'Le courriel de l’OIM @ Genève',
  },
  {
    kind: 'id',
    name: 'passport or ID-like code',
    // Letters and at least four digits in one word of 6 to 20 characters: passport numbers
    // (12AB34567), identity card numbers (X4RTBPFW4, C01X00T47 have digits too), case references.
    pattern: /\b(?=[\p{L}\d]*\p{L})(?=(?:[\p{L}]*\d){4})[\p{L}\d]{6,20}\b/gu,
    reason: 'Passport, identity card and file numbers identify a person.',
    redacts: 'Mon passeport 12AB34567 a expiré',
    keeps: 'La COVID-19 et le G20',
  },
  {
    kind: 'id',
    name: 'long number',
    // Eight digits or more, possibly in groups: social security (1 85 05 78 006 084 36), bank or
    // residence permit numbers. Years and counts are shorter; grouped thousands and dates are kept.
    pattern: /\b\d(?:[ .\-\u00a0\u202f]?\d){7,}\b/gu,
    keep: (match) => GROUPED_THOUSANDS.test(match) || DATE.test(match),
    reason: 'A long number is an identifier (social security, bank account, permit), not a quantity.',
    redacts: 'Mon numéro de sécurité sociale est 1 85 05 78 006 084 36',
    keeps: 'Plus de 15 000 000 personnes déplacées selon le rapport du 12.05.2023',
  },
];
