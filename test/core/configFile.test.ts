// .env.example is the operator's reference: copied as it is to .env it must load, every setting it
// names must be one the server reads, and every setting the server reads must be in it. A value
// left empty (`NAME=`) means unset — not 0, which for a cap means "no cap".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema, connectionsPerAddress, loadConfig } from '../../src/config.js';
import { REPO_ROOT } from '../helpers/server.js';

/** NAME=value lines, and commented-out `# NAME=value` examples, of .env.example. */
function exampleSettings(): { set: Record<string, string>; named: string[] } {
  const set: Record<string, string> = {};
  const named: string[] = [];
  for (const line of readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8').split('\n')) {
    const active = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (active) set[active[1]] = active[2];
    const any = /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line);
    if (any) named.push(any[1]);
  }
  return { set, named };
}

/** Read at install time by scripts/tune-hnswlib.ts, not by the server. */
const INSTALL_TIME = ['HNSWLIB_PORTABLE'];

describe('.env.example', () => {
  it('loads as it is, and its empty caps are unset rather than 0', () => {
    const config = loadConfig(exampleSettings().set);
    expect(config.WEB_CONCURRENCY).toBeUndefined();
    expect(config.MAX_CONNECTIONS_PER_ADDRESS).toBeUndefined();
    // Unset with direct clients is a cap (the flood defence), not "no cap".
    expect(connectionsPerAddress(config)).toBeGreaterThan(0);
  });

  it('names every setting the server reads, and only those', () => {
    const read = Object.keys(configSchema.shape).sort();
    const named = exampleSettings().named.filter((n) => !INSTALL_TIME.includes(n));
    expect([...new Set(named)].sort()).toEqual(read);
  });

  it('still refuses a value out of range, naming the setting', () => {
    expect(() => loadConfig({ WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
    expect(() => loadConfig({ MAX_CONNECTIONS_PER_ADDRESS: 'many' })).toThrow(/MAX_CONNECTIONS_PER_ADDRESS/);
  });
});
