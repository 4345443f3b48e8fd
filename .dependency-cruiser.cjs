// The pipeline's import rules, checked by `npm run lint` (and so by `npm test` and CI):
// - no cycle between modules (type imports included);
// - a layer imports itself, the shared modules and the layers before it in LAYERS, never one after it;
// - in src/serve, the HTTP plumbing (http/) imports no feature, a feature imports no other feature
//   and nothing imports the composition root (createServer.ts) but main.ts;
// - browser code (the widget, the staff pages) imports only itself, the API contract and the staff
//   pages' shared browser code, so that no server module ends up in a bundle.
/** Import order: each entry may import the entries above it. */
const LAYERS = [
  ['shared', '^src/(config|types|vendor\\.d)\\.ts$|^src/(lib|contract)/'],
  ['text', '^src/text/'],
  ['corpus', '^src/corpus/'],
  ['embed', '^src/embed/'],
  ['index', '^src/index/'],
  ['ingest', '^src/ingest/'],
  ['sources', '^src/sources/'],
  ['retrieve', '^src/retrieve/'],
  ['answer', '^src/answer/'],
  ['verify', '^src/verify/'],
  ['evaluation', '^src/evaluation/'],
  // What visitors asked and were answered, kept for staff: reads the index and the analyzer, below the server.
  ['insights', '^src/insights/'],
  ['serve', '^src/serve/'],
  ['widget', '^src/widget/'],
];

const layerRules = LAYERS.flatMap(([name, path], i) => {
  const later = LAYERS.slice(i + 1).map(([, p]) => `(${p})`);
  if (!later.length) return [];
  return [
    {
      name: `${name}-imports-down-only`,
      comment: `${name} may import only itself and the layers before it (${LAYERS.slice(0, i)
        .map(([n]) => n)
        .join(', ')})`,
      severity: 'error',
      from: { path },
      to: { path: later.join('|') },
    },
  ];
});

const FEATURES = '(chat|search|verify|insights|widget|admin|health)';
/** Code bundled for the browser: the widget, the staff pages' scripts and what those share (serve/staff/page). */
const BROWSER = '^src/(widget|serve/verify/staff|serve/insights/page|serve/staff/page)/';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    ...layerRules,
    {
      name: 'http-plumbing-imports-no-feature',
      severity: 'error',
      from: { path: '^src/serve/http/' },
      to: { path: '^src/serve/', pathNot: '^src/serve/http/' },
    },
    {
      name: 'features-stay-apart',
      comment: 'a feature folder uses serve/http, serve/state and serve/services, not another feature',
      severity: 'error',
      from: { path: `^src/serve/${FEATURES}/` },
      to: { path: `^src/serve/${FEATURES}/`, pathNot: '^src/serve/$1/' },
    },
    {
      name: 'one-composition-root',
      comment: 'only main.ts (and process.ts, the one process it starts) starts what createServer assembles; its types may be named elsewhere',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/serve/(main|process)\\.ts$' },
      to: { path: '^src/serve/(createServer|main)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'browser-code-imports-the-contract-only',
      severity: 'error',
      from: { path: BROWSER },
      to: { path: '^src/', pathNot: ['^src/$1/', '^src/contract/', '^src/serve/staff/page/'] },
    },
    {
      name: 'browser-code-imports-no-zod',
      comment: 'contract/api.ts and insights.ts build zod schemas: browser code takes their types only (values are in contract/limits.ts)',
      severity: 'error',
      from: { path: BROWSER },
      to: { path: '^src/contract/', pathNot: '^src/contract/limits\\.ts$', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
