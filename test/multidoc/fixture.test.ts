// The team's multi-document fixture (issue 10, item 7): checks the fixture itself — its shape,
// its ground truth, and that every gold phrase points at one page — then runs the eval over it
// and prints the figures. What the issue requires absolutely (no duplicate passage, no text cited
// twice, no false "supported") is asserted as such; the rates are asserted as floors at what the
// answer layer reaches today (FLOORS), below the goals, so that a change losing ground fails.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { readCorpus } from '../../src/corpus/load.js';
import { corpusRelative } from '../../src/evaluation/citations.js';
import { formatClaimReport, readClaimSet, runClaims, VERDICTS, type Claim, type ClaimResult } from '../../src/evaluation/claims.js';
import { formatIndexStats, loadIndexStats, type IndexStats } from '../../src/evaluation/indexStats.js';
import { normalizeForMatch, readQuestionSet, sourcesOf, type Question } from '../../src/evaluation/questionSet.js';
import { formatReport, runEval, type QuestionResult } from '../../src/evaluation/runEval.js';
import { summarize } from '../../src/evaluation/summary.js';
import { withThrowawayIndex } from '../../src/evaluation/throwawayIndex.js';
import { createServer } from '../../src/serve/createServer.js';
import {
  CLAIMS_FILE,
  CORPUS_DIR,
  chromeLines,
  corpusFiles,
  hreflangTargets,
  QUESTIONS_FILE,
  rawOf,
  readManifest,
  sidecarOf,
  sidecarTranslationUrls,
  textOf,
  urlOf,
} from './support.js';

/**
 * Floors measured on main on 2026-12-02 after the ranking, grounding and fact-checking work
 * (fr hit@1 37/44, hit@3 42/44; en 34/44, 38/44; unanswerables 17/17; claims 23/26), raised the same
 * day by duration/frequency/place answer types, FAQ question lines read with their answers and the
 * translated pages' own words (fr hit@1 39/44, en hit@1 37/44), and by dictionary senses read past
 * their context label and French words sharing an untranslated English word's beginning (en hit@1
 * 38/44, hit@3 39/44), then by purpose questions standing for the aims a page lists and preferring
 * the name's own page (fr 40/44, 43/44; with the above, en 39/44, 40/44), and origin questions (fr
 * hit@3 44/44), and counts of people read as what a question counting people names (fr hit@1
 * 41/44), and by a leader question naming no part of its organisation preferring its whole head,
 * the newest (l01; with the purpose questions, en hit@1 40/44, hit@3 41/44). Issue 10's goals are
 * higher (fr 90/98 %, en 85/95 %, 90 % refused, 90 % of claims): raise a floor when a change reaches
 * more, never lower one to let a change through. A verb's dictionary sense dropped when its stem is
 * another word of the question's language ("started" → activer, "activities") raised en hit@1 to 41/44 (d05);
 * the migration terms FreeDict lacks (text/domainTerms.ts: smuggling → trafic illicite) to 42/44 (t03).
 */
const FLOORS = { fr: { hit1: 41, hit3: 44 }, en: { hit1: 42, hit3: 43 }, refused: 17, claimsRight: 30 };

const manifest = readManifest();
const files = corpusFiles();
let questions: Question[];
let claims: Claim[];

beforeAll(async () => {
  questions = await readQuestionSet(QUESTIONS_FILE);
  claims = await readClaimSet(CLAIMS_FILE);
});

