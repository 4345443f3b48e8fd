// The assistant's own words, in the user's language. Everything else it says is quoted corpus text.
import type { Language } from '../types.js';

/** Names of the languages a quote may be in, in each language the assistant speaks. */
const LANGUAGE_NAMES: Record<Language, Record<string, string>> = {
  fr: { fr: 'français', en: 'anglais', es: 'espagnol' },
  en: { fr: 'French', en: 'English', es: 'Spanish' },
};

const TEXT = {
  fr: {
    leadIn: "Voici ce qu'indiquent les documents de l'OIM",
    allQuoted: (names: string) => `cités en ${names}, la langue de la source`,
    someQuoted: (names: string) => `certains passages sont cités en ${names}, tels que la source les a écrits`,
    colon: ' :',
    and: 'et',
    refusal: "Je n'ai pas trouvé la réponse à cette question dans les documents de l'OIM dont je dispose, et je préfère ne rien inventer.",
    pages: (list: string) => `Ces pages pourraient vous renseigner : ${list}.`,
    noPages: "Posez-moi une question sur l'OIM, sa mission ou son action.",
    asOf: (date: string) => `au ${date}`,
    translation: (text: string) => `(version française de l'OIM : « ${text} »)`,
  },
  en: {
    leadIn: "Here is what IOM's documents say",
    allQuoted: (names: string) => `quoted in ${names}, the language of the source`,
    someQuoted: (names: string) => `some passages are quoted in ${names}, as the source wrote them`,
    colon: ':',
    and: 'and',
    refusal: 'I could not find the answer to this question in the IOM documents I have, and I would rather not make one up.',
    pages: (list: string) => `These pages may help: ${list}.`,
    noPages: 'Ask me about IOM, its mission or its work.',
    asOf: (date: string) => `as of ${date}`,
    translation: (text: string) => `(IOM's own English version: “${text}”)`,
  },
} as const;

function joined(language: Language, items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${TEXT[language].and} ${items.at(-1)}`;
}

/**
 * The line before the quotes. It names the languages the quotes are in when they are not the
 * asker's: `quoted` lists each quote's language.
 */
export function leadIn(language: Language, quoted: Array<string | undefined>): string {
  const t = TEXT[language];
  const foreign = [...new Set(quoted.filter((l): l is string => Boolean(l) && l !== language))];
  if (!foreign.length) return `${t.leadIn}${t.colon}`;
  const names = joined(
    language,
    foreign.map((l) => LANGUAGE_NAMES[language][l] ?? l),
  );
  const all = quoted.every((l) => l && l !== language);
  return `${t.leadIn} (${all ? t.allQuoted(names) : t.someQuoted(names)})${t.colon}`;
}

/**
 * The date formatters, by language and by whether the day is written: made once each. Making an
 * Intl.DateTimeFormat (its locale data resolved anew) for every dated quote was 2.7% of an uncached
 * offline answer's CPU on the multidoc fixture, where count questions quote figures "as of" a date
 * (in-process profile); a formatter formats alike however often it is used.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: Language, withDay: boolean): Intl.DateTimeFormat {
  const key = `${language}${withDay ? '-day' : ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC', ...(withDay ? { day: 'numeric' } : {}) };
    format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "18 November 2024" / "18 novembre 2024" from an ISO date (YYYY-MM-DD, YYYY-MM or YYYY). */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  return dateFormat(language, Boolean(day)).format(new Date(Date.UTC(year, month - 1, day || 1)));
}

/** "(as of 18 November 2024)" after a figure chosen over other dates' figures. */
export function asOf(date: string, language: Language): string {
  return `(${TEXT[language].asOf(formatDate(date, language))})`;
}

/** The organisation's own sentence in the asker's language, shown beside a quote in another (never a machine translation). */
export function ownTranslation(text: string, language: Language): string {
  return TEXT[language].translation(text);
}

/** The polite refusal, with a few pages related to the question when there are some. */
export function refusal(language: Language, pages: string[]): string {
  const t = TEXT[language];
  return `${t.refusal} ${pages.length ? t.pages(pages.join(language === 'fr' ? ' ; ' : '; ')) : t.noPages}`;
}
