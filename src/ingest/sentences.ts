// Sentence splitting for French. Intl.Segmenter (ICU) knows French sentences but has no
// abbreviation list in V8, so a split right after a known abbreviation is undone here.
const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });

// Abbreviations after which a full stop does not end a sentence (French and English usage).
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-ZÀ-Ý]|M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|St|Ste|cf|ex|p|pp|art|al|vol|chap|env|av|apr|J\.-C|n°|No|Mr|Mrs|Ms|vs|e\.g|i\.e|approx|min|max|fig|sept|oct|nov|déc|janv|févr)\.\s*$/;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    if (!segment.trim()) continue;
    const last = out.length - 1;
    if (last >= 0 && ABBREVIATION.test(out[last])) out[last] += segment;
    else out.push(segment);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
