/** The Node half of `npm run bench`: extraction throughput against its peers, and matching as the database grows. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Culture, recognizeNumber } from '@microsoft/recognizers-text-number';
import { Bench } from 'tinybench';
import { Checker } from '../lib/check';
import { bundledDatabase } from '../lib/claims/bundled';
import { candidateSlices } from '../lib/engine/slices';
import { extractFigures } from '../lib/extract/figures';
import { MeasureMatcher } from '../lib/match/matcher';
import { grownDatabase, newsText } from './corpus';

export interface Row {
  [column: string]: string | number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Median milliseconds of `fn` over tinybench's samples (at least `iterations` runs). */
async function time(name: string, fn: () => unknown, iterations = 10): Promise<number> {
  const bench = new Bench({ iterations, time: 0, warmupIterations: 2 });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0].result as unknown as { latency: { p50: number } };
  return result.latency.p50;
}

/** One pass of a plain number regular expression: the ceiling any extractor is compared with. */
const PLAIN_NUMBER = /\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b/g;
function plainRegex(text: string): number {
  let n = 0;
  PLAIN_NUMBER.lastIndex = 0;
  while (PLAIN_NUMBER.exec(text)) n++;
  return n;
}

/** How many of the database's seed reports a tool finds: a number with the report's value inside the report's quote. */
function seedRecall(seedDir: string, find: (text: string) => Array<{ start: number; end: number; low: number }>) {
  let found = 0;
  const byPublication = new Map(bundledDatabase.publications.map((p) => [p.id, readFileSync(join(seedDir, p.source), 'utf8')]));
  const cache = new Map<string, ReturnType<typeof find>>();
  for (const r of bundledDatabase.reports) {
    const text = byPublication.get(r.publication)!;
    const hits = cache.get(r.publication) ?? find(text);
    cache.set(r.publication, hits);
    const at = text.indexOf(r.quote);
    if (hits.some((h) => h.start >= at && h.end <= at + r.quote.length && h.low === r.value.low)) found++;
  }
  return { found, total: bundledDatabase.reports.length };
}

const recognizers = (text: string) =>
  recognizeNumber(text, Culture.English).map((m) => ({ start: m.start, end: m.end + 1, low: Number(m.resolution?.value) }));

export async function extractionRows(seedDir: string): Promise<Row[]> {
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(seedDir, f), 'utf8'))
    .join('\n');
  const news = newsText(2_000_000);
  const sample = news.slice(0, 100_000);
  const checker = new Checker(bundledDatabase);
  const rows: Row[] = [];
  const mbps = (chars: number, ms: number) => {
    const rate = chars / 1e6 / (ms / 1000);
    return rate.toFixed(rate < 1 ? 2 : 1);
  };

  const ours = await time('extract seeds', () => extractFigures(seeds), 50);
  const oursNews = await time('extract 2 MB', () => extractFigures(news), 5);
  const pipelineNews = await time('check 2 MB', () => checker.check(news), 5);
  const engineNews = await time('engine 2 MB', () => {
    let n = 0;
    for (const candidates of candidateSlices(checker, news, {})) n += candidates.length;
    return n;
  }, 5);
  const ceiling = await time('regex 2 MB', () => plainRegex(news), 20);
  const oursSample = await time('extract 100 KB', () => extractFigures(sample), 20);
  const recognizersSample = await time('recognizers 100 KB', () => recognizeNumber(sample, Culture.English), 3);
  const recognizersSeeds = await time('recognizers seeds', () => recognizeNumber(seeds, Culture.English), 3);
  // Recognizers' time grows faster than the text (a 2 MB text takes it over half a minute), so the same 2 MB text
  // gets one timed run, after the runs above have warmed its code.
  const t0 = performance.now();
  recognizeNumber(news, Culture.English);
  const recognizersNews = performance.now() - t0;
  const recall = seedRecall(seedDir, (t) => extractFigures(t).map((f) => ({ start: f.start, end: f.end, low: f.value.low })));
  const theirRecall = seedRecall(seedDir, recognizers);

  rows.push({ measure: 'extract + classify, seeds (30 KB)', median: `${ours.toFixed(2)} ms`, throughput: `${mbps(seeds.length, ours)} MB/s`, note: `finds ${recall.found}/${recall.total} seed figures` });
  rows.push({ measure: 'recognizers-text-number, seeds (30 KB)', median: `${recognizersSeeds.toFixed(1)} ms`, throughput: `${mbps(seeds.length, recognizersSeeds)} MB/s`, note: `finds ${theirRecall.found}/${theirRecall.total} seed figures (numbers only, no category)` });
  rows.push({ measure: 'extract + classify, news 100 KB', median: `${oursSample.toFixed(1)} ms`, throughput: `${mbps(sample.length, oursSample)} MB/s`, note: '' });
  rows.push({ measure: 'recognizers-text-number, news 100 KB', median: `${recognizersSample.toFixed(0)} ms`, throughput: `${mbps(sample.length, recognizersSample)} MB/s`, note: `ours is ${(recognizersSample / oursSample).toFixed(0)}× faster` });
  rows.push({ measure: 'extract + classify, news 2 MB', median: `${oursNews.toFixed(1)} ms`, throughput: `${mbps(news.length, oursNews)} MB/s`, note: '' });
  rows.push({ measure: 'recognizers-text-number, news 2 MB (one run)', median: `${(recognizersNews / 1000).toFixed(1)} s`, throughput: `${mbps(news.length, recognizersNews)} MB/s`, note: `ours is ${(recognizersNews / oursNews).toFixed(0)}× faster` });
  rows.push({ measure: 'the engine as it runs in the background: extract, classify, match in 16 KB slices, news 2 MB', median: `${engineNews.toFixed(1)} ms`, throughput: `${mbps(news.length, engineNews)} MB/s`, note: "each slice's figures let go once answered" });
  rows.push({ measure: 'whole pipeline (match + judge), news 2 MB', median: `${pipelineNews.toFixed(1)} ms`, throughput: `${mbps(news.length, pipelineNews)} MB/s`, note: '' });
  rows.push({ measure: 'plain number regex (ceiling), news 2 MB', median: `${ceiling.toFixed(2)} ms`, throughput: `${mbps(news.length, ceiling)} MB/s`, note: `ours is ${(oursNews / ceiling).toFixed(1)}× the ceiling's time` });
  return rows;
}

export async function matchingRows(seedDir: string): Promise<Row[]> {
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(seedDir, f), 'utf8'))
    .join('\n');
  const figures = extractFigures(seeds);
  const rows: Row[] = [];
  for (const size of [bundledDatabase.reports.length, 1_000, 10_000, 100_000]) {
    const db = size === bundledDatabase.reports.length ? bundledDatabase : grownDatabase(bundledDatabase, size);
    const t0 = performance.now();
    const matcher = new MeasureMatcher(db);
    const build = performance.now() - t0;
    // Warm the cue lexicon's cache as a page scan would, then time per figure.
    for (const f of figures) matcher.match(f);
    const perFigure: number[] = [];
    for (let run = 0; run < 15; run++) {
      const start = performance.now();
      for (const f of figures) matcher.match(f);
      perFigure.push((performance.now() - start) / figures.length);
    }
    rows.push({ reports: size, measures: db.measures.length, 'index build': `${build.toFixed(1)} ms`, 'per figure (median)': `${(median(perFigure) * 1000).toFixed(1)} µs` });
  }
  return rows;
}
