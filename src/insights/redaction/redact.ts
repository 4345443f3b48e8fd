// Redaction of visitors' text (questions, answers that may echo them, feedback comments) before it
// is stored. Phone numbers first (libphonenumber-js knows every country's formats, so a number is
// not half-taken by the generic long-number rule), then the pattern rules in catalogue order.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import { DEFAULT_PHONE_COUNTRY, MARKER, PATTERN_RULES, type RedactionKind } from './rules.js';

export interface Redacted {
  text: string;
  /** How many pieces of each kind were taken out. */
  counts: Partial<Record<RedactionKind, number>>;
}

function count(counts: Redacted['counts'], kind: RedactionKind): void {
  counts[kind] = (counts[kind] ?? 0) + 1;
}

function redactPhones(text: string, counts: Redacted['counts']): string {
  // E-mails go first: the digits of "jean.0612345678@mail.fr" must not leave a half address behind.
  const found = findPhoneNumbersInText(text, { defaultCountry: DEFAULT_PHONE_COUNTRY as CountryCode });
  if (!found.length) return text;
  let out = '';
  let at = 0;
  for (const number of found) {
    out += text.slice(at, number.startsAt) + MARKER.phone;
    at = number.endsAt;
    count(counts, 'phone');
  }
  return out + text.slice(at);
}

export function redact(text: string): Redacted {
  const counts: Redacted['counts'] = {};
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
  return { text: out, counts };
}

export function redactText(text: string): string {
  return redact(text).text;
}
