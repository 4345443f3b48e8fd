// A question asking what share of something ("quel pourcentage de", "what share of": reading.share)
// is answered by a sentence writing a share, not by one giving the whole: "3,4 milliards de dollars"
// is the appeal's amount, "71 400 migrants" the number who returned, neither the part funded or
// the part that were children. The ways a page writes a share, each with why and a sentence of each
// kind (test/answer/shareWritten.test.ts).

export interface ShareForm {
  id: string;
  pattern: RegExp;
  why: string;
  /** A sentence writing a share this way. */
  example: string;
  /** A close sentence writing no share. */
  other: string;
}

/** Numbers in words, two to ten as a whole, one to ten as a part. */
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)';

export const SHARE_FORMS: readonly ShareForm[] = Object.freeze([
  {
    id: 'percentage',
    pattern: /\d\s*%|\d\s+(?:pour\s?cent|per\s?cent|percent)\b/i,
    why: 'A percentage is the share itself: "38 %", "12 pour cent", "40 per cent".',
    example: 'Only 12 per cent of the seed fund has been raised.',
    other: 'The seed fund seeks 12 million euros.',
  },
  {
    id: 'n-in-m',
    // "four in five", "un migrant sur trois", "one out of ten": a count of the part over a count of the whole, its noun between.
    // In figures, "1 in 5", with no noun between ("40 agencies in 40 countries" is two counts).
    pattern: new RegExp(
      String.raw`\b\d+\s+(?:in|out\s+of|sur)\s+\d{1,3}\b(?!\s*%)|\b${NUMBER_WORD}(?:\s+[\p{L}-]+)?\s+(?:in|out\s+of|sur)\s+${NUMBER_WORD}\b`,
      'iu',
    ),
    why: 'A part over a whole ("four in five", "un sur trois") is a share written in words.',
    example: 'Four in five farmers keep their own seeds.',
    other: 'Four farmers in the village keep their own seeds.',
  },
  {
    id: 'fraction',
    // A fraction of something: "la moitié de", "a third of", "two thirds of", "un quart des".
    pattern:
      /\b(?:(?:la|une|a|one)\s+(?:moiti[eé]|half|tiers|third|quart|quarter)|half|(?:deux|two|three|trois)\s+(?:tiers|thirds|quarts|quarters))\s+(?:de|des|du|d['’]|of)\b/i,
    why: 'A fraction of a whole ("la moitié de", "two thirds of") is a share written in words.',
    example: 'Two thirds of the seed fund has been raised.',
    other: 'Two funds were raised for seeds.',
  },
]);

/** Does a sentence write a share (the first of SHARE_FORMS that matches)? */
export function writesShare(text: string): boolean {
  return SHARE_FORMS.some((f) => f.pattern.test(text));
}
