// npm run eval -- path/to/set.jsonl [--json]: a question set through the API's code path.
import { loadConfig } from '../src/config.js';
import { formatReport, runEval } from '../src/evaluation/runEval.js';
import { readQuestionSet } from '../src/evaluation/questionSet.js';
import { loadAssistant } from '../src/serve/services.js';
import { parseCli, runCli, UsageError } from './lib/cli.js';

const USAGE = 'npm run eval -- [--json] path/to/set.jsonl';

runCli(async () => {
  const { values, positionals } = parseCli({ json: { type: 'boolean' } }, USAGE);
  if (positionals.length !== 1) throw new UsageError(`Give one question-set file.\nUsage: ${USAGE}`);
  const questions = await readQuestionSet(positionals[0]).catch((error: Error) => {
    throw new UsageError(error.message.startsWith('ENOENT') ? `No such file: ${positionals[0]}` : error.message);
  });
  const { assistant } = await loadAssistant(loadConfig());
  const report = await runEval(assistant, questions);
  if (values.json) process.stdout.write(`${JSON.stringify({ summary: report.summary, results: report.results })}\n`);
  else console.log(`${formatReport(report)}\nmode: ${assistant.mode}`);
});
