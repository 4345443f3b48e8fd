// Liveness (the process answers) and readiness (the index is loaded) for orchestrators.
import { Router } from 'express';
import type { ServiceState } from '../state.js';

export function healthRoutes(state: ServiceState): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', (_req, res) => {
    if (!state.ready) {
      res.status(503).json({ status: 'loading' });
      return;
    }
    const manifest = state.manifest;
    res.json({
      status: 'ready',
      mode: state.assistant!.mode,
      index: manifest ? { buildId: manifest.buildId, chunks: manifest.chunkCount, embedder: manifest.embedder.id } : null,
    });
  });
  return router;
}
