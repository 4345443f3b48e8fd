// Question forms whose words are grammar, not topic (src/retrieve/questionForms.ts): a question of
// the form and a neighbour that is not, in both languages (invented examples).
import { describe, expect, it } from 'vitest';
import { namesHeadRole } from '../../src/retrieve/answerType.js';
import { asksLeader, asksRoleHolder, asksOrigin, asksPurpose, withoutFormWords } from '../../src/retrieve/questionForms.js';
import { asksPartHead, PART_OF_ORGANISATION } from '../../src/retrieve/organisationParts.js';
import { leaderRoleGroup, STAND_INS, standInGroups } from '../../src/retrieve/standIns.js';
import { type Expected, expectedValue } from '../../src/retrieve/questionType.js';
import { wordGroups } from '../../src/retrieve/terms.js';
import { detectLanguage } from '../../src/text/language.js';

describe('purpose questions', () => {
  it.each([
    ["What is the guild's mission?", 'mission', 'How many missions did the guild send?'],
    ['What is the role of the guild?', 'role', 'Which roles does the guild cast in its plays?'],
    ['What is the purpose of the guild?', 'purpose', 'What are the guild’s objectives?'],
    ["What is the guild's mandate?", 'mandate', 'What are the aims of the guild?'],
    ['what is guild mission', 'mission', 'what is a mission'],
    ['what is guild mandate?', 'mandate', 'What is the town mission in the valley?'],
    ['What is guild role?', 'role', 'what is your role?'],
    ['Quelle est la mission de la guilde ?', 'mission', 'Combien de missions la guilde a-t-elle menées ?'],
    ['Quel est le rôle de la guilde ?', 'rôle', 'Quels rôles la guilde distribue-t-elle ?'],
    ['quel est le role de la guilde', 'role', 'Qui joue le premier rôle ?'],
    ['Quelle est la raison d’être de la guilde ?', 'raison d’être', 'Quels sont les objectifs de la guilde ?'],
    ['Quel est son mandat ?', 'mandat', 'Qui a voté le mandat de la guilde ?'],
  ])('reads "%s" as asking what its subject does; its noun is not a topic', (asked, noun, other) => {
    expect(asksPurpose(asked)).toBe(true);
    expect(withoutFormWords(asked).toLowerCase()).not.toContain(noun.toLowerCase());
    // Its subject stays a topic.
    if (/guild/.test(asked)) expect(withoutFormWords(asked)).toMatch(/guild/);
    // The neighbour writes the noun as its topic (or no purpose noun at all): kept as written.
    expect(asksPurpose(other), other).toBe(false);
    expect(withoutFormWords(other)).toBe(other);
  });

  it('reads "à quoi sert X" and "what is X for" as purpose questions, and neither as a definition', () => {
    for (const q of ['À quoi sert la guilde ?', 'a quoi servent les guildes', 'What is the guild for?']) {
      expect(asksPurpose(q), q).toBe(true);
      expect(expectedValue(q), q).toBe('any');
    }
    expect(withoutFormWords('À quoi sert la guilde ?')).not.toMatch(/sert/);
    expect(asksPurpose('Qu’est-ce que la guilde ?')).toBe(false);
    expect(expectedValue('What is the guild?')).toBe('definition');
  });
});

describe('requests', () => {
  it.each([
    ['list guild objectives', 'list', 'en', 'the list of guild objectives'],
    ['Please summarise the guild charter', 'summarise', 'en', 'What does the summarise button do?'],
    ['Show me the guild statutes', 'show', 'en', 'When is the guild show?'],
    ["Donnez-moi les objectifs de l'AES", 'donnez', 'fr', "Qui donne les graines de l'AES ?"],
    ["citez les objectifs de l'AES", 'citez', 'fr', "Quels objectifs l'AES cite-t-elle ?"],
    ["Résumez la charte de l'AES", 'résumez', 'fr', 'Qui a écrit le résumé de la charte ?'],
  ])('blanks the verb opening "%s" (%s) and reads its language (%s), not "%s"', (asked, verb, language, other) => {
    expect(withoutFormWords(asked).toLowerCase()).not.toContain(verb);
    expect(detectLanguage(asked)).toBe(language);
    // The neighbour writes the word elsewhere than as a request's opening: kept as written.
    expect(withoutFormWords(other)).toBe(other);
  });
});

