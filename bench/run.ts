/**
 * `npm run bench`: medians and ratios measured in one run on this machine, printed and written to
 * docs/benchmarks.md. Node parts use tinybench; browser parts drive Debian's Chromium with the built extension.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { browserRows, highlightRows, sizeRows } from './browser-parts';
import type { Row } from './node-parts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Node parts time the code as the extension ships it: bundled, as the background's engine is. Run through
 * tsx's loader, every function the classifier creates per sentence first goes through a name-keeping helper,
 * which no build of the extension has; that alone took about a tenth of extraction's time.
 */
async function shippedNodeParts(): Promise<typeof import('./node-parts')> {
  const outfile = `${root}bench/.build/node-parts.mjs`;
  await build({ entryPoints: [`${root}bench/node-parts.ts`], outfile, bundle: true, platform: 'node', format: 'esm', target: 'es2022', packages: 'external', logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}
const seedDir = process.env.SEEDS_DIR ?? `${root}../shared/seeds`;
const only = process.argv.slice(2);
const want = (part: string) => only.length === 0 || only.includes(part);

function table(rows: Row[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]);
  return [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${columns.map((c) => r[c]).join(' | ')} |`)].join('\n');
}

const sections: Array<[string, string]> = [];
async function section(title: string, rows: () => Promise<Row[]>) {
  const t = table(await rows());
  console.log(`\n## ${title}\n${t}`);
  sections.push([title, t]);
}

if (want('size')) await section('Size of the built entry points (gzip -9)', sizeRows);
if (want('extract') || want('match')) {
  const { extractionRows, matchingRows } = await shippedNodeParts();
  if (want('extract')) await section('Extraction', () => extractionRows(seedDir));
  if (want('match')) await section('Matching at scale', () => matchingRows(seedDir));
}
if (want('browser')) await section('In the browser: cost over a do-nothing extension', browserRows);
if (want('highlight')) await section('Highlighting the same spans: CSS Custom Highlight API vs mark.js', highlightRows);

if (only.length === 0) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const doc = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${machine}.`,
    'Every figure is a median over repeated runs on a shared, noisy machine; compare ratios within a run, not absolute times across runs.',
    '',
    ...sections.flatMap(([title, t]) => [`## ${title}`, '', t, '']),
  ].join('\n');
  writeFileSync(`${root}docs/benchmarks.md`, doc);
  console.log('\nwrote docs/benchmarks.md');
}
