// The explanations of a verdict, in the claim's language: one or two short sentences that name the
// claim's words and the source's words that decided it.
import { formatDate } from '../answer/messages.js';
import type { Language } from '../types.js';
import type { Verdict } from './types.js';

export type Reason =
  | { kind: 'facts-match'; facts: Array<{ claim: string; source: string }> }
  | { kind: 'facts-differ'; facts: Array<{ claim: string; source: string }> }
  | { kind: 'terms-match' }
  | { kind: 'negation-denies' }
  | { kind: 'source-denies' }
  | { kind: 'negation-unsure' }
  | { kind: 'unknown-terms'; terms: string[] }
  | { kind: 'ambiguous'; claim: string; sources: string[] }
  | { kind: 'no-fact'; claim: string }
  | { kind: 'extra-terms'; facts: Array<{ claim: string; source: string }> }
  | { kind: 'other-setting'; facts: Array<{ claim: string; source: string }> }
  | { kind: 'other-periods'; period: number; figures: Array<{ source: string; date?: string }> }
  | { kind: 'terms-partial' }
  | { kind: 'nothing-checkable' };

const q = (language: Language, text: string) => (language === 'fr' ? `« ${text} »` : `“${text}”`);

function list(language: Language, items: string[]): string {
  const quoted = items.map((i) => q(language, i));
  if (quoted.length < 2) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${language === 'fr' ? 'et' : 'and'} ${quoted.at(-1)}`;
}

export function explain(reason: Reason, language: Language): string {
  const fr = language === 'fr';
  switch (reason.kind) {
    case 'facts-match': {
      const source = list(
        language,
        reason.facts.map((f) => f.source),
      );
      return fr
        ? `Le texte source indique ${source}, ce qui concorde avec l’affirmation.`
        : `The source text says ${source}, which matches the claim.`;
    }
    case 'facts-differ': {
      const parts = reason.facts.map((f) =>
        fr
          ? `l’affirmation dit ${q(language, f.claim)}, mais le texte source dit ${q(language, f.source)}`
          : `the claim says ${q(language, f.claim)}, but the source text says ${q(language, f.source)}`,
      );
      const text = parts.join('; ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    }
    case 'terms-match':
      return fr
        ? 'Une phrase du texte source reprend tous les termes clés de l’affirmation.'
        : 'One sentence of the source text states all the key terms of the claim (in French).';
    case 'negation-denies':
      return fr
        ? 'L’affirmation nie ce que le texte source déclare explicitement.'
        : 'The claim denies what the source text states explicitly.';
    case 'source-denies':
      return fr
        ? 'Le texte source reprend les termes de l’affirmation, mais pour les nier.'
        : 'The source text uses the terms of the claim, but to deny them.';
    case 'negation-unsure':
      return fr
        ? 'L’affirmation est une négation que le texte source ne permet pas de confirmer.'
        : 'The claim is a negation that the source text does not allow to confirm.';
    case 'unknown-terms':
      return fr
        ? `Le texte source ne traite pas de cette affirmation : il ne mentionne pas ${list(language, reason.terms)}.`
        : `The source text does not address this claim: it never mentions ${list(language, reason.terms)}.`;
    case 'ambiguous':
      return fr
        ? `Le texte source donne plusieurs chiffres qui pourraient correspondre à ${q(language, reason.claim)} (${list(language, reason.sources)}) : impossible de trancher.`
        : `The source text gives several figures that could match ${q(language, reason.claim)} (${list(language, reason.sources)}), so the claim cannot be decided.`;
    case 'no-fact':
      return fr
        ? `Le texte source ne donne aucun chiffre pour ${q(language, reason.claim)}.`
        : `The source text gives no figure for ${q(language, reason.claim)}.`;
    case 'extra-terms': {
      const source = list(
        language,
        reason.facts.map((f) => f.source),
      );
      return fr
        ? `Le texte source indique ${source}, mais ne dit pas le reste de l’affirmation.`
        : `The source text says ${source}, but not the rest of the claim.`;
    }
    case 'other-setting': {
      const source = list(
        language,
        reason.facts.map((f) => f.source),
      );
      return fr
        ? `Le texte source indique ${source}, mais pas dans le contexte que décrit l’affirmation.`
        : `The source text says ${source}, but not in the setting the claim describes.`;
    }
    case 'other-periods': {
      const figures = reason.figures.map((f) => `${q(language, f.source)}${f.date ? ` (${formatDate(f.date, language)})` : ''}`);
      const said = figures.length < 2 ? figures.join('') : `${figures.slice(0, -1).join(', ')} ${fr ? 'et' : 'and'} ${figures.at(-1)}`;
      return fr
        ? `Le texte source ne donne pas ce chiffre pour ${reason.period} ; il indique ${said}.`
        : `The source text gives no figure for ${reason.period}; it says ${said}.`;
    }
    case 'terms-partial':
      return fr
        ? 'Aucune phrase du texte source ne reprend l’ensemble de l’affirmation.'
        : 'No sentence of the source text states the whole claim.';
    case 'nothing-checkable':
      return fr
        ? 'L’affirmation ne contient aucun terme vérifiable dans le texte source.'
        : 'The claim has no term that the source text can check.';
  }
}

const VERDICT_NAMES: Record<Language, Record<Verdict, string>> = {
  fr: { supported: 'confirmée', contradicted: 'contredite', not_found: 'introuvable' },
  en: { supported: 'supported', contradicted: 'contradicted', not_found: 'not found' },
};

/** The explanation when the offline check and the model disagree: both verdicts, both reasons. */
export function disagreement(
  language: Language,
  offline: { verdict: Verdict; explanation: string },
  model: { verdict: Verdict; explanation: string },
): string {
  const name = (v: Verdict) => q(language, VERDICT_NAMES[language][v]);
  const trim = (s: string) => s.trim().replace(/[.!?…]+$/, '');
  return language === 'fr'
    ? `Verdict incertain : la vérification automatique conclut ${name(offline.verdict)} (${trim(offline.explanation)}), le modèle conclut ${name(model.verdict)} (${trim(model.explanation)}).`
    : `Uncertain: the automatic check finds the claim ${name(offline.verdict)} (${trim(offline.explanation)}), the model finds it ${name(model.verdict)} (${trim(model.explanation)}).`;
}
