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
  it('reads a slip of a scale after a decimal comma, and "more then": "8,7 milion", "more then 1 milion"', () => {
    const read = (t: string) => extractFigures(t).map((f) => [f.text, f.value.low, f.qualifier]);
    expect(read('They killed 8,7 milion soldiers in that war.')).toEqual([['8,7 milion soldiers', 8700000, null]]);
    expect(read('Mines in Kursk area are more then 1 milion.')).toEqual([['more then 1 milion', 1000000, 'more-than']]);
    // A decimal comma before a word that is no scale stays no count.
    expect(read('It costs 2,5 euros for 3 soldiers.')).toEqual([['3 soldiers', 3, null]]);
  });
});
