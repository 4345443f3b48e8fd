// The one channel through which the app reports what happened, to operators: each event is a log
// line (on the request's own logger, so it carries the request id) and the matching Prometheus
// counters, written together so logs and metrics cannot disagree. The assistant and the fact
// checker report model failures through the events this hands them, the insights their writes,
// drops and purges; the chat route reports answers and refusals of an overloaded model queue.
import type { Request } from 'express';
import type { AssistantEvents } from '../../answer/assistant.js';
import type { ChatAnswer, ChatRequest } from '../../contract/api.js';
import type { InsightsEvents } from '../../insights/service.js';
import { type Logger, requestLog } from './logger.js';
import { type Metrics, modelErrorKind } from './metrics.js';

export interface ChatInfo {
  /** Time from the parsed request to the finished answer. */
  ms: number;
  stream: boolean;
}

export interface TelemetryOptions {
  /** Put the visitor's message in the chat log line (LOG_CONTENT); off by default. */
  logContent?: boolean;
}

export class Telemetry {
  constructor(
    readonly logger: Logger,
    readonly metrics: Metrics,
    private readonly options: TelemetryOptions = {},
  ) {}

  /** One info line per answer (the message text only with LOG_CONTENT), and the answer counters. */
  chatAnswered(req: Request, request: ChatRequest, answer: ChatAnswer, info: ChatInfo): void {
    this.metrics.chatAnswered(answer);
    // Asked first: the request's logger is made on its first line, and at LOG_LEVEL=warn there is none.
    if (!this.logger.isLevelEnabled('info')) return;
    req.log?.info(
      {
        chat: {
          language: answer.language,
          kind: answer.kind,
          mode: answer.mode,
          grounded: answer.grounded,
          citations: answer.citations.length,
          suggestions: answer.suggestions?.length ?? 0,
          fallback: answer.fallback === true,
          stream: info.stream,
          historyTurns: request.history?.length ?? 0,
          ms: info.ms,
        },
        ...(this.options.logContent ? { content: { message: request.message } } : {}),
      },
      'chat answered',
    );
  }

  chatOverloaded(req: Request): void {
    req.log?.warn('chat refused: too many questions waiting for the model');
    this.metrics.chatOverloaded();
  }

  /** A configured model failed and the offline answer or verdict stands: counted by kind, logged on the request. */
  modelFailed(reason: string, error?: unknown): void {
    const kind = modelErrorKind(error ?? reason);
    this.metrics.modelFailed(kind);
    (requestLog() ?? this.logger).warn(
      { model: { kind, reason: reason.slice(0, 200) } },
      'model failed: answering with the extractive fallback',
    );
  }

  /** The gate refused a model call (busy, the address's share, a spent budget): the offline answer stands. */
  modelRefused(reason: string): void {
    this.metrics.modelCallRefused(reason);
    (requestLog() ?? this.logger).info({ model: { refused: reason } }, 'model not called: answering offline');
  }

  /** What the insights report through: a database that is down is logged and counted, never an error to a visitor. */
  insightsEvents(): InsightsEvents {
    return {
      onWritten: (count) => this.metrics.turnsRecorded(count),
      onFailure: (error, pending) => {
        this.metrics.recordingFailed();
        this.logger.error(
          { err: error, recording: { pending } },
          'recording failed: the insights database did not take the batch (answers are still served)',
        );
      },
      onDropped: (count, reason) => {
        this.metrics.recordingDropped(count, reason);
        this.logger.error({ recording: { dropped: count, reason } }, 'recording dropped answered questions');
      },
      onPurged: (deleted, cutoff) => {
        this.metrics.retentionDone(deleted);
        if (deleted) this.logger.info({ retention: { deleted, before: cutoff.toISOString() } }, 'retention purge');
      },
      onPurgeFailed: (error) => {
        this.metrics.retentionFailed();
        this.logger.error({ err: error }, 'retention purge failed (tried again at the next period)');
      },
      onDatabaseError: (error) => this.logger.warn({ err: error }, 'insights database connection error'),
    };
  }

  /** What the assistant and the fact checker report through. */
  assistantEvents(): AssistantEvents {
    return { onFallback: (reason, error) => this.modelFailed(reason, error) };
  }
}
