import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';
import { collectText } from '../../../lib/collect/text-index';

const checker = new Checker(bundledDatabase);
const page = (html: string) => collectText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body).text;

describe('figures in tables and lists', () => {
  const table = `<h1>North Korea's support for Russia in numbers</h1>
    <table>
      <tr><th>What</th><th>Estimate</th><th>Source</th></tr>
      <tr><td>Troops first deployed</td><td>11,000</td><td>NIS</td></tr>
      <tr><td>Killed or wounded</td><td>4,700</td><td>NIS</td></tr>
      <tr><td>Artillery shells shipped</td><td>12 million</td><td>South Korean military</td></tr>
      <tr><td>Ballistic missiles delivered</td><td>100+</td><td>UN panel</td></tr>
    </table>
    <ul><li>Sappers sent to Kursk: 1,000</li><li>Military builders: 5,000</li></ul>`;

  it('reads a table row as one line, its cells a " | " apart, each after its column\'s heading', () => {
    expect(page(table)).toContain('What | Estimate | Source');
    expect(page(table)).toContain('What: Troops first deployed | Estimate: 11,000 | Source: NIS');
  });

  it('reads each cell of numbers with its row\'s label, its source cell as who says so, and the headline as whose', () => {
    expect(checker.check(page(table)).map((f) => [f.text, f.measure?.id, f.verdict])).toEqual([
      ['11,000', 'dprk-troops-initial-deployment', 'corroborated'],
      ['4,700', 'dprk-casualties-kursk', 'corroborated'],
      ['12 million', 'dprk-shells-to-russia', 'corroborated'],
      ['100+', 'dprk-missiles-to-russia', 'corroborated'],
      ['1,000', 'dprk-sappers-kursk', 'corroborated'],
      ['5,000', 'dprk-military-builders-kursk', 'corroborated'],
    ]);
  });

  it('reads a cell of numbers with its column\'s heading when the heading says what is counted', () => {
    const levels = `<h2>Russian force levels</h2>
      <table>
        <thead><tr><th>Front sector</th><th>Russian troops</th><th>Source</th></tr></thead>
        <tbody>
          <tr><td>Pokrovsk axis</td><td>~110,000</td><td>Ukrainian General Staff</td></tr>
          <tr><td>Whole of Ukraine</td><td>640,000</td><td>HUR</td></tr>
        </tbody>
      </table>`;
    expect(checker.check(page(levels)).map((f) => [f.text, f.measure?.id, f.verdict])).toEqual([
      ['~110,000', 'russia-troops-pokrovsk', 'corroborated'],
      ['640,000', 'russia-troops-in-ukraine', 'corroborated'],
    ]);
  });

  it('gives a heading spanning columns to each of them, and none to a table without a header row', () => {
    const spanning = `<table><tr><th>Country</th><th colspan="2">North Korean troops</th></tr>
      <tr><td>Kursk</td><td>11,000</td><td>12,000</td></tr></table>`;
    expect(page(spanning)).toContain('Country: Kursk | North Korean troops: 11,000 | North Korean troops: 12,000');
    const plain = '<table><tr><td>Kursk</td><td>11,000</td></tr><tr><td>Pokrovsk</td><td>110,000</td></tr></table>';
    expect(page(plain)).toContain('Kursk | 11,000\nPokrovsk | 110,000');
  });

  it('keeps the headings when a rescan starts from a row of the table', () => {
    const { document } = parseHTML(`<!doctype html><html><body><table><tr><th>Sector</th><th>Russian troops</th></tr>
      <tr id="r"><td>Pokrovsk axis</td><td>110,000</td></tr></table></body></html>`);
    expect(collectText(document.getElementById('r')!).text).toContain('Sector: Pokrovsk axis | Russian troops: 110,000');
  });

  it("reads a source column, first in the row, as who gives the figures, and the table's caption as what they are", () => {
    const html = `<h1>How many shells has North Korea sent?</h1>
      <table><caption>What Pyongyang has shipped to Moscow</caption>
        <tr><th>Source</th><th>Artillery shells</th><th>Ballistic missiles</th></tr>
        <tr><td>South Korean military</td><td>9 million</td><td>100+</td></tr>
      </table>`;
    expect(checker.check(page(html)).map((f) => [f.text, f.measure?.id])).toEqual([
      ['9 million', 'dprk-shells-to-russia'],
      ['100+', 'dprk-missiles-to-russia'],
    ]);
  });
});
