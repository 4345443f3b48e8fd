// A stand-in for the chat API that follows the contract (src/contract) exactly, with scripted answers.
// Used for behaviour the real corpus cannot produce on demand (hostile answer text, errors, rate limits).
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { type ChatRequest, type Citation, SSE_EVENTS } from '../../src/contract/api.js';
import { widgetRoutes } from '../../src/serve/widget/routes.js';

export type FakeCitation = Citation;

export interface FakeAnswer {
  answer: string;
  citations: FakeCitation[];
  grounded?: boolean;
  language?: 'fr' | 'en';
  /** Reply with this HTTP status and a JSON error instead of an answer. */
  status?: number;
  headers?: Record<string, string>;
}

export type ChatBody = ChatRequest;

export type FakeAnswerer = (body: ChatBody) => FakeAnswer;

export interface FakeApi {
  url: string;
  /** Every /api/chat body received, in order. */
  requests: ChatBody[];
  /** Origins that get CORS headers; read on every request, so tests may add a host page's origin later. */
  allowedOrigins: string[];
  close(): Promise<void>;
}

export const OBJECTIVES_PASSAGE: FakeCitation = {
  id: 1,
  source: 'corpus/oim-qui-sommes-nous.txt',
  title: 'Qui sommes nous',
  heading: 'Notre travail',
  lines: [34, 36],
  text: 'L’action de l’OIM est axée sur les trois objectifs suivants : sauver des vies et protéger les migrants ; trouver des solutions aux déplacements ; faciliter les voies de migration régulière.',
  score: 0.82,
  url: 'https://www.iom.int/fr/qui-sommes-nous',
};

export const FOUNDING_PASSAGE: FakeCitation = {
  id: 2,
  source: 'corpus/oim-qui-sommes-nous.txt',
  title: 'Qui sommes nous',
  heading: null,
  lines: [30, 30],
  text: 'L’OIM, qui a été créée en 1951 et fait partie du système des Nations Unies, est l’organisation intergouvernementale chef de file dans le domaine de la migration.',
  score: 0.74,
};

export const defaultAnswerer: FakeAnswerer = ({ message }) => {
  const french = /[àâçéèêëîïôûù]|\b(quels?|quand|combien|l’|l')/i.test(message);
  return french
    ? {
        language: 'fr',
        citations: [OBJECTIVES_PASSAGE, FOUNDING_PASSAGE],
        answer:
          'L’action de l’OIM est axée sur trois objectifs : sauver des vies et protéger les migrants, trouver des solutions aux déplacements et faciliter les voies de migration régulière [1]. Elle a été créée en 1951 [2].',
      }
    : {
        language: 'en',
        citations: [OBJECTIVES_PASSAGE, FOUNDING_PASSAGE],
        answer:
          'According to the documents (in French), IOM’s action focuses on three objectives: « Sauver des vies et protéger les migrants ; trouver des solutions aux déplacements ; faciliter les voies de migration régulière » [1]. It was founded in 1951 [2].',
      };
};

export async function startFakeApi(
  options: { answerer?: FakeAnswerer; allowedOrigins?: string[]; tokenDelayMs?: number } = {},
): Promise<FakeApi> {
  const answerer = options.answerer ?? defaultAnswerer;
  const requests: ChatBody[] = [];
  const allowedOrigins = [...(options.allowedOrigins ?? [])];
  const app = express();
  app.use(cors(allowedOrigins));
  app.use(widgetRoutes());
  app.post('/api/chat', express.json(), async (req: Request, res: Response) => {
    const body = req.body as ChatBody;
    requests.push(body);
    const reply = answerer(body);
    if (reply.status) {
      res
        .status(reply.status)
        .set(reply.headers ?? {})
        .json({ error: { code: 'fake', message: 'fake error' } });
      return;
    }
    const response = {
      answer: reply.answer,
      grounded: reply.grounded ?? true,
      citations: reply.citations,
      language: reply.language ?? 'en',
      mode: 'extractive',
    };
    if (!String(req.headers.accept).includes('text/event-stream')) {
      res.json(response);
      return;
    }
    await streamSse(res, response, options.tokenDelayMs ?? 15);
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    allowedOrigins,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function streamSse(res: Response, response: { answer: string; citations: FakeCitation[] }, delayMs: number): Promise<void> {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  send(SSE_EVENTS.citations, response.citations);
  // Word-sized tokens split markers like "[1]" from their neighbours, as a model's tokens can.
  for (const token of response.answer.match(/\S+\s*|\s+/g) ?? []) {
    if (res.destroyed) return;
    send(SSE_EVENTS.token, { text: token });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  send(SSE_EVENTS.done, response);
  res.end();
}

function cors(allowed: string[]) {
  return (req: Request, res: Response, next: () => void) => {
    const origin = req.headers.origin;
    if (origin && allowed.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      // Without this a cross-origin page cannot read Retry-After on a 429.
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
