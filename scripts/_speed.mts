import { readFileSync, readdirSync } from 'node:fs';
import { extractFigures } from '/work/main/lib/extract/figures';
const seeds = readdirSync('/work/shared/seeds').map((f) => readFileSync('/work/shared/seeds/' + f, 'utf8'));
let big = '';
let i = 0;
while (big.length < 2_000_000) big += seeds[i++ % seeds.length] + '\n';
for (let r = 0; r < 3; r++) {
  const t0 = performance.now(); const n = extractFigures(big).length; const t = performance.now() - t0;
  const t1 = performance.now(); const m = (big.match(/\d[\d,.]*/g) ?? []).length; const tr = performance.now() - t1;
  console.log(`extract ${n} figs ${(big.length / 1e6 / (t / 1000)).toFixed(1)} MB/s; regex ${m} ${(big.length / 1e6 / (tr / 1000)).toFixed(1)} MB/s`);
}
