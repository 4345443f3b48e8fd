// Small HTTP helpers for API tests: JSON calls and a Server-Sent Events reader.
import { createParser } from 'eventsource-parser';
export interface SseEvent {
  event: string;
  data: any;
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** Parses a complete SSE body into events, with the widget's parser (eventsource-parser); data is JSON. */
export function parseSse(text: string): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createParser({ onEvent: (e) => events.push({ event: e.event ?? 'message', data: JSON.parse(e.data) }) });
  parser.feed(text);
  return events;
}

export async function postSse(url: string, body: unknown): Promise<{ status: number; contentType: string | null; events: SseEvent[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(body),
  });
  return { status: res.status, contentType: res.headers.get('content-type'), events: parseSse(await res.text()) };
}
