// The evidence snapshot as a printable page, rendered on the server: no script, every stored text
// (question, answer, passages, comments) escaped, so the page shows exactly what was kept.
import type { Language } from '../../contract/api.js';
import type { EvidenceSnapshot, SnapshotCitation } from '../../contract/insights.js';
import { escapeHtml } from '../http/pages.js';
import { STAFF_BASE_CSS } from '../staff/routes.js';
import { INSIGHTS_STRINGS, type InsightsStrings } from './page/i18n.js';

/** Escapes every interpolated value; nested html`` results pass through as they are. */
class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}
function html(strings: TemplateStringsArray, ...values: Array<string | number | Html | Html[] | null>): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    const piece = v === null ? '' : Array.isArray(v) ? v.join('') : v instanceof Html ? v.value : escapeHtml(String(v));
    out += piece + strings[i + 1];
  });
  return new Html(out);
}

function location(c: SnapshotCitation, t: InsightsStrings): string {
  return [c.source, t.lines(c.lines), c.page !== undefined ? t.page(c.page) : null].filter(Boolean).join(' · ');
}

function citationBlock(c: SnapshotCitation, t: InsightsStrings): Html {
  return html`<li class="evidence-passage" id="passage-${c.id}">
  <h3>[${c.id}] ${c.title}${c.heading ? ` — ${c.heading}` : ''}</h3>
  <p class="where"><span class="file">${location(c, t)}</span></p>
  <p class="status-line"><span class="badge badge-${c.current}">${t.passageStatus[c.current]}</span></p>
  <blockquote>${c.text}</blockquote>
  <p class="hash">${t.hash} <code>${c.hash}</code></p>
  ${c.url ? html`<p><a href="${c.url}" rel="noopener noreferrer">${c.url}</a></p>` : null}
</li>`;
}

function verdict(s: EvidenceSnapshot, t: InsightsStrings): Html {
  if (!s.citations.length) return html`<p class="banner">${t.noPassages}</p>`;
  const changed = s.citations.filter((c) => c.current !== 'unchanged').length;
  return changed
    ? html`<p class="banner banner-changed" role="status">${t.changedSince(changed, s.citations.length)}</p>`
    : html`<p class="banner banner-same" role="status">${t.stillSame}</p>`;
}

/** Only http(s) links are rendered as links: a stored URL is data, not trusted markup. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export function renderSnapshotPage(snapshot: EvidenceSnapshot, language: Language): string {
  const t = INSIGHTS_STRINGS[language];
  const other = language === 'fr' ? 'en' : 'fr';
  const s = { ...snapshot, citations: snapshot.citations.map((c) => ({ ...c, url: safeUrl(c.url) })) };
  const feedback = s.feedback
    ? html`<dt>${t.feedback}</dt><dd>${t.ratingName(s.feedback.rating)}${s.feedback.comment ? ` — « ${s.feedback.comment} »` : ''}</dd>`
    : null;
  return html`<!doctype html>
<html lang="${language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${t.snapshotTitle}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${STAFF_BASE_CSS}">
  <link rel="stylesheet" href="/staff/insights/app.css">
</head>
<body>
  <header class="top">
    <p class="brand">OIM · IOM</p>
    <nav aria-label="Navigation">
      <a href="/staff/insights?lang=${language}">${t.backToInsights}</a>
      <a href="/a/${s.answerId}?lang=${other}" lang="${other}" hreflang="${other}" title="${t.otherLanguageLabel}">${t.otherLanguage}</a>
    </nav>
  </header>
  <main id="main">
    <h1>${t.snapshotHeading}</h1>
    <p class="answer-id"><code>${s.answerId}</code> · <a href="/a/${s.answerId}.json">${t.jsonForm}</a></p>
    ${verdict(s, t)}
    <dl class="facts">
      <dt>${t.askedOn}</dt><dd>${s.createdAt}</dd>
      <dt>${t.language}</dt><dd>${t.languageName(s.language)}</dd>
      <dt>${t.mode}</dt><dd>${t.modeName(s.mode, s.fallback)}</dd>
      <dt>${t.grounded}</dt><dd>${s.grounded ? t.yes : t.no}</dd>
      <dt>${t.builtFrom}</dt><dd><code>${s.indexBuildId ?? '—'}</code></dd>
      <dt>${t.currentBuild}</dt><dd><code>${s.currentBuildId ?? '—'}</code></dd>
      ${feedback}
    </dl>
    <h2>${t.question}</h2>
    <blockquote class="question" lang="${s.language}">${s.question}</blockquote>
    <h2>${t.answer}</h2>
    <blockquote class="answer" lang="${s.language}">${s.answer}</blockquote>
    <h2>${t.citations}</h2>
    <ol class="evidence-list">${s.citations.map((c) => citationBlock(c, t))}</ol>
  </main>
</body>
</html>
`.value;
}
