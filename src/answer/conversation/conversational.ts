// The assistant as a conversation partner: the answering pipeline (assistant.ts) behind a layer that
// reads each message first. A conversational turn gets its fixed reply in the visitor's language,
// with no retrieval and no model; a question (greeting or thanks stripped) is answered in the
// language settled for it; every reply says its kind, and answers and refusals carry checked
// follow-up questions (a refusal also the contact page, when there is one).
import { LRUCache } from 'lru-cache';
import type { Retrieval } from '../../retrieve/hybrid.js';
import type { Language } from '../../types.js';
import { type AnswerHooks, Assistant, type AssistantOptions, streamText } from '../assistant.js';
import { extractiveAnswer } from '../extractive.js';
import { MIN_TOP_SCORE } from '../grounding.js';
import { conversationTriesToTakeOver } from '../history.js';
import { TurnSigner } from '../turnSignature.js';
import type { ChatAnswer, ChatRequest } from '../types.js';
import { questionKey } from './candidates.js';
import { indexKnowledge } from './bilingual.js';
import { Conversation, FOLLOW_UPS_OFFERED } from './conversation.js';
import { settleLanguage } from './language.js';
import type { CorpusOutline } from './outline.js';
import type { TurnReading } from './recognise.js';
import { copyWith } from '../../lib/copyWith.js';
import { refusalHelp } from './replies.js';

export interface ConversationalOptions extends AssistantOptions {
  /** The loaded index's outline, where example and follow-up questions come from. */
  outline?: CorpusOutline | null;
  /** CONTACT_URL. */
  contactUrl?: string;
}

/** A message read as a question: its text and its words (recognise.ts), read once for the follow-ups too. */
type AskedTurn = Extract<TurnReading, { type: 'question' }>;

/** Passages a question's follow-ups are drawn from (as many as the answer is chosen from). */
const PASSAGES_FOR_FOLLOW_UPS = 5;
/** Follow-up lists kept, per question, language and cited passages. */
const FOLLOW_UP_LISTS_KEPT = 5_000;
/** Checked follow-ups kept beyond those shown, so that questions already asked can be left out. */
const SPARE_FOLLOW_UPS = 2;

const BULLET = /^[-–—•*·]\s+/;
/** Words of an unpunctuated line that make it prose rather than a label (a menu entry, an org-chart box). */
const MIN_PROSE_WORDS = 6;

/**
 * An answer quoting only labels ("- Structure organisationnelle [1]") is grounded but says nothing:
 * offered as a suggestion, it would show the visitor a menu. At least one quote must be prose: a
 * sentence, an item that explains ("X : …"), or a long unbulleted line.
 */
function quotesProse(answer: ChatAnswer): boolean {
  return answer.answer
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/\s*\[\d+\]$/, '').trim())
    .some((quote) => /[.!?…;]$|\s:\s/.test(quote) || (!BULLET.test(quote) && quote.split(/\s+/).length >= MIN_PROSE_WORDS));
}

export class ConversationalAssistant extends Assistant {
  private readonly conversation: Conversation;
  private readonly contactUrl: string | undefined;
  /** Signs what this layer writes itself (a reply, a refusal with its help), as the base class signs its answers. */
  private readonly turnSigner: TurnSigner;
  /**
   * A question's follow-ups, kept like its answer: they are part of it (its suggestions), and with
   * the answer cache off (ANSWER_CACHE_SIZE=0) every question has its made anew too, so that a
   * measure of uncached answers (bench:chat) does all of a new question's work.
   */
  private readonly followUpLists: LRUCache<string, Promise<string[]>> | null;

  constructor(options: ConversationalOptions) {
    super(options);
    // The base class's default signer uses the per-process key, so a second default one signs alike.
    this.turnSigner = options.signer ?? new TurnSigner();
    this.contactUrl = options.contactUrl;
    this.followUpLists = options.cacheSize === 0 ? null : new LRUCache({ max: FOLLOW_UP_LISTS_KEPT });
    this.conversation = new Conversation({
      outline: options.outline ?? null,
      contactUrl: options.contactUrl,
      answerable: (question, language) => this.answerable(question, language),
      knowledge: options.outline ? indexKnowledge(options.outline, this.vocabulary) : null,
    });
  }

  override async answer(request: ChatRequest, hooks: AnswerHooks = {}): Promise<ChatAnswer> {
    const reading = this.conversation.read(request.message);
    const language = this.conversation.language(reading, request.message, {
      history: request.history,
      lang: request.lang,
      pageLang: request.pageLang,
    });
    if (reading.type === 'smalltalk') return this.smalltalk(reading, language, hooks);
    // A question this assistant offered is complete as it stands: joined to the history, it would not be the one checked.
    const offered = await this.conversation.offered(reading.question, language);
    // The passages the answer came from, if retrieved for this very question: its follow-ups are drawn from them too.
    let retrieved: Retrieval | null = null;
    const onRetrieval = (retrieval: Retrieval, k: number) => {
      if (k === PASSAGES_FOR_FOLLOW_UPS && retrieval.reading.text === reading.question) retrieved = retrieval;
    };
    // Unsigned: a grounded answer is signed as it is, a refusal once with its help (signed twice before).
    const answer = await super.answerUnsigned(
      { message: reading.question, lang: language, history: offered ? [] : request.history },
      copyWith(hooks, { onRetrieval }),
    );
    const asked = [...(request.history ?? []).filter((t) => t.role === 'user').map((t) => t.content), reading.question];
    // No suggestions after a takeover attempt, in the message or in the conversation: nothing to engage with.
    const takeover = !answer.grounded && conversationTriesToTakeOver(reading.question, request.history);
    const suggestions = takeover ? [] : await this.suggestionsFor(reading, answer, asked, retrieved);
    if (answer.grounded) return copyWith(this.signed(answer), { kind: 'answer' as const, suggestions });
    const help = refusalHelp(answer.language, { suggestions: suggestions.length > 0, contactUrl: this.contactUrl });
    streamText(help, hooks.onToken);
    const text = answer.answer + help;
    const refusal: ChatAnswer = copyWith(answer, {
      answer: text,
      signature: this.turnSigner.sign(text),
      kind: 'refusal' as const,
      suggestions,
    });
    if (this.contactUrl) refusal.contactUrl = this.contactUrl;
    return refusal;
  }

