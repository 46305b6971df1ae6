import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';
import { extractFigures } from '../../../lib/extract/figures';

const strongest = (actors: Record<string, number>) => Object.entries(actors).sort((a, b) => b[1] - a[1])[0]?.[0];

describe('the bare counts of a chart or table caption', () => {
  it("count what the caption's title names, and are the title's actor's", () => {
    const text = 'Graphic: Russian troops around Pokrovsk, estimates by source. Kyiv: 110,000 · ISW: 90,000 · Moscow: 60,000.';
    const figures = extractFigures(text);
    expect(figures.map((f) => [f.value.low, f.category])).toEqual([[110000, 'troops'], [90000, 'troops'], [60000, 'troops']]);
    expect(figures.map((f) => strongest(f.actors))).toEqual(['russia', 'russia', 'russia']);
  });

  it('are read under a "Bar chart:" title, each bar labelled by its year, as chart descriptions give them', () => {
    const text = 'Bar chart: North Korean shell deliveries to Russia, 2023–2025. 2023: 1 million; 2024: 5 million; 2025: 12 million (cumulative).';
    expect(extractFigures(text).map((f) => [f.value.low, f.kind])).toEqual([
      [1000000, 'shells'],
      [5000000, 'shells'],
      [12000000, 'shells'],
    ]);
    // A page in a citation is still no count.
    expect(extractFigures('Some 11,000 troops were sent (IISS 2025: 34).').map((f) => f.value.low)).toEqual([11000]);
  });

  it('are tied to the measure the title describes, a sentence or two after the title', () => {
    const text = 'Chart: North Korean casualties in Kursk, killed and wounded. Source: Western and South Korean officials. The line climbs past 4,000 by the summer.';
    const [f] = new Checker(bundledDatabase).check(text);
    expect([f.value.low, f.category, f.measure?.id]).toEqual([4000, 'casualties', 'dprk-casualties-kursk']);
  });

  it("never count the caption's own number, what has a noun of its own, or anything when the title names nothing tracked", () => {
    expect(extractFigures('Figure 3 | Estimated North Korean casualties, by source. Bars show estimates at three dates.')).toEqual([]);
    expect(extractFigures('Chart: Grain exports from Odesa by month. January: 1,200 · February: 2,000.')).toEqual([]);
  });

  it('leave a paragraph that does not open as a caption alone', () => {
    expect(extractFigures('Russian troops held the town. Kyiv: 110,000 · Moscow: 60,000.').map((f) => f.value.low)).not.toContain(60000);
  });

  it('are read on the data lines under the title: "Chart: Russian troops fighting in Ukraine" ⏎ "Jun 2025: 640,000"', () => {
    const text = 'Chart: Russian troops fighting in Ukraine, by estimate date\nFeb 2023: about 300,000\nJun 2025: 640,000\nSource: HUR.';
    expect(extractFigures(text).map((f) => [f.value.low, f.category])).toEqual([[300000, 'troops'], [640000, 'troops']]);
    const bars = 'Chart: Estimates of North Korean killed and wounded in Kursk, by source\nBars, left to right:\nUK Defence Intelligence, more than 6,000\nSouth Korea\'s NIS, 4,700';
    expect(extractFigures(bars).map((f) => [f.value.low, f.category])).toEqual([[6000, 'casualties'], [4700, 'casualties']]);
    // A blank line ends the chart: the paragraph after it is the article's.
    expect(extractFigures('Chart: Russian troops fighting in Ukraine\n\nJun 2025: 640,000').map((f) => f.value.low)).toEqual([]);
  });
  it('are read under an image\'s alt text that describes a chart, however long its title runs', () => {
    const text = 'Alt text: Bar chart showing estimated Russian military casualties (killed, wounded, captured or missing) since the February 2022 invasion, according to Western defence estimates. Y-axis: casualties, thousands.\nData labels: Feb 2024: 350k | Jun 2025: 970k';
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([['350k', 'casualties'], ['970k', 'casualties']]);
  });

  it('read a toll charted per period as the parts of a running toll, a total named beside them as the total', () => {
    const text = 'Chart: Russian military casualties per period since the 2022 invasion\n2022: 90k | 2023: 300k\nCallout: total since the invasion approximately 970,000';
    expect(extractFigures(text).map((f) => [f.text, !!f.part])).toEqual([['90k', true], ['300k', true], ['approximately 970,000', false]]);
  });

  it('never read an axis\'s unit or an image\'s pixels as counts: "casualties, thousands", "1,200 × 675 px"', () => {
    const text = 'Chart: Russian military casualties by source\nY-axis: casualties, thousands.\nImage 1,200 × 675 px';
    expect(extractFigures(text)).toEqual([]);
  });
});
