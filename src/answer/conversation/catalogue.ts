// The conversational turns a public chat receives besides questions, as data: what each kind is,
// why it is answered before any retrieval, how it is written in French and English, the fixed reply
// in each language, and examples recognised and not (test/conversation/catalogue.test.ts checks each).
// Patterns are regular-expression sources over the message's normalised words (tokens.ts): lower
// case, no accents, punctuation and emoji dropped, words joined by one space; a kind is recognised
// when a pattern covers the whole message (or, for an opening kind, the message's first words).
// Inside a pattern, longer alternatives come first: a prefix match takes the first that fits.
// Replies speak of the assistant only: they never state anything about the organisation itself.
import type { Language } from '../../types.js';
import { SUGGESTIONS_LEAD } from './replies.js';

export type SmalltalkKind = 'greeting' | 'thanks' | 'goodbye' | 'identity' | 'human' | 'help' | 'contact' | 'acknowledgement';

export interface ReplyContext {
  /** Where a visitor can reach a person (CONTACT_URL); never invented when absent. */
  contactUrl?: string;
  /** Example questions follow the reply (as suggestions). */
  examples: boolean;
}

export interface ConversationalKind {
  kind: SmalltalkKind;
  why: string;
  /**
   * May open a message that goes on with a question ("Bonjour, quand… ?"): the rest is then answered.
   * 'punctuated': only when punctuation follows ("OK, et en 2019 ?", "Qui êtes-vous ? Et…"), since the
   * words can also start a topic ("Good practices…", "Aide au retour…").
   */
  opens: boolean | 'punctuated';
  /** May close a question ("… ? Merci"): stripped before the question is searched. */
  closes: boolean;
  patterns: Record<Language, string[]>;
  reply: Record<Language, (context: ReplyContext) => string>;
  examples: { recognised: string[]; notRecognised: string[] };
}

const EXAMPLES_FR = SUGGESTIONS_LEAD.fr;
const EXAMPLES_EN = SUGGESTIONS_LEAD.en;

