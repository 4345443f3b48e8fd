// Leases in the insights database itself: background work that one process of the deployment
// should do (the retention purge) is done by whichever process takes the lease, however many
// workers (node:cluster) and replicas share the database.
//
// Why a row with an expiry rather than PostgreSQL's pg_try_advisory_lock: an advisory lock belongs
// to a session, so it says "not at the same time", not "once per round": a worker starting an hour
// after another purged would find the lock free and purge again. It would also have to hold one of
// the pool's four connections for all of a purge that runs its chunks on others. A row says who
// holds the round and until when, reads the same on SQLite (where the row sits in the same file and
// the upsert is its own write transaction) and on PostgreSQL (where ON CONFLICT DO UPDATE locks the
// row and tests its WHERE on the latest version, so two takers cannot both win), and expires by
// itself: a holder that died leaves the round to the next process that asks after the expiry. A
// holder that stops cleanly gives its lease up (releaseLease), so that the next process to start
// (the one a restart brings, with a new RETENTION_DAYS perhaps) takes the round at once rather than
// up to a period later.
// Expiries are read against each process's clock: replicas a few seconds apart can at worst purge
// twice in one round, which deletes nothing twice.
import type { InsightsDb } from '../db/schema.js';
import { toNumber } from './sql.js';

/** Who asks for a lease, when (their clock), and for how long they would hold it. */
export interface LeaseTerms {
  holder: string;
  now: Date;
  ttlMs: number;
}

/**
 * Takes the lease `name` for `terms.ttlMs`, or renews it for its holder; false while another holder's
 * lease has not expired. One statement: the row is written only when free, expired or already ours.
 */
export async function takeLease(db: InsightsDb, name: string, terms: LeaseTerms): Promise<boolean> {
  const now = terms.now.toISOString();
  const expiresAt = new Date(terms.now.getTime() + terms.ttlMs).toISOString();
  const taken = await db
    .insertInto('leases')
    .values({ name, holder: terms.holder, expires_at: expiresAt })
    .onConflict((conflict) =>
      conflict
        .column('name')
        .doUpdateSet((eb) => ({ holder: eb.ref('excluded.holder'), expires_at: eb.ref('excluded.expires_at') }))
        .where((eb) => eb.or([eb('leases.expires_at', '<=', now), eb('leases.holder', '=', terms.holder)])),
    )
    .returning('holder')
    .executeTakeFirst();
  return taken !== undefined;
}

/**
 * Gives the lease `name` up if `holder` still holds it; true when it did. Conditional on the holder:
 * a lease that expired and went to another process meanwhile is theirs and stays.
 */
export async function releaseLease(db: InsightsDb, name: string, holder: string): Promise<boolean> {
  const result = await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).executeTakeFirst();
  return toNumber(result.numDeletedRows) > 0;
}

/** The lease of the retention purge. */
export const PURGE_LEASE = 'retention-purge';

/** One round of the retention purge: what to delete, and the lease that makes it this process's round. */
export interface PurgeRound {
  cutoff: Date;
  lease: LeaseTerms;
}