describe('the multi-document fixture', () => {
  it('has at least 45 documents, every one described in fixture.json, in three formats and three languages', async () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(manifest.documents).sort()).toEqual(files);
    const docs = Object.values(manifest.documents);
    for (const format of ['txt', 'md', 'html']) expect(docs.filter((d) => d.format === format).length, format).toBeGreaterThanOrEqual(10);
    expect(docs.filter((d) => d.language === 'fr').length).toBeGreaterThan(docs.filter((d) => d.language === 'en').length);
    expect(docs.some((d) => d.language === 'es')).toBe(true);
    // Every sidecar is valid for the loader the server uses.
    expect((await readCorpus(CORPUS_DIR)).length).toBe(files.length);
  });

  it('declares each document language where the document does (html lang, sidecar language)', () => {
    for (const file of files) {
      const { language } = manifest.documents[file];
      const htmlLang = /<html lang="([a-z]{2})/.exec(rawOf(file))?.[1];
      if (htmlLang) expect(htmlLang, file).toBe(language);
      const sidecarLanguage = sidecarOf(file)?.language;
      if (sidecarLanguage) expect(sidecarLanguage, file).toBe(language);
    }
  });

  it('has at least 10 French/English pairs, each linked the way fixture.json says', () => {
    expect(manifest.pairs.length).toBeGreaterThanOrEqual(10);
    for (const link of ['hreflang', 'sidecar', 'url', 'none'])
      expect(
        manifest.pairs.some((p) => p.linkedBy.includes(link)),
        link,
      ).toBe(true);
    for (const { fr, en, linkedBy } of manifest.pairs) {
      expect([manifest.documents[fr]?.language, manifest.documents[en]?.language], `${fr} / ${en}`).toEqual(['fr', 'en']);
      const [frUrl, enUrl] = [urlOf(fr), urlOf(en)];
      const points = (from: string, to: string | null, targets: (f: string) => string[]) => !!to && targets(from).includes(to);
      if (linkedBy.includes('hreflang')) expect(points(fr, enUrl, hreflangTargets) || points(en, frUrl, hreflangTargets), fr).toBe(true);
      if (linkedBy.includes('sidecar'))
        expect(points(fr, enUrl, sidecarTranslationUrls) || points(en, frUrl, sidecarTranslationUrls), fr).toBe(true);
      if (linkedBy === 'url') expect(frUrl?.replace('/fr/', '/en/'), fr).toBe(enUrl);
      if (linkedBy === 'none') {
        expect(hreflangTargets(fr).length + hreflangTargets(en).length + sidecarTranslationUrls(fr).length, fr).toBe(0);
        expect([frUrl, enUrl], fr).toEqual([null, null]);
      }
    }
  });

  it('has a page captured twice (same bytes) and a print version (the same paragraphs, no menu)', () => {
    const capture = manifest.duplicates.find((d) => d.kind === 'capture')!;
    expect(new Set(capture.files.map(rawOf)).size).toBe(1);
    const [original, print] = manifest.duplicates.find((d) => d.kind === 'print')!.files;
    const originalText = normalizeForMatch(textOf(original));
    const paragraphs = textOf(print)
      .split('\n')
      .map((l) => l.replace(/^- /, ''))
      .filter((l) => l.length > 60 && /[.;]$/.test(l)); // body sentences, not the print header
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) expect(originalText, p).toContain(normalizeForMatch(p));
    const printText = normalizeForMatch(textOf(print));
    const chrome = chromeLines(new Map(files.map((f) => [f, textOf(f)]))).filter((line) => line.length > 60); // banners, strips, copyright: not the organisation's name alone
    expect(chrome.filter((line) => originalText.includes(line)).length).toBeGreaterThan(3);
    expect(chrome.filter((line) => printText.includes(line))).toEqual([]);
  });

  it('dates news releases from several years, by dateline, meta, sidecar or URL only', () => {
    const news = Object.values(manifest.documents).filter((d) => d.kind === 'news');
    expect(new Set(news.map((d) => d.date?.slice(0, 4))).size).toBeGreaterThanOrEqual(6);
    const sources = new Set(news.flatMap((d) => d.dateFrom));
    for (const how of ['dateline', 'meta.published_time', 'sidecar.published', 'url']) expect(sources.has(how), how).toBe(true);
  });

  it('has at least 70 questions in both languages, 12 unanswerable and 3 adversarial, every answerable one naming its page', () => {
    expect(questions.length).toBeGreaterThanOrEqual(70);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const lang of ['fr', 'en'])
      expect(questions.filter((q) => q.lang === lang).length, lang).toBeGreaterThanOrEqual(questions.length * 0.4);
    expect(questions.filter((q) => q.unanswerable).length).toBeGreaterThanOrEqual(12);
    expect(questions.filter((q) => q.adversarial).length).toBeGreaterThanOrEqual(3);
    for (const q of questions.filter((x) => !x.unanswerable)) {
      expect(sourcesOf(q).length, q.id).toBeGreaterThan(0);
      for (const source of sourcesOf(q)) expect(files, q.id).toContain(source);
      expect(q.gold.length + q.gold_any.length, q.id).toBeGreaterThan(0);
    }
  });

  it('has gold phrases that occur in their source documents, in no other document and in no menu or footer line', () => {
    const texts = new Map(files.map((f) => [f, textOf(f)]));
    const folded = new Map([...texts].map(([f, t]) => [f, normalizeForMatch(t)]));
    const chrome = chromeLines(texts);
    const problems: string[] = [];
    for (const q of questions.filter((x) => !x.unanswerable)) {
      const sources = sourcesOf(q);
      for (const phrase of [...q.gold, ...q.gold_any]) {
        const p = normalizeForMatch(phrase);
        const where = files.filter((f) => folded.get(f)!.includes(p));
        if (!where.some((f) => sources.includes(f))) problems.push(`${q.id}: "${phrase}" is in none of its sources`);
        const elsewhere = where.filter((f) => !sources.includes(f));
        if (elsewhere.length) problems.push(`${q.id}: "${phrase}" is also in ${elsewhere.join(', ')}`);
        if (chrome.some((line) => line.includes(p))) problems.push(`${q.id}: "${phrase}" is in a line repeated across documents`);
      }
      for (const phrase of q.gold)
        if (!sources.some((f) => folded.get(f)!.includes(normalizeForMatch(phrase))))
          problems.push(`${q.id}: gold "${phrase}" in no source`);
    }
    expect(problems).toEqual([]);
    // The check has something to find: menus, footers and banners repeat across documents.
    expect(chrome.length).toBeGreaterThan(20);
  });

  it('has at least 20 claims, French and English, with every verdict expected', () => {
    expect(claims.length).toBeGreaterThanOrEqual(20);
    for (const lang of ['fr-', 'en-']) expect(claims.filter((c) => c.id.startsWith(lang)).length, lang).toBeGreaterThanOrEqual(8);
    for (const verdict of VERDICTS) expect(claims.filter((c) => c.expected === verdict).length, verdict).toBeGreaterThanOrEqual(5);
  });
});

