// npm run ask -- [--json] [--lang fr|en] "question": the answer and its numbered sources.
import { loadConfig } from '../src/config.js';
import { chatRequestSchema } from '../src/contract/api.js';
import { issueLines } from '../src/lib/issues.js';
import { parseCli, placeOf, runCli, UsageError } from './lib/cli.js';
import { commandServices } from './lib/services.js';

const USAGE = 'npm run ask -- [--json] [--lang fr|en] "question"';

runCli(async () => {
  const { values, positionals } = parseCli({ json: { type: 'boolean' }, lang: { type: 'string' } }, USAGE);
  const parsed = chatRequestSchema.safeParse({ message: positionals.join(' '), lang: values.lang });
  if (!parsed.success) throw new UsageError(`${issueLines(parsed.error).join('; ')}\nUsage: ${USAGE}`);
  const { assistant } = await commandServices(loadConfig());
  const answer = await assistant.answer(parsed.data);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(answer)}\n`);
    return;
  }
  console.log(`${answer.answer}\n`);
  for (const c of answer.citations)
    console.log(`[${c.id}] ${c.source}, ${placeOf(c)}${c.heading ? ` · ${c.heading}` : ''} (score ${c.score.toFixed(3)})`);
  if (answer.fallback) console.log('\n(the language model failed: this is the offline answer)');
});
