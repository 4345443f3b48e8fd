// The time a sentence's figure is of (figureScope.ts compares it with the year a question asks): the
// year it gives as its frame ("En 2023"), the year its total runs from ("depuis 2014"), or when it
// was said (a dateline, its page's date). Read from its own words, else from the sentence before it
// in its passage ("Plus de 18 000 de ces décès…" after "…depuis 2014"), else from its page's date.
import { periodOf } from '../retrieve/period.js';
import { textLanguage } from '../text/analyzer.js';
import { isYear } from '../text/quantities/dating.js';
import type { Passage } from '../types.js';
import { quantitiesOf } from './figures.js';
import { cachedPassage } from './unitCache.js';
import type { Unit } from './units.js';

/** The time a sentence's figure is of, as its words (or those before it, or its page) give it. */
export interface LinePeriod {
  /** The years it writes as a time frame ("En 2023", "at the end of 2022"): what its figure is of. */
  years: readonly number[];
  /** A year its figure runs from ("depuis 2014", "since 1994"): a running total, not one year's count. */
  since: number | null;
  /** When it was said: a date it writes ("GENEVA, 27 November 2019 —"), else its page's year. */
  dated: number | null;
}

/** The years a text writes as a time frame, the year it counts from ("depuis 2014") and the first year it writes as a date. */
function yearsOf(text: string, language: 'fr' | 'en'): LinePeriod {
  const frame = periodOf(text);
  let since: number | null = null;
  let dated: number | null = null;
  for (const q of quantitiesOf(text, language)) {
    if (!isYear(q.value) || q.unit.length > 0 || q.value === frame) continue;
    if (q.concept === 'since') since ??= q.value;
    // A creation's year ("fondée en 1951") dates the thing, not the figure.
    else if (q.concept === null) dated ??= q.value;
  }
  return { years: frame === null ? [] : [frame], since, dated };
}

const says = (period: LinePeriod) => period.years.length > 0 || period.since !== null || period.dated !== null;

/**
 * Words by which a sentence gives its figure as of when it is said: "Elle compte aujourd'hui 185
 * membres du personnel" after "La mission… a ouvert ses portes à Dakar en 1998" is no figure of 1998.
 */
const NOW = /\b(?:aujourd['’]hui|actuellement|désormais|today|now|currently)\b/iu;

/** The period of a unit's figure: its own years, else the sentence before it in its passage (not for a figure of now), else its page's date. */
export function linePeriod(unit: Pick<Unit, 'text' | 'passage' | 'position'>, passages: Passage[]): LinePeriod {
  const passage = passages[unit.passage];
  const language = textLanguage(passage.language) === 'en' ? 'en' : 'fr';
  const own = yearsOf(unit.text, language);
  if (says(own)) return own;
  const before = cachedPassage(passage).units[unit.position - 1]?.unit;
  const carried = before && !before.isItem && !NOW.test(unit.text) ? yearsOf(before.text, language) : own;
  if (says(carried)) return carried;
  const year = passage.date ? Number(passage.date.slice(0, 4)) : Number.NaN;
  return { years: [], since: null, dated: Number.isInteger(year) ? year : null };
}
