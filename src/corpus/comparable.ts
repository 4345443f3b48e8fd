// Text reduced to what makes two copies the same: accents, case, bullets, punctuation and spacing
// differ between captures of one page (a print version, a second crawl) without changing what it says.
export function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SEPARATOR = '[\\s\\u00a0\\u202f.,]';
const WITH_THOUSANDS = new RegExp(`^\\d{1,3}(?:${SEPARATOR}\\d{3})+$`);
const FIGURE = new RegExp(`\\d{1,3}(?:${SEPARATOR}\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?`, 'g');

/**
 * Figures written in a text, as digits: thousands separators dropped (1 000, 1,000, 1.000 → 1000),
 * a decimal comma read as a point (4,5 → 4.5). Two texts that state different figures never say
 * the same thing, however alike their words.
 */
export function figures(text: string): string[] {
  return [...text.matchAll(FIGURE)].map(([written]) =>
    WITH_THOUSANDS.test(written) ? written.replace(new RegExp(SEPARATOR, 'g'), '') : written.replace(',', '.'),
  );
}
