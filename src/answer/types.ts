// The chat API's shapes (src/contract.ts): answerers produce them, routes and CLIs print them.
export type { AnswerKind, ChatAnswer, ChatRequest, Citation, FallbackReason, HistoryTurn } from '../contract/api.js';
