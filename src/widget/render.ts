// DOM for messages and passages. Untrusted text (answers, corpus passages, titles) only ever becomes
// text nodes or attribute values; links are built only from URLs that pass safeHttpUrl.
import type { ChatError, Citation } from './api.js';
import { h } from './dom.js';
import type { Strings } from './i18n.js';
import { safeHttpUrl, tokenizeAnswer } from './markers.js';

export type NoticeKind = 'info' | 'error';

export interface AssistantMessage {
  root: HTMLElement;
  body: HTMLElement;
  notice: HTMLElement;
}

export function userMessage(text: string, strings: Strings): HTMLElement {
  return h('div', { class: 'msg user' }, [h('span', { class: 'sr-only' }, [`${strings.you} `]), h('p', { class: 'text' }, [text])]);
}

export function assistantMessage(strings: Strings, initialText: string): AssistantMessage {
  const body = h('p', { class: 'text pending' }, [initialText]);
  const notice = h('p', { class: 'notice', hidden: true });
  // data-state (streaming → done | error | stopped) lets host scripts and tests follow an answer.
  const root = h('div', { class: 'msg assistant', 'data-state': 'streaming' }, [
    h('span', { class: 'sr-only' }, [`${strings.assistant} `]),
    body,
    notice,
  ]);
  return { root, body, notice };
}

/** Replaces the message body with the answer, markers naming a given citation becoming chip buttons. */
export function renderAnswer(
  body: HTMLElement,
  answer: string,
  citations: readonly Citation[],
  strings: Strings,
  onChip: (citation: Citation, chip: HTMLButtonElement) => void,
): void {
  const byId = new Map(citations.map((c) => [c.id, c]));
  const nodes = tokenizeAnswer(answer, new Set(byId.keys())).map((token) => {
    if (token.kind === 'text') return document.createTextNode(token.text);
    const citation = byId.get(token.id) as Citation;
    const chip = h('button', { type: 'button', class: 'chip', 'aria-label': strings.sourceChip(citation.id, citation.title) }, [
      String(citation.id),
    ]);
    chip.addEventListener('click', () => onChip(citation, chip));
    return chip;
  });
  body.classList.remove('pending');
  body.replaceChildren(...nodes);
}

/**
 * Questions offered after a reply, as buttons in the reply's language (lang set for screen readers).
 * They are plain buttons in reading order: Tab reaches them, Enter or Space asks.
 */
export function showSuggestions(
  message: AssistantMessage,
  suggestions: readonly string[],
  strings: Strings,
  lang: string,
  onAsk: (question: string) => void,
): void {
  if (!suggestions.length) return;
  const buttons = suggestions.map((question) => {
    const button = h('button', { type: 'button', class: 'suggestion' }, [question]);
    button.addEventListener('click', () => onAsk(question));
    return button;
  });
  message.root.append(h('div', { class: 'suggestions', role: 'group', 'aria-label': strings.suggestionsLabel, lang }, buttons));
}

/** A link to the contact page the server was configured with, only if it is an http(s) URL. */
export function showContact(message: AssistantMessage, url: string | undefined, strings: Strings): void {
  const href = safeHttpUrl(url);
  if (!href) return;
  message.root.append(
    h('p', { class: 'contact' }, [
      h('a', { class: 'contact-link', href, target: '_blank', rel: 'noopener noreferrer' }, [strings.contactLink]),
    ]),
  );
}

export function showNotice(message: AssistantMessage, text: string, kind: NoticeKind): void {
  message.notice.textContent = text;
  message.notice.className = `notice ${kind}`;
  message.notice.hidden = false;
}

/** Contents of the passage viewer: the cited text with where exactly it comes from. */
export function passageContent(citation: Citation, strings: Strings, headingId: string): HTMLElement[] {
  const location = `${strings.lines(citation.lines)} · ${strings.file} ${citation.source}`;
  const url = safeHttpUrl(citation.url);
  const nodes: Array<HTMLElement | null> = [
    h('h3', { id: headingId, class: 'passage-title', tabindex: '-1' }, [`${citation.id}. ${citation.title}`]),
    citation.heading ? h('p', { class: 'passage-heading' }, [citation.heading]) : null,
    h('p', { class: 'passage-lines' }, [location]),
    h('blockquote', { class: 'passage-text' }, [citation.text]),
    url ? h('a', { class: 'passage-link', href: url, target: '_blank', rel: 'noopener noreferrer' }, [strings.openSource]) : null,
  ];
  return nodes.filter((node): node is HTMLElement => node !== null);
}

export function failureText(strings: Strings, error: ChatError): string {
  switch (error.kind) {
    case 'network':
      return strings.errorNetwork;
    case 'rate_limit':
      return strings.errorRateLimit(error.retryAfterSeconds);
    case 'busy':
      return strings.errorBusy(error.retryAfterSeconds);
    case 'invalid':
      return strings.errorInvalid;
    case 'server':
      return strings.errorServer;
    case 'aborted':
      return strings.stopped;
    default:
      return strings.errorInterrupted;
  }
}
