/** `npm run eval [-- --errors]`: detection, category, measure and verdict accuracy over the seeds and the labelled set. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Checker } from '../lib/check';
import { bundledDatabase } from '../lib/claims/bundled';
import { type Score, evaluateLabelled, evaluateSeeds, loadLabelledSet } from './evaluate';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedDir = process.env.SEEDS_DIR ?? `${root}../shared/seeds`;
const checker = new Checker(bundledDatabase);
const showErrors = process.argv.includes('--errors');

const pct = (x: number | null) => (x === null ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
function row(name: string, s: Score) {
  return `| ${name.padEnd(24)} | ${String(s.expected).padStart(8)} | ${String(s.found).padStart(5)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.valueAccuracy)} | ${pct(s.categoryAccuracy)} | ${pct(s.measureAccuracy)} | ${pct(s.verdictAccuracy)} |`;
}

const rows: Array<[string, Score]> = [['own labelled set', evaluateLabelled(checker, loadLabelledSet(`${root}test/fixtures/labelled-set.json`))]];
if (existsSync(seedDir)) rows.unshift(['seed articles (5)', evaluateSeeds(checker, bundledDatabase, seedDir)]);
else console.error(`eval: no seeds at ${seedDir}; set SEEDS_DIR to score them`);

console.log('| set                      | expected | found | precision | recall |     F1 | value  | category | measure | verdict |');
console.log('|--------------------------|---------:|------:|----------:|-------:|-------:|-------:|---------:|--------:|--------:|');
for (const [name, s] of rows) console.log(row(name, s));
if (showErrors) for (const [name, s] of rows) for (const e of s.errors) console.log(`${name}: ${e}`);
