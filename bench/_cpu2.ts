import { EXTENSION_DIR, launchWithExtension, serve } from '../test/e2e/harness';
import { newsText } from './corpus';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const big = newsText(2_000_000, 3).split('\n').map((p) => `<p>${p.split(/(?<=[,.]) /).map((c) => `<span>${escape(c)}</span>`).join(' ')}</p>`).join('\n');
const server = await serve({ '/big': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>2 MB</title></head><body><article>${big}</article></body></html>` });
const ctx = await launchWithExtension(EXTENSION_DIR);
const incl: Record<string, number> = {}; const selfT: Record<string, number> = {}; const N = 3;
for (let r = 0; r < N; r++) {
const p = await ctx.newPage(); const cdp = await ctx.newCDPSession(p);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
await p.goto(server.url('/big'), { waitUntil: 'load' }); await p.waitForTimeout(2500);
const { profile } = (await cdp.send('Profiler.stop')) as any;
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
profile.samples.forEach((id: number, i: number) => { const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000 / N;
  const stack: any[] = []; for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) stack.push(byId.get(n).callFrame);
  if (!stack.some((c) => /annotator|content\.js/.test(c.url))) return;
  const leaf = stack[0]; const lk = `${leaf.functionName || '(anon)'}@${leaf.url.replace(/^.*\//, '')}:${leaf.lineNumber}`; selfT[lk] = (selfT[lk] ?? 0) + dt;
  const seen = new Set<string>(); for (const cf of stack) { const k = `${cf.functionName || '(anon)'}@${cf.url.replace(/^.*\//, '')}:${cf.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl[k] = (incl[k] ?? 0) + dt; } } });
await p.close(); }
console.log('INCLUSIVE'); for (const [k, v] of Object.entries(incl).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log('   ', v.toFixed(1).padStart(6), k);
console.log('SELF'); for (const [k, v] of Object.entries(selfT).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log('   ', v.toFixed(1).padStart(6), k);
await ctx.close(); await server.close();
