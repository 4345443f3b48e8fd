// Redaction before anything is written: each catalogue rule redacts its example and keeps its
// counter-example; phone numbers in French and international formats; properties over random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact, redactText } from '../../src/insights/redaction/redact.js';
import { MARKER, PATTERN_RULES } from '../../src/insights/redaction/rules.js';

describe('redaction catalogue', () => {
  it.each(PATTERN_RULES)('$name: redacts "$redacts", keeps "$keeps"', (rule) => {
    const redacted = redact(rule.redacts);
    expect(redacted.text).toContain(MARKER[rule.kind]);
    expect(redacted.counts[rule.kind]).toBeGreaterThan(0);
    expect(redactText(rule.keeps)).toBe(rule.keeps);
    expect(rule.reason.length).toBeGreaterThan(10);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['Contact: marie.curie@exemple.fr.', 'Contact: [email].'],
    ['jean-luc_2@sub.domaine.org est mon adresse', '[email] est mon adresse'],
    ['écrire à élodie@exemple.fr', 'écrire à [email]'],
    ['two: a@b.co, c+tag@d.info', 'two: [email], [email]'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
});

describe('phone numbers', () => {
  it.each([
    ['06 12 34 56 78', 'French mobile with spaces'],
    ['06.12.34.56.78', 'French mobile with dots'],
    ['07-12-34-56-78', 'French mobile with hyphens'],
    ['0612345678', 'French mobile, digits only'],
    ['01 42 68 53 00', 'French landline'],
    ['+33 6 12 34 56 78', 'French number, international form'],
    ['+33 (0)6 12 34 56 78', 'international form with the trunk zero'],
    ['0033 6 12 34 56 78', 'French number dialled with 00'],
    ['+41 22 717 91 11', 'Swiss number'],
    ['+1 (202) 555-0143', 'North American number'],
    ['+44 20 7946 0958', 'British number'],
    ['+221 77 123 45 67', 'Senegalese mobile'],
  ])('%s (%s)', (number) => {
    const redacted = redact(`Mon numéro : ${number}, merci.`);
    expect(redacted.text).toBe('Mon numéro : [phone], merci.');
    expect(redacted.counts.phone).toBe(1);
  });

  it('keeps years, counts, dates and decimals', () => {
    const text = 'Créée en 1951, 175 États Membres, 8 observateurs, 2 000 000 de personnes, le 12/05/2023, ODD 10.7, 3,5 %.';
    expect(redactText(text)).toBe(text);
  });
});

describe('passport and ID-like numbers', () => {
  it.each([
    ['passeport 12AB34567', 'passeport [id]'],
    ['carte X4RTB1234', 'carte [id]'],
    ['titre de séjour 7501234567', 'titre de séjour [id]'],
    ['NIR 1 85 05 78 006 084 36', 'NIR [id]'],
    ['IBAN FR76 3000 6000 0112 3456 7890 189', 'IBAN FR76 [id]'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('keeps names with a few digits (COVID-19, G20, H1N1, 2e)', () => {
    const text = 'COVID-19, G20, H1N1, le 2e rapport, A4, MIGOF';
    expect(redactText(text)).toBe(text);
  });
});

it('takes out a phone number the passport number before it hid from the first pass, and counts both', () => {
  // Found by the idempotence property below: the first pass left "175 175 175", the second took it.
  const { text, counts } = redact('Passeport 12AB34567 175 175 175');
  expect(text).toBe('Passeport [id] [phone]');
  expect(counts).toEqual({ id: 1, phone: 1 });
});

describe('properties', () => {
  const piece = fc.oneof(
    fc.constantFrom('jane@example.org', '+33 6 12 34 56 78', '06 12 34 56 78', '12AB34567', '1 85 05 78 006 084 36'),
    fc.constantFrom('Bonjour', 'the', 'OIM', 'migration', '1951', '175', 'COVID-19', '?', ',', 'États'),
  );
  const sentence = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));

  it('is idempotent: redacting a redacted text changes nothing', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const once = redactText(text);
        expect(redactText(once)).toBe(once);
      }),
    );
  });

  it('leaves no e-mail, phone or ID of the mix behind', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const out = redactText(text);
        expect(out).not.toMatch(/@example|12 34 56 78|12AB34567|006 084/);
      }),
    );
  });
});
