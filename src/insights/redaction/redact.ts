// Redaction of visitors' text (questions, answers that may echo them, feedback comments) before it
// is stored. Phone numbers first (libphonenumber-js knows every country's formats, so a number is
// not half-taken by the generic long-number rule), then the pattern rules in catalogue order.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import { memoByText } from '../../lib/memo.js';
import { DEFAULT_PHONE_COUNTRY, MARKER, PATTERN_RULES, type RedactionKind } from './rules.js';

export interface Redacted {
  text: string;
  /** How many pieces of each kind were taken out. */
  counts: Partial<Record<RedactionKind, number>>;
}

function count(counts: Redacted['counts'], kind: RedactionKind): void {
  counts[kind] = (counts[kind] ?? 0) + 1;
}

/**
 * Stretches of text that could hold a phone number: digits with the punctuation numbers are written
 * with (spaces, dots, dashes, slashes, brackets, a leading +). libphonenumber-js scans whatever it is
 * given character by character (about 2 ms for an answer of a thousand characters), so it only sees
 * these stretches, and only those with enough digits to be a number at all.
 */
const PHONE_CANDIDATE = /[+(]?\d[\d \t().\-/\u00a0\u202f]*\d/g;
/** The shortest national numbers libphonenumber-js knows have 5 to 6 digits; years and counts have fewer. */
export const MIN_PHONE_DIGITS = 5;

function redactPhones(text: string, counts: Redacted['counts']): string {
  // E-mails go first: the digits of "jean.0612345678@mail.fr" must not leave a half address behind.
  return text.replace(PHONE_CANDIDATE, (candidate) => {
    if ((candidate.match(/\d/g)?.length ?? 0) < MIN_PHONE_DIGITS) return candidate;
    const found = findPhoneNumbersInText(candidate, { defaultCountry: DEFAULT_PHONE_COUNTRY as CountryCode });
    if (!found.length) return candidate;
    let out = '';
    let at = 0;
    for (const number of found) {
      out += candidate.slice(at, number.startsAt) + MARKER.phone;
      at = number.endsAt;
      count(counts, 'phone');
    }
    return out + candidate.slice(at);
  });
}

/**
 * Passes of the rules over their own output before giving up on a fixed point. A pass can uncover a
 * number the one before could not see: in "12AB34567 175 175 175" the phone scan's stretch starts
 * inside the passport number ("34567 175 175 175", no number), and only once that is "[id]" does
 * "175 175 175" stand alone. Each pass that changes anything replaces digits or an "@" with a marker
 * that has none, so the passes end; three covers a text that hides one piece behind another twice.
 */
const MAX_PASSES = 3;

/** Takes every e-mail, phone number and identifier out, until a pass finds nothing more (redacting twice changes nothing). */
export function redact(text: string): Redacted {
  const counts: Redacted['counts'] = {};
  let out = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = redactOnce(out, counts);
    if (next === out) break;
    out = next;
  }
  return { text: out, counts };
}

function redactOnce(text: string, counts: Redacted['counts']): string {
  const [email, ...others] = PATTERN_RULES;
  let out = text.replace(email.pattern, () => {
    count(counts, 'email');
    return MARKER.email;
  });
  out = redactPhones(out, counts);
  for (const rule of others) {
    out = out.replace(rule.pattern, (match) => {
      if (rule.keep?.(match)) return match;
      count(counts, rule.kind);
      return MARKER[rule.kind];
    });
  }
  return out;
}

/**
 * Redaction is pure and answers repeat (popular questions, the assistant's cached answers). Up to a
 * million characters of questions, answers and comments: 2,000 texts of 500 characters.
 */
export const redactText = memoByText((text) => redact(text).text, 1_000_000);
