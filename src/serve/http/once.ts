// Assets built or read on first request (the widget bundle, the staff page) are kept in memory.
/** Loads once and keeps the result; a failed load is tried again on the next call rather than remembered. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
