// Measuring helpers shared by the benchmarks: latency percentiles, memory, and markdown tables.

export interface LatencySummary {
  p50: number;
  p99: number;
  mean: number;
  count: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** The middle value, or the mean of the two middle ones (four paired rounds have no single middle). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean, count: sorted.length };
}

/** Each call's wall time, in milliseconds, and its result. */
export async function measured<T, R>(inputs: T[], call: (input: T) => Promise<R> | R): Promise<{ samples: number[]; results: R[] }> {
  const samples: number[] = [];
  const results: R[] = [];
  for (const input of inputs) {
    const started = performance.now();
    results.push(await call(input));
    samples.push(performance.now() - started);
  }
  return { samples, results };
}

/** Wall time of each call, in milliseconds, one input after the other (no overlap between calls). */
export async function latencies<T>(inputs: T[], call: (input: T) => unknown): Promise<number[]> {
  return (await measured(inputs, call)).samples;
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const fmt = {
  ms: (v: number) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : Math.round(v).toString()),
  int: (v: number) => Math.round(v).toLocaleString('en-US'),
  s: (ms: number) => (ms / 1000).toFixed(1),
};
