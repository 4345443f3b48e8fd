// Where a module's sibling file is in the layout that runs: the TypeScript sources (tsx, vitest),
// or dist/ compiled by `npm run build` for `npm start`, where each .ts became a .js in the same place
// (scripts/build.mjs). Child processes and browser bundles name their entry through this.
import { fileURLToPath } from 'node:url';

/** The path of `relative`, written as in src/ ('./rebuildChild.ts'), seen from the module at `base` (its import.meta.url). */
export function moduleFile(relative: string, base: string): string {
  const compiled = !base.endsWith('.ts');
  return fileURLToPath(new URL(compiled ? relative.replace(/\.ts$/, '.js') : relative, base));
}
