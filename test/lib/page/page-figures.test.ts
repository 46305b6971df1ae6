// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';
import { localEngine } from '../../../lib/engine/engine';
import { PageFigures } from '../../../lib/page/page-figures';

const engine = localEngine(new Checker(bundledDatabase));
const make = () => new PageFigures({ engine, skipTags: [], createRange: () => document.createRange() });

describe('PageFigures', () => {
  it('anchors each figure to the exact text of the page', async () => {
    document.body.innerHTML = '<p>Russia keeps <b>110</b>,000 troops near Pokrovsk.</p>';
    const page = make();
    const [figure] = await page.scan(document.body);
    expect(figure.range.toString()).toBe('110,000 troops');
    expect(figure.finding.measure?.id).toBe('russia-troops-pokrovsk');
  });

  it('anchors figures by their text nodes and makes a live Range only when one is asked for', async () => {
    document.body.innerHTML = '<p>Russia launched 728 drones at Kyiv.</p><p>North Korea sent 11,000 troops to Kursk.</p>';
    const page = make();
    const figures = await page.scan(document.body);
    expect(figures.map((f) => f.hasRange)).toEqual([false, false]);
    expect(figures.map((f) => f.element?.tagName)).toEqual(['P', 'P']);
    expect(figures[1].range.toString()).toBe('11,000 troops');
    expect(figures.map((f) => f.hasRange)).toEqual([false, true]);
  });

  it('drops a figure whose text was cut short, whether or not it has a Range yet', async () => {
    document.body.innerHTML = '<p id="a">Russia launched 728 drones at Kyiv.</p><p id="b">North Korea sent 11,000 troops to Kursk.</p>';
    const page = make();
    const [drones, troops] = await page.scan(document.body);
    expect(troops.range.toString()).toBe('11,000 troops');
    (document.getElementById('a')!.firstChild as Text).data = 'Russia';
    (document.getElementById('b')!.firstChild as Text).data = 'North';
    expect(page.prune()).toEqual([drones, troops]);
  });

  it('keeps reading order when a block above the others is scanned later', async () => {
    document.body.innerHTML = '<p id="a"></p><p id="b">Russia launched 728 drones at Kyiv.</p>';
    const page = make();
    await page.scan(document.body);
    const a = document.getElementById('a')!;
    a.textContent = 'North Korea sent 11,000 troops to Kursk.';
    await page.scan(a);
    expect(page.list().map((f) => f.range.toString())).toEqual(['11,000 troops', '728 drones']);
  });

  it('replaces what a rescanned block held, and drops figures whose text left the page', async () => {
    document.body.innerHTML = '<p id="a">North Korea sent 11,000 troops to Kursk.</p><p id="b">Russia launched 728 drones at Kyiv.</p>';
    const page = make();
    await page.scan(document.body);
    const a = document.getElementById('a')!;
    a.textContent = 'North Korea sent 12,000 troops to Kursk.';
    const removed: unknown[] = [];
    await page.scan(a, undefined, removed as never);
    expect(removed).toHaveLength(1);
    expect(page.list().map((f) => f.range.toString())).toEqual(['12,000 troops', '728 drones']);
    document.getElementById('b')!.remove();
    expect(page.prune()).toHaveLength(1);
    expect(page.list()).toHaveLength(1);
  });

  it("recognises a report quoted by the page as the page's own, even when the quote arrives in a later block", async () => {
    const quote = bundledDatabase.reports.find((r) => r.measure === 'dprk-sappers-kursk')!.quote;
    document.body.innerHTML = '<p id="a">Live updates.</p>';
    const page = make();
    await page.scan(document.body);
    const p = document.createElement('p');
    p.textContent = quote;
    document.body.append(p);
    const [sappers] = await page.scan(p);
    expect(sappers.finding.sources.map((s) => s.stance)).toEqual(['own']);
  });

  it('scans several changed blocks in one request, each figure anchored in its own block, in reading order', async () => {
    document.body.innerHTML = '<p id="a">Intro.</p><p id="b">Russia launched 728 drones at Kyiv.</p><p id="c">North Korea sent 11,000 troops to Kursk.</p>';
    let requests = 0;
    const counting = { scan: (text: string, tracking: object) => (requests++, engine.scan(text, tracking)) };
    const page = new PageFigures({ engine: counting, skipTags: [], createRange: () => document.createRange() });
    const [b, c] = [document.getElementById('b')!, document.getElementById('c')!];
    const added = await page.scan([c, b, document.getElementById('a')!]);
    expect(requests).toBe(1);
    expect(added.map((f) => f.range.toString())).toEqual(['728 drones', '11,000 troops']);
    expect(added.map((f) => f.block)).toEqual([b, c]);
    // Offsets are into the figure's own block, as the sidebar and the export read them.
    for (const f of added) expect(f.blockText.slice(f.finding.start, f.finding.end)).toBe(f.finding.text);
    expect(added[1].blockText.slice(added[1].finding.sentence.start, added[1].finding.sentence.end)).toBe('North Korea sent 11,000 troops to Kursk.');
  });

  it('hands the main thread back between slices of a long text when over budget', async () => {
    document.body.innerHTML = `<article>${'<p>Russia keeps 110,000 troops near Pokrovsk, officials said again today.</p>'.repeat(800)}</article>`;
    const page = make();
    let pauses = 0;
    const added = await page.scan(document.body, { overBudget: () => true, pause: async () => void pauses++ });
    expect(added).toHaveLength(800);
    expect(pauses).toBeGreaterThan(1);
  });
});
