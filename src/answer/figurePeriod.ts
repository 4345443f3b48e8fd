// The time a sentence's figure is of (figureScope.ts compares it with the year a question asks): the
// year it gives as its frame ("En 2023"), the year its total runs from ("depuis 2014"), or when it
// was said (a dateline, its page's date). Read from its own words, else from the sentence before it
// in its passage ("Plus de 18 000 de ces décès…" after "…depuis 2014"), else from its page's date.
import { periodOf } from '../retrieve/period.js';
import { isYear } from '../text/quantities/dating.js';
import type { Passage } from '../types.js';
import { figureLanguage, quantitiesOf } from './figures.js';
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
 * membres du personnel" after "La mission… a ouvert ses portes à Dakar en 1998" is no figure of 1998;
 * "Cette année, de nouvelles pluies… à 19 000 personnes" after "L'appel lancé en novembre 2021…" is
 * of the year its page was written, not 2021 (fresh10: a question of 2022 was refused as another year's).
 */
const NOW = /\b(?:aujourd['’]hui|actuellement|désormais|cette\s+année|today|now|currently|this\s+year)\b/iu;

/** The period of a unit's figure: its own years, else the sentence before it in its passage (not for a figure of now), else its page's date. */
export function linePeriod(unit: Pick<Unit, 'text' | 'passage' | 'position'>, passages: Passage[]): LinePeriod {
  const passage = passages[unit.passage];
  const language = figureLanguage(passage.language);
  const own = yearsOf(unit.text, language);
  if (says(own)) return own;
  const before = cachedPassage(passage).units[unit.position - 1]?.unit;
  const carried = before && !before.isItem && !NOW.test(unit.text) ? yearsOf(before.text, language) : own;
  if (says(carried)) return carried;
  const year = passage.date ? Number(passage.date.slice(0, 4)) : Number.NaN;
  return { years: [], since: null, dated: Number.isInteger(year) ? year : null };
}

/**
 * Is a sentence's figure of the year asked without the sentence writing it: it writes no year of
 * its own as a frame, and was said in that year (its dateline, the sentence before it or its
 * page's date: "L'OIM … compte quelque 14 300 membres du personnel" in a release of November 2019
 * is a figure of 2019). A running total counted to then is dated so too: the scope rules
 * (figureScope.ts) judge it; this says only that the line speaks of that year.
 */
export function datedInPeriod(unit: Pick<Unit, 'text' | 'passage' | 'position'>, passages: Passage[], period: number): boolean {
  const line = linePeriod(unit, passages);
  return line.years.length === 0 && asOfPage(line, passages[unit.passage]).dated === period;
}

/**
 * A line's period with its page's year as its date when its own words or the sentence before it
 * give none ("Depuis 2014, le projet a enregistré plus de 63 800 décès…" on a page of 2024): only
 * a line that writes a year or a running total lacks it (linePeriod falls back to the page's date
 * otherwise). What datedInPeriod and figureScope.ts total-of-another-date compare.
 */
export function asOfPage(line: LinePeriod, passage: Passage): LinePeriod {
  if (line.dated !== null || !passage.date) return line;
  const year = Number(passage.date.slice(0, 4));
  return Number.isInteger(year) ? { ...line, dated: year } : line;
}
