// Crash-safe publication of a directory: a build is written and fsynced under a private name, then
// published by atomically renaming a symlink over the index path. At any instant the index path
// points at a complete build (the previous or the new one), so a killed ingestion never leaves
// a half-written index behind.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';

export function buildsDirOf(indexDir: string): string {
  return path.join(path.dirname(indexDir), `.${path.basename(indexDir)}.builds`);
}

export function newBuildId(): string {
  return `${new Date().toISOString().replace(/[-:.TZ]/g, '')}-${randomBytes(3).toString('hex')}`;
}

export async function fsyncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A fresh private folder for a build; it only becomes visible through publishBuild. */
export async function createPartialBuild(indexDir: string, buildId: string): Promise<string> {
  const dir = path.join(buildsDirOf(indexDir), `${buildId}.partial`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Seal a fully written, fsynced build and point the index path at it, atomically. */
export async function publishBuild(indexDir: string, partialDir: string): Promise<string> {
  const buildsDir = path.dirname(partialDir);
  const finalDir = partialDir.replace(/\.partial$/, '');
  await fsyncPath(partialDir);
  await rename(partialDir, finalDir);
  await fsyncPath(buildsDir);
  const link = `${indexDir}.link-${process.pid}-${randomBytes(3).toString('hex')}`;
  await symlink(path.relative(path.dirname(indexDir), finalDir), link);
  const existing = await lstat(indexDir).catch(() => null);
  // An index folder from before symlinks were used cannot be renamed over atomically: move it aside first.
  if (existing && !existing.isSymbolicLink()) await rename(indexDir, `${indexDir}.legacy-${Date.now()}`);
  await rename(link, indexDir);
  await fsyncPath(path.dirname(indexDir));
  return finalDir;
}

/** Remove builds that are neither current nor kept, abandoned partial builds, and stray link files. */
export async function pruneBuilds(indexDir: string, keep: string[]): Promise<void> {
  const buildsDir = buildsDirOf(indexDir);
  // A kill between creating the new symlink and renaming it leaves INDEX_DIR.link-* behind.
  const parent = path.dirname(indexDir);
  const strayLinks = (await readdir(parent).catch(() => [] as string[])).filter((e) => e.startsWith(`${path.basename(indexDir)}.link-`));
  await Promise.all(strayLinks.map((e) => rm(path.join(parent, e), { force: true })));
  const current = await readlink(indexDir)
    .then((t) => path.basename(t))
    .catch(() => null);
  const entries = await readdir(buildsDir).catch(() => [] as string[]);
  const kept = new Set([current, ...keep.map((k) => path.basename(k))]);
  await Promise.all(entries.filter((e) => !kept.has(e)).map((e) => rm(path.join(buildsDir, e), { recursive: true, force: true })));
}
