// A contact asked: "What is the phone number of X?", "Quel est le numéro de téléphone de X ?",
// "What is the email address of X?", "À quelle adresse électronique écrire à X ?", "What number
// should I call to reach X?". The answer is a line giving a telephone number or an e-mail address
// ("Les journalistes peuvent joindre le Bureau des médias au +41 22 … ou à l'adresse media@…"),
// which seldom writes the medium's noun the question asks in and never "phone number": read as
// topic, "number" made the question a count ("number of") and "phone" an unknown word of most of
// its weight, and it was refused. The medium's words and the verb of reaching are the form's
// (blanked, as questionForms.ts blanks its forms' words); what is to be reached stays topic.
// Hand-written, as questionForms.ts's forms are; pairs in test/chat/contactForms.test.ts.

/** A telephone or fax number asked in a noun, in either language. */
const PHONE_NOUN = String.raw`(?:(?:tele)?phone|fax|contact)\s+(?:numbers?|no\.?)|num[eé]ros?\s+(?:de\s+)?(?:t[eé]l[eé]phone|t[eé]l\.?|fax|contact)`;
/**
 * An e-mail address asked in a noun: "email address", "adresse électronique", "the email of X",
 * "le courriel du bureau". "Email" alone is kept: "Can I send my application by email?" asks about
 * e-mail as a way of applying (a page answers "Applications sent by email … are not considered").
 */
const MAIL_NOUN = String.raw`e-?mail\s+address(?:es)?|adresses?\s+(?:[eé]lectronique|e-?mail|mail|courriel)s?|(?<=(?:the|its|their|l['’]|le|son|leur)\s+)(?:e-?mail|courriel)(?=\s+(?:of|for|de|du|des|d['’]))`;
/** A medium of reaching: "by email", "par téléphone" (after a verb of reaching only: see CONTACT_FORMS). */
const BY_MEDIUM = String.raw`(?:by|via)\s+(?:e-?mail|(?:tele)?phone|fax)|par\s+(?:courriel|e-?mail|mail|t[eé]l[eé]phone|fax)`;
/** A verb of reaching someone: alone it may be arriving ("reach Europe"), so it is the form's only beside a contact asked. */
const REACH = 'reach|contact|call|dial|ring|joindre|contacter|appeler|t[eé]l[eé]phoner';
const MEANS = `(?:${PHONE_NOUN}|${MAIL_NOUN})`;

/**
 * Each a pattern whose even groups are the form's words (see questionForms.ts FORMS): odd groups
 * kept, even ones blanked. The verb of reaching is blanked in the same pattern as the contact beside
 * it: blanked first, the contact would no longer be there for the verb's pattern to see.
 * Lookarounds on \p{L}: \b does not know accented letters.
 */
const NOT_IN_WORD = '(?<![\\p{L}])';
const WORD_END = '(?![\\p{L}])';
export const CONTACT_FORMS: readonly RegExp[] = [
  // "how can reporters reach X by email", "what is the phone number to call", "comment joindre X par téléphone"
  new RegExp(`${NOT_IN_WORD}()(${REACH})${WORD_END}(.*?${NOT_IN_WORD})(${MEANS}|${BY_MEDIUM})${WORD_END}`, 'iu'),
  new RegExp(`${NOT_IN_WORD}()(${MEANS})${WORD_END}(.*?${NOT_IN_WORD})(${REACH})${WORD_END}`, 'iu'),
  // "what number should I call (to reach X)": a number one calls is a telephone's ("what number of X call" counts)
  new RegExp(
    `${NOT_IN_WORD}((?:what|which)\\s+)(numbers?)(?!\\s+of${WORD_END})((?:\\s+\\p{L}+){1,3}\\s+)(${REACH})${WORD_END}(?:(\\s+to\\s+)(${REACH})${WORD_END})?`,
    'iu',
  ),
  // a verb that only ever asks how to reach someone: "how can I contact X", "how do I get in touch with X", "comment contacter X"
  new RegExp(
    `^(\\s*(?:how|where)\\s+(?:can|could|do|does|should|may)\\s+\\p{L}+\\s+)(contact|get\\s+in\\s+touch\\s+with|write\\s+to)${WORD_END}|^(\\s*(?:comment|o[uù])\\s+)(contacter|joindre|[eé]crire\\s+[aà])${WORD_END}`,
    'iu',
  ),
  // the contact's noun alone: "the phone number of X", "numéro de téléphone", "adresse électronique"
  new RegExp(`${NOT_IN_WORD}()(${MEANS})${WORD_END}`, 'iu'),
];

/** The medium a contact question asks in: a fax, a telephone (a number, a call), an e-mail (an address, writing). */
export type Medium = 'fax' | 'phone' | 'mail';
const MEDIA: ReadonlyArray<readonly [Medium, RegExp]> = [
  ['fax', /(?<![\p{L}])(?:fax|t[eé]l[eé]copie)(?![\p{L}])/iu],
  ['phone', /(?<![\p{L}])(?:(?:tele)?phone|num[eé]ro|numbers?|call|dial|ring|appeler|t[eé]l[eé]phon\p{L}*|t[eé]l)(?![\p{L}])/iu],
  ['mail', /(?<![\p{L}])(?:e-?mail|courriel|adresse|address|[eé]crire|write)(?![\p{L}])/iu],
];

/** The medium a contact question asks in (see Medium), the first named in that order; null when it names none ("how do I get in touch with X"). */
export function mediumAsked(question: string): Medium | null {
  return MEDIA.find(([, words]) => words.test(question))?.[0] ?? null;
}

/**
 * A telephone number, international ("+41 22 555 01 45") or French ("01 45 67 89 00"): its digit
 * groups count nothing, and it is what a contact question asks for.
 */
export const TELEPHONE = /\+\d{1,3}(?:[\s.\u00a0]?\(?\d{1,4}\)?){2,}|\b0\d(?:[\s.\u00a0]\d{2}){4}\b/g;
/** An e-mail address. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
/** TELEPHONE without its global flag: a test that keeps no lastIndex between texts. */
const WRITES_TELEPHONE = new RegExp(TELEPHONE.source);

/** Does a text give a contact: a telephone number or an e-mail address? */
export function givesContact(text: string): boolean {
  return WRITES_TELEPHONE.test(text) || EMAIL.test(text);
}

/** A fax labelled as one: a number alone is a telephone's, whatever the line calls it otherwise. */
const FAX_LABEL = /(?<![\p{L}])(?:fax|t[eé]l[eé]copie)(?![\p{L}])/iu;

/** Every medium a contact question names ("téléphone, adresse, page contact ?" names two); none when it names none. */
export function mediaAsked(question: string): Medium[] {
  const media = MEDIA.filter(([, words]) => words.test(question)).map(([medium]) => medium);
  // "the fax number": its "number" is the fax's, not a telephone's.
  return media.includes('fax') ? media.filter((m) => m !== 'phone') : media;
}

/**
 * Does a text give a contact in a medium asked (mediaAsked): a fax needs a number labelled as
 * one ("What is the fax number of X?" is not answered by "joindre … au +41 …"), a telephone a
 * number, an e-mail an address; any contact when the question names no medium.
 */
export function givesContactBy(text: string, media: readonly Medium[]): boolean {
  if (!media.length) return givesContact(text);
  return media.some((medium) => {
    if (medium === 'fax') return FAX_LABEL.test(text) && WRITES_TELEPHONE.test(text);
    return medium === 'phone' ? WRITES_TELEPHONE.test(text) : EMAIL.test(text);
  });
}
