// What the store's queries share across both engines: how many keys fit an IN (…) list, and the
// numbers the two drivers return in different types.

/** Hashes per IN (…) list: SQLite allows 32 766 bound values in one statement, PostgreSQL 65 535. */
export const KEYS_PER_QUERY = 500;

/** PostgreSQL returns count(*) and sums as bigint strings; SQLite as numbers. */
export const toNumber = (value: unknown): number => Number(value ?? 0);
