import { EXTENSION_DIR, ROOT, launchWithExtension, serve } from '../test/e2e/harness';
import { join } from 'node:path';
import { newsText } from './corpus';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const big = newsText(2_000_000, 3).split('\n').map((p) => `<p>${p.split(/(?<=[,.]) /).map((c) => `<span>${escape(c)}</span>`).join(' ')}</p>`).join('\n');
const server = await serve({ '/big': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>2 MB</title></head><body><article>${big}</article></body></html>` });
const which = process.argv[2] === 'floor' ? join(ROOT, 'bench/floor/.output/chrome-mv3') : EXTENSION_DIR;
const ctx = await launchWithExtension(which);
for (let r = 0; r < 2; r++) {
  const p = await ctx.newPage(); const cdp = await ctx.newCDPSession(p);
  const done = new Promise<any>((res) => cdp.once('Tracing.tracingComplete', res));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8,blink', transferMode: 'ReturnAsStream' });
  await p.goto(server.url('/big'), { waitUntil: 'load' }); await p.waitForTimeout(2500);
  await cdp.send('Tracing.end'); const { stream } = await done; let json = '';
  for (;;) { const c: any = await cdp.send('IO.read', { handle: stream }); json += c.base64Encoded ? Buffer.from(c.data, 'base64').toString() : c.data; if (c.eof) break; }
  const parsed = JSON.parse(json); const ev: any[] = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = new Set(ev.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const mine = ev.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const t0 = tasks[0]?.ts ?? 0; let total = 0; const lines: string[] = [];
  for (const t of tasks) {
    total += t.dur / 1000;
    if (t.dur < 15000) continue;
    const kids = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && !/RunTask/.test(e.name));
    const sums: Record<string, number> = {};
    for (const k of kids) { const key = k.name + (k.args?.data?.url ? ' ' + String(k.args.data.url).replace(/^.*\//, '') : '') + (k.args?.data?.functionName ? ' ' + k.args.data.functionName : ''); sums[key] = (sums[key] ?? 0) + k.dur / 1000; }
    lines.push(`${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ${(t.dur / 1000).toFixed(1).padStart(7)}  ` + Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(', '));
  }
  console.log(`run ${r}: sum RunTask ${total.toFixed(1)}`);
  if (r === 1) console.log(lines.join('\n'));
  await p.close();
}
await ctx.close(); await server.close();
