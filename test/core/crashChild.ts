// Child process for the crash-safety test: loads everything scripts/ingest.ts needs, says "ready",
// and runs that very script when it reads a corpus folder on stdin. Killing it then hits the real
// ingestion at a random point of its work rather than, mostly, during Node's start-up; and the
// test can warm the next child while the current one runs, before it knows which corpus is next.
await Promise.all([
  import('../../src/ingest/ingest.js'),
  import('../../src/embed/index.js'),
  import('../../src/config.js'),
  import('../../scripts/lib/cli.js'),
  import('cli-progress'),
]);
process.stdout.write('ready\n');
process.stdin.once('data', (data) => {
  process.stdin.destroy(); // stdin must not keep the process alive once the script is done
  process.env.CORPUS_DIR = data.toString().trim();
  void import('../../scripts/ingest.js');
});
