// Remembering the results of pure text functions (redaction, group keys, passage hashes): popular
// questions, cached answers and cited passages come back word for word, so a repeated text costs a
// lookup rather than a scan. Bounded, least recently used out first.
import { LRUCache } from 'lru-cache';

export function memoizeText(f: (text: string) => string, max: number): (text: string) => string {
  const recent = new LRUCache<string, string>({ max });
  return (text) => {
    let value = recent.get(text);
    if (value === undefined) {
      value = f(text);
      recent.set(text, value);
    }
    return value;
  };
}
