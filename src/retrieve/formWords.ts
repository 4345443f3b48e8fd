// More question forms whose words are grammar of the question, not topic of the corpus (see
// questionForms.ts, which blanks them with its own): an age asked in a noun, what an abbreviation
// stands for, a body asked of its kind. Each blanked word was unknown to the seed corpus and made
// an answerable question refused. Hand-written, as questionForms.ts's are; pairs in
// test/chat/questionForms.test.ts.

/**
 * "Quel âge a X ?": an age asked in a noun (questionType.ts reads it as a year: since when). Weighed,
 * "âge" was unknown to the seed and the thing a "quel" asks for, and unknown-thing-unsaid refused
 * "Quel âge a l'OIM ?" where "How old is IOM?" is answered.
 */
export const AGE_NOUN_FORM = /(?<![\p{L}])(quel\s+)([aâ]ge)(?![\p{L}])/iu;

/**
 * A count asked as a size: "How big was IOM's staff…?", "How large is its workforce?", "the size of",
 * "the Project's count of deaths", "Quelle est la taille de…", "Quel était l'effectif de l'OIM ?".
 * Read as no value asked, a line writing the question's year (a release's dateline) was quoted for
 * "How big was IOM's staff in 2016…" over the release's "employs nearly 9,800 staff", and grounding
 * refused it (number-aside). "big", "large", "size", "count", "taille" are the form's words; the
 * staff's own noun ("effectif") is what is counted, kept (an empty pair blanks nothing of it).
 */
