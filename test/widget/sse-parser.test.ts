import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from '../../src/widget/sse-parser.js';

function parseChunks(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((event) => events.push(event));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return events;
}

const STREAM =
  ': keep-alive comment\n' +
  'event: citations\n' +
  'data: [{"id":1}]\n\n' +
  'event: token\n' +
  'data: {"text":"Bonjour "}\n\n' +
  'event: token\r\n' +
  'data: {"text":"à tous [1]"}\r\n\r\n' +
  'event: done\r' +
  'data: line one\r' +
  'data: line two\r\r';

const EXPECTED: SseEvent[] = [
  { event: 'citations', data: '[{"id":1}]' },
  { event: 'token', data: '{"text":"Bonjour "}' },
  { event: 'token', data: '{"text":"à tous [1]"}' },
  { event: 'done', data: 'line one\nline two' },
];

describe('createSseParser', () => {
  it('parses LF, CRLF and CR line endings, comments and multi-line data in one chunk', () => {
    expect(parseChunks([STREAM])).toEqual(EXPECTED);
  });

  it('gives the same events whatever position the stream is split at', () => {
    for (let i = 0; i <= STREAM.length; i++) {
      expect(parseChunks([STREAM.slice(0, i), STREAM.slice(i)]), `split at ${i}`).toEqual(EXPECTED);
    }
  });

  it('gives the same events when every character arrives alone', () => {
    expect(parseChunks([...STREAM])).toEqual(EXPECTED);
  });

  it('does not turn a CRLF split between chunks into an extra blank line', () => {
    const events = parseChunks(['data: a\r', '\ndata: b\r', '\n\r', '\n']);
    expect(events).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('strips one leading space only, keeps colons in values and accepts fields without a colon', () => {
    const events = parseChunks(['data:  two spaces: kept\n', 'data\n', 'data:x\n\n']);
    expect(events).toEqual([{ event: 'message', data: ' two spaces: kept\n\nx' }]);
  });

  it('ignores a byte order mark, events without data and unknown fields', () => {
    const events = parseChunks(['\uFEFFevent: ping\n\n', 'foo: bar\nretry: 10\nid: 7\nevent: token\ndata: {}\n\n']);
    expect(events).toEqual([{ event: 'token', data: '{}', id: '7' }]);
  });

  it('drops an event that the stream ends before terminating', () => {
    expect(parseChunks(['event: done\ndata: {"answer":"x"}\n'])).toEqual([]);
  });

  it('resets the event type after each dispatch', () => {
    const events = parseChunks(['event: token\ndata: 1\n\ndata: 2\n\n']);
    expect(events.map((e) => e.event)).toEqual(['token', 'message']);
  });
});
