// npm run eval -- [--json] [--corpus DIR] [--claims FILE] path/to/set.jsonl: a question set through
// the API's code path, over the configured index or a throwaway index of DIR; --claims also runs a
// claim set through the fact checker.
import { loadConfig, type Config } from '../src/config.js';
import { formatClaimReport, readClaimSet, runClaims, type Claim } from '../src/evaluation/claims.js';
import { formatIndexStats, loadIndexStats } from '../src/evaluation/indexStats.js';
import { readQuestionSet } from '../src/evaluation/questionSet.js';
import { formatReport, runEval } from '../src/evaluation/runEval.js';
import { withThrowawayIndex } from '../src/evaluation/throwawayIndex.js';
import { parseCli, runCli, UsageError } from './lib/cli.js';
import { commandServices } from './lib/services.js';

const USAGE = 'npm run eval -- [--json] [--corpus DIR] [--claims FILE] path/to/set.jsonl';

async function readSet<T>(file: string, read: (file: string) => Promise<T>): Promise<T> {
  return read(file).catch((error: Error) => {
    throw new UsageError(error.message.startsWith('ENOENT') ? `No such file: ${file}` : error.message);
  });
}

runCli(async () => {
  const { values, positionals } = parseCli({ json: { type: 'boolean' }, corpus: { type: 'string' }, claims: { type: 'string' } }, USAGE);
  if (positionals.length !== 1) throw new UsageError(`Give one question-set file.\nUsage: ${USAGE}`);
  const questions = await readSet(positionals[0], readQuestionSet);
  const claims: Claim[] | null = values.claims ? await readSet(values.claims, readClaimSet) : null;

  const evaluate = async (config: Config) => {
    const { assistant, verifier } = await commandServices(config);
    const index = await loadIndexStats(config);
    const report = await runEval(assistant, questions);
    const claimReport = claims ? await runClaims(verifier, claims) : null;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ summary: report.summary, results: report.results, index, claims: claimReport })}\n`);
      return;
    }
    const parts = [formatReport(report), '', formatIndexStats(index)];
    if (claimReport) parts.push('', formatClaimReport(claimReport));
    console.log(`${parts.join('\n')}\nmode: ${assistant.mode}`);
  };

  const config = loadConfig();
  if (values.corpus) await withThrowawayIndex(config, values.corpus, evaluate);
  else await evaluate(config);
});
