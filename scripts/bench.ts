// npm run bench -- [--sizes 10000,100000] [--queries 300]: performance figures of this machine,
// printed as markdown. Each corpus size runs in its own process so its peak RSS is its own.
// Retrieval lives in scripts/bench/retrieval.ts; the chat benchmark (npm run bench:chat) in scripts/bench/chat.ts.
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli, runCli, UsageError } from './lib/cli.js';
import type { RetrievalBenchResult } from './bench/retrieval.js';
import { fmt, markdownTable } from './bench/stats.js';
import { installedBuild } from './tune-hnswlib.js';

const USAGE = 'npm run bench -- [--sizes 10000,100000] [--queries 300]';
const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The targets at 100k passages. */
const TARGETS = { recallAt10: 0.95, p99Ms: 10 };

function parseOptions() {
  const { values } = parseCli({ sizes: { type: 'string', default: '10000,100000' }, queries: { type: 'string', default: '300' } }, USAGE);
  const sizes = values.sizes!.split(',').map((s) => Number(s.trim()));
  const queries = Number(values.queries);
  if (!sizes.length || sizes.some((s) => !Number.isInteger(s) || s < 100))
    throw new UsageError(`--sizes takes whole numbers ≥ 100, comma-separated.\nUsage: ${USAGE}`);
  if (!Number.isInteger(queries) || queries < 10) throw new UsageError(`--queries takes a whole number ≥ 10.\nUsage: ${USAGE}`);
  return { sizes, queries };
}

async function runRetrieval(size: number, queries: number): Promise<RetrievalBenchResult> {
  const child = execFile(
    process.execPath,
    ['--import', 'tsx', path.join(HERE, 'bench/retrieval.ts'), '--size', String(size), '--queries', String(queries)],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  child.stderr?.pipe(process.stderr);
  let stdout = '';
  child.stdout?.on('data', (d) => (stdout += d));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`retrieval benchmark at ${size} passages failed (exit ${code})`);
  return JSON.parse(stdout) as RetrievalBenchResult;
}

function ingestionTable(results: RetrievalBenchResult[]): string {
  return markdownTable(
    [
      'passages',
      'embed (chunks/s)',
      'HNSW insert (chunks/s)',
      'ingest: embed + insert (chunks/s)',
      'peak RSS after ingest (MB)',
      'lexical build (s)',
      'index write (ms)',
      'loadIndex (ms)',
      'open retriever (ms)',
      'on disk (MB)',
    ],
    results.map((r) => [
      fmt.int(r.size),
      fmt.int(r.ingest.embedPerSecond),
      fmt.int(r.ingest.insertPerSecond),
      fmt.int(r.ingest.chunksPerSecond),
      fmt.int(r.ingest.peakRssMb),
      fmt.s(r.lexicalBuildMs),
      fmt.int(r.disk.writeMs),
      fmt.int(r.disk.loadMs),
      fmt.int(r.disk.openMs),
      fmt.int(r.disk.bytes / 1e6),
    ]),
  );
}

function latencyTable(results: RetrievalBenchResult[]): string {
  const rows: (string | number)[][] = [];
  for (const r of results) {
    const { latency: l } = r;
    const line = (what: string, s: { p50: number; p99: number }) => rows.push([fmt.int(r.size), what, fmt.ms(s.p50), fmt.ms(s.p99)]);
    line('baseline: exact search (BruteforceSearch, k=10)', l.bruteforce);
    line(`HNSW searchKnn (k=10, ef=${r.params.ef})`, l.hnswOnly);
    if (r.builds) {
      line(' · same graph, portable hnswlib-node build (baseline; alternating with ↓)', r.builds.portable);
      line(` · same graph, installed build (${Math.round(r.builds.sameResults * 100)}% same neighbours)`, r.builds.installed);
    }
    line('vector channel (embed query + HnswStore k=10)', l.vector);
    line('**hybrid HybridRetriever.search (k=5)**', l.hybrid);
    line(' · expand (analysis, translation)', l.hybridStages.expand);
    line(' · embed query', l.hybridStages.embedQuery);
    line(` · vector candidates (k=${r.params.candidates})`, l.hybridStages.vectorCandidates);
    line(` · lexical candidates (BM25 postings + top-k, k=${r.params.candidates})`, l.hybridStages.lexicalCandidates);
    line(' · scoring (coverage + cosine of every candidate)', l.hybridStages.scoring);
  }
  return markdownTable(['passages', 'what (one query at a time)', 'p50 (ms)', 'p99 (ms)'], rows);
}

