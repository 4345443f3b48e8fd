// The offline answers kept for repeated questions (the widget's starter questions): this process's
// LRU first, then Redis when it is configured, so a question answered by one replica is a cache hit
// on all of them. Entries are keyed by the index build, so a new build starts with an empty cache;
// a Redis fault only means a miss (counted and logged), never an error.
import { createHash } from 'node:crypto';
import { type AnswerCache, lruAnswerCache } from '../../answer/assistant.js';
import type { ChatAnswer } from '../../answer/types.js';
import type { Degradation } from './degradation.js';
import type { Redis } from './redis.js';

/** An answer stays in Redis this long: the build changes far less often, and memory stays bounded. */
const REDIS_TTL_S = 3600;

export function redisAnswerCache(
  redis: Redis,
  prefix: string,
  buildId: string,
  size: number,
  degradation: Degradation,
): AnswerCache | null {
  const local = lruAnswerCache(size);
  if (!local) return null;
  const redisKey = (key: string) => `${prefix}answer:${buildId}:${createHash('sha256').update(key).digest('base64url')}`;
  return {
    async get(key) {
      const hit = await local.get(key);
      if (hit) return hit;
      try {
        const text = await redis.get(redisKey(key));
        degradation.ok('answer_cache');
        if (!text) return undefined;
        const answer = JSON.parse(text) as ChatAnswer;
        local.set(key, answer);
        return answer;
      } catch (error) {
        degradation.failed('answer_cache', error);
        return undefined;
      }
    },
    set(key, answer) {
      local.set(key, answer);
      redis.set(redisKey(key), JSON.stringify(answer), 'EX', REDIS_TTL_S).then(
        () => degradation.ok('answer_cache'),
        (error: unknown) => degradation.failed('answer_cache', error),
      );
    },
  };
}
