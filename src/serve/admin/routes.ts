// POST /admin/reload: takes a newly built index without downtime (see reloader.ts).
import { Router } from 'express';
import { tokenGuard } from '../http/auth.js';
import { HttpError } from '../http/errors.js';
import { type IndexReloader, ReloadRefusedError } from './reloader.js';

/** POST /admin/reload: only with ADMIN_TOKEN set and presented as a Bearer token (404 otherwise). */
export function adminRoutes(reloader: IndexReloader, adminToken: string | undefined): Router {
  const router = Router();
  router.post(
    '/admin/reload',
    tokenGuard({ token: adminToken, realm: 'OIM admin', closedWhenUnset: true, variable: 'ADMIN_TOKEN' }),
    async (_req, res) => {
      try {
        res.json({ status: 'reloaded', ...(await reloader.reload('admin')) });
      } catch (error) {
        if (!(error instanceof ReloadRefusedError)) throw error;
        throw new HttpError(409, 'reload_refused', error.message);
      }
    },
  );
  return router;
}