/** The shipped lexical channel next to MiniSearch, the library it replaced (see src/retrieve/lexical.ts). */
function libraryTable(results: RetrievalBenchResult[]): string {
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const lat = (s: { p50: number; p99: number }) => `${fmt.ms(s.p50)} / ${fmt.ms(s.p99)}`;
  const rows: (string | number)[][] = [];
  for (const r of results) {
    const x = r.lexical;
    const size = `${fmt.int(r.size)} (${x.queries} q.)`;
    rows.push([
      size,
      `**shipped: BM25 postings + top-k** (built in ${fmt.s(r.lexicalBuildMs)} s)`,
      lat(x.shipped),
      pct(x.sourceInCandidates.shipped),
      lat(x.hybrid),
      pct(x.sourceInTop5.shipped),
    ]);
    rows.push([
      size,
      `MiniSearch, fuzzy + prefix (as shipped before; built in ${fmt.s(x.miniSearchBuildMs)} s)`,
      lat(x.miniSearch),
      pct(x.sourceInCandidates.miniSearch),
      `${lat(x.hybridWithMiniSearch)} (${pct(x.sameTop5)} same top 5)`,
      pct(x.sourceInTop5.withMiniSearch),
    ]);
    rows.push([
      size,
      'MiniSearch, exact stems only (its fastest path)',
      lat(x.miniSearchExact),
      pct(x.sourceInCandidates.miniSearchExact),
      '',
      '',
    ]);
  }
  return markdownTable(
    [
      'passages',
      `lexical channel (k=${results[0]?.params.candidates})`,
      'channel p50 / p99 (ms)',
      'source passage in candidates',
      'hybrid search p50 / p99 (ms)',
      'source passage in hybrid top 5',
    ],
    rows,
  );
}

function recallTable(results: RetrievalBenchResult[]): string {
  const rows = results.flatMap((r) =>
    r.efSweep.map((p) => [
      fmt.int(r.size),
      `M=${r.params.m}, efC=${r.params.efConstruction}`,
      p.ef === r.params.ef ? `**${p.ef} (shipped)**` : p.ef,
      p.recallAt10.toFixed(3),
      fmt.ms(p.latency.p50),
      fmt.ms(p.latency.p99),
    ]),
  );
  return markdownTable(
    ['passages', 'graph', 'ef', `recall@10 vs exact (${results[0]?.queries} queries)`, 'searchKnn p50 (ms)', 'searchKnn p99 (ms)'],
    rows,
  );
}

function verdicts(results: RetrievalBenchResult[]): string[] {
  const largest = results.reduce((a, b) => (b.size > a.size ? b : a));
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return [
    `Targets (issue, at 100k passages; checked here at ${fmt.int(largest.size)}):`,
    `- recall@10 ≥ ${TARGETS.recallAt10}: ${largest.recallAt10.toFixed(3)} — ${check(largest.recallAt10 >= TARGETS.recallAt10)}`,
    `- vector channel p99 < ${TARGETS.p99Ms} ms: ${fmt.ms(largest.latency.vector.p99)} ms — ${check(largest.latency.vector.p99 < TARGETS.p99Ms)}`,
    `- hybrid retrieval p99 < ${TARGETS.p99Ms} ms: ${fmt.ms(largest.latency.hybrid.p99)} ms — ${check(largest.latency.hybrid.p99 < TARGETS.p99Ms)}`,
  ];
}

runCli(async () => {
  const { sizes, queries } = parseOptions();
  const started = performance.now();
  const results: RetrievalBenchResult[] = [];
  for (const size of sizes) results.push(await runRetrieval(size, queries));
  const [load1] = os.loadavg();
  const busy =
    load1 > os.cpus().length
      ? [
          `> Machine busy (load average ${load1.toFixed(1)} on ${os.cpus().length} cores): latencies, p99 above all, are inflated by waiting for a CPU.`,
          '',
        ]
      : [];
  console.log(
    [
      `## Retrieval benchmark`,
      '',
      `Synthetic French-like corpus (deterministic), local embedder, shipped HNSW settings. Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${installedBuild()}; load average ${load1.toFixed(1)} at the end; ${fmt.s(performance.now() - started)} s in all.`,
      '',
      ...busy,
      '### Ingestion, memory, index on disk',
      ingestionTable(results),
      '',
      '### HNSW recall against exact search',
      recallTable(results),
      '',
      '### Query latency',
      latencyTable(results),
      '',
      '### Lexical channel against the library it replaced (MiniSearch)',
      'The source passage is the one each synthetic question was written from (other passages may name the same things).',
      libraryTable(results),
      '',
      ...verdicts(results),
    ].join('\n'),
  );
});
