// What a visitor does not see on an HTML page must not become a quoted answer: planted text is
// hidden with the `hidden` attribute, aria-hidden, inline styles (display:none, visibility:hidden,
// off-screen positions, zero font size or opacity, clipping) or a class that a <style> sheet hides.
// One set of rules serves the corpus reader (htmlparser2's DOM) and the crawler (linkedom's DOM);
// selectors are matched with css-select (the engine of both) rather than by hand.

/** Elements whose content is never rendered as page text. */
export const NEVER_RENDERED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'object', 'iframe']);

/**
 * Declarations that hide an element, each with the trick it stops. Off-screen positions take a
 * threshold of 500px: real layouts do not push text that far out, hiding tricks use -999px to -9999px.
 */
const HIDING_DECLARATIONS: Array<[RegExp, string]> = [
  [/(?:^|;)\s*display\s*:\s*none\b/i, 'display:none'],
  [/(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/i, 'visibility:hidden'],
  [/(?:^|;)\s*content-visibility\s*:\s*hidden\b/i, 'content-visibility:hidden'],
  [/(?:^|;)\s*opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)\s*(?:!important)?\s*(?:;|$)/i, 'opacity:0'],
  [/(?:^|;)\s*font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:px|em|rem|pt|%)?\s*(?:!important)?\s*(?:;|$)/i, 'font-size:0'],
  [
    /(?:^|;)\s*(?:left|right|top|bottom|margin-left|margin-top|text-indent)\s*:\s*-\s*\d{3,}(?:\.\d+)?(?:px|em|rem|pt|vw|vh)?/i,
    'off-screen',
  ],
  [/(?:^|;)\s*clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)/i, 'clipped'],
  [/(?:^|;)\s*clip-path\s*:\s*inset\(\s*(?:50|100)%/i, 'clipped'],
  [/(?:^|;)\s*transform\s*:\s*scale\(\s*0(?:\.0+)?\s*\)/i, 'scaled to 0'],
  [/(?:^|;)\s*(?:max-)?height\s*:\s*0(?:px)?\s*(?:!important)?\s*(?:;|$)[\s\S]*overflow\s*:\s*hidden/i, 'zero height'],
  [/(?:^|;)\s*overflow\s*:\s*hidden[\s\S]*(?:^|;)\s*(?:max-)?height\s*:\s*0(?:px)?\s*(?:!important)?\s*(?:;|$)/i, 'zero height'],
];

/** Why a style attribute or rule body hides its element, or null when it does not. */
export function hidingStyle(declarations: string): string | null {
  for (const [pattern, trick] of HIDING_DECLARATIONS) if (pattern.test(declarations)) return trick;
  return null;
}

/** Why an element is hidden by its own tag or attributes (not by a style sheet), or null. */
export function hiddenByAttributes(tag: string, attributes: Record<string, string | undefined>): string | null {
  if (NEVER_RENDERED.has(tag)) return `<${tag}>`;
  // hidden="until-found" is collapsed content a visitor reveals (an accordion): it stays.
  if (attributes.hidden !== undefined && attributes.hidden.toLowerCase() !== 'until-found') return 'hidden attribute';
  if (attributes['aria-hidden']?.trim().toLowerCase() === 'true') return 'aria-hidden';
  if (tag === 'input' && attributes.type?.toLowerCase() === 'hidden') return 'hidden input';
  return attributes.style ? hidingStyle(attributes.style) : null;
}

/**
 * Selectors of the page's own <style> rules that hide what they match. Rules are read with a
 * pattern (innermost `selectors { declarations }`, so rules inside @media are read too): enough
 * for hiding rules, which are flat; a full CSS parser would add a dependency for no more.
 */
export function hidingSelectors(css: string): string[] {
  const out: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const rule of withoutComments.matchAll(/([^{}@;]+)\{([^{}]*)\}/g)) {
    if (!hidingStyle(rule[2])) continue;
    for (const selector of rule[1].split(',')) {
      const trimmed = selector.trim();
      // Pseudo-elements and states (:hover, ::before) do not hide the element's own text.
      if (trimmed && !/:/.test(trimmed)) out.push(trimmed);
    }
  }
  return out;
}