describe('a count asked in a noun, a duration asked as a speed', () => {
  it.each<[string, string, string, Expected]>([
    ["Quel est le nombre d'États membres de la guilde ?", 'nombre', 'Le nombre sept porte-t-il chance à la guilde ?', 'count'],
    ['What is the number of guild members?', 'number', 'What number is on the guild door?', 'count'],
    [
      'Quel pourcentage des membres de la guilde sont des femmes ?',
      'pourcentage',
      'Le pourcentage affiché sur la porte est-il exact ?',
      'count',
    ],
    ['What share of the guild budget goes to seeds?', 'share', 'Can members share the guild budget?', 'count'],
    ['Quelle part des dons la guilde reçoit-elle en ligne ?', 'part', 'Quand la guilde part-elle en voyage ?', 'count'],
    ['What proportion of guild members are women?', 'proportion', 'Is the guild hall in proportion?', 'count'],
    ['How quickly does the guild answer letters?', 'quickly', 'Does the guild answer letters quickly?', 'duration'],
    ['how fast can the guild send seeds', 'fast', 'How fast is the guild growing?', 'duration'],
    ['how soon will the guild reply', 'soon', 'Will the guild reply soon?', 'duration'],
    ['Dans quel délai la guilde répond-elle ?', 'délai', 'Quel délai la guilde accorde-t-elle aux retardataires ?', 'duration'],
    // A count asked as a size (formWords.ts SIZE_FORM): "big" said of no verb "to be" is a topic word.
    ["How big was the guild's staff in 2016?", 'big', 'Does the guild sell big seed bags?', 'count'],
    ['How large is the guild workforce?', 'large', 'Does the guild work at large scale?', 'count'],
    ["What was the guild's count of members in 2018?", 'count', 'Does the guild count its members?', 'count'],
    ['Quelle est la taille de la guilde ?', 'taille', 'La guilde vend-elle des graines de grande taille ?', 'count'],
  ])('blanks the form word of "%s" (%s), not "%s", and reads a %s', (asked, word, other, kind) => {
    expect(withoutFormWords(asked)).not.toMatch(new RegExp(word, 'i'));
    expect(expectedValue(asked)).toBe(kind);
    expect(withoutFormWords(other)).toBe(other);
    expect(expectedValue(other)).not.toBe(kind);
  });
});

describe('a staff size asked by its noun', () => {
  it('reads "Quel était l\'effectif…" as a count, keeping the noun counted', () => {
    expect(expectedValue("Quel était l'effectif de la guilde en 2022 ?")).toBe('count');
    expect(withoutFormWords("Quel était l'effectif de la guilde en 2022 ?")).toMatch(/effectif/);
    // The adjective is no size asked.
    expect(expectedValue('Le soutien de la guilde est-il effectif ?')).not.toBe('count');
  });
});

describe('"whats", "whos" typed without the apostrophe', () => {
  it.each([
    ["whats the guild's mission", 'purpose', "What the guild's mission said was clear"],
    ['whos the head of the guild', 'leader', 'whose head is on the guild coin'],
    ['whats the guild', 'definition', 'what guild is that'],
  ])('reads "%s" as "what\'s"/"who\'s" (%s), not "%s"', (asked, kind, other) => {
    const read = (q: string) => (kind === 'purpose' ? asksPurpose(q) : kind === 'leader' ? asksLeader(q) : expectedValue(q) === kind);
    expect(read(asked)).toBe(true);
    expect(read(other), other).toBe(false);
    // Not a topic word of the question.
    expect(wordGroups(withoutFormWords(asked), 'en').map((g) => g.word)).not.toContain(asked.split(' ')[0]);
  });
});

