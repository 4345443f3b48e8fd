// GET /api/search?q=…&k=…: the ranked passages, with scores in [0, 1] and exact locations.
import { Router } from 'express';
import { parseOr400 } from '../http/errors.js';
import { searchQuerySchema } from '../../contract/api.js';
import type { ServiceState } from '../state.js';

export function searchRoutes(state: ServiceState): Router {
  const router = Router();
  router.get('/api/search', async (req, res) => {
    const { q, k } = parseOr400(searchQuerySchema, req.query);
    res.json({ results: await state.requireAssistant().search(q, k) });
  });
  return router;
}
