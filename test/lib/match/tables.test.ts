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

  it('reads a table row as one line, its cells a " | " apart', () => {
    expect(page(table)).toContain('Troops first deployed | 11,000 | NIS');
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
});