// Form words blanked, each form with a question of it and a close one kept as written.
describe('form words: what an abbreviation stands for, a body asked of its kind, who is in charge', () => {
  it.each([
    ['What does AES stand for?', 'stand', 'What does the seed council stand for?'],
    ['what does aes mean', 'mean', 'what does it mean to the seed council'],
    ['what is AES short for', 'short', 'what is the AES short of'],
    ['Que veut dire AES ?', 'veut', "Que veut dire la directrice de l'AES ?"],
    ["que signifie l'AES", 'signifie', 'que signifie ce catalogue des semences'],
    ['AES ça veut dire quoi', 'veut', "l'AES veut dire quoi au comité"],
    // A term of a few words asked the same way: its meaning (TERM_ASKED).
    ['Que signifie sélection paysanne ?', 'signifie', 'que signifie ce catalogue des semences'],
    ['What does seed saving mean?', 'mean', 'What does the seed strategy mean for farmers?'],
    ['Is the guild a UN agency?', 'agency', 'Is the guild a UN peacekeeping force?'],
    ['Is the guild an agency of the UN?', 'agency', 'Is the guild an agency?'],
    ['Is the guild a body of the UN?', 'body', 'Is the guild a body of its own?'],
    ['is the guild an intergovernmental body', 'body', 'What body runs the guild?'],
    ["La guilde est-elle une agence de l'ONU ?", 'agence', "Qu'est-ce que l'agence fait ?"],
    ["la guilde est un organisme de l'onu", 'organisme', 'La guilde est-elle un organisme ?'],
    ['Is the agency a UN body?', 'body', 'Is it true that the agency was founded in 1951?'],
    ['Who is in charge of seed audits at the guild?', 'charge', 'What fees does the guild charge?'],
    ['Which office is responsible for seed loans?', 'responsible', 'Is the guild responsible?'],
    ['Qui est chargé des audits de la guilde ?', 'chargé', 'Le chargé de mission de la guilde est-il parti ?'],
    ['Quel service est responsable des prêts de graines ?', 'responsable', 'La guilde est-elle responsable ?'],
  ])('blanks the form word of "%s" (%s), not "%s"', (asked, word, other) => {
    expect(withoutFormWords(asked)).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
    expect(withoutFormWords(other)).toBe(other);
  });

  it('keeps the subject when it is itself a body noun', () => {
    expect(withoutFormWords('Is the agency a UN body?')).toMatch(/the agency a UN\s+\?/);
  });
});

describe('an age asked in a noun', () => {
  it('blanks "âge" after "quel" and reads it as since when, not "âge" elsewhere', () => {
    expect(withoutFormWords('Quel âge a la guilde ?')).not.toMatch(/âge/);
    expect(expectedValue('la guilde a quel age')).toBe('year');
    const other = "L'âge des membres de la guilde est-il limité ?";
    expect(withoutFormWords(other)).toBe(other);
    expect(expectedValue(other)).not.toBe('year');
  });
});

