// How long a short label is (a heading, a menu entry, a glossary term), in words.

/** An acronym in brackets closing a label: "Personne déplacée à l'intérieur de son propre pays (PDI)". */
export const CLOSING_ACRONYM = /\((\p{Lu}{2,8})\)\s*$/u;

/**
 * A label's words, a closing bracketed acronym not counted: the acronym repeats the words before it,
 * so it makes no label a sentence. Counted, a glossary term of eight words with its acronym ("Personne
 * déplacée à l'intérieur de son propre pays (PDI)", multidoc fixture) came to nine, over cleaning's
 * label length: read as a paragraph, not the heading of its definition, and "Qu'est-ce qu'un déplacé
 * interne ?" found no entry.
 */
export function labelWordCount(text: string): number {
  const words = text.trim().split(/\s+/).length;
  return CLOSING_ACRONYM.test(text) && words > 1 ? words - 1 : words;
}
