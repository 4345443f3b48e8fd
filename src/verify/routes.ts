// POST /api/verify and the staff page (GET /staff). Placeholder router until the verifier lands.
import { Router } from 'express';
import type { ServiceState } from '../serve/state.js';

export function verifyRoutes(_state: ServiceState): Router {
  return Router();
}