describe('the eval over the fixture (offline, through the server ingestion, answerer and fact checker)', () => {
  let results: QuestionResult[];
  let claimResults: ClaimResult[];
  let stats: IndexStats;
  let filesIndexed: number;
  let throwawayRoot: string;

  beforeAll(async () => {
    // Defaults, as `npm run eval` runs with an empty environment.
    await withThrowawayIndex(loadConfig({}), CORPUS_DIR, async (config, built) => {
      filesIndexed = built.files;
      throwawayRoot = path.dirname(config.INDEX_DIR);
      const { assistant, verifier } = await createServer(config).services();
      stats = await loadIndexStats(config);
      const report = await runEval(assistant, questions);
      const claimReport = await runClaims(verifier, claims);
      ({ results } = report);
      claimResults = claimReport.results;
      console.log(
        `\nMulti-document fixture (issue 10)\n${formatReport(report)}\n\n${formatIndexStats(stats)}\n\n${formatClaimReport(claimReport)}\n`,
      );
    });
  }, 300_000);

  it('indexes every document of the fixture', () => {
    expect(filesIndexed).toBe(files.length);
    expect(stats.passages).toBeGreaterThan(files.length);
  });

  it('answers every question with valid markers and cites only fixture documents', () => {
    expect(results).toHaveLength(questions.length);
    expect(results.filter((r) => !r.markersValid).map((r) => r.id)).toEqual([]);
    for (const r of results) for (const c of r.answer.citations) expect(files, r.id).toContain(corpusRelative(c.source));
  });

  it('finds the right page, refuses what it cannot answer and judges claims at least as well as FLOORS', () => {
    const summary = summarize(results);
    for (const lang of ['fr', 'en'] as const) {
      expect(summary.byLanguage[lang].hit1, `${lang} hit@1`).toBeGreaterThanOrEqual(FLOORS[lang].hit1);
      expect(summary.byLanguage[lang].hit3, `${lang} hit@3`).toBeGreaterThanOrEqual(FLOORS[lang].hit3);
    }
    expect(summary.refused, 'unanswerables refused').toBeGreaterThanOrEqual(FLOORS.refused);
    expect(claimResults.filter((r) => r.verdict === r.expected).length, 'claims right').toBeGreaterThanOrEqual(FLOORS.claimsRight);
  });

  it('never indexes a passage twice, cites a text twice or calls a false claim supported', () => {
    expect(stats.duplicatePassages).toBe(0);
    expect(results.filter((r) => r.repeatedCitation).map((r) => r.id)).toEqual([]);
    expect(claimResults.filter((r) => r.verdict === 'supported' && r.expected !== 'supported').map((r) => r.id)).toEqual([]);
  });

  it('gives every claim one of the three verdicts', () => {
    expect(claimResults).toHaveLength(claims.length);
    for (const r of claimResults) expect(VERDICTS, r.id).toContain(r.verdict);
  });

  it('removes its throwaway index when done', () => {
    expect(existsSync(throwawayRoot)).toBe(false);
  });
});
