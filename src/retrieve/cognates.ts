// English→French spelling correspondences of Latin-derived words (organization/organisation,
// security/sécurité, objective/objectif, member/membre). Written here because no package maps
// English words to their French cognates; variants are only used when the corpus has them.
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
  // American "iz" is French "is" anywhere in the word (organizational → organisational).
  const base = word.replace(/iz/g, 'is');
  const out = new Set<string>([base]);
  for (const [pattern, replacement] of RULES) if (pattern.test(base)) out.add(base.replace(pattern, replacement));
  out.delete(word);
  return [...out];
}
