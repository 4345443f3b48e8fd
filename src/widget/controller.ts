// Widget behaviour: opening and closing, the conversation, streaming and the passage viewer.
import type { Language } from '../contract/api.js';
import type { ChatRequestBody } from '../contract/api.js';
import { ChatError, streamChat, type Citation, type Turn } from './api.js';
import type { WidgetConfig } from './config.js';
import { h } from './dom.js';
import { feedbackControls } from './feedback.js';
import { stringsFor, toLanguage, type Strings } from './i18n.js';
import { applyStrings, buildPanel, MAX_QUESTION_LENGTH, renderStarters, type PanelRefs } from './panel.js';
import { PassageViewer } from './passage.js';
import {
  assistantMessage,
  failureText,
  renderAnswer,
  showContact,
  showNotice,
  showSuggestions,
  userMessage,
  type AssistantMessage,
} from './render.js';

// The API accepts at most 20 turns of at most 4000 characters; older turns matter least.
const MAX_HISTORY_TURNS = 20;
const MAX_TURN_LENGTH = 4000;

export interface OIMAssistantApi {
  open(): void;
  close(): void;
  ask(question: string): Promise<void>;
  setLanguage(lang: Language): void;
}

export class WidgetController {
  readonly refs: PanelRefs;
  private lang: Language;
  private strings: Strings;
  private history: Turn[] = [];
  private inFlight: AbortController | null = null;
  private readonly passage: PassageViewer;

  constructor(private readonly config: WidgetConfig) {
    this.lang = config.lang;
    this.strings = stringsFor(this.lang);
    this.refs = buildPanel(config.position);
    this.passage = new PassageViewer(this.refs);
    this.bindEvents();
    this.setLanguage(this.lang);
  }

  api(): OIMAssistantApi {
    return {
      open: () => this.open(),
      close: () => this.close(),
      ask: (question: string) => this.ask(question),
      setLanguage: (lang: Language) => this.setLanguage(lang),
    };
  }

  open(): void {
    const { panel, launcher, container, input } = this.refs;
    panel.hidden = false;
    container.classList.add('open');
    launcher.setAttribute('aria-expanded', 'true');
    if (!this.passage.isOpen) input.focus();
  }

