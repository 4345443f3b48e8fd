// npm run verify over a real index: the printed verdict and quotes, --json as the API object, and
// clear usage errors with a non-zero exit.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, REPO_ROOT, testIndexDir } from '../helpers/server.js';
import { resultSchema } from '../verify/support.js';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  // No model: the CLI must give the offline verdict whatever the developer's shell exports.
  env = { PATH: process.env.PATH, HOME: process.env.HOME, CORPUS_DIR, INDEX_DIR: await testIndexDir(), LOG_LEVEL: 'silent' };
});

const verify = (...args: string[]) => run(TSX, ['scripts/verify.ts', ...args], { cwd: REPO_ROOT, env });
const failure = (...args: string[]) =>
  verify(...args).then(
    () => null,
    (e: { code: number; stderr: string }) => e,
  );

describe('npm run verify', () => {
  it('prints the verdict, the explanation and the quote with its source and lines', async () => {
    const { stdout } = await verify("L'OIM compte 175 États membres");
    expect(stdout).toMatch(/^Verdict: SUPPORTED \(supported\)$/m);
    expect(stdout).toMatch(/^Why: Le texte source indique « 175 États Membres »/m);
    expect(stdout).toMatch(/^1\. corpus\/oim-qui-sommes-nous\.txt, lines 30–31$/m);
    expect(stdout).toContain('« L’Organisation compte 175 États Membres et 8 États observateurs, et elle a des bureaux dans 171 pays. »');
  });

  it('--json prints exactly the API object', async () => {
    const { stdout } = await verify('--json', 'IOM was founded in 1961');
    const result = resultSchema.parse(JSON.parse(stdout));
    expect(result).toMatchObject({ verdict: 'contradicted', mode: 'extractive' });
    expect(result.evidence[0].quote).toMatch(/créée en 1951/);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('says not_found for a claim the text does not address', async () => {
    const { stdout } = await verify("L'OIM a son siège à Genève");
    expect(stdout).toMatch(/^Verdict: NOT FOUND \(not_found\)$/m);
    expect(stdout).toMatch(/No quote\./);
  });

  it.each([
    ['no claim', [], /claim must not be empty/],
    ['a blank claim', ['   '], /claim must not be empty/],
    ['an unknown option', ['--fast', 'IOM'], /Unknown option '--fast'/],
    ['a claim over 1000 characters', ['x'.repeat(1001)], /at most 1000 characters/],
  ])('exits 2 with the usage for %s', async (_name, args, message) => {
    const error = await failure(...(args as string[]));
    expect(error?.code).toBe(2);
    expect(error?.stderr).toMatch(message);
    expect(error?.stderr).toContain('Usage: npm run verify -- [--json] "claim"');
  });

  it('exits 1 with one clear line when the index is missing', async () => {
    const error = await run(TSX, ['scripts/verify.ts', 'IOM'], {
      cwd: REPO_ROOT,
      env: { ...env, INDEX_DIR: path.join(REPO_ROOT, 'indexes/does-not-exist') },
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toMatch(/ingest/i);
    expect(error?.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
