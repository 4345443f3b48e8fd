// Matching an acronym's letters, or a form's words, one to one (AcronymReader): each letter given
// by a different word, each word paired with a different word.
/** Are two words the same word, in one language or across two (stems, cognates, translations)? */
export type SameWord = (a: string, b: string) => boolean;

/** Can each letter be given by a different word, from that word's possible initials? (A small bipartite matching.) */
export function lettersFit(letters: string[], initials: string[]): boolean {
  if (letters.length !== initials.length) return false;
  const owner = new Array<number>(initials.length).fill(-1);
  const place = (letter: number, seen: boolean[]): boolean => {
    for (let w = 0; w < initials.length; w++) {
      if (seen[w] || !initials[w].includes(letters[letter])) continue;
      seen[w] = true;
      if (owner[w] < 0 || place(owner[w], seen)) {
        owner[w] = letter;
        return true;
      }
    }
    return false;
  };
  return letters.every((_, l) => place(l, new Array(initials.length).fill(false)));
}

/** Do the words of two forms pair up one to one as the same words? */
export function sameWords(a: string[], b: string[], same: SameWord): boolean {
  if (a.length !== b.length) return false;
  const initials = a.map((_, i) => String.fromCharCode(97 + i));
  const options = b.map((word) => a.flatMap((other, i) => (same(other, word) ? [initials[i]] : [])).join(''));
  return lettersFit(initials, options);
}
