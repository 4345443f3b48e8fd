// English→French spelling correspondences of Latin-derived words (organization/organisation,
// security/sécurité, objective/objectif, member/membre). Written here because no package maps
// English words to their French cognates; variants are only used when the corpus has them.
import { foldAccents } from './analyzer.js';

const RULES: Array<[RegExp, string]> = [
  [/tional$/, 'tionnel'],
  [/ities$/, 'ités'],
  [/ity$/, 'ité'],
  [/ical$/, 'ique'],
  [/ics$/, 'iques'],
  [/ic$/, 'ique'],
  [/ives$/, 'ifs'],
  [/ive$/, 'if'],
  [/ous$/, 'eux'],
  [/([bt])ers$/, '$1res'],
  [/([bt])er$/, '$1re'],
  [/ors$/, 'eurs'],
  [/or$/, 'eur'],
  [/gies$/, 'gies'],
  [/gy$/, 'gie'],
  [/cy$/, 'cie'],
];

/** French-looking variants of an English word (none when no rule applies). */
export function frenchCognates(word: string): string[] {
  // American "iz" is French "is" (organizational → organisational), "gov" is "gouv"
  // (intergovernmental → intergouvernemental), a leading "dis" is often "dé" (displacement → déplacement).
  const base = word.replace(/iz/g, 'is').replace(/gov/g, 'gouv');
  const out = new Set<string>([base]);
  const forms = /^dis./.test(base) ? [base, base.replace(/^dis/, 'dé')] : [base];
  for (const form of forms) {
    out.add(form);
    for (const [pattern, replacement] of RULES) if (pattern.test(form)) out.add(form.replace(pattern, replacement));
  }
  out.delete(word);
  return [...out];
}

// French→English spellings of the same Latin-derived words, for French questions over English
// passages (sécurité/security, gouvernementaux/governmental, organisation/organization).
const TO_ENGLISH: Array<[RegExp, string]> = [
  [/isation(s?)$/, 'ization$1'],
  [/tionnel(le)?s?$/, 'tional'],
  [/ites$/, 'ities'],
  [/ite$/, 'ity'],
  [/iques$/, 'ics'],
  [/ique$/, 'ic'],
  [/ique$/, 'ical'],
  [/ifs$/, 'ives'],
  [/ives?$/, 'ive'],
  [/if$/, 'ive'],
  [/eux$/, 'ous'],
  [/euses?$/, 'ous'],
  [/([bt])res$/, '$1ers'],
  [/([bt])re$/, '$1er'],
  [/eurs$/, 'ors'],
  [/eur$/, 'or'],
  [/aux$/, 'al'],
  [/ale?s?$/, 'al'],
  [/elles?$/, 'al'],
  [/gie$/, 'gy'],
  [/cie$/, 'cy'],
];

/** English-looking variants of a French word, accents folded (none when no rule applies). */
export function englishCognates(word: string): string[] {
  // foldAccents: the same folding, with its module-constant regex and its ASCII shortcut.
  const bare = foldAccents(word).replace(/gouv/g, 'gov');
  const out = new Set<string>([bare]);
  const forms = /^de./.test(bare) ? [bare, bare.replace(/^de/, 'dis')] : [bare];
  for (const form of forms) {
    out.add(form);
    for (const [pattern, replacement] of TO_ENGLISH) if (pattern.test(form)) out.add(form.replace(pattern, replacement));
  }
  out.delete(word);
  return [...out];
}