  close(): void {
    const { panel, launcher, container } = this.refs;
    if (panel.hidden) return;
    panel.hidden = true;
    container.classList.remove('open');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  setLanguage(lang: Language): void {
    this.lang = toLanguage(lang) ?? this.lang;
    this.strings = stringsFor(this.lang);
    applyStrings(this.refs, this.strings, this.config.title ?? this.strings.defaultTitle, this.lang);
    if (this.history.length === 0 && !this.inFlight) this.resetLog();
  }

  async ask(question: string): Promise<void> {
    const message = question.trim().slice(0, MAX_QUESTION_LENGTH);
    if (!message) return;
    this.inFlight?.abort();
    this.open();
    this.passage.close(false);
    this.refs.starters.hidden = true;
    const reply = this.appendExchange(message);
    const controller = new AbortController();
    this.inFlight = controller;
    this.setStreaming(true);
    try {
      await this.stream(message, reply, controller.signal);
      reply.root.dataset.state = 'done';
    } catch (error) {
      this.showFailure(reply, error instanceof ChatError ? error : new ChatError('interrupted'));
    } finally {
      if (this.inFlight === controller) {
        this.inFlight = null;
        this.setStreaming(false);
      }
    }
  }

  private async stream(message: string, reply: AssistantMessage, signal: AbortSignal): Promise<void> {
    let citations: Citation[] = [];
    let text = '';
    const history = this.history.slice(-MAX_HISTORY_TURNS);
    const request: ChatRequestBody = { message, history, lang: this.lang };
    if (this.config.pageLang) request.pageLang = this.config.pageLang;
    await streamChat(
      `${this.config.apiBase}/api/chat`,
      request,
      {
        // A citations event starts an answer: a second one (the server fell back to quoting after
        // the model failed mid-stream) replaces what was streamed so far.
        onCitations: (received) => {
          citations = received;
          text = '';
        },
        onToken: (token) => {
          text += token;
          this.renderReply(reply, text, citations);
        },
        onDone: (response) => {
          // done is authoritative: a refusal has no citations even if passages were offered first.
          this.renderReply(reply, response.answer, response.citations);
          // A greeting's reply is not grounded either, but nothing was searched for: no "not found".
          const refused = response.kind ? response.kind === 'refusal' : !response.grounded;
          if (refused) showNotice(reply, this.strings.notGrounded, 'info');
          const lang = response.language ?? this.lang;
          showContact(reply, response.contactUrl, stringsFor(lang));
          showSuggestions(reply, response.suggestions, stringsFor(lang), lang, (question) => this.askSuggestion(question));
          if (response.answerId) this.offerFeedback(reply, response.answerId);
          this.remember({ role: 'user', content: message }, { role: 'assistant', content: response.answer, signature: response.signature });
        },
      },
      signal,
    );
  }

  /** A clicked suggestion is asked like a typed question; keyboard users go on from the composer, not from a button now gone stale. */
  private askSuggestion(question: string): void {
    if (this.inFlight) return;
    this.refs.input.focus();
    void this.ask(question);
  }

  private renderReply(reply: AssistantMessage, text: string, citations: Citation[]): void {
    renderAnswer(reply.body, text, citations, this.strings, (citation, chip) => this.passage.show(citation, chip, this.strings));
  }

  private offerFeedback(reply: AssistantMessage, answerId: string): void {
    reply.root.append(feedbackControls({ endpoint: `${this.config.apiBase}/api/feedback`, answerId, strings: this.strings }));
  }

  private remember(...turns: Turn[]): void {
    // A shortened answer no longer matches its signature, so it goes without one (the server quotes it).
    const trimmed = turns.map((turn) =>
      turn.signature && turn.content.length <= MAX_TURN_LENGTH
        ? { role: turn.role, content: turn.content, signature: turn.signature }
        : { role: turn.role, content: turn.content.slice(0, MAX_TURN_LENGTH) },
    );
    this.history = [...this.history, ...trimmed].slice(-MAX_HISTORY_TURNS);
  }

  private showFailure(reply: AssistantMessage, error: ChatError): void {
    reply.root.dataset.state = error.kind === 'aborted' ? 'stopped' : 'error';
    if (reply.body.classList.contains('pending')) reply.body.hidden = true;
    showNotice(reply, failureText(this.strings, error), error.kind === 'aborted' ? 'info' : 'error');
    this.scrollToEnd();
  }

  private appendExchange(message: string): AssistantMessage {
    const reply = assistantMessage(this.strings, this.strings.thinking);
    const question = userMessage(message, this.strings);
    this.refs.log.append(question, reply.root);
    // Answers are read from their first line, so the question goes to the top, not the log's end.
    this.refs.log.scrollTop = question.offsetTop - 12;
    return reply;
  }

  private setStreaming(streaming: boolean): void {
    const { stopButton, sendButton, log, input } = this.refs;
    const stopHadFocus = this.activeElement() === stopButton;
    stopButton.hidden = !streaming;
    sendButton.hidden = streaming;
    log.setAttribute('aria-busy', String(streaming));
    // The stop button disappears when the answer ends; keep keyboard users where they can type.
    if (stopHadFocus && !streaming) input.focus();
  }

  private stop(): void {
    this.inFlight?.abort();
    this.refs.input.focus();
  }

  private resetConversation(): void {
    this.inFlight?.abort();
    this.history = [];
    this.passage.close(false);
    this.resetLog();
    this.refs.input.focus();
  }

  private resetLog(): void {
    const { log, starters } = this.refs;
    log.replaceChildren(h('div', { class: 'msg intro' }, [h('p', {}, [this.strings.intro])]));
    renderStarters(starters, this.strings, (question) => void this.ask(question));
    starters.hidden = false;
  }

  private bindEvents(): void {
    const r = this.refs;
    r.launcher.addEventListener('click', () => (r.panel.hidden ? this.open() : this.close()));
    r.closeButton.addEventListener('click', () => this.close());
    r.newButton.addEventListener('click', () => this.resetConversation());
    r.stopButton.addEventListener('click', () => this.stop());
    r.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    r.input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      this.submit();
    });
    // On the container, not the panel: Escape must also close when focus is on the launcher.
    r.container.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || r.panel.hidden) return;
      event.preventDefault();
      event.stopPropagation();
      if (!this.passage.close()) this.close();
    });
  }

  private submit(): void {
    // While an answer streams, Enter keeps the draft: sending would silently cancel the answer being read.
    if (this.inFlight) return;
    const question = this.refs.input.value;
    if (!question.trim()) return;
    this.refs.input.value = '';
    void this.ask(question);
  }

  private activeElement(): Element | null {
    return (this.refs.container.getRootNode() as ShadowRoot | Document).activeElement ?? null;
  }

  private scrollToEnd(): void {
    this.refs.log.scrollTop = this.refs.log.scrollHeight;
  }
}
