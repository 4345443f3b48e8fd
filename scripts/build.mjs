// @ts-check
// `npm run build` (and `prestart`): compiles src/ to dist/ for `npm start`, which then runs plain
// Node instead of the tsx loader. Each process of the server paid tsx's ~0.35 s (bench:startup's
// baselines) before its first line, and with the default two workers two processes start one
// after the other (the primary, then a worker that binds the port): /healthz came 2.6 s after the
// start, 0.9 s with one process. Tests and the command-line scripts still run the sources.
//
// One file out per file in, the same layout: code finds its assets and sibling modules from
// import.meta.url (staff pages, the widget's sources, the rebuild child, the writer thread), and
// those resolve the same way in dist/ as in src/. The browser scripts (.ts) the server bundles on
// first request are compiled too, and bundled from there. Transpiling only, as tsx does (esbuild,
// the same engine): `npm run typecheck` checks the types. A plain .mjs file so that `npm start`
// does not pay the tsx loader for its own build step; esbuild takes ~0.1 s for the whole tree.
//
// Usage: node scripts/build.mjs [--if-stale] [outdir]   (default: dist, next to src)
// --if-stale (prestart) builds only when a file under src/ changed since the last build: the check
// reads the tree's modification times, ~10 ms, where starting esbuild costs ~0.1–0.3 s.
import { readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
/** Files read at run time next to the code that reads them (pages, styles), copied as they are. */
const ASSETS = ['.html', '.css'];

const args = process.argv.slice(2);
const ifStale = args.includes('--if-stale');
const outdir = path.resolve(ROOT, args.find((a) => !a.startsWith('--')) ?? 'dist');
/** Written after a build: its time and the files it compiled (a file added with an old time, or removed, is a change too). */
const STAMP = path.join(outdir, '.build-stamp');

const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).map((f) => path.join(SRC, f));
const code = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
const assets = files.filter((f) => ASSETS.includes(path.extname(f)));
const inputs = [...code, ...assets];
const listing = inputs
  .map((f) => path.relative(SRC, f))
  .sort()
  .join('\n');

/** @returns {boolean} */
function upToDate() {
  let stamp;
  try {
    stamp = statSync(STAMP);
  } catch {
    return false;
  }
  return readFileSync(STAMP, 'utf8') === listing && inputs.every((f) => statSync(f).mtimeMs <= stamp.mtimeMs);
}

if (ifStale && upToDate()) process.exit(0);

// A file saved while esbuild runs is newer than the build's start, so the next start compiles it.
const started = new Date();
try {
  const { build } = await import('esbuild');
  await build({
    entryPoints: inputs,
    outdir,
    outbase: SRC,
    platform: 'node',
    format: 'esm',
    // Node 20 runs ES2023 as written. A node* target would also have esbuild rewrite every regex
    // literal with a Unicode property escape (\p{Lu}) into new RegExp(...), compiled again at each
    // evaluation (about 80 ns against 25 ns, microbenchmark): 63 of them, some on every request. tsx
    // still does (its target is the running Node): hence the request path's \p{…} module constants.
    target: 'es2023',
    loader: Object.fromEntries(ASSETS.map((ext) => [ext, 'copy'])),
    logLevel: 'warning',
  });
  writeFileSync(STAMP, listing);
  utimesSync(STAMP, started, started);
} catch {
  // esbuild has already printed each error with its file and line.
  process.stderr.write(`npm run build: could not compile src/ to ${path.relative(ROOT, outdir) || outdir}\n`);
  process.exit(1);
}
