import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/extract/figures';
import { spelledAs } from '../../../lib/extract/spelling';

describe('a slip of one key in a word a figure turns on', () => {
  it.each([
    ['tropps', 'troops'],
    ['soliders', 'soldiers'],
    ['sodiers', 'soldiers'],
    ['casualites', 'casualties'],
    ['causalties', 'casualties'],
    ['misiles', 'missiles'],
    ['shels', 'shells'],
    ['artilery', 'artillery'],
    ['drons', 'drones'],
    ['woundet', 'wounded'],
    ['kiled', 'killed'],
    ['milion', 'million'],
    ['thousend', 'thousand'],
    ['civillians', 'civilians'],
    ['missle', 'missile'],
  ])('reads "%s" as "%s"', (slip, word) => {
    expect(spelledAs(slip)).toBe(word);
  });

  it.each(['sells', 'solider', 'solder', 'bullion', 'launches', 'rickets', 'dunes', 'miles', 'lines', 'tanks', 'shelter'])('leaves the real word "%s" alone', (word) => {
    expect(spelledAs(word)).toBe(word);
  });

  it('finds the figures of a post typed fast: "like 11k tropps", "more than 6000 kiled", "12 milion shels"', () => {
    const read = (t: string) => extractFigures(t).map((f) => [f.text, f.value.low, f.category]);
    expect(read('NK sended like 11k tropps to kursk lol')).toEqual([['like 11k tropps', 11000, 'troops']]);
    expect(read('ukraine says more than 6000 kiled from them')).toEqual([['more than 6000 kiled', 6000, 'casualties']]);
    expect(read('they gave russia 12 milion shels already')).toEqual([['12 milion shels', 12000000, 'munitions']]);
  });
});
