// Answer ids are UUID version 7: the time they were given in their first 48 bits, so that the turns
// table's key index grows at its end; the rest random, so that one id does not tell another.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newAnswerId } from '../../src/insights/recording/answerId.js';
import { recordedAnswer } from '../../src/insights/recording/turn.js';
import { answer } from './support.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MAX_48_BITS = 2 ** 48 - 1;
const timeOf = (id: string) => Number.parseInt(id.replace('-', '').slice(0, 12), 16);

describe('answer ids', () => {
  it('are version 7 UUIDs that carry the millisecond they were given at', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_48_BITS }), (ms) => {
        const id = newAnswerId(ms);
        expect(id).toMatch(V7);
        expect(timeOf(id)).toBe(ms);
      }),
    );
  });

  it('sort in the order they were given, whatever the millisecond', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_48_BITS - 1 }), fc.integer({ min: 1, max: 10_000_000 }), (earlier, gap) => {
        const later = Math.min(MAX_48_BITS, earlier + gap);
        expect(newAnswerId(earlier) < newAnswerId(later)).toBe(true);
      }),
    );
  });

  it('differ when given in the same millisecond', () => {
    const at = Date.now();
    const ids = new Set(Array.from({ length: 1_000 }, () => newAnswerId(at)));
    expect(ids.size).toBe(1_000);
  });
});

describe('recorded answers', () => {
  it('are made once per cached answer, shared by every copy of it, so that a batch carries it once', () => {
    const given = answer();
    // The server signs each visitor's copy: a new object with the cached text and citations.
    const signed = { ...given, signature: 'sig-1' };
    expect(recordedAnswer(signed)).toBe(recordedAnswer(given));
    expect(recordedAnswer({ ...given, signature: 'sig-2' })).toBe(recordedAnswer(given));
    expect(recordedAnswer(signed)).not.toHaveProperty('signature');
  });

  it('are not shared by answers that differ in a kept field or in their citations', () => {
    const given = answer();
    const first = recordedAnswer(given);
    const fallback = recordedAnswer({ ...given, fallback: true });
    expect(fallback).not.toBe(first);
    expect(fallback.fallback).toBe(true);
    expect(recordedAnswer({ ...given, answer: 'Another text [1].' }).answer).toBe('Another text [1].');
    const copied = recordedAnswer({ ...given, citations: [...given.citations] });
    expect(copied).not.toBe(recordedAnswer(given));
    expect(copied).toEqual(recordedAnswer(given));
  });
});
