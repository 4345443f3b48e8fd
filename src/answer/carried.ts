// What an answer can carry a visitor away to: links (with a scheme, scheme-relative "//host", "www."
// or a bare domain), e-mail addresses, mailto:/tel:/sms: links, phone numbers. Found with kept
// libraries (linkify-it with the full list of top-level domains, libphonenumber-js with Google's
// numbering metadata), each reduced to a key that the same item written another way shares
// ("https://www.iom.int/" and "iom.int", "+41 22 717 91 11" and "tel:+41227179111").
import { createRequire } from 'node:module';
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { LinkifyIt } from 'linkify-it';
import { memoByText } from '../lib/memo.js';

export type CarriedKind = 'link' | 'email' | 'phone';

export interface Carried {
  kind: CarriedKind;
  start: number;
  end: number;
  /** The same for the same item however written; never matches anything when the item is never allowed. */
  key: string;
}

/** Country assumed for numbers written without an international prefix: the organisation writes French first. */
const DEFAULT_PHONE_COUNTRY: CountryCode = 'FR';
/** Schemes that run code or embed content: never a source's link, always removed. */
const FORBIDDEN_SCHEMES = ['javascript:', 'vbscript:', 'data:', 'file:'];
const PHONE_SCHEMES = ['tel:', 'sms:'];
const NEVER = '\u0000never';

const TAIL = /[^\s<>"'`)\]]+/y;
const anyTail = {
  validate(text: string, pos: number): number {
    TAIL.lastIndex = pos;
    // A sentence's punctuation right after the link is not part of it.
    return TAIL.exec(text)?.[0].replace(/[.,;:!?]+$/, '').length ?? 0;
  },
};

const tlds = createRequire(import.meta.url)('tlds') as string[];
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyIP: true, fuzzyEmail: true }).tlds(tlds, true);
for (const scheme of [...FORBIDDEN_SCHEMES, ...PHONE_SCHEMES]) linkify.add(scheme, anyTail);

function phoneKey(text: string): string {
  const number = parsePhoneNumberFromString(text, DEFAULT_PHONE_COUNTRY);
  return number ? `phone:${number.number}` : `phone:${text.replace(/\D/g, '')}`;
}

/** "https://www.iom.int/fr/" → "iom.int/fr": scheme, "www." and trailing punctuation do not make another link. */
export function linkKey(url: string): string {
  return `link:${url
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:/, '')
    .replace(/^\/\//, '')
    .replace(/^www\d?\./, '')
    .replace(/[/.,;:!?]+$/, '')}`;
}

function keyOf(schema: string, raw: string): { kind: CarriedKind; key: string } {
  const lower = raw.toLowerCase();
  if (FORBIDDEN_SCHEMES.some((s) => lower.startsWith(s))) return { kind: 'link', key: NEVER };
  if (PHONE_SCHEMES.includes(schema)) return { kind: 'phone', key: phoneKey(raw.slice(schema.length)) };
  if (schema === 'mailto:') return { kind: 'email', key: `email:${lower.replace(/^mailto:/, '').replace(/\?.*$/, '')}` };
  return { kind: 'link', key: linkKey(raw) };
}

/**
 * Stretches that could hold a phone number: digits with the punctuation numbers are written with.
 * libphonenumber-js is given these alone, since a marker right after a number ("… 89 12 [1]") made
 * it read the marker's digit as part of the number and reject the whole.
 */
const PHONE_CANDIDATE = /[+(]?\d[\d \t().\-/\u00a0\u202f]*\d/g;

/**
 * The fewest digits of a number libphonenumber-js accepts: a one-digit country code and the shortest
 * national number of its metadata (4 digits, Austria's; test/answer/carried.test.ts checks it).
 * Shorter stretches are counts, years and prices ("42 bureaux", "en 1999"): asking the library about
 * each cost 0.2–0.3 ms of CPU before a model answer's first sentence could be sent.
 */
export const MIN_PHONE_DIGITS = 5;

const digitCount = (text: string) => text.replace(/\D/g, '').length;

function phoneNumbers(text: string): Carried[] {
  return [...text.matchAll(PHONE_CANDIDATE)].flatMap((candidate) =>
    (digitCount(candidate[0]) < MIN_PHONE_DIGITS ? [] : findPhoneNumbersInText(candidate[0], DEFAULT_PHONE_COUNTRY)).map(
      (p): Carried => ({
        kind: 'phone',
        key: `phone:${p.number.number}`,
        start: candidate.index + p.startsAt,
        end: candidate.index + p.endsAt,
      }),
    ),
  );
}

/** Every link, address and phone number in a text, in order, none overlapping. */
export function carriedItems(text: string): Carried[] {
  const links: Carried[] = (linkify.match(text) ?? []).map((m) => ({ ...keyOf(m.schema, m.raw), start: m.index, end: m.lastIndex }));
  const phones = phoneNumbers(text).filter((p) => !links.some((l) => p.start < l.end && l.start < p.end));
  return [...links, ...phones].sort((a, b) => a.start - b.start);
}

/**
 * The keys of one text, remembered: a model answer's evidence reads the same passages on every
 * request, and finding their links (linkify) was most of the time before its first sentence could
 * be checked and streamed (bench:answer's time to first token, CPU profile).
 */
const keysOf = memoByText((text) => carriedItems(text).map((c) => c.key));

/** The keys a set of texts (passages and their page addresses) holds. */
export function carriedKeys(texts: string[]): Set<string> {
  return new Set(texts.flatMap((t) => keysOf(t)));
}

/** Is the item among the keys, or (a link) the start of a longer link there: "iom.int" when a passage links "iom.int/fr"? */
export function isHeld(item: Carried, keys: Set<string>): boolean {
  if (item.key === NEVER) return false;
  if (keys.has(item.key)) return true;
  return item.kind === 'link' && [...keys].some((k) => k.startsWith(`${item.key}/`));
}
