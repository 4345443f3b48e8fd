// Incremental Server-Sent Events parser (WHATWG "event stream interpretation").
// Network chunks cut events, lines and even CRLF pairs anywhere, so state survives between pushes.

export interface SseEvent {
  /** Event type; "message" when the stream gave none, as EventSource does. */
  event: string;
  /** Data lines joined with "\n". */
  data: string;
  id?: string;
}

export interface SseParser {
  /** Feeds decoded text; complete events are dispatched synchronously. */
  push(text: string): void;
  /** Signals end of stream. A trailing event without its blank line is dropped, per the spec. */
  end(): void;
}

export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  let buffer = '';
  let atStart = true;
  // A chunk ending in "\r" may be half of a "\r\n" pair: the "\n" that follows must not make an empty line.
  let skipLeadingLf = false;
  let eventType = '';
  let dataLines: string[] = [];
  let lastId: string | undefined;

  function dispatch(): void {
    const type = eventType || 'message';
    const lines = dataLines;
    eventType = '';
    dataLines = [];
    if (lines.length === 0) return;
    const event: SseEvent = { event: type, data: lines.join('\n') };
    if (lastId !== undefined) event.id = lastId;
    onEvent(event);
  }

  function processLine(line: string): void {
    if (line === '') {
      dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventType = value;
    else if (field === 'data') dataLines.push(value);
    else if (field === 'id' && !value.includes('\0')) lastId = value;
    // "retry" only matters to auto-reconnecting clients; a POST stream is never resumed.
  }

  function push(text: string): void {
    if (text === '') return;
    if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
    skipLeadingLf = false;
    buffer += text;
    if (atStart && buffer.length > 0) {
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      atStart = false;
    }
    let start = 0;
    for (;;) {
      const end = nextLineBreak(buffer, start);
      if (end === -1) break;
      processLine(buffer.slice(start, end));
      if (buffer[end] === '\r') {
        if (end + 1 === buffer.length) {
          skipLeadingLf = true;
          start = end + 1;
        } else {
          start = buffer[end + 1] === '\n' ? end + 2 : end + 1;
        }
      } else {
        start = end + 1;
      }
    }
    buffer = buffer.slice(start);
  }

  function end(): void {
    buffer = '';
    dataLines = [];
    eventType = '';
  }

  return { push, end };
}

function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}
