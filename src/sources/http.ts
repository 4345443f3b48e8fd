// One polite, bounded HTTP GET for the crawler: conditional (ETag / Last-Modified, so an unchanged
// page costs a 304 and no body), redirects followed by hand so that each hop is checked (loop,
// off-site, robots) before it is requested, a deadline, and a size cap enforced while the body
// streams in (a 5 MB page or an endless body is cut, not buffered).

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchRequest {
  url: string;
  userAgent: string;
  timeoutMs: number;
  /** Largest body accepted, by the response's media type (HTML pages and documents differ). */
  maxBytes: (contentType: string) => number;
  /** Validators stored for a URL (each redirect hop has its own). */
  validators?: (url: string) => Validators | undefined;
  /** Why a redirect target may not be requested (off-site, disallowed), or null when it may. */
  refuse?: (url: string) => string | null;
  maxRedirects?: number;
  accept?: string;
  fetch?: typeof fetch;
}

export type FetchOutcome =
  | {
      kind: 'ok';
      url: string;
      status: number;
      contentType: string;
      charset: string | null;
      bytes: Uint8Array;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified'; url: string }
  | { kind: 'gone'; url: string; status: number }
  | { kind: 'failed'; url: string; reason: string };

const DEFAULT_MAX_REDIRECTS = 10;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 1_000_000 ? 2 : 1)} MB`;

export function mediaType(contentType: string | null): { type: string; charset: string | null } {
  const [type = '', ...params] = (contentType ?? '').split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1]).find(Boolean) ?? null;
  return { type: type.trim().toLowerCase(), charset };
}

function conditionalHeaders(validators: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

/** The body, or null when it outgrows maxBytes (the stream is cancelled as soon as it does). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function describeError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no complete answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function fetchOnce(
  url: string,
  request: FetchRequest,
  signal: AbortSignal,
): Promise<FetchOutcome | { kind: 'redirect'; to: string }> {
  const response = await (request.fetch ?? fetch)(url, {
    redirect: 'manual',
    signal,
    headers: {
      'user-agent': request.userAgent,
      accept: request.accept ?? 'text/html,application/xhtml+xml,application/pdf,*/*;q=0.5',
      ...conditionalHeaders(request.validators?.(url)),
    },
  });
  const { status } = response;
  if (status >= 300 && status < 400 && status !== 304) {
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location) return { kind: 'failed', url, reason: `HTTP ${status} without a Location header` };
    return { kind: 'redirect', to: new URL(location, url).href.replace(/#.*$/, '') };
  }
  if (status === 304) return { kind: 'not-modified', url };
  if (status === 404 || status === 410) {
    await response.body?.cancel();
    return { kind: 'gone', url, status };
  }
  if (status < 200 || status >= 300) {
    await response.body?.cancel();
    return {
      kind: 'failed',
      url,
      reason: `HTTP ${status}${status === 429 || status >= 500 ? ' (the server is busy or failing: retried at the next crawl)' : ''}`,
    };
  }
  const { type, charset } = mediaType(response.headers.get('content-type'));
  const limit = request.maxBytes(type);
  const bytes = await readCapped(response, limit);
  if (!bytes) return { kind: 'failed', url, reason: `larger than ${mb(limit)} (the size cap for ${type || 'this type'}): not read` };
  return {
    kind: 'ok',
    url,
    status,
    contentType: type,
    charset,
    bytes,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
}

/** GET a URL, following redirects with a loop guard; never throws (failures are outcomes with a reason). */
export async function fetchResource(request: FetchRequest): Promise<FetchOutcome> {
  const chain = [request.url];
  const maxRedirects = request.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const signal = AbortSignal.timeout(request.timeoutMs);
  let url = request.url;
  try {
    for (;;) {
      const outcome = await fetchOnce(url, request, signal);
      if (outcome.kind !== 'redirect') return outcome;
      if (chain.includes(outcome.to)) return { kind: 'failed', url, reason: `redirect loop (${[...chain, outcome.to].join(' → ')})` };
      if (chain.length > maxRedirects) return { kind: 'failed', url, reason: `more than ${maxRedirects} redirects` };
      const refusal = request.refuse?.(outcome.to);
      if (refusal) return { kind: 'failed', url, reason: `redirected to ${outcome.to}, ${refusal}` };
      chain.push(outcome.to);
      url = outcome.to;
    }
  } catch (error) {
    return { kind: 'failed', url, reason: describeError(error, request.timeoutMs) };
  }
}
