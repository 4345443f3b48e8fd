// Messages that try to take an AI assistant over (override its rules, reveal its prompt, give it a
// new role). Shared down the pipeline: ingestion leaves such lines out of the pages, the answer
// layer screens every turn of a conversation with it. It sits below both so that neither imports
// the other, and there is one list of patterns: a variant caught in one place is caught in the other.
// Patterns are matched on the text as written and on its screening form (compatibility forms,
// invisible characters, leetspeak).

/** Attempts to take the assistant over: override its rules, reveal its prompt, give it a new role. */
export const TAKEOVER_PATTERNS = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules|prompts?|directives?|guidelines)\b/i,
  /\b(ignore[rz]?|oublie[rz]?|outrepasse[rz]?|ne tiens? pas compte|ne tenez pas compte)\b.{0,40}\b(instructions?|consignes?|règles|directives?|prompts?)\b/i,
  /\b(system prompt|prompt (du )?système|prompt système|jailbreak|developer mode|mode développeur|DAN mode)\b/i,
  /\b(you are|you're|tu es|vous êtes)\s+(now\s+|maintenant\s+|désormais\s+)?(an?\s+|un\s+|une\s+)?(ai|assistant|chatbot|language model|modèle de langage|ia)\b/i,
  // A new role, whatever it is ("you are now unrestricted", "désormais tu es…", "pretend you are…").
  /\b(you are now|you're now|from now on,? you|tu es maintenant|tu es désormais|vous êtes maintenant|vous êtes désormais|désormais,? tu|pretend (to be|you are|you're)|fais semblant|faites semblant)\b/i,
  // A chat role written as a speaker label at the start of a line ("SYSTEM: …", "### System:", "[system]:").
  /^\s*(?:[#>*[(<|]+\s*)?(system|developer|système|développeur)\s*(?:[\])>|*]+\s*)?:/im,
  // Chat-template tokens: they only exist to mark a role inside a model's input.
  /<\|(im_start|im_end|system|user|assistant|endoftext)\|>|\[\/?INST\]|<<\/?SYS>>/i,
  /\b(as an ai|en tant qu['’](ia|assistant))\b/i,
  // Asking for the assistant's own hidden text, in English and French.
  /\b(print|repeat|show|reveal|display|output|copy|recite|echo|dump|paste|write out|give me|tell me)\b[^.?!\n]{0,40}\b(text|words|message|content|everything|lines?|instructions?|prompt)\b[^.?!\n]{0,25}\b(above|before this|preceding|you were given|you received|at the (start|beginning|top))/i,
  /\b(your|the)\s+(initial|original|hidden|secret|system|first|exact)\s+(instructions?|prompt|guidelines|directives)\b/i,
  /(?<![\wÀ-ÿ])(affiche[rz]?|répète[rz]?|répétez|montre[rz]?|recopie[rz]?|imprime[rz]?|écris|écrivez|donne[rz]?|révèle[rz]?|révélez|reproduis|reproduisez|cite[rz]?)(-(moi|nous))?\b[^.?!\n]{0,40}\b(texte|message|contenu|tout|lignes?|mots|instructions?|consignes?|prompt)\b[^.?!\n]{0,30}(ci-dessus|au-dessus|plus haut|qui précède|précédents?|précédentes?|d['’]avant|du début|reçus|reçues)/i,
  /\b(affiche|montre|donne|répète|révèle|liste|recopie|cite|dis)[sz]?(-(moi|nous))?\s+(tes|vos)\s+(instructions?|consignes?|règles|directives?|prompts?)\b/i,
  // French paraphrases of "ignore your instructions".
  /\b(oublie[rz]?|efface[rz]?|abandonne[rz]?|laisse[rz]? tomber|mets de côté|mettez de côté|fais abstraction|faites abstraction|ne tiens plus compte|ne tenez plus compte|ne suis plus|ne suivez plus|ne respecte plus|ne respectez plus)\b[^.?!\n]{0,40}(ce qu['’]on t['’]a|ce qu['’]on vous a|ce qui précède|ce qui t['’]a été|ce qui vous a été|tes (consignes|instructions|règles|directives|limites|restrictions|principes)|vos (consignes|instructions|règles|directives|limites|restrictions)|ton rôle|votre rôle|ta programmation|votre programmation)/i,
  /\b(fais|faites|agis|agissez|réponds|répondez)\s+comme si\s+(tu|vous)\s+(n['’]?avais|n['’]?aviez|étais|étiez)\b/i,
  /\b(tu n['’]es plus|vous n['’]êtes plus|you are no longer|you're no longer)\b/i,
  /\b(tu n['’]as plus|vous n['’]avez plus|you (no longer|don['’]t) have|you have no)\s+(de\s+|d['’]|any\s+)?(règles?|limites?|restrictions?|consignes?|filtres?|rules|limits|restrictions|filters|guidelines)\b/i,
  /\b(new|nouvelles?|nouveaux)\s+(instructions?|rules|policy|consignes?|règles|directives?)\s*:/i,
];

/**
 * Openings of a standing order to whoever answers: "from now on, answer…", "désormais, réponds…".
 * A page may well say "from now on, you can apply online" to its reader, so these are screened in
 * conversations only, never in pages.
 */
const CONVERSATION_TAKEOVER_PATTERNS = [
  /\b(from now on|from this point (on|forward)|from here on( out)?|starting now|henceforth|going forward|for the rest of (this|the|our) (conversation|chat|session))\b[^.?!\n]{0,60}\b(you|your|answer|reply|respond|act|behave|say|speak|talk|write|print|output|ignore|forget|pretend|reveal|only|always|never|must)\b/i,
  /(?<![\wÀ-ÿ])(à partir de maintenant|à partir d['’]aujourd['’]hui|dorénavant|désormais|dès maintenant|dès à présent|pour la suite de (cette|notre) conversation)\b[\s,:]+(tu|vous|réponds|répondez|agis|agissez|dis|dites|écris|écrivez|parle|parlez|ignore|ignorez|oublie|oubliez|sois|soyez|affiche|affichez|obéis|obéissez|ne|comporte-toi|comportez-vous|joue|jouez|uniquement|toujours|seulement)\b/i,
  /\b(tu|vous)\s+(dois|devez|devras|devrez|vas|allez|répondras|répondrez|seras|serez|parleras|parlerez)\b[^.?!\n]{0,30}\b(désormais|dorénavant|à partir de maintenant)\b/i,
  /\byou (will|must|shall) (now |only |always )+(answer|reply|respond|act|say|speak|write|ignore|obey|be)\b/i,
  // A forged turn: another speaker's label at the start of a line ("Assistant: sure, here is…").
  /^\s*(?:[#>*[(<|]+\s*)?(assistant|ai|ia|bot|chatbot|model|modèle|user|utilisateur|human|humain)\s*(?:[\])>|*]+\s*)?:/im,
];

/** Zero-width and invisible format characters that split a word so that a pattern misses it. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/** Digits and signs standing for letters ("1gn0re prev1ous 1nstruct10ns"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '|': 'l', '!': 'i' };

/**
 * The text as the patterns should see it: compatibility forms folded (full-width letters, ligatures),
 * invisible characters removed, leetspeak read as letters inside words.
 */
export function normalizeForScreening(text: string): string {
  // Plain ASCII has no compatibility form and no invisible character; without a digit or sign no
  // word is leetspeak. Most messages are one or the other, and are then returned as they are.
  const folded = ASCII.test(text) ? text : text.normalize('NFKC').replace(INVISIBLE, '');
  if (!LEET_SIGN.test(folded)) return folded;
  return folded.replace(/[\p{L}\d@$|!]*[\p{L}\d@$]/gu, (word) =>
    /\p{L}/u.test(word) && LEET_SIGN.test(word) ? word.replace(/[013457@$|!]/g, (c) => LEET[c]) : word,
  );
}

/** A character that may stand for a letter (see LEET). */
const LEET_SIGN = /[\d@$|!]/;
/** Text with no character beyond ASCII. */
const ASCII = /^[\x00-\x7f]*$/;

/** Does the text, as written or in its screening form, match one of the patterns? */
export function matchesAny(patterns: RegExp[], text: string): boolean {
  if (patterns.some((p) => p.test(text))) return true;
  const normalized = normalizeForScreening(text);
  return normalized !== text && patterns.some((p) => p.test(normalized));
}

/**
 * Both lists as one pattern, for the yes or no every message and turn is screened with: one pattern
 * tried at each position of the text rather than 22 scans of it, half the time (microbenchmark). The
 * same patterns with the same flags: each is case-insensitive, and m, which only those anchoring on
 * a line's start carry, changes nothing for the others (they write no ^ or $).
 */
const ANY_TAKEOVER = oneOf([...TAKEOVER_PATTERNS, ...CONVERSATION_TAKEOVER_PATTERNS]);

function oneOf(patterns: readonly RegExp[]): RegExp {
  const unanchored = (p: RegExp) => !/(?<!\[|\\)[$^]/.test(p.source);
  // A pattern with another flag (u, s, g) or an anchor without m would read differently joined: kept out loudly.
  if (patterns.some((p) => !(p.flags === 'im' || (p.flags === 'i' && unanchored(p)))))
    throw new Error('takeover patterns: flags i, or im with anchors');
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'im');
}

/** Does this form of a message match a takeover pattern (either list)? */
function matchedTakeover(form: string): boolean {
  return ANY_TAKEOVER.test(form);
}

/** Does a visitor's message (or a turn of the conversation) try to take the assistant over, disguised or not? */
export function triesToTakeOver(text: string): boolean {
  if (matchedTakeover(text)) return true;
  // The screening form once for both lists (matchesAny per list made it twice for every message).
  const normalized = normalizeForScreening(text);
  return normalized !== text && matchedTakeover(normalized);
}
