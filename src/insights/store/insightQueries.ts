// The insights page's figures for a range of days, each computed by the database (GROUP BY), so the
// page costs the same whether a day had ten questions or ten thousand.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Language } from '../../contract/api.js';
import type { Counts, DayRange, InsightsReport, NegativeFeedback, QuestionGroup } from '../../contract/insights.js';
import type { InsightsTables } from '../db/schema.js';
import { toNumber } from './sql.js';
import { inDays, type TurnStore, turnsWithAnswers } from './turnStore.js';

/** Groups listed for top and unanswered questions: a page staff read, not a dump. */
export const TOP_GROUPS = 20;
/** Negative verdicts listed with their answers; the export has them all. */
export const NEGATIVE_FEEDBACK_LIMIT = 50;

type TurnsQuery = SelectQueryBuilder<InsightsTables, 'turns', object>;

/** Not grounded and not small talk: a greeting's reply cites nothing, but no content is missing. */
const UNANSWERED = sql<boolean>`grounded = 0 and (kind is null or kind <> 'smalltalk')`;

function counted(eb: ExpressionBuilder<InsightsTables, 'turns'>) {
  return [
    eb.fn.countAll().as('questions'),
    sql<number>`sum(case when ${UNANSWERED} then 1 else 0 end)`.as('unanswered'),
    sql<number>`sum(case when rating = 'up' then 1 else 0 end)`.as('up'),
    sql<number>`sum(case when rating = 'down' then 1 else 0 end)`.as('down'),
  ] as const;
}

function counts(row: { questions: unknown; unanswered: unknown; up: unknown; down: unknown }): Counts {
  return { questions: toNumber(row.questions), unanswered: toNumber(row.unanswered), up: toNumber(row.up), down: toNumber(row.down) };
}

const asLanguage = (value: string): Language => (value === 'en' ? 'en' : 'fr');

/** Each day from `from` to `to` inclusive. */
export function daysOf(range: DayRange): string[] {
  const days: string[] = [];
  for (let d = new Date(`${range.from}T00:00:00Z`); d.toISOString().slice(0, 10) <= range.to; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

export class InsightQueries {
  constructor(private readonly store: TurnStore) {}

  private inRange(range: DayRange): TurnsQuery {
    return inDays(this.store.database.db.selectFrom('turns'), range);
  }

  async report(range: DayRange): Promise<InsightsReport> {
    await this.store.database.ready();
    const [totals, byLanguage, byMode, trend, topQuestions, unanswered, negativeFeedback] = await Promise.all([
      this.totals(range),
      this.byLanguage(range),
      this.byMode(range),
      this.trend(range),
      this.groups(range, false),
      this.groups(range, true),
      this.negativeFeedback(range),
    ]);
    return { range, totals, byLanguage, byMode, trend, topQuestions, unanswered, negativeFeedback };
  }

  private async totals(range: DayRange): Promise<InsightsReport['totals']> {
    const row = await this.inRange(range)
      .select((eb) => [...counted(eb), sql<number>`sum(fallback)`.as('fallback')])
      .executeTakeFirstOrThrow();
    return { ...counts(row), fallback: toNumber(row.fallback) };
  }

  private async byLanguage(range: DayRange): Promise<InsightsReport['byLanguage']> {
    const rows = await this.inRange(range)
      .select((eb) => ['language', ...counted(eb)])
      .groupBy('language')
      .orderBy('language')
      .execute();
    return rows.map((r) => ({ language: asLanguage(r.language), ...counts(r) }));
  }

  private async byMode(range: DayRange): Promise<InsightsReport['byMode']> {
    const rows = await this.inRange(range)
      .select((eb) => ['mode', 'fallback', ...counted(eb)])
      .groupBy(['mode', 'fallback'])
      .orderBy('mode')
      .orderBy('fallback')
      .execute();
    return rows.map((r) => ({ mode: r.mode === 'llm' ? 'llm' : 'extractive', fallback: r.fallback === 1, ...counts(r) }));
  }

  private async trend(range: DayRange): Promise<InsightsReport['trend']> {
    const rows = await this.inRange(range)
      .select((eb) => ['day', ...counted(eb)])
      .groupBy('day')
      .execute();
    const byDay = new Map(rows.map((r) => [r.day, counts(r)]));
    return daysOf(range).map((day) => {
      const c = byDay.get(day);
      return { day, questions: c?.questions ?? 0, unanswered: c?.unanswered ?? 0, down: c?.down ?? 0 };
    });
  }

  private async groups(range: DayRange, unansweredOnly: boolean): Promise<QuestionGroup[]> {
    let query = this.inRange(range);
    if (unansweredOnly) query = query.where(UNANSWERED);
    const rows = await query
      .select((eb) => [
        'group_key',
        'language',
        ...counted(eb),
        eb.fn.count('question').distinct().as('variants'),
        eb.fn.min('question').as('example'),
        eb.fn.max('created_at').as('last_asked'),
      ])
      .groupBy(['group_key', 'language'])
      .orderBy('questions', 'desc')
      .orderBy('last_asked', 'desc')
      .limit(TOP_GROUPS)
      .execute();
    return rows.map((r) => ({
      key: r.group_key,
      example: String(r.example),
      language: asLanguage(r.language),
      variants: toNumber(r.variants),
      lastAsked: String(r.last_asked),
      ...counts(r),
    }));
  }

  private async negativeFeedback(range: DayRange): Promise<NegativeFeedback[]> {
    const rows = await inDays(turnsWithAnswers(this.store.database.db), range)
      .where('turns.rating', '=', 'down')
      .orderBy('turns.rated_at', 'desc')
      .orderBy('turns.id')
      .limit(NEGATIVE_FEEDBACK_LIMIT)
      .execute();
    return (await this.store.withCitations(rows)).map((turn) => ({
      answerId: turn.answerId,
      createdAt: turn.createdAt,
      question: turn.question,
      answer: turn.answer,
      comment: turn.feedback?.comment ?? null,
      language: turn.language,
      mode: turn.mode,
      fallback: turn.fallback,
      grounded: turn.grounded,
      citations: turn.citations.map(({ text: _text, ...rest }) => rest),
    }));
  }
}
