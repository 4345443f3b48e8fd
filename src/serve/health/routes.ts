// Liveness (the process answers, and which build it serves) and readiness (the index is loaded;
// which build, whether a rebuild is running, a newer build this process refused) for orchestrators
// and for checking that every replica serves the same build.
import { Router } from 'express';
import type { ServiceState } from '../state.js';

export function healthRoutes(state: ServiceState): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', build: state.buildId });
  });
  router.get('/readyz', (_req, res) => {
    const common = { rebuild: state.rebuild, ...(state.refused ? { refused: state.refused } : {}) };
    if (!state.ready) {
      res.status(503).json({ status: 'loading', build: null, ...common });
      return;
    }
    const manifest = state.manifest;
    res.json({
      status: 'ready',
      mode: state.assistant!.mode,
      build: state.buildId,
      index: manifest ? { buildId: manifest.buildId, chunks: manifest.chunkCount, embedder: manifest.embedder.id } : null,
      ...common,
    });
  });
  return router;
}
