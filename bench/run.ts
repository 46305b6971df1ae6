/**
 * `npm run bench`: medians and ratios measured in one run on this machine, printed and written to
 * docs/benchmarks.md. Node parts use tinybench; browser parts drive Debian's Chromium with the built extension.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { browserRows, highlightRows, sizeRows } from './browser-parts';
import { type Row, extractionRows, matchingRows } from './node-parts';

const root = fileURLToPath(new URL('..', import.meta.url));
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
if (want('extract')) await section('Extraction', () => extractionRows(seedDir));
if (want('match')) await section('Matching at scale', () => matchingRows(seedDir));
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
