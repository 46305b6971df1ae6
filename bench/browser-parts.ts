/** The browser half of `npm run bench`: the extension's cost in real Chromium, highlighting against mark.js, bundle sizes. */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { BrowserContext, Page } from 'playwright-core';
import { extractFigures } from '../lib/extract/figures';
import { EXTENSION_DIR, ROOT, demoArticle, launchWithExtension, serve } from '../test/e2e/harness';
import { everydayText, newsText } from './corpus';
import type { Row } from './node-parts';

const FLOOR_DIR = join(ROOT, 'bench/floor/.output/chrome-mv3');
/** Figure Check with an annotator that does nothing (bench/idle): what loading a part costs before it works. */
const IDLE_DIR = join(ROOT, 'bench/idle/.output/chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const page = (title: string, body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

export async function sizeRows(): Promise<Row[]> {
  const all = files(EXTENSION_DIR).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  all.sort((a, b) => Number(b.includes('content-scripts')) - Number(a.includes('content-scripts')));
  return all.map((f) => {
    const raw = readFileSync(f);
    return { file: f.slice(EXTENSION_DIR.length + 1), bytes: raw.length, 'gzip -9': gzipSync(raw, { level: 9 }).length };
  });
}

/**
 * Test pages: (a) the demo, (b) a ~200 KB long read, (c) 2 MB in ~50,000 text nodes, (d) 100 paragraphs appended
 * one by one, (e) a page with numbers but nothing tracked, the kind most pages are.
 */
function pages(): Record<string, string> {
  const paragraphs = (text: string) => text.split('\n').map((p) => `<p>${escape(p)}</p>`).join('\n');
  const longRead = newsText(200_000, 2);
  const big = newsText(2_000_000, 3)
    .split('\n')
    .map((p) => `<p>${p.split(/(?<=[,.]) /).map((chunk) => `<span>${escape(chunk)}</span>`).join(' ')}</p>`)
    .join('\n');
  const appended = JSON.stringify(newsText(30_000, 4).split('\n').slice(0, 100));
  const append = `const items = ${appended}; let i = 0; const main = document.querySelector('main');
    const tick = () => { const p = document.createElement('p'); p.textContent = items[i % items.length]; main.append(p); if (++i < 100) setTimeout(tick, 10); else document.title = 'done'; };
    setTimeout(tick, 50);`;
  return {
    '/demo': demoArticle(),
    '/long-read': page('Long read', `<article>${paragraphs(longRead)}</article>`),
    '/big': page('2 MB page', `<article>${big}</article>`),
    '/append-small': page('Live blog (small)', '<main><p>Live updates.</p></main>', append),
    '/append-long': page('Live blog (long)', `<main>${paragraphs(longRead)}</main>`, append),
    '/everyday': page('Local news', `<article>${paragraphs(everydayText(100_000))}</article>`),
  };
}

interface Sample {
  task: number;
  script: number;
  /** Longest main-thread task of the page's renderer, and how many tasks ran over 50 ms. */
  longest: number;
  over50: number;
}

/** Main-thread tasks of the page's renderer, from a DevTools trace: extension scripts included, unlike the Long Tasks API. */
async function rendererTasks(cdp: import('playwright-core').CDPSession, stop: () => Promise<void>): Promise<number[]> {
  const done = new Promise<{ stream: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve as never));
  await stop();
  const { stream } = await done;
  let json = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
    json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // Top-level tasks of the renderer's main thread (nested run loops excluded by taking complete events only).
  return events
    .filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`))
    .map((e) => (e.dur ?? 0) / 1000);
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Loads `url`, waits for the page and the extension to settle, and reads the renderer's own accounting. */
async function measure(context: BrowserContext, url: string, settleMs: number): Promise<Sample> {
  const p: Page = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReturnAsStream' });
  await p.goto(url, { waitUntil: 'load' });
  if (url.includes('append')) await p.waitForFunction(() => document.title === 'done', null, { timeout: 30_000 });
  await p.waitForTimeout(settleMs);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const tasks = await rendererTasks(cdp, () => cdp.send('Tracing.end') as Promise<never>);
  await p.close();
  return { task: metric('TaskDuration'), script: metric('ScriptDuration'), longest: Math.max(0, ...tasks), over50: tasks.filter((t) => t > 50).length };
}

export async function browserRows(): Promise<Row[]> {
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', 'bench/floor'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', 'bench/idle'], { cwd: ROOT, stdio: 'ignore' });
  const server = await serve(pages());
  const ours = await launchWithExtension(EXTENSION_DIR);
  const floor = await launchWithExtension(FLOOR_DIR);
  const idle = await launchWithExtension(IDLE_DIR);
  const rows: Row[] = [];
  const row = (page: string, a: Sample[], b: Sample[]): Row => ({
    page,
    'task time, floor': `${median(b.map((s) => s.task)).toFixed(1)} ms`,
    'task time, ours': `${median(a.map((s) => s.task)).toFixed(1)} ms`,
    'over the floor': `${(median(a.map((s) => s.task)) - median(b.map((s) => s.task))).toFixed(1)} ms`,
    'longest task, floor / ours': `${median(b.map((s) => s.longest)).toFixed(0)} / ${median(a.map((s) => s.longest)).toFixed(0)} ms`,
    'tasks > 50 ms, floor / ours': `${median(b.map((s) => s.over50))} / ${median(a.map((s) => s.over50))}`,
  });
  try {
    for (const [name, path, settle] of [
      ['(a) demo article', '/demo', 600],
      ['(b) long read, 200 KB', '/long-read', 1000],
      ['(c) 2 MB, ~50,000 text nodes', '/big', 2500],
      ['(d) 100 paragraphs appended to a small page', '/append-small', 800],
      ['(d) 100 paragraphs appended to the 200 KB page', '/append-long', 1200],
      ['(e) 100 KB of numbers, nothing tracked', '/everyday', 600],
    ] as const) {
      const a: Sample[] = [];
      const b: Sample[] = [];
      const c: Sample[] = [];
      // On the demo, also the extension with an annotator that does nothing: the share of its cost that is the
      // watcher and loading a part at all, before any scan.
      const withIdle = path === '/demo';
      // Alternate the browsers so drift in machine load falls on all alike.
      for (let run = 0; run < RUNS; run++) {
        b.push(await measure(floor, server.url(path), settle));
        a.push(await measure(ours, server.url(path), settle));
        if (withIdle) c.push(await measure(idle, server.url(path), settle));
      }
      rows.push(row(name, a, b));
      if (withIdle) rows.push(row('(a) demo article, with an annotator that does nothing', c, b));
    }
  } finally {
    await ours.close();
    await idle.close();
    await floor.close();
    await server.close();
  }
  return rows;
}

export async function highlightRows(): Promise<Row[]> {
  const html = pages()['/long-read'];
  // The same figure spans for both, as offsets into the body's text content (what mark.js counts in).
  const text = parseHTML(html).document.body.textContent ?? '';
  const spans = extractFigures(text).map((f) => ({ start: f.start, length: f.end - f.start }));
  const markJs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const server = await serve({ '/page': html });
  const context = await launchWithExtension(join(ROOT, 'bench/floor/.output/chrome-mv3'));
  const ours: number[] = [];
  const theirs: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const who of ['ours', 'mark.js'] as const) {
        const p = await context.newPage();
        await p.goto(server.url('/page'));
        // Both approaches paint: mark.js through <mark>'s default style, ours through a ::highlight rule.
        await p.addStyleTag({ content: '::highlight(bench) { background-color: yellow; }' });
        if (who === 'mark.js') await p.addScriptTag({ content: markJs });
        const ms = await p.evaluate(
          ({ spans, who }) => {
            const start = performance.now();
            if (who === 'ours') {
              // Ranges from text offsets with one walk, then one Highlight for all of them.
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              const ranges: Range[] = [];
              let offset = 0;
              let k = 0;
              let range: Range | null = null;
              for (let node = walker.nextNode() as Text | null; node && k < spans.length; node = walker.nextNode() as Text | null) {
                const end = offset + node.data.length;
                while (k < spans.length) {
                  const s = spans[k];
                  if (!range && s.start >= offset && s.start < end) {
                    range = document.createRange();
                    range.setStart(node, s.start - offset);
                  }
                  if (range && s.start + s.length <= end) {
                    range.setEnd(node, s.start + s.length - offset);
                    ranges.push(range);
                    range = null;
                    k++;
                    continue;
                  }
                  break;
                }
                offset = end;
              }
              CSS.highlights.set('bench', new Highlight(...ranges));
            } else {
              new (window as unknown as { Mark: new (el: Element) => { markRanges(r: unknown[]): void } }).Mark(document.body).markRanges(spans);
            }
            // The style and layout the change causes, forced now rather than left to the next frame.
            document.body.getBoundingClientRect();
            getComputedStyle(document.body).color;
            return performance.now() - start;
          },
          { spans, who },
        );
        (who === 'ours' ? ours : theirs).push(ms);
        await p.close();
      }
    }
  } finally {
    await context.close();
    await server.close();
  }
  return [
    { approach: 'CSS Custom Highlight API (ours)', spans: spans.length, 'median (DOM work + style + layout)': `${median(ours).toFixed(1)} ms`, ratio: '1×' },
    { approach: 'mark.js markRanges', spans: spans.length, 'median (DOM work + style + layout)': `${median(theirs).toFixed(1)} ms`, ratio: `${(median(theirs) / median(ours)).toFixed(1)}× slower` },
  ];
}
