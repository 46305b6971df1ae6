import { EXTENSION_DIR, launchWithExtension, serve } from '../test/e2e/harness';
import { newsText } from './corpus';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const big = newsText(2_000_000, 3).split('\n').map((p) => `<p>${p.split(/(?<=[,.]) /).map((c) => `<span>${escape(c)}</span>`).join(' ')}</p>`).join('\n');
const server = await serve({ '/big': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>2 MB</title></head><body><article>${big}</article></body></html>` });
const ctx = await launchWithExtension(EXTENSION_DIR);
const p = await ctx.newPage(); const cdp = await ctx.newCDPSession(p);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
await p.goto(server.url('/big'), { waitUntil: 'load' }); await p.waitForTimeout(2500);
const { profile } = (await cdp.send('Profiler.stop')) as any;
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// group consecutive samples into bursts separated by idle; report bursts > 20ms with top functions (inclusive, our frames)
let t = profile.startTime; let burst: any[] = []; const bursts: any[][] = [];
profile.samples.forEach((id: number, i: number) => { t += profile.timeDeltas[i]; const cf = byId.get(id).callFrame; const idle = cf.functionName === '(idle)' || cf.functionName === '(program)';
  if (idle) { if (burst.length) bursts.push(burst); burst = []; } else burst.push({ id, t }); });
for (const b of bursts) { const dur = (b[b.length - 1].t - b[0].t) / 1000; if (dur < 20) continue;
  const incl: Record<string, number> = {};
  for (const s of b) { const seen = new Set<string>(); for (let n: number | undefined = s.id; n !== undefined; n = parent.get(n)) { const cf = byId.get(n).callFrame; const k = `${cf.functionName || '(anon)'}@${cf.url.replace(/^.*\//, '')}:${cf.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl[k] = (incl[k] ?? 0) + 0.1; } } }
  console.log(`burst ${dur.toFixed(1)} ms at ${((b[0].t - profile.startTime) / 1000).toFixed(0)}`);
  for (const [k, v] of Object.entries(incl).sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log('   ', v.toFixed(1).padStart(6), k);
}
await ctx.close(); await server.close();