export const CONVERSATIONAL_KINDS: readonly ConversationalKind[] = [
  {
    kind: 'greeting',
    why: 'A first message is very often a greeting; searching the documents for "bonjour" can only end in a refusal.',
    opens: true,
    closes: false,
    patterns: {
      fr: [
        "(re)?(bonjour|bonsoir|salut|coucou|allo)( (a tous|a toutes|a vous|a toi|tout le monde|madame|monsieur|l'equipe))?",
        '(bonjour |salut )?(comment (ca va|allez-vous|allez vous|vas-tu|vas tu)|ca va)',
      ],
      en: [
        '(hello|hi|hey|hiya|howdy|greetings|good (morning|afternoon|evening|day))( (there|everyone|all|team|folks))?',
        "(hi |hello |hey )?(how are you( doing)?|how is it going|how's it going)",
      ],
    },
    reply: {
      fr: (c) =>
        `Bonjour ! Je réponds aux questions à partir des documents de l'OIM dont je dispose, en montrant les passages sur lesquels je m'appuie.${c.examples ? EXAMPLES_FR : ' Posez-moi votre question.'}`,
      en: (c) =>
        `Hello! I answer questions from the IOM documents I have, and show the passages I rely on.${c.examples ? EXAMPLES_EN : ' Ask me your question.'}`,
    },
    examples: {
      recognised: [
        'Bonjour',
        'Bonjour !',
        'bonsoir à tous',
        'Salut 👋',
        'Coucou',
        'Hello',
        'Hi there!',
        'Good morning',
        'hey',
        'Comment ça va ?',
        'How are you?',
      ],
      notRecognised: [
        'Bonjour, quand l’OIM a-t-elle été créée ?',
        'History of IOM',
        'Hi, how many member states does IOM have?',
        'Salutations distinguées',
      ],
    },
  },
  {
    kind: 'thanks',
    why: 'Thanks after an answer is not a question; searching "merci" refused it, and in the wrong language.',
    opens: true,
    closes: true,
    patterns: {
      fr: [
        "((super|parfait|ok|d'accord|genial|top|tres bien|c'est gentil) )?(merci( (beaucoup|bien|infiniment|mille fois|encore|a vous|a toi|pour (ta|votre|cette|ces|la|les|vos|tes) (reponse|reponses|aide|information|informations|infos|precisions)))?( (beaucoup|bien))?|mille mercis|je vous remercie|je te remercie)",
      ],
      en: [
        '((great|perfect|ok|okay|cool|awesome|nice|brilliant) )?(thank you( (so much|very much|again|for (the|your|this|that) (answer|help|information|info|reply)))?|thanks?(?! to( |$))( (a lot|so much|very much|again|a million|for (the|your|this|that) (answer|help|information|info|reply)))?|thx|ty|cheers|many thanks)',
      ],
    },
    reply: {
      fr: () => 'Avec plaisir ! Avez-vous une autre question ?',
      en: () => "You're welcome! Do you have another question?",
    },
    examples: {
      recognised: [
        'Merci !',
        'merci beaucoup',
        'Super, merci !',
        'Merci pour votre réponse',
        'Je vous remercie.',
        'Thanks!',
        'Thank you very much',
        'thx',
        'great thanks',
      ],
      notRecognised: ['Merci de me dire combien d’États membres compte l’OIM', 'Thanks to whom was IOM founded?', 'Remerciements'],
    },
  },
  {
    kind: 'goodbye',
    why: 'A visitor taking leave expects a polite goodbye, not a search.',
    opens: 'punctuated',
    closes: false,
    patterns: {
      fr: [
        '(au revoir|a bientot|a plus|a la prochaine|bonne (journee|soiree|fin de journee|nuit|continuation|semaine)|adieu|ciao)( (a vous|a toi|et merci))?',
      ],
      en: [
        '(goodbye|good bye|bye|bye bye|see you|see you (later|soon)|have a (nice|good|great) (day|evening|one)|take care|good night|farewell)',
      ],
    },
    reply: {
      fr: () => 'Au revoir, et merci de votre visite !',
      en: () => 'Goodbye, and thank you for your visit!',
    },
    examples: {
      recognised: ['Au revoir', 'À bientôt !', 'Bonne journée', 'Bye!', 'Goodbye', 'See you later', 'Have a nice day'],
      notRecognised: ['Au revoir les réfugiés : que deviennent-ils ?', 'Goodbye to which programmes?'],
    },
  },
  {
    kind: 'identity',
    why: 'Visitors ask who they are talking to; the answer is about the assistant, which the documents do not describe.',
    opens: 'punctuated',
    closes: false,
    patterns: {
      fr: [
        'qui (es|etes)[- ](tu|vous)',
        "(tu es|vous etes|t'es) qui",
        "(qu'est-ce que|que|qu'est ce que) (tu es|vous etes|c'est que (ce|cet) (assistant|chat|chatbot|outil))",
        "c'est quoi (ce|cet) (assistant|chat|chatbot|robot|outil|service)",
        '(tu es|vous etes) quoi',
        'presente[- ]toi|presentez[- ]vous',
        "comment (tu t'appelles|vous appelez-vous|vous vous appelez|t'appelles-tu)",
        "(quel est|c'est quoi) (ton|votre) nom",
      ],
      en: [
        'who are (you|u)',
        'what are (you|u)',
        'who am i (talking|speaking|chatting) (to|with)',
        'who is this',
        'what is this( (chat|chatbot|assistant|bot|tool|service))?',
        'introduce yourself|tell me about yourself',
        "what('s| is) your name",
      ],
    },
    reply: {
      fr: () =>
        "Je suis un assistant automatique : je réponds aux questions à partir des documents de l'OIM dont je dispose, en citant les passages exacts, et je préfère dire que je n'ai pas trouvé plutôt que d'inventer.",
      en: () =>
        'I am an automated assistant: I answer questions from the IOM documents I have, quoting the exact passages, and I would rather say I found nothing than make something up.',
    },
    examples: {
      recognised: [
        'Qui êtes-vous ?',
        'qui es tu',
        'Tu es qui ?',
        "C'est quoi cet assistant ?",
        'Who are you?',
        'What are you?',
        'Who am I talking to?',
      ],
      notRecognised: ['Qui est la Directrice générale ?', 'Who is the Director General?', 'What are your objectives?', 'Qui sommes-nous ?'],
    },
  },
  {
    kind: 'human',
    why: 'Whether a person is answering matters to visitors (what they share, how much to trust); the honest answer is fixed.',
    opens: 'punctuated',
    closes: false,
    patterns: {
      fr: [
        '(es|etes)[- ](tu|vous) (un|une) (humain|humaine|personne|vraie personne|etre humain|robot|bot|chatbot|ia|intelligence artificielle|machine|programme)',
        "(tu es|vous etes|t'es) (un|une) (humain|humaine|vraie personne|etre humain|robot|bot|chatbot|ia|intelligence artificielle|machine|programme)",
        '(est-ce que|est ce que) (tu es|vous etes) (un|une) (humain|humaine|vraie personne|robot|bot|ia|machine)',
        '(je parle|suis-je en train de parler) (a|avec) (un|une) (humain|humaine|vraie personne|robot|bot|ia|machine)',
        "(c'est|est-ce) (un|une) (humain|vraie personne|robot|bot|ia)",
      ],
      en: [
        '(are|r) (you|u) (a|an) (human|person|real person|human being|robot|bot|chatbot|ai|machine|program)',
        'are (you|u) (human|real)',
        '(am i|is this) (talking|speaking|chatting) (to|with) (a|an) (human|person|real person|robot|bot|ai|machine)',
        'is this (a|an) (bot|robot|human|real person|ai|machine)',
      ],
    },
    reply: {
      fr: () =>
        "Non, je suis un assistant automatique, pas une personne. Je réponds uniquement à partir des documents de l'OIM dont je dispose et je montre d'où vient chaque passage cité.",
      en: () =>
        'No, I am an automated assistant, not a person. I answer only from the IOM documents I have and show where each quoted passage comes from.',
    },
    examples: {
      recognised: [
        'Es-tu un robot ?',
        'Êtes-vous un humain ?',
        'Tu es une IA ?',
        'Are you a bot?',
        'Are you human?',
        'Am I talking to a real person?',
      ],
      notRecognised: ['Êtes-vous une organisation humanitaire ?', 'Are you an intergovernmental organization?', 'Is IOM a UN agency?'],
    },
  },
  {
    kind: 'help',
    why: '"Help" or "what can you do?" asks what the assistant is for; a search would answer with whatever passage mentions help.',
    opens: 'punctuated',
    closes: false,
    patterns: {
      fr: [
        "aide|a l'aide|au secours|help|aidez[- ]moi|aide[- ]moi",
        "(tu peux|vous pouvez|pouvez-vous|peux-tu) m'aider",
        "(que|qu'est-ce que|qu'est ce que) (peux|pouvez)[- ](tu|vous) (faire|me dire)",
        "qu'est-ce que (tu peux|vous pouvez) faire|qu'est ce que (tu peux|vous pouvez) faire",
        "(que|qu'est-ce que|qu'est ce que) (sais|savez)[- ](tu|vous) faire",
        '(a quoi|a quoi est-ce que) (tu sers|sers-tu|servez-vous|vous servez)',
        "comment (ca marche|ca fonctionne|fonctionnes-tu|fonctionnez-vous|t'utiliser|vous utiliser|utiliser (ce|cet) (assistant|outil|chat|service))",
        '(quelles|quel genre de|quel type de) questions (puis-je|je peux|peut-on|on peut) (poser|te poser|vous poser)',
        '(que|quoi) (puis-je|je peux|peut-on) (demander|te demander|vous demander)',
        "(j'ai|j ai) une question|une question",
      ],
      en: [
        'help( me| please)?|can (you|u) help( me)?',
        'what can (you|u) do( for me)?',
        'what can (i|we) ask( (you|about))?',
        'what (do|can) you (know|answer)( about)?',
        'what (questions|topics) can (i|you) (ask|answer|help with)',
        'how (does this|do you|does it) work',
        'how (do|can) i use (this|you)( (assistant|chat|tool))?',
        'what are you (for|good at)|what is this for',
        'i have a question|a question|question',
      ],
    },
    reply: {
      fr: (c) =>
        `Posez-moi une question avec vos propres mots : je cherche la réponse dans les documents de l'OIM dont je dispose et je la cite mot pour mot, avec la source de chaque passage. Si les documents ne répondent pas, je vous le dis.${c.examples ? EXAMPLES_FR : ''}`,
      en: (c) =>
        `Ask me a question in your own words: I look for the answer in the IOM documents I have and quote it word for word, with the source of every passage. If the documents do not answer, I say so.${c.examples ? EXAMPLES_EN : ''}`,
    },
    examples: {
      recognised: [
        'Aide',
        'Que pouvez-vous faire ?',
        "Qu'est-ce que tu peux faire ?",
        'Comment ça marche ?',
        "J'ai une question",
        'Help',
        'What can you do?',
        'What can I ask?',
        'How does this work?',
      ],
      notRecognised: [
        'Comment l’OIM aide-t-elle les migrants ?',
        'How does IOM help migrants?',
        'What can IOM do for refugees?',
        'Aide au retour volontaire',
      ],
    },
  },
  {
    kind: 'contact',
    why: 'A visitor asking for a person needs a real way to reach one, or to be told plainly there is none here; never an invented address.',
    opens: 'punctuated',
    closes: false,
    patterns: {
      fr: [
        "(je (veux|voudrais|souhaite|souhaiterais|aimerais|peux)|puis-je|est-ce que je peux|est ce que je peux|peut-on|on peut) (parler|discuter|echanger) (a|avec) (quelqu'un|un humain|une humaine|une personne|une vraie personne|un etre humain|un conseiller|une conseillere|un agent|un operateur|une operatrice|un responsable)",
        "(un|une) (humain|conseiller|conseillere|agent|operateur|vraie personne)( (svp|stp|s'il vous plait|s'il te plait))?",
        "(mettez-moi|mets-moi|mettez moi) en (contact|relation) avec (quelqu'un|un conseiller|une personne|un humain)",
        "(parler|discuter) (a|avec) (quelqu'un|un humain|une personne|un conseiller|un agent)",
      ],
      en: [
        "(i (want|would like|need|'d like)|can i|could i|may i|let me) (to )?(talk|speak|chat) (to|with) (someone|somebody|a human|a person|a real person|a human being|an agent|an operator|an advisor|an adviser|a representative|a staff member|staff)",
        '(a )?(human|real person|live agent|agent|operator|representative)( please)?',
        'connect me (to|with) (someone|somebody|a human|a person|an agent)',
        '(talk|speak) (to|with) (someone|somebody|a human|a person|an agent)',
      ],
    },
    reply: {
      fr: (c) =>
        c.contactUrl
          ? `Je suis un assistant automatique et je ne peux pas vous mettre en relation avec une personne. Pour joindre l'équipe, utilisez cette page : ${c.contactUrl}`
          : "Je suis un assistant automatique et je ne peux pas vous mettre en relation avec une personne. Aucune adresse de contact ne m'a été indiquée, je préfère donc ne pas en inventer.",
      en: (c) =>
        c.contactUrl
          ? `I am an automated assistant and cannot put you in touch with a person. To reach the team, use this page: ${c.contactUrl}`
          : 'I am an automated assistant and cannot put you in touch with a person. I was not given a contact address, so I would rather not make one up.',
    },
    examples: {
      recognised: [
        'Je voudrais parler à un conseiller',
        'Puis-je parler à quelqu’un ?',
        'un humain svp',
        'I want to talk to a person',
        'Can I speak to someone?',
        'human please',
        'live agent',
      ],
      notRecognised: [
        'Comment contacter le bureau de l’OIM au Sénégal ?',
        'How can I contact IOM’s media office?',
        'Who can I talk to about resettlement?',
      ],
    },
  },
  {
    kind: 'acknowledgement',
    why: '"OK" or "d\'accord" after an answer closes a turn; searched, it was joined to the previous question and the answer repeated.',
    opens: 'punctuated',
    closes: false,
    patterns: {
      fr: [
        "(ah )?(ok|okay|d'accord|dac|entendu|compris|tres bien|parfait|super|genial|top|cool|je vois|ca marche|nickel|oui|non|bien|bon)( (ok|merci|super|parfait|d'accord))?",
      ],
      en: [
        '(oh |ah )?(ok|okay|k|alright|all right|got it|i see|understood|great|perfect|cool|nice|good|awesome|fine|sure|yes|no|yep|nope)( (ok|thanks|great|cool))?',
      ],
    },
    reply: {
      fr: () => "D'accord. N'hésitez pas si vous avez une autre question.",
      en: () => 'All right. Feel free to ask another question.',
    },
    examples: {
      recognised: ['OK', "d'accord", 'Parfait', 'Je vois', 'ok cool', 'Got it', 'Great', 'I see'],
      notRecognised: [
        'OK, combien d’États membres ?',
        'Parfait pour les migrants ?',
        'Good practices in migration governance',
        'Perfect storm',
      ],
    },
  },
];
