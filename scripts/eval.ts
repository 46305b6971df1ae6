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

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const COLUMNS = ['set', 'expected', 'found', 'precision', 'recall', 'F1', 'value', 'category', 'measure', 'verdict'];
const cells = (name: string, s: Score) => [name, String(s.expected), String(s.found), ...[s.precision, s.recall, s.f1, s.valueAccuracy, s.categoryAccuracy, s.measureAccuracy, s.verdictAccuracy].map(pct)];

const sets: Array<[string, string]> = [
  ['own labelled set (dev)', 'test/fixtures/labelled-set.json'],
  ['held-out set 1 (then tuned on)', 'test/fixtures/holdout-set.json'],
  ['held-out set 2 (never tuned on)', 'test/fixtures/final-holdout-set.json'],
  ['held-out set 3 (then tuned on)', 'test/fixtures/third-holdout-set.json'],
  ['held-out set 4 (then tuned on)', 'test/fixtures/fourth-holdout-set.json'],
  ['long articles (then tuned on)', 'test/fixtures/long-articles-set.json'],
  ['held-out set 6 (then tuned on)', 'test/fixtures/sixth-holdout-set.json'],
  ['held-out set 7 (then tuned on)', 'test/fixtures/seventh-holdout-set.json'],
  ['held-out set 8 (then tuned on)', 'test/fixtures/eighth-holdout-set.json'],
  ['held-out set 9 (then tuned on)', 'test/fixtures/ninth-holdout-set.json'],
  ['long articles 2 (then tuned on)', 'test/fixtures/long-articles-2-set.json'],
  ['held-out set 10 (never tuned on)', 'test/fixtures/tenth-holdout-set.json'],
  ['held-out set 11 (then tuned on)', 'test/fixtures/eleventh-holdout-set.json'],
  ['held-out set 12 (then tuned on)', 'test/fixtures/twelfth-holdout-set.json'],
  ['held-out set 13 (never tuned on)', 'test/fixtures/thirteenth-holdout-set.json'],
  ['held-out set 14 (never tuned on, blind)', 'test/fixtures/fourteenth-holdout-set.json'],
  ['held-out set 15 (then tuned on)', 'test/fixtures/fifteenth-holdout-set.json'],
  ['held-out set 16 (blind, then tuned on)', 'test/fixtures/sixteenth-holdout-set.json'],
  ['held-out set 17 (never tuned on, blind)', 'test/fixtures/seventeenth-holdout-set.json'],
  ['sentence battery 18 (blind, then tuned on)', 'test/fixtures/eighteenth-holdout-set.json'],
  ['held-out set 19a (blind, then tuned on)', 'test/fixtures/nineteenth-holdout-set-a.json'],
  ['held-out set 19b (blind, never tuned on)', 'test/fixtures/nineteenth-holdout-set-b.json'],
  ['held-out set 20 (blind, never tuned on)', 'test/fixtures/twentieth-holdout-set.json'],
  ['held-out set 21a (blind, then tuned on)', 'test/fixtures/twenty-first-holdout-set-a.json'],
  ['held-out set 21b (blind, never tuned on)', 'test/fixtures/twenty-first-holdout-set-b.json'],
  ['held-out set 22a (blind, then tuned on)', 'test/fixtures/twenty-second-holdout-set-a.json'],
  ['held-out set 22b (blind, never tuned on)', 'test/fixtures/twenty-second-holdout-set-b.json'],
  ['held-out set 23a (blind, then tuned on)', 'test/fixtures/twenty-third-holdout-set-a.json'],
  ['held-out set 23b (blind, never tuned on)', 'test/fixtures/twenty-third-holdout-set-b.json'],
  ['long articles 24a (blind, then tuned on)', 'test/fixtures/twenty-fourth-holdout-set-a.json'],
  ['long articles 24b (blind, never tuned on)', 'test/fixtures/twenty-fourth-holdout-set-b.json'],
  ['held-out set 26a (blind, then tuned on)', 'test/fixtures/twenty-sixth-holdout-set-a.json'],
  ['held-out set 26b (blind, never tuned on)', 'test/fixtures/twenty-sixth-holdout-set-b.json'],
  ['held-out set 29a (blind, then tuned on)', 'test/fixtures/twenty-ninth-holdout-set-a.json'],
  ['held-out set 29b (blind, never tuned on)', 'test/fixtures/twenty-ninth-holdout-set-b.json'],
  ['held-out set 30a (blind, then tuned on)', 'test/fixtures/thirtieth-holdout-set-a.json'],
  ['held-out set 30b (blind, never tuned on)', 'test/fixtures/thirtieth-holdout-set-b.json'],
  ['held-out set 31a (blind, then tuned on)', 'test/fixtures/thirty-first-holdout-set-a.json'],
  ['held-out set 31b (blind, never tuned on)', 'test/fixtures/thirty-first-holdout-set-b.json'],
  ['sentence battery 34a (blind, then tuned on)', 'test/fixtures/thirty-fourth-holdout-set-a.json'],
  ['sentence battery 34b (blind, never tuned on)', 'test/fixtures/thirty-fourth-holdout-set-b.json'],
  ['held-out set 35a (blind, then tuned on)', 'test/fixtures/thirty-fifth-holdout-set-a.json'],
  ['held-out set 35b (blind, never tuned on)', 'test/fixtures/thirty-fifth-holdout-set-b.json'],
  ['analysis and transcripts 40a (blind, then tuned on)', 'test/fixtures/fortieth-holdout-set-a.json'],
  ['analysis and transcripts 40b (blind, never tuned on)', 'test/fixtures/fortieth-holdout-set-b.json'],
  ['world English and wires 41a (blind, then tuned on)', 'test/fixtures/forty-first-holdout-set-a.json'],
  ['world English and wires 41b (blind, never tuned on)', 'test/fixtures/forty-first-holdout-set-b.json'],
  ['news pages 43a (blind, then tuned on)', 'test/fixtures/forty-third-holdout-set-a.json'],
  ['news pages 43b (blind, never tuned on)', 'test/fixtures/forty-third-holdout-set-b.json'],
  ['paraphrase battery 44a (blind, then tuned on)', 'test/fixtures/forty-fourth-holdout-set-a.json'],
  ['paraphrase battery 44b (blind, never tuned on)', 'test/fixtures/forty-fourth-holdout-set-b.json'],
  ['social posts 45a (blind, then tuned on)', 'test/fixtures/forty-fifth-holdout-set-a.json'],
  ['social posts 45b (blind, never tuned on)', 'test/fixtures/forty-fifth-holdout-set-b.json'],
  ['explainers 46a (blind, then tuned on)', 'test/fixtures/forty-sixth-holdout-set-a.json'],
  ['explainers 46b (blind, never tuned on)', 'test/fixtures/forty-sixth-holdout-set-b.json'],
  ['transcripts 47a (blind, then tuned on)', 'test/fixtures/forty-seventh-holdout-set-a.json'],
  ['transcripts 47b (blind, never tuned on)', 'test/fixtures/forty-seventh-holdout-set-b.json'],
  ['fact-checks and opinion 48a (blind, then tuned on)', 'test/fixtures/forty-eighth-holdout-set-a.json'],
  ['fact-checks and opinion 48b (blind, never tuned on)', 'test/fixtures/forty-eighth-holdout-set-b.json'],
  ['live blogs and alerts 49a (blind, then tuned on)', 'test/fixtures/forty-ninth-holdout-set-a.json'],
  ['live blogs and alerts 49b (blind, never tuned on)', 'test/fixtures/forty-ninth-holdout-set-b.json'],
  ['reference and research text 50a (blind, then tuned on)', 'test/fixtures/fiftieth-holdout-set-a.json'],
  ['reference and research text 50b (blind, never tuned on)', 'test/fixtures/fiftieth-holdout-set-b.json'],
  ['long-form features 51a (blind, then tuned on)', 'test/fixtures/fifty-first-holdout-set-a.json'],
  ['long-form features 51b (blind, never tuned on)', 'test/fixtures/fifty-first-holdout-set-b.json'],
  ['arithmetic and comparisons 52a (blind, then tuned on)', 'test/fixtures/fifty-second-holdout-set-a.json'],
  ['arithmetic and comparisons 52b (blind, never tuned on)', 'test/fixtures/fifty-second-holdout-set-b.json'],
  ['other wars and armies 53a (blind, then tuned on)', 'test/fixtures/fifty-third-holdout-set-a.json'],
  ['other wars and armies 53b (blind, never tuned on)', 'test/fixtures/fifty-third-holdout-set-b.json'],
  ['Ukraine front coverage 54a (blind, then tuned on)', 'test/fixtures/fifty-fourth-holdout-set-a.json'],
  ['Ukraine front coverage 54b (blind, never tuned on)', 'test/fixtures/fifty-fourth-holdout-set-b.json'],
  ['hearings and briefings 56a (blind, then tuned on)', 'test/fixtures/fifty-sixth-holdout-set-a.json'],
  ['hearings and briefings 56b (blind, never tuned on)', 'test/fixtures/fifty-sixth-holdout-set-b.json'],
  ['timelines and retrospectives 57a (blind, then tuned on)', 'test/fixtures/fifty-seventh-holdout-set-a.json'],
  ['timelines and retrospectives 57b (blind, never tuned on)', 'test/fixtures/fifty-seventh-holdout-set-b.json'],
  ['spoken transcripts 59a (blind, then tuned on)', 'test/fixtures/fifty-ninth-holdout-set-a.json'],
  ['spoken transcripts 59b (blind, never tuned on)', 'test/fixtures/fifty-ninth-holdout-set-b.json'],
  ['long-form features 60a (blind, then tuned on)', 'test/fixtures/sixtieth-holdout-set-a.json'],
  ['long-form features 60b (blind, never tuned on)', 'test/fixtures/sixtieth-holdout-set-b.json'],
  ['machine-translated text 61a (blind, then tuned on)', 'test/fixtures/sixty-first-holdout-set-a.json'],
  ['machine-translated text 61b (blind, never tuned on)', 'test/fixtures/sixty-first-holdout-set-b.json'],
  ['sentence battery 63a (blind, then tuned on)', 'test/fixtures/sixty-third-holdout-set-a.json'],
  ['sentence battery 63b (blind, never tuned on)', 'test/fixtures/sixty-third-holdout-set-b.json'],
  ['whole web pages 64a (blind, then tuned on)', 'test/fixtures/sixty-fourth-holdout-set-a.json'],
  ['whole web pages 64b (blind, never tuned on)', 'test/fixtures/sixty-fourth-holdout-set-b.json'],
  ['OSINT logistics 65a (blind, then tuned on)', 'test/fixtures/sixty-fifth-holdout-set-a.json'],
  ['OSINT logistics 65b (blind, never tuned on)', 'test/fixtures/sixty-fifth-holdout-set-b.json'],
  ['Korean peninsula security 66a (blind, then tuned on)', 'test/fixtures/sixty-sixth-holdout-set-a.json'],
  ['Korean peninsula security 66b (blind, never tuned on)', 'test/fixtures/sixty-sixth-holdout-set-b.json'],
  ['humanitarian and UN reports 67a (blind, then tuned on)', 'test/fixtures/sixty-seventh-holdout-set-a.json'],
  ['humanitarian and UN reports 67b (blind, never tuned on)', 'test/fixtures/sixty-seventh-holdout-set-b.json'],
  ['feeds and snippets 68a (blind, then tuned on)', 'test/fixtures/sixty-eighth-holdout-set-a.json'],
  ['feeds and snippets 68b (blind, never tuned on)', 'test/fixtures/sixty-eighth-holdout-set-b.json'],
  ['corrections and revisions 69a (blind, then tuned on)', 'test/fixtures/sixty-ninth-holdout-set-a.json'],
  ['corrections and revisions 69b (blind, never tuned on)', 'test/fixtures/sixty-ninth-holdout-set-b.json'],
  ['forum threads 71a (blind, then tuned on)', 'test/fixtures/seventy-first-holdout-set-a.json'],
  ['forum threads 71b (blind, never tuned on)', 'test/fixtures/seventy-first-holdout-set-b.json'],
  ['text from PDF reports 72a (blind, then tuned on)', 'test/fixtures/seventy-second-holdout-set-a.json'],
  ['text from PDF reports 72b (blind, never tuned on)', 'test/fixtures/seventy-second-holdout-set-b.json'],
  ['official statements 73a (blind, then tuned on)', 'test/fixtures/seventy-third-holdout-set-a.json'],
  ['official statements 73b (blind, never tuned on)', 'test/fixtures/seventy-third-holdout-set-b.json'],
  ['news pages 38a (blind, never tuned on)', 'test/fixtures/thirty-eighth-holdout-set-a.json'],
  ['news pages 38b (blind, never tuned on)', 'test/fixtures/thirty-eighth-holdout-set-b.json'],
  ['everyday pages 25 (blind, then tuned on)', 'test/fixtures/everyday-pages-set.json'],
  ['everyday pages 27 (blind, then tuned on)', 'test/fixtures/everyday-pages-2-set.json'],
  ['everyday pages 28 (blind, then tuned on)', 'test/fixtures/everyday-pages-3-set.json'],
  ['everyday pages 32 (blind, then tuned on)', 'test/fixtures/everyday-pages-4-set.json'],
  ['everyday pages 33 (blind, then tuned on)', 'test/fixtures/everyday-pages-5-set.json'],
  ['everyday pages 36 (blind, then tuned on)', 'test/fixtures/everyday-pages-6-set.json'],
  ['everyday pages 37 (blind, never tuned on)', 'test/fixtures/everyday-pages-7-set.json'],
  ['everyday pages 42 (blind, never tuned on)', 'test/fixtures/everyday-pages-8-set.json'],
  ['everyday pages 55a (blind, then tuned on)', 'test/fixtures/everyday-pages-9-set-a.json'],
  ['everyday pages 55b (blind, never tuned on)', 'test/fixtures/everyday-pages-9-set-b.json'],
  ['everyday pages 58a (blind, then tuned on)', 'test/fixtures/everyday-pages-10-set-a.json'],
  ['everyday pages 58b (blind, never tuned on)', 'test/fixtures/everyday-pages-10-set-b.json'],
  ['everyday pages 62a (blind, then tuned on)', 'test/fixtures/everyday-pages-11-set-a.json'],
  ['everyday pages 62b (blind, never tuned on)', 'test/fixtures/everyday-pages-11-set-b.json'],
  ['everyday pages 70a (blind, then tuned on)', 'test/fixtures/everyday-pages-12-set-a.json'],
  ['everyday pages 70b (blind, never tuned on)', 'test/fixtures/everyday-pages-12-set-b.json'],
  ['everyday pages 74a (blind, then tuned on)', 'test/fixtures/everyday-pages-13-set-a.json'],
  ['everyday pages 74b (blind, never tuned on)', 'test/fixtures/everyday-pages-13-set-b.json'],
];
const rows: Array<[string, Score]> = [];
if (existsSync(seedDir)) rows.push(['seed articles (5)', evaluateSeeds(checker, bundledDatabase, seedDir)]);
else console.error(`eval: no seeds at ${seedDir}; set SEEDS_DIR to score them`);
for (const [name, path] of sets) if (existsSync(`${root}${path}`)) rows.push([name, evaluateLabelled(checker, loadLabelledSet(`${root}${path}`))]);

const table = [COLUMNS, ...rows.map(([name, s]) => cells(name, s))];
const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(line(COLUMNS));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of table.slice(1)) console.log(line(r));
if (showErrors) for (const [name, s] of rows) for (const e of s.errors) console.log(`${name}: ${e}`);
