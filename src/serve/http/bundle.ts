// Bundles a browser entry point (the widget, the staff page script) with esbuild, in memory.
export async function bundleBrowserScript(entry: string): Promise<string> {
  // Loaded on first use so the rest of the app starts even where esbuild is missing.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
