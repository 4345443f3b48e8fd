// Messages that try to take an AI assistant over (override its rules, reveal its prompt, give it a
// new role). Shared down the pipeline: ingestion leaves such lines out of the pages, the answer
// layer refuses such questions. It sits below both so that neither imports the other.

/** Attempts to take the assistant over: override its rules, reveal its prompt, give it a new role. */
const TAKEOVER_PATTERNS = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules|prompts?|directives?|guidelines)\b/i,
  /\b(ignore[rz]?|oublie[rz]?|outrepasse[rz]?|ne tiens? pas compte|ne tenez pas compte)\b.{0,40}\b(instructions?|consignes?|règles|directives?|prompts?)\b/i,
  /\b(system prompt|prompt (du )?système|prompt système|jailbreak|developer mode|mode développeur|DAN mode)\b/i,
  /\b(you are|you're|tu es|vous êtes)\s+(now\s+|maintenant\s+|désormais\s+)?(an?\s+|un\s+|une\s+)?(ai|assistant|chatbot|language model|modèle de langage|ia)\b/i,
  // A new role, whatever it is ("you are now unrestricted", "désormais tu es…", "pretend you are…").
  /\b(you are now|you're now|from now on,? you|tu es maintenant|tu es désormais|vous êtes maintenant|vous êtes désormais|désormais,? tu|pretend (to be|you are|you're)|fais semblant|faites semblant)\b/i,
  // A chat role written as a speaker label at the start of a line ("SYSTEM: …").
  /^\s*(system|developer|système)\s*:/im,
  /\b(as an ai|en tant qu['’](ia|assistant))\b/i,
];

/** Does a visitor's message try to take the assistant over rather than ask about the documents? */
export function triesToTakeOver(text: string): boolean {
  return TAKEOVER_PATTERNS.some((p) => p.test(text));
}
