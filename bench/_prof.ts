import { newsText } from './corpus';
import { extractFigures } from '../lib/extract/figures';
const text = newsText(2_000_000, 3);
for (let i = 0; i < 3; i++) extractFigures(text);
const t0 = performance.now();
for (let i = 0; i < 10; i++) extractFigures(text);
console.log('ms per 2MB', ((performance.now() - t0) / 10).toFixed(1));
