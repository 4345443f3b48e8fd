// npm run search -- [--json] [-k N] "question": ranked passages with score and exact location.
import { loadConfig } from '../src/config.js';
import { parseCli, placeOf, runCli, UsageError } from './lib/cli.js';
import { commandServices } from './lib/services.js';

const USAGE = 'npm run search -- [--json] [-k N] "question"';

runCli(async () => {
  const { values, positionals } = parseCli({ json: { type: 'boolean' }, k: { type: 'string', short: 'k' } }, USAGE);
  const question = positionals.join(' ').trim();
  if (!question) throw new UsageError(`Give a question.\nUsage: ${USAGE}`);
  const k = values.k === undefined ? 5 : Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 50) throw new UsageError(`-k must be a whole number from 1 to 50.\nUsage: ${USAGE}`);
  const { assistant } = await commandServices(loadConfig());
  const results = await assistant.search(question, k);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ results })}\n`);
    return;
  }
  if (!results.length) console.log('No passage found.');
  results.forEach((r, i) => {
    console.log(`${i + 1}. [${r.score.toFixed(3)}] ${r.source}, ${placeOf(r)}${r.heading ? ` · ${r.heading}` : ''}`);
    console.log(`   ${r.text.replace(/\n/g, '\n   ')}\n`);
  });
});
