import { extractFigures } from '../lib/extract/figures';
import { newsText } from './corpus';
const news = newsText(2_000_000);
for (let i = 0; i < 3; i++) extractFigures(news);
const ts: number[] = [];
for (let i = 0; i < 15; i++) { const t = performance.now(); extractFigures(news); ts.push(performance.now() - t); }
ts.sort((a, b) => a - b);
console.log('median', ts[7].toFixed(1), 'ms', (2 / (ts[7] / 1000)).toFixed(1), 'MB/s', 'figures', extractFigures(news).length);
