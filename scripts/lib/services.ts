// Commands that answer as the API does get their services from the composition root.
import type { Config } from '../../src/config.js';
import { createServer } from '../../src/serve/createServer.js';
import type { LoadedAssistant } from '../../src/serve/services.js';

/** Levels that would put the server's routine lines on a command's terminal. */
const CHATTY = new Set(['info', 'debug', 'trace']);

/**
 * The assistant and the fact checker as the server wires them (createServer), for commands that
 * answer the way the API does; the server's log lines, warnings and up, go to stderr so stdout
 * keeps only the command's output.
 */
export function commandServices(config: Config): Promise<LoadedAssistant> {
  const level = CHATTY.has(config.LOG_LEVEL) ? 'warn' : config.LOG_LEVEL;
  return createServer({ ...config, LOG_LEVEL: level }, { logDestination: process.stderr }).services();
}
