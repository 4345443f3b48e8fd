// Text addressed to an AI assistant has no place in the organisation's pages: a line that gives
// instructions to "the assistant" or tries to override its rules is a planted prompt injection.
// Such lines are left out at ingestion, so they are never quoted nor shown to a model. The same
// detector screens every turn of a conversation before the answer layer calls a model (one list of
// patterns, so a variant caught in one place is caught in the other). Patterns are matched on the
// text as written and on its screening form (compatibility forms, invisible characters, leetspeak).
import type { Block } from '../corpus/clean.js';
import { matchesAny, TAKEOVER_PATTERNS } from '../text/takeover.js';

/**
 * Orders about the assistant's answers as a planted page line gives them. Too broad for a visitor's
 * question ("Does IOM only respond to crises?"), so questions are checked for a takeover only.
 */
const STANDING_ORDER_PATTERNS = [
  /\b(the assistant|the ai|the model|l['’]assistant|le modèle|l['’]ia)\b.{0,30}\b(must|should|shall|will now|doit|devra|dois)\b/i,
  // Speaking to the assistant ("Assistant, you must…", "Note à l'assistant : …").
  /\b(assistant|chatbot|chatgpt)\s*[,:]/i,
  // Standing orders about every answer, in the imperative.
  /\b(réponds|répondez|affiche|affichez|écris|écrivez|commence|commencez|ajoute|ajoutez|cite|citez|inclus|incluez)\b.{0,40}\b(toujours|uniquement|seulement|systématiquement|chaque réponse|toute réponse)\b/i,
  /\b(always|only|every answer|each answer|every response|each response)\b.{0,30}\b(answer|reply|respond|start|begin|include|cite|add|print|output|say)\b/i,
  /\b(answer|reply|respond|start|begin)\b.{0,30}\b(every answer|each answer|every response|always|only with)\b/i,
];

/**
 * Text written *to* a model rather than to a reader: notes for "the AI", orders to AI assistants or
 * language models, lines for whoever "is an AI". A page of the organisation never speaks to one.
 */
const ADDRESSED_TO_AI_PATTERNS = [
  /\b(note|message|instructions?|consignes?|directives?|rappel)s?\s+(pour|à|aux|destinée?s? (à|aux)|for|to)\s+(l['’]\s*|les\s+|la\s+|le\s+|the\s+|any\s+|all\s+)?(ia|ai|assistants?|chatbots?|llms?|robots? conversationnels?|modèles?( de langage)?|models?|language models?)\b/i,
  /\b(ai|ia)\s+(assistants?|agents?|models?|chatbots?|systems?|systèmes?|modèles?)\b.{0,40}\b(must|should|shall|have to|are (required|instructed|asked) to|doivent|devez|doit)\b/i,
  /\b(assistants?|agents?|modèles?|systèmes?)\s+(d['’]\s*)?(ia|ai)\b.{0,40}\b(must|should|shall|doivent|devez|doit)\b/i,
  /\b(language models?|llms?|chatbots?|modèles? de langage|grands modèles de langage)\b.{0,40}\b(must|should|shall|reading this|doivent|devez|doit|qui lisez|qui lit)\b/i,
  /\b(if you are|if you're|since you are|si (vous êtes|tu es)|comme (vous êtes|tu es))\s+(an?\s+|une?\s+)?(ai|ia|assistant|language model|llm|chatbot|modèle de langage|intelligence artificielle)\b/i,
  /\b(to|for|à|pour)\s+(any|every|all|toute?s?|chaque)\s+(l['’])?(ai|ia|assistants?|llms?|language models?|modèles?|chatbots?)\b.{0,30}\b(reading|lisant|qui lit|qui lisent|processing)\b/i,
];

const PAGE_PATTERNS = [...TAKEOVER_PATTERNS, ...STANDING_ORDER_PATTERNS, ...ADDRESSED_TO_AI_PATTERNS];

/** Is a line of a page addressed to an AI assistant (a takeover, a standing order, a note for the AI), disguised or not? */
export function isInstructionToAssistant(text: string): boolean {
  return matchesAny(PAGE_PATTERNS, text);
}

export interface Removed {
  line: number;
  text: string;
}

/** Blocks without their injection lines (a block left empty disappears), and what was removed. */
export function withoutInjections(blocks: Block[]): { blocks: Block[]; removed: Removed[] } {
  const removed: Removed[] = [];
  const kept = blocks
    .map((b) => ({
      ...b,
      lines: b.lines.filter((l) => {
        if (!isInstructionToAssistant(l.text)) return true;
        removed.push({ line: l.line, text: l.text });
        return false;
      }),
    }))
    .filter((b) => b.lines.length > 0);
  return { blocks: kept, removed };
}