describe('leader questions', () => {
  it.each([
    ['Who leads the guild?', 'Who joins the guild?'],
    ['who heads the guild', 'who funds the guild'],
    ['Who is the head of the guild?', 'Who is the guild’s treasurer?'],
    ["Who is the guild's director general?", 'Who is the deputy director of the guild?'],
    ['Qui dirige la guilde ?', 'Qui finance la guilde ?'],
    ['Qui est à la tête de la guilde ?', 'Qui est membre de la guilde ?'],
    ['Qui est la directrice générale de la guilde ?', 'Qui est la trésorière de la guilde ?'],
    ['qui est le president de la guilde', 'qui est le fondateur de la guilde'],
  ])('reads "%s" as asking who leads, not "%s"', (asked, other) => {
    expect(asksLeader(asked)).toBe(true);
    expect(expectedValue(asked)).toBe('leader');
    expect(asksLeader(other), other).toBe(false);
    expect(expectedValue(other), other).not.toBe('leader');
  });

  it.each([
    ['Who is the director general of the guild?', 'Who is the head of the guild?'],
    ['who was the guild’s president', 'Who leads the guild?'],
    ['Qui est le chef de cabinet de la guilde ?', 'Qui est le dirigeant de la guilde ?'],
    ['Qui est la directrice générale de la guilde ?', 'Qui dirige la guilde ?'],
  ])('reads "%s" as asking who holds the role it names, not "%s"', (asked, other) => {
    expect(asksRoleHolder(asked)).toBe(true);
    expect(asksRoleHolder(other), other).toBe(false);
  });

  it('blanks the leading verb but keeps a role noun the question writes, and stands for a role only when it writes none', () => {
    expect(withoutFormWords('Qui dirige la guilde ?')).not.toMatch(/dirige/);
    expect(withoutFormWords('Who is the head of the guild?')).not.toMatch(/head/);
    expect(withoutFormWords('Qui est la directrice générale de la guilde ?')).toMatch(/directrice générale/);
    expect(leaderRoleGroup('Qui dirige la guilde ?')?.stems).toEqual(expect.arrayContaining(['directeur', 'director']));
    expect(leaderRoleGroup('Qui est la directrice générale de la guilde ?')).toBeNull();
    expect(leaderRoleGroup('Qui finance la guilde ?')).toBeNull();
  });
});

describe('origin questions', () => {
  it.each([
    ['De quel pays Ana Lupu est-elle originaire ?', ['quel pays', 'originaire'], 'Dans quel pays Ana Lupu chante-t-elle ?'],
    ['De quelle région viennent les choristes ?', ['quelle région', 'viennent'], 'De quelle région parle le chant ?'],
    ["D'où vient Ana Lupu ?", ['vient'], "D'où part le car du chœur ?"],
    ["Quelle est la nationalité d'Ana Lupu ?", ['nationalité'], "Quelle est la profession d'Ana Lupu ?"],
    ['Where is Ana Lupu from?', ['from'], 'Where is Ana Lupu singing?'],
    ["What is Ana Lupu's nationality?", ['nationality'], "What is Ana Lupu's profession?"],
  ])('reads "%s" as asking where someone comes from; its form words are not topics', (asked, formWords, other) => {
    expect(asksOrigin(asked)).toBe(true);
    expect(expectedValue(asked)).toBe('origin');
    for (const w of formWords) expect(withoutFormWords(asked)).not.toContain(w);
    // The person (or the group asked about) stays a topic.
    expect(withoutFormWords(asked)).toMatch(/Lupu|choristes/);
    expect(asksOrigin(other), other).toBe(false);
    expect(withoutFormWords(other)).toBe(other);
  });
});

// Each stand-in: a question of its form that writes none of its words (the group is read, required or
// only as a hint), and a neighbour that gets none (another form, or the form writing one of the words).
const STAND_IN_PAIRS: Record<string, { reads: string; noGroup: string[]; stem: string }> = {
  'leader-role': {
    reads: 'Qui dirige la guilde ?',
    noGroup: ['Qui finance la guilde ?', 'Qui est la directrice de la guilde ?'],
    stem: 'director',
  },
  'purpose-aims': {
    reads: 'Quelle est la mission de la guilde ?',
    noGroup: ['Quels sont les objectifs de la guilde ?', 'Combien de missions la guilde a-t-elle menées ?'],
    stem: 'priorit',
  },
  'contact-fax': {
    reads: 'What is the fax number of the guild?',
    noGroup: ['Does the guild still use a fax?', 'How many numbers does the guild fair draw?'],
    stem: 'fax',
  },
  'contact-phone': {
    reads: 'Quel est le numéro de téléphone de la guilde ?',
    noGroup: ['Quel est le numéro de la revue de la guilde ?', 'Can growers phone in their votes?'],
    stem: 'tel',
  },
  'contact-mail': {
    reads: "What is the guild's email address?",
    noGroup: ['Can I send my seed order by email?', "Quelle est l'adresse de la guilde ?"],
    stem: 'courriel',
  },
  'contact-any': {
    reads: 'How do I get in touch with the guild?',
    noGroup: ['How do growers keep in touch with the guild?', 'Who should growers write about?'],
    stem: 'contact',
  },
};

