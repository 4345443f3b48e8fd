// Type declarations for packages that ship none.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: { newStemmer(language: string): Stemmer; algorithms(): string[] };
  export default snowball;
}

declare module 'wink-lemmatizer' {
  const lemmatizer: { lemmatizeVerb(word: string): string; lemmatizeNoun(word: string): string; lemmatizeAdjective(word: string): string };
  export default lemmatizer;
}

declare module 'wink-lexicon/src/lexicon.js' {
  /** Word → its Penn part-of-speech tags, most frequent first. */
  const lexicon: Record<string, string[]>;
  export default lexicon;
}