  private async smalltalk(
    reading: Extract<TurnReading, { type: 'smalltalk' }>,
    language: Language,
    hooks: AnswerHooks,
  ): Promise<ChatAnswer> {
    const reply = await this.conversation.reply(reading.kind, reading.opener, language);
    hooks.onCitations?.([]);
    streamText(reply.answer, hooks.onToken);
    const answer: ChatAnswer = {
      answer: reply.answer,
      grounded: false,
      citations: [],
      language,
      mode: this.mode,
      signature: this.turnSigner.sign(reply.answer),
      kind: 'smalltalk',
      suggestions: reply.suggestions,
    };
    if (reply.contactUrl) answer.contactUrl = reply.contactUrl;
    return answer;
  }

  /**
   * Checked questions to offer with an answer: what follows from its passages; with a refusal, what
   * follows from the passages retrieval found; then the examples.
   */
  private async suggestionsFor(question: AskedTurn, answer: ChatAnswer, asked: string[], retrieved: Retrieval | null): Promise<string[]> {
    const seen = new Set(asked.map(questionKey));
    return (await this.keptFollowUpList(question, answer, retrieved)).filter((q) => !seen.has(questionKey(q))).slice(0, FOLLOW_UPS_OFFERED);
  }

  private keptFollowUpList(question: AskedTurn, answer: ChatAnswer, retrieved: Retrieval | null): Promise<string[]> {
    if (!this.followUpLists) return this.followUpList(question, answer, retrieved);
    const key = [answer.language, question.words, ...answer.citations.map((c) => `${c.source}:${c.lines.join('-')}`)].join('\u0000');
    let list = this.followUpLists.get(key);
    if (!list) {
      list = this.followUpList(question, answer, retrieved);
      this.followUpLists.set(key, list);
    }
    return list;
  }

  private async followUpList(asked: AskedTurn, answer: ChatAnswer, answered: Retrieval | null): Promise<string[]> {
    const { language } = answer;
    const same = answered?.reading.language === language ? answered : null;
    const found = (same ?? (await this.retrieveForFollowUps(asked.question, language))).passages;
    // After a refusal, pages retrieval found only by chance (the recipe question finds the privacy
    // page) are not related: below the grounding's least top score, the general examples serve better.
    const retrieved = answer.grounded || (found[0]?.score ?? 0) >= MIN_TOP_SCORE ? found : [];
    const followUps = await this.conversation.followUps(
      { language, cited: answer.citations, retrieved, quoted: answer.answer, asked: [asked.question], askedWords: [asked.words] },
      FOLLOW_UPS_OFFERED + SPARE_FOLLOW_UPS,
    );
    if (followUps.length >= FOLLOW_UPS_OFFERED + SPARE_FOLLOW_UPS) return followUps;
    // Fewer than that near these passages (a one-page corpus, a page with no sections): the corpus's
    // example questions, checked like the rest, fill the list after them.
    const keys = new Set(followUps.map(questionKey));
    const examples = (await this.conversation.examples(language)).filter((q) => !keys.has(questionKey(q)));
    return [...followUps, ...examples];
  }

  /**
   * Would a visitor asking this, in this language, get a grounded answer? Asked as the visitor would
   * (read first, language settled from the question and the hint) but unseen: no cache, no events,
   * no model — offline answers are what checks can afford, and they are reproducible.
   */
  private async answerable(question: string, language: Language): Promise<boolean> {
    const reading = this.conversation.read(question);
    if (reading.type !== 'question' || reading.question !== question.trim()) return false;
    if (settleLanguage(question, { lang: language }) !== language) return false;
    const answer = this.offlineAnswer(await this.retrieveForFollowUps(question, language));
    return answer.grounded && answer.language === language && quotesProse(answer);
  }

  // The only two places this layer calls the retrieval and extractive APIs directly (the rest goes
  // through the base class), kept together so a change of those APIs is made here once.
  private retrieveForFollowUps(question: string, language: Language): Promise<Retrieval> {
    return this.retriever.readAndRetrieve(question, PASSAGES_FOR_FOLLOW_UPS, { language });
  }

  private offlineAnswer(retrieval: Retrieval): ChatAnswer {
    return extractiveAnswer(retrieval, this.vocabulary).answer;
  }
}
