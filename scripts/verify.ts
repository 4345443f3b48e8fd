// npm run verify -- [--json] "claim": the verdict, why, and the exact quotes with file and lines.
// --json prints exactly what POST /api/verify answers.
import { loadConfig } from '../src/config.js';
import { verifyRequestSchema } from '../src/contract/api.js';
import { issueLines } from '../src/lib/issues.js';
import type { VerifyResult } from '../src/verify/types.js';
import { parseCli, runCli, UsageError } from './lib/cli.js';
import { commandServices } from './lib/services.js';

const USAGE = 'npm run verify -- [--json] "claim"';

const VERDICT_LABEL: Record<VerifyResult['verdict'], string> = {
  supported: 'SUPPORTED',
  contradicted: 'CONTRADICTED',
  not_found: 'NOT FOUND',
};

function print(result: VerifyResult): void {
  console.log(`Verdict: ${VERDICT_LABEL[result.verdict]} (${result.verdict})`);
  console.log(`Why: ${result.explanation}`);
  if (result.mode === 'llm') console.log('Checked by the offline rules and the language model.');
  if (!result.evidence.length) {
    console.log('\nNo quote.');
    return;
  }
  console.log(result.verdict === 'not_found' ? '\nClosest sentences (they do not decide):' : '\nQuotes:');
  result.evidence.forEach((e, i) => {
    console.log(`${i + 1}. ${e.source}, lines ${e.lines[0]}–${e.lines[1]}${e.heading ? ` · ${e.heading}` : ''}`);
    console.log(`   « ${e.quote} »`);
  });
}

runCli(async () => {
  const { values, positionals } = parseCli({ json: { type: 'boolean' } }, USAGE);
  const parsed = verifyRequestSchema.safeParse({ claim: positionals.join(' ') });
  if (!parsed.success) throw new UsageError(`${issueLines(parsed.error).join('; ')}\nUsage: ${USAGE}`);
  const { verifier } = await commandServices(loadConfig());
  const result = await verifier.verify(parsed.data.claim);
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else print(result);
});
