import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/extract/figures';
import { findQuantities } from '../../../lib/extract/numbers';
import { tokenize } from '../../../lib/extract/tokenize';
import { newsText } from '../../../bench/corpus';

const NUMBER_WORDS = ['one', 'two', 'ten', 'twenty', 'thousand', 'million', 'hundred', 'tens of', 'thousands', 'dozen', 'and', 'to', 'or', '-'];
const PIECES = ['1', '0', ',', '.', ' ', '000', '12', '-', '–', '$', '%', 'k', 'm', 'troops', 'killed', 'shells', ...NUMBER_WORDS];
/** Words and marks that the rules for copies of PDFs, translations and asides look for around a count. */
const CONTEXT = ['thsd', 'mln', '-\n', '   ', '\t', ':', '(', ')', "'", '≈', 'say', 'were', 'losses', 'of', 'call-up', 'exceed', 'lives', 'made up', 'Korean', 'grouping', 'is', 'now', 'between', 'dispatched', 'North Korea', 'persons', '\n', 'The', 'incl', 'KIA', '/', 'WIA'];

/** Strings made of the pieces that stress a number scanner: digits, separators, number words, units. */
const adversarial = fc.array(fc.constantFrom(...PIECES, ...CONTEXT), { maxLength: 200 }).map((xs) => xs.join(''));

describe('extraction properties (fast-check)', () => {
  it('never throws on any string, and returns spans inside the text that cut out the figure', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), adversarial), (text) => {
        for (const f of extractFigures(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.value.low).toBeLessThanOrEqual(f.value.high);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives back the value of any count written with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), fc.constantFrom(',', ' ', '\u00a0', ''), (n, separator) => {
        const written = n.toLocaleString('en-US').replace(/,/g, separator);
        const [q] = findQuantities(tokenize(`Russia sent ${written} troops.`), () => true);
        expect(q?.value, written).toEqual({ low: n, high: n });
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the value of a count written in words', () => {
    const words = (n: number): string => {
      const small = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
      const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
      const below100 = (x: number) => (x < 20 ? small[x] : `${tens[Math.floor(x / 10)]}${x % 10 ? `-${small[x % 10]}` : ''}`);
      const below1000 = (x: number) => (x >= 100 ? `${small[Math.floor(x / 100)]} hundred${x % 100 ? ` ${below100(x % 100)}` : ''}` : below100(x));
      const parts: string[] = [];
      if (n >= 1e6) parts.push(`${below1000(Math.floor(n / 1e6))} million`);
      if (n % 1e6 >= 1000) parts.push(`${below1000(Math.floor((n % 1e6) / 1000))} thousand`);
      if (n % 1000) parts.push(below1000(n % 1000));
      return parts.join(' ');
    };
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999_999 }), (n) => {
        const [q] = findQuantities(tokenize(`Officials said ${words(n)} soldiers arrived.`), () => true);
        expect(q?.value, words(n)).toEqual({ low: n, high: n });
      }),
      { numRuns: 300 },
    );
  });

  it('runs in time linear in the input: a 500 KB adversarial string within a fixed multiple of 500 KB of news text', () => {
    const news = newsText(500_000);
    const hostile = '1,000,000 troops 1 1 1 ten thousand and one hundred 999,999-1,000 '.repeat(8_000).slice(0, 500_000);
    // The fastest of three runs: other test files share the machine, and a run they slow down says nothing of the
    // extractor.
    const time = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        extractFigures(text);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(news.slice(0, 50_000));
    // Every few characters a count here, against one in a few sentences in news: more work per character is
    // expected; a blow-up with the length is what must never happen.
    const full = time(hostile);
    expect(full).toBeLessThan(time(news) * 25);
    // A quarter of the text against the whole: linear work is 4×, quadratic 16×; 8× leaves room for a loaded machine.
    expect(full).toBeLessThan(time(hostile.slice(0, 125_000)) * 8);
    // Twelve timed passes over up to 500 KB take about five seconds here, more when other files share the cores:
    // the ratios above are what the test checks, not the clock.
  }, 30_000);
});
