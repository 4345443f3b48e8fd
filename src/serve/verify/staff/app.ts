// The staff page's script (bundled by esbuild, served as /staff/app.js): claims one per line through
// POST /api/verify, and a search box over GET /api/search. Every text from a claim or the corpus
// is rendered with textContent, never as HTML.
import type { Evidence, Language, PassageView, VerifyResult } from '../../../contract/api.js';
import { byId, element } from '../../staff/page/dom.js';
import { MAX_CLAIM_LENGTH, MAX_CLAIMS, STAFF_STRINGS, staffLanguage } from './i18n.js';

const language: Language = staffLanguage(document.documentElement.lang) ?? 'fr';
const t = STAFF_STRINGS[language];

class RequestError extends Error {}

/** A message for the person at the page: the API's own words for a 4xx it explains, ours otherwise. */
async function failure(res: Response): Promise<RequestError> {
  if (res.status === 401 || res.status === 403) return new RequestError(t.errorAuth);
  if (res.status === 429 || res.status === 503) return new RequestError(t.errorRateLimit);
  if (res.status >= 400 && res.status < 500) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: unknown } } | null;
    if (typeof body?.error?.message === 'string') return new RequestError(body.error.message);
  }
  return new RequestError(t.errorServer);
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch {
    throw new RequestError(t.errorNetwork);
  }
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}

const messageOf = (error: unknown) => (error instanceof RequestError ? error.message : t.errorServer);

/** Where a passage is: file, line range, heading. */
function location(source: string, lines: readonly [number, number], heading: string | null): HTMLParagraphElement {
  const where = element('p', 'where');
  where.append(element('span', 'file', source), ` · ${t.lines(lines)}`);
  if (heading) where.append(` · ${heading}`);
  return where;
}

/** The passage with its quote highlighted (the quote is a verbatim piece of the passage). */
function highlighted(text: string, quote: string): HTMLQuoteElement {
  const block = element('blockquote');
  block.lang = 'fr';
  const at = quote ? text.indexOf(quote) : -1;
  if (at < 0) {
    block.append(element('mark', undefined, quote || text));
    return block;
  }
  block.append(text.slice(0, at), element('mark', undefined, quote), text.slice(at + quote.length));
  return block;
}

function evidenceItem(e: Evidence): HTMLLIElement {
  const item = element('li', 'quote');
  item.append(location(e.source, e.lines, e.heading), highlighted(e.text, e.quote));
  return item;
}

function renderVerdict(item: HTMLLIElement, result: VerifyResult): void {
  item.removeAttribute('aria-busy');
  const verdict = element('p', 'verdict');
  verdict.append(element('span', `badge badge-${result.verdict}`, t.verdicts[result.verdict]));
  if (result.mode === 'llm') verdict.append(element('span', 'mode', t.modeLlm));
  item.querySelector('.pending')?.remove();
  item.append(verdict, element('p', 'explanation', result.explanation));
  if (!result.evidence.length) {
    item.append(element('p', 'evidence-label', t.noEvidence));
    return;
  }
  item.append(element('p', 'evidence-label', result.verdict === 'not_found' ? t.closestLabel : t.evidenceLabel));
  const list = element('ol', 'evidence');
  list.append(...result.evidence.map(evidenceItem));
  item.append(list);
}

function renderFailure(item: HTMLLIElement, message: string): void {
  item.removeAttribute('aria-busy');
  item.querySelector('.pending')?.remove();
  item.append(element('p', 'error-text', message));
}

function claimItem(claim: string): HTMLLIElement {
  const item = element('li', 'result');
  item.setAttribute('aria-busy', 'true');
  item.append(element('h3', 'claim', claim), element('p', 'pending', t.checking(1)));
  return item;
}

function setStatus(node: HTMLElement, text: string, error = false): void {
  node.textContent = text;
  node.classList.toggle('error', error);
}

function setUpVerify(): void {
  const form = byId<HTMLFormElement>('verify-form');
  const input = byId<HTMLTextAreaElement>('claims');
  const status = byId('verify-status');
  const results = byId<HTMLOListElement>('results');
  const heading = byId('results-heading');
  let busy = false;

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const lines = input.value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) {
      setStatus(status, t.noClaims, true);
      input.focus();
      return;
    }
    const claims = lines.slice(0, MAX_CLAIMS);
    busy = true;
    results.replaceChildren();
    setStatus(status, t.checking(claims.length));
    for (const claim of claims) {
      const item = claimItem(claim);
      results.append(item);
      if (claim.length > MAX_CLAIM_LENGTH) {
        renderFailure(item, t.claimTooLong(MAX_CLAIM_LENGTH));
        continue;
      }
      try {
        renderVerdict(
          item,
          await request<VerifyResult>('/api/verify', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ claim }),
          }),
        );
      } catch (error) {
        renderFailure(item, messageOf(error));
      }
    }
    const notice = lines.length > MAX_CLAIMS ? ` ${t.tooManyClaims(MAX_CLAIMS)}` : '';
    setStatus(status, `${t.checked(claims.length)}${notice}`);
    busy = false;
    heading.focus();
  });
}

function passageItem(p: PassageView): HTMLLIElement {
  const item = element('li', 'passage-item');
  item.append(element('h3', 'passage-title', p.heading ?? p.title), location(p.source, p.lines, null));
  const score = element('p', 'where', t.score(p.score));
  const text = element('blockquote', undefined, p.text);
  text.lang = 'fr';
  item.append(score, text);
  return item;
}

function setUpSearch(): void {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-input');
  const status = byId('search-status');
  const list = byId<HTMLOListElement>('search-results');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (!q) {
      input.focus();
      return;
    }
    setStatus(status, t.searching);
    try {
      const { results } = await request<{ results: PassageView[] }>(`/api/search?${new URLSearchParams({ q, k: '5' })}`);
      list.replaceChildren(...results.map(passageItem));
      setStatus(status, t.searchDone(results.length));
    } catch (error) {
      list.replaceChildren();
      setStatus(status, messageOf(error), true);
    }
  });
}

setUpVerify();
setUpSearch();
