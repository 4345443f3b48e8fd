// The public API's request shapes (issue contract), validated with zod at the edge.
import { z } from 'zod';

export const MAX_MESSAGE = 2000;
export const MAX_HISTORY_TURNS = 20;
export const MAX_TURN_LENGTH = 4000;

export const chatRequestSchema = z.object({
  message: z.string().trim().min(1, 'message must not be empty').max(MAX_MESSAGE, `message must be at most ${MAX_MESSAGE} characters`),
  history: z
    .array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(MAX_TURN_LENGTH) }))
    .max(MAX_HISTORY_TURNS, `history must have at most ${MAX_HISTORY_TURNS} turns`)
    .optional(),
  lang: z.enum(['fr', 'en']).optional(),
});

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(MAX_MESSAGE),
  k: z.coerce.number().int().min(1).max(20).default(5),
});
