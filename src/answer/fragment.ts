// A link that opens the live page at the exact sentence quoted: a URL text fragment
// (https://wicg.github.io/scroll-to-text-fragment/, "URL Fragment Text Directives"):
// url#:~:text=[prefix-,]textStart[,textEnd][,-suffix]. Written here because it is a few lines of
// the spec's own encoding rules, and no maintained package implements them.

/** Longer quotes are linked by their first and last words (textStart,textEnd) rather than whole. */
const MAX_WHOLE_LENGTH = 80;
/** Words kept at each end of a long quote: enough to be unique on a page, short enough to survive small edits. */
const END_WORDS = 5;

/** Percent-encodes a directive term: encodeURIComponent, plus the characters the directive syntax reserves ("-", ",", "&"). */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The quote as a page shows it: no list bullet, one space between words, no trailing marker. */
function visibleText(quote: string): string {
  return quote
    .replace(/^\s*[-–—•*·]\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The page's URL with a text fragment that highlights the quote; the URL unchanged when there is nothing to highlight. */
export function textFragmentLink(url: string, quote: string): string {
  const text = visibleText(quote);
  if (!text) return url;
  const words = text.split(' ');
  const directive =
    text.length <= MAX_WHOLE_LENGTH || words.length <= 2 * END_WORDS
      ? encodeTextDirective(text)
      : `${encodeTextDirective(words.slice(0, END_WORDS).join(' '))},${encodeTextDirective(words.slice(-END_WORDS).join(' '))}`;
  // A URL that already has a fragment keeps it: the directive follows the fragment's ":~:" delimiter.
  const [base, fragment] = url.split('#', 2);
  const kept = fragment?.split(':~:')[0] ?? '';
  return `${base}#${kept}:~:text=${directive}`;
}