export const SIZE_FORM =
  /(?:(?<![\p{L}])(how\s+)(big|large)(?=\s+(?:is|was|are|were|has|had)(?![\p{L}]))|(?:((?<![\p{L}])(?:the|what|which|its|their)\s+|['’]s\s+)(size|count|headcount)(?=\s+of(?![\p{L}])))|((?<![\p{L}])(?:la|quelle|sa)\s+)(taille)(?=\s+(?:de|d['’]|des|du)(?![\p{L}]))|((?<![\p{L}])quel(?:le)?\s+(?:est|[eé]tait|sera)\s+(?:l['’]|son\s+|leur\s+))()(?=effectifs?(?![\p{L}])))/iu;

/**
 * What an abbreviation stands for: "What does IOM stand for?", "what does iom mean", "what is IOM
 * short for", "Que veut dire OIM ?", "que signifie l'OIM", "OIM ça veut dire quoi". The verb is the
 * form (a page spells the name out, "Organisation internationale pour les migrations (OIM)", and
 * never writes "stand for"); weighed, it was unknown and the question refused. Only of one short
 * word, as an abbreviation is (2 to 8 letters, no pronoun: "what does it mean"): "what does the
 * director general stand for" asks what a person defends.
 */
const ABBREVIATION =
  "(?:the\\s+|l['’]\\s*|le\\s+|la\\s+)?(?!(?:it|this|that|he|she|they|you|we|ce|cela|il|elle)(?![\\p{L}]))[\\p{L}\\p{N}]{2,8}";
/**
 * A term of up to four words that closes a "what does X mean" / "que signifie X" question, not
 * opening on a pronoun or a demonstrative ("que signifie ce catalogue" asks what it implies): the
 * verb asks the term's meaning as it asks an abbreviation's, and weighed it was the question's
 * heaviest group, unknown to the glossary entry that answers ("Que signifie réinstallation ?" quoted
 * pages about resettlement figures, not the multidoc glossary's "Réinstallation" entry). "Signifie"
 * only in French: "que veut dire la directrice de l'AES" asks what a person means to say.
 */
const TERM_ASKED =
  "(?:l['’]\\s*|le\\s+|la\\s+|les\\s+|une?\\s+|the\\s+|an?\\s+)?(?!(?:it|this|that|these|those|he|she|they|you|we|ce|cet|cette|ces|cela|il|elle)(?![\\p{L}]))[\\p{L}\\p{N}'’-]+(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}";
export const EXPANSION_FORMS: readonly RegExp[] = [
  new RegExp(`^(\\s*what\\s+does\\s+${ABBREVIATION}\\s+)(stand\\s+for|mean)(?![\\p{L}])`, 'iu'),
  new RegExp(`^(\\s*what(?:\\s+is|['’]?s)\\s+${ABBREVIATION}\\s+)(short\\s+for)(?![\\p{L}])`, 'iu'),
  new RegExp(`^(\\s*que\\s+)(veut\\s+dire|signifie)(?=\\s+${ABBREVIATION}\\s*\\?*\\s*$)`, 'iu'),
  new RegExp(`^(\\s*${ABBREVIATION}\\s*,?\\s+(?:ça|ca|cela)\\s+)(veut\\s+dire)(?=\\s+quoi\\s*\\?*\\s*$)`, 'iu'),
  new RegExp(`^(\\s*que\\s+)(signifie)(?=\\s+${TERM_ASKED}\\s*\\?*\\s*$)`, 'iu'),
  new RegExp(`^(\\s*what\\s+does\\s+${TERM_ASKED}\\s+)(mean)(?=\\s*\\?*\\s*$)`, 'iu'),
];

/**
 * A term's meaning asked in other words than "what is X" (questionType.ts reads them as a
 * definition): "What does it mean to be stateless?", "Que veut dire le mot diaspora ?", "What does
 * the term X mean?", "Qu'entend-on par X ?", "What is meant by X?". Weighed, the verb's words were
 * the question's topic: "mean" translated into moyen, outil, intention ("What does it mean to be
 * stateless?" quoted a data portal's "au moyen de formations"), "veut", "dire", "mot" into a camp's
 * "leur mot à dire", "entend" into hear; the glossary entry that answers writes none of them. The
 * term asked closes the question (TERM_ASKED), so "what does it mean for farmers" keeps its words.
 */
export const MEANING_FORMS: readonly RegExp[] = [
  new RegExp(`^(\\s*)(what\\s+does\\s+it\\s+mean\\s+to\\s+be)(?=\\s+${TERM_ASKED}\\s*\\?*\\s*$)`, 'iu'),
  new RegExp(
    `^(\\s*que\\s+)(veut\\s+dire|signifie)(\\s+(?:le|la|l['’]|cette|ce)\\s*)(mot|terme|expression|notion|sigle)(?=\\s+${TERM_ASKED}\\s*\\?*\\s*$)`,
    'iu',
  ),
  new RegExp(`^(\\s*what\\s+does\\s+the\\s+)(word|term|expression|phrase)(\\s+${TERM_ASKED}\\s+)(mean)(?=\\s*\\?*\\s*$)`, 'iu'),
  new RegExp(
    `^(\\s*)(qu['’]\\s*entend[- ]on\\s+par|qu['’]\\s*appelle[- ]t[- ]on|what\\s+is\\s+meant\\s+by|what\\s+do\\s+(?:we|you|they|people)\\s+mean\\s+by)(?=\\s+${TERM_ASKED}\\s*\\?*\\s*$)`,
    'iu',
  ),
];

/**
 * A name its subject had before its present one: "What was X's first / original / former name?",
 * "Quel était le premier nom / l'ancien nom / le nom d'origine de X ?". The adjective says which
 * name (NAME_FORMS). Its answer is a line giving another name than the subject's own
 * (askedValue.ts namesOtherThanSubject): a page introducing X by its present name, "X (ABC) is…",
 * writes a name, but not the one asked.
 */
export const FORMER_NAME_FORMS: readonly RegExp[] = [
  /(?<![\p{L}])((?:[\p{L}\p{N}-]+['’]s?\s+|its\s+|their\s+|the\s+))(first|original|initial|earliest|former|previous|old)(?=\s+names?(?![\p{L}]))/iu,
  /(?<![\p{L}])((?:le\s+|son\s+|l['’]\s*|leur\s+))(premier|ancien|initial)(?=\s+noms?(?![\p{L}]))/iu,
  /(?<![\p{L}])((?:le\s+|son\s+)noms?\s+)(d['’]\s*origine|initial|de\s+d[ée]part)(?![\p{L}])/iu,
];

/**
 * A name asked of a time (questionType.ts reads them as a name): "Under which name was X known
 * from 1980?", "Comment s'appelait X en 1980 ?", "What was X's first name?". The verb or the
 * adjective only says which name is asked: a history page writes "devient en 1980 le Comité … (CIM)",
 * "naît sous le nom de …", never "known", "appelait" or "first name"; weighed, they were the
 * question's focus ("appelait" found "appels de fonds", "first" a Director General's "première
 * déclaration"). "Present" and "current" name are kept: pages write them ("took its present name").
 */
export const NAME_FORMS: readonly RegExp[] = [
  /(?<![\p{L}])(under\s+(?:what|which)\s+names?\s+(?:was|were|is|are|has|had)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?)(known|called|named)(?![\p{L}])/iu,
  /(?<![\p{L}])(comment\s+s['’]\s*)(appel(?:ait|aient|lent)|nomm(?:ait|aient|ent|e))(?![\p{L}])/iu,
  ...FORMER_NAME_FORMS,
];

/**
 * Generic nouns for a body ("agency", "agence", "organisme"): in "Is X a UN agency?", "L'OIM
 * est-elle une agence de l'ONU ?" the noun only classes X, what qualifies it (the UN) is asked
 * about, and a page says it in its own words ("fait partie du système des Nations Unies").
 * Weighed, the noun was unknown to the seed, most of the question's weight, and it was refused
 * where "Is IOM part of the UN?" is answered. "Organisation" is left out: pages write it.
 */
const BODY_NOUN = '(?:agenc(?:y|ies|es?)|bod(?:y|ies)|entit(?:y|ies|[eé]s?)|institutions?|organismes?)';
/**
 * A question whether its subject is such a body, qualified: before the noun ("a UN agency",
 * "an intergovernmental body") or after it ("an agency of the UN", "une agence de l'ONU", "une
 * agence onusienne"). The noun alone ("Is IOM an agency?"), of itself ("an agency of its own") or
 * of another kind ("a UN peacekeeping force") is kept.
 */
export const BODY_KIND_FORMS: readonly RegExp[] = [
  new RegExp(
    `(?<![\\p{L}])((?:is|are|was|were)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,4}?(?:an?|the)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,3}?)(${BODY_NOUN})(?![\\p{L}])`,
    'iu',
  ),
  new RegExp(
    `(?<![\\p{L}])((?:is|are|was|were)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,4}?(?:an?|the)\\s+)(${BODY_NOUN})(?=\\s+(?:of|in|within|under|for)\\s+(?!(?:its|their|his|her)\\s))`,
    'iu',
  ),
  // French: after an indefinite article only ("qu'est-ce que l'agence fait" names its subject).
  new RegExp(
    `(?<![\\p{L}])((?:est|sont)(?:-(?:elle|il|ce|elles|ils))?\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?une?\\s+)(${BODY_NOUN})(?=\\s+\\p{L})`,
    'iu',
  ),
];

/**
 * "How quickly / how fast / how soon does X…", "dans quel délai X…": a duration asked in an adverb or
 * a noun (questionType.ts reads it as a duration: "within 30 days", "en moins de 72 heures"). Weighed,
 * the dictionary read "fast" as jeûne and "soon" as heure and tout, and "quickly" was unknown: the
 * multidoc pages' "We reply within 30 days" lost to other lines on data. After "is/are" it asks a
 * rate ("How fast is X growing?"), and stays.
 */
export const SPEED_FORM =
  /(?<![\p{L}])(how\s+)(quickly|fast|soon)(?=\s+(?:does|do|did|can|could|will|would)\s)|(?<![\p{L}])(dans\s+)(quels?\s+d[ée]lais?)(?![\p{L}])/iu;

/**
 * Who or which body is in charge of something: "Who is in charge of internal audits?", "Who is
 * responsible for X?", "Qui est chargé de X ?", "Quel service est responsable de X ?". The page says
 * what the body does ("The Office of the Inspector General carries out internal audits"), seldom
 * that it is "in charge": weighed, "charge" was a topic word and found "agencies that charge no fees"
 * (own questions on the multidoc fixture). After who/qui or which/what/quel + one noun and the verb
 * "be" only: "the fees they charge", "un chargé de mission" keep theirs.
 */
export const RESPONSIBLE_FORM =
  /(?<![\p{L}])((?:who|which\s+\p{L}+|what\s+\p{L}+)\s+(?:is|are|was|were)\s+)(in\s+charge\s+of|responsible\s+for)(?![\p{L}])|(?<![\p{L}])((?:qui|quel(?:le)?s?\s+\p{L}+)\s+(?:est|sont|[eé]tait)\s+)(charg[eé]e?s?|responsables?)(?=\s+(?:de|d['’]|des|du)(?![\p{L}]))/iu;

/** Kinds of place a question asks for by its interrogative determiner, both languages (questionType.ts PLACE_RANKED). */
export const PLACE_KIND = '(?:pays|villes?|r[ée]gions?|continents?|countr(?:y|ies)|cit(?:y|ies))';
