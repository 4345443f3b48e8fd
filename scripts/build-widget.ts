// Prints the size of the widget bundle as browsers receive it (raw and gzipped); optionally writes it.
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildWidgetBundle } from '../src/serve/widget/routes.js';

const out = process.argv[2];
const code = await buildWidgetBundle();
const raw = Buffer.byteLength(code);
const gzipped = gzipSync(code, { level: 9 }).length;
console.log(`widget.js: ${(raw / 1024).toFixed(1)} KiB raw, ${(gzipped / 1024).toFixed(1)} KiB gzipped`);
if (out) {
  await writeFile(out, code);
  console.log(`written to ${out}`);
}
