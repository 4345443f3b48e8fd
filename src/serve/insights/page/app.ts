// The insights page's script (bundled by esbuild, served as /staff/insights/app.js): reads the
// period from the form (or the address), fetches GET /api/insights and renders it. Every text that
// came from a visitor or the corpus is set with textContent, never as HTML.
import type { Language } from '../../../contract/api.js';
import type { Counts, InsightsReport, NegativeFeedback, QuestionGroup } from '../../../contract/insights.js';
import { DEFAULT_RANGE_DAYS } from '../../../contract/limits.js';
import { byId, element } from '../../staff/page/dom.js';
import { INSIGHTS_STRINGS } from './i18n.js';

const language: Language = document.documentElement.lang === 'en' ? 'en' : 'fr';
const t = INSIGHTS_STRINGS[language];
const SVG = 'http://www.w3.org/2000/svg';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function initialRange(): { from: string; to: string } {
  const params = new URLSearchParams(location.search);
  const to = params.get('to') ?? isoDay(new Date());
  const start = new Date(`${to}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (DEFAULT_RANGE_DAYS - 1));
  return { from: params.get('from') ?? (Number.isNaN(start.getTime()) ? to : isoDay(start)), to };
}

/** A table with a caption, header cells with scope, and numeric columns aligned right. */
function table(caption: string, headers: string[], rows: Array<Array<string | number | Node>>, numeric: number[] = []): HTMLTableElement {
  const node = element('table');
  node.append(element('caption', undefined, caption));
  const head = element('tr');
  headers.forEach((h, i) => {
    const th = element('th', numeric.includes(i) ? 'num' : undefined, h);
    th.scope = 'col';
    head.append(th);
  });
  node.createTHead().append(head);
  const body = node.createTBody();
  for (const row of rows) {
    const tr = element('tr');
    row.forEach((cell, i) => {
      const td = element('td', numeric.includes(i) ? 'num' : undefined);
      td.append(cell instanceof Node ? cell : String(cell));
      tr.append(td);
    });
    body.append(tr);
  }
  return node;
}

function emptyOr(container: HTMLElement, nodes: Node[]): void {
  container.replaceChildren(...(nodes.length ? nodes : [element('p', 'hint', t.none)]));
}

function renderSummary(report: InsightsReport): void {
  const { totals } = report;
  const items: Array<[string, number]> = [
    [t.questions, totals.questions],
    [t.unanswered, totals.unanswered],
    [t.up, totals.up],
    [t.down, totals.down],
    [t.fallback, totals.fallback],
  ];
  byId('summary').replaceChildren(
    ...items.map(([label, value]) => {
      const group = element('div');
      group.append(element('dt', undefined, label), element('dd', undefined, String(value)));
      return group;
    }),
  );
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

// A bar chart of a few dozen days needs no charting library: plain SVG prints well and, with
// role="img", a summary label and the data table below, reads well with a screen reader.
function trendChart(trend: InsightsReport['trend']): SVGSVGElement {
  const width = 720;
  const height = 200;
  const bottom = 24;
  const max = Math.max(1, ...trend.map((d) => d.questions));
  const step = width / Math.max(1, trend.length);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', focusable: 'false' });
  const totals = trend.reduce((s, d) => ({ q: s.q + d.questions, u: s.u + d.unanswered }), { q: 0, u: 0 });
  chart.setAttribute('aria-label', t.chartLabel(trend.length, totals.q, totals.u));
  const scale = (n: number) => ((height - bottom - 8) * n) / max;
  trend.forEach((d, i) => {
    const x = i * step + step * 0.15;
    const w = step * 0.7;
    chart.append(svg('rect', { class: 'bar-all', x, width: w, y: height - bottom - scale(d.questions), height: scale(d.questions) }));
    chart.append(
      svg('rect', {
        class: 'bar-gap',
        x: x + w * 0.25,
        width: w * 0.5,
        y: height - bottom - scale(d.unanswered),
        height: scale(d.unanswered),
      }),
    );
  });
  chart.append(svg('line', { class: 'axis', x1: 0, x2: width, y1: height - bottom, y2: height - bottom }));
  for (const i of [0, trend.length - 1]) {
    const label = svg('text', { x: i * step + step / 2, y: height - 6, 'text-anchor': i === 0 ? 'start' : 'end' });
    label.textContent = trend[i]?.day ?? '';
    chart.append(label);
  }
  const top = svg('text', { x: 2, y: 12 });
  top.textContent = String(max);
  chart.append(top);
  return chart;
}

function renderTrend(report: InsightsReport): void {
  const legend = element('ul', 'legend');
  const key = (className: string, text: string) => {
    const item = element('li');
    item.append(element('span', className), text);
    return item;
  };
  legend.append(key('key-all', t.questions), key('key-gap', t.unanswered));
  legend.setAttribute('aria-hidden', 'true');
  const chart = element('div', 'chart');
  chart.append(trendChart(report.trend));
  const details = element('details');
  details.append(
    element('summary', undefined, t.trendTable),
    table(
      t.trendHeading,
      [t.day, t.questions, t.unanswered, t.down],
      report.trend.map((d) => [d.day, d.questions, d.unanswered, d.down]),
      [1, 2, 3],
    ),
  );
  byId('trend').replaceChildren(legend, chart, details);
}

function questionCell(group: QuestionGroup): HTMLElement {
  const cell = element('span', undefined, group.example);
  cell.lang = group.language;
  return cell;
}

function groupsTable(caption: string, groups: QuestionGroup[]): HTMLTableElement[] {
  if (!groups.length) return [];
  return [
    table(
      caption,
      [t.question, t.language, t.questions, t.variants, t.unanswered, t.up, t.down, t.lastAsked],
      groups.map((g) => [
        questionCell(g),
        t.languageName(g.language),
        g.questions,
        g.variants,
        g.unanswered,
        g.up,
        g.down,
        g.lastAsked.slice(0, 10),
      ]),
      [2, 3, 4, 5, 6],
    ),
  ];
}

function labelled(label: string, content: Node | string, lang?: string): HTMLParagraphElement {
  const p = element('p');
  const value = element('span', undefined);
  value.append(content);
  if (lang) value.lang = lang;
  // French typography puts a space before the colon.
  p.append(element('span', 'label', language === 'fr' ? `${label} : ` : `${label}: `), value);
  return p;
}

function feedbackItem(item: NegativeFeedback): HTMLLIElement {
  const li = element('li', 'feedback-item');
  const heading = element('h3', undefined, item.question);
  heading.lang = item.language;
  const answer = element('blockquote', undefined, item.answer);
  answer.lang = item.language;
  const sources = element('ul');
  for (const c of item.citations) {
    const where = [c.source, t.lines(c.lines), c.page !== undefined ? t.page(c.page) : null].filter(Boolean).join(' · ');
    const entry = element('li', undefined, `[${c.id}] ${c.title} — `);
    entry.append(element('span', 'file', where));
    sources.append(entry);
  }
  const link = element('a', 'evidence-link', t.evidenceLink);
  link.href = `/a/${encodeURIComponent(item.answerId)}?lang=${language}`;
  const evidence = element('p');
  evidence.append(link);
  li.append(
    heading,
    element(
      'p',
      'where',
      `${item.createdAt.slice(0, 16).replace('T', ' ')} · ${t.languageName(item.language)} · ${t.modeName(item.mode, item.fallback)}`,
    ),
    labelled(t.comment, item.comment ?? t.noComment),
    element('p', 'label', t.answer),
    answer,
  );
  if (item.citations.length) li.append(element('p', 'label', t.citations), sources);
  li.append(evidence);
  return li;
}

function splitRows<T extends Counts>(rows: T[], name: (row: T) => string): Array<Array<string | number>> {
  return rows.map((r) => [name(r), r.questions, r.unanswered, r.up, r.down]);
}

function render(report: InsightsReport): void {
  renderSummary(report);
  renderTrend(report);
  emptyOr(byId('top'), groupsTable(t.topHeading, report.topQuestions));
  emptyOr(byId('unanswered'), groupsTable(t.unansweredHeading, report.unanswered));
  emptyOr(byId('negative'), report.negativeFeedback.map(feedbackItem));
  const heads = (first: string) => [first, t.questions, t.unanswered, t.up, t.down];
  byId('by-language').replaceChildren(
    table(
      t.byLanguage,
      heads(t.language),
      splitRows(report.byLanguage, (r) => t.languageName(r.language)),
      [1, 2, 3, 4],
    ),
  );
  byId('by-mode').replaceChildren(
    table(
      t.byMode,
      heads(t.mode),
      splitRows(report.byMode, (r) => t.modeName(r.mode, r.fallback)),
      [1, 2, 3, 4],
    ),
  );
}

async function failureMessage(res: Response): Promise<string> {
  if (res.status === 401 || res.status === 403) return t.errorAuth;
  if (res.status === 400) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: unknown } } | null;
    return `${t.errorRange}${typeof body?.error?.message === 'string' ? body.error.message : ''}`;
  }
  return t.errorServer;
}

async function load(from: string, to: string): Promise<void> {
  const status = byId('status');
  const query = new URLSearchParams({ from, to });
  byId<HTMLAnchorElement>('export-csv').href = `/api/insights/export?${query}&format=csv`;
  byId<HTMLAnchorElement>('export-json').href = `/api/insights/export?${query}&format=json`;
  status.classList.remove('error');
  status.textContent = t.loading;
  let res: Response;
  try {
    res = await fetch(`/api/insights?${query}`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    status.textContent = t.errorNetwork;
    status.classList.add('error');
    return;
  }
  if (!res.ok) {
    status.textContent = await failureMessage(res);
    status.classList.add('error');
    return;
  }
  const report = (await res.json()) as InsightsReport;
  render(report);
  status.textContent = t.loaded(report.range.from, report.range.to);
}

function setUp(): void {
  const form = byId<HTMLFormElement>('range-form');
  const from = byId<HTMLInputElement>('from');
  const to = byId<HTMLInputElement>('to');
  const range = initialRange();
  from.value = range.from;
  to.value = range.to;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ lang: language, from: from.value, to: to.value });
    history.replaceState(null, '', `?${query}`);
    void load(from.value, to.value);
  });
  void load(range.from, range.to);
}

setUp();