describe('words a question form stands for', () => {
  it('has a pair for every stand-in, and every stand-in a reason', () => {
    expect(Object.keys(STAND_IN_PAIRS).sort()).toEqual(STAND_INS.map((s) => s.id).sort());
    for (const s of STAND_INS) expect(s.why.length).toBeGreaterThan(40);
  });

  it.each(STAND_INS.map((s) => [s.id, s] as const))('%s: read for its form, not for a neighbour', (id, standIn) => {
    const { reads, noGroup, stem } = STAND_IN_PAIRS[id];
    const read = standInGroups(reads);
    const groups = standIn.required ? read.required : read.optional;
    expect(groups).toHaveLength(1);
    expect(groups[0].stems).toContain(stem);
    expect(standIn.required ? read.optional : read.required).toEqual([]);
    for (const other of noGroup) expect(standInGroups(other), other).toEqual({ required: [], optional: [] });
  });

  it('stands for aims in English too, as an optional group only', () => {
    const { required, optional } = standInGroups("What is the guild's mission?");
    expect(required).toEqual([]);
    // And what the body promotes: the line an about page states its purpose in.
    expect(optional[0].stems).toEqual(expect.arrayContaining(['goal', 'object', 'prioriti', 'promot', 'promeut']));
  });
});

describe('the head of a part of an organisation (PART_OF_ORGANISATION)', () => {
  // One row per catalogue entry: a question asking for that part's head and a line heading that
  // part (counted only when the question names the part), beside the whole guild's head's line.
  const examples: ReadonlyArray<readonly [string, string]> = [
    ['Who is the guild’s chief of mission in Ostrava?', 'Since 2020 the mission is led by Ada Lind.'],
    ['Qui dirige le bureau de la guilde à Lille ?', 'Le bureau de Lille est dirigé par Ada Lind.'],
    ['Who is the guild’s regional director?', 'Ada Lind, Regional Director of the guild for the Alps, spoke.'],
    ['Qui est la directrice générale adjointe de la guilde ?', 'Ada Lind, directrice générale adjointe, a parlé.'],
    ['who is the guild’s country director', 'Ada Lind, the guild’s country director, spoke.'],
    ['Qui est le chef de cabinet de la guilde ?', 'Ada Lind est cheffe de cabinet de la guilde.'],
  ];
  const wholeHeadLine = 'The guild is led by Director General Ada Lind. She is supported by two deputy directors.';

  it('has an example for every entry', () => {
    expect(examples).toHaveLength(PART_OF_ORGANISATION.length);
  });

  it.each(examples.map((e, i) => [PART_OF_ORGANISATION[i].words[0], ...e] as const))(
    '%s: a question naming the part asks for its head; one naming none asks for the whole head',
    (_part, asked, partLine) => {
      expect(asksPartHead(asked), asked).toBe(true);
      // The part's head answers the question naming the part…
      expect(namesHeadRole(partLine, false), partLine).toBe(true);
      // …not "who leads the guild", which the whole head's line still answers.
      expect(asksPartHead('Who leads the guild?')).toBe(false);
      expect(namesHeadRole(partLine, true), partLine).toBe(false);
      expect(namesHeadRole(wholeHeadLine, true)).toBe(true);
    },
  );

  it('reads a place the question writes as a part, in lower case too, and a function word after "in" as none', () => {
    expect(asksPartHead('who leads the guild in ostrava')).toBe(true);
    expect(asksPartHead('Qui dirige la guilde au Sénégal ?')).toBe(true);
    expect(asksPartHead('Who leads the guild in 2016?')).toBe(false);
    expect(asksPartHead('qui dirige la guilde en ce moment')).toBe(false);
  });
});
