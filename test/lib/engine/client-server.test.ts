import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';
import { EngineClient } from '../../../lib/engine/client';
import { localEngine } from '../../../lib/engine/engine';
import type { Port } from '../../../lib/engine/port';
import { MAX_SCAN_CHARS, packCandidates } from '../../../lib/engine/protocol';
import { serveEngine } from '../../../lib/engine/server';
import type { Candidate } from '../../../lib/finding';

/** Two ends of a port, delivering each message in a task of its own and as JSON, like a browser's runtime port. */
function channel() {
  type End = Port<unknown> & { listeners: Array<(m: unknown) => void>; gone: Array<() => void>; peer?: End; sent: unknown[] };
  const end = (): End => {
    const self: End = {
      listeners: [],
      gone: [],
      sent: [],
      postMessage(message) {
        self.sent.push(message);
        const copy = JSON.parse(JSON.stringify(message));
        setTimeout(() => {
          for (const l of self.peer?.listeners ?? []) l(copy);
        }, 0);
      },
      onMessage: { addListener: (l) => void self.listeners.push(l) },
      onDisconnect: { addListener: (l) => void self.gone.push(l) },
      disconnect() {
        for (const l of self.peer?.gone ?? []) l();
      },
    };
    return self;
  };
  const a = end();
  const b = end();
  a.peer = b;
  b.peer = a;
  return { client: a, server: b };
}

const checker = new Checker(bundledDatabase);
const article = [
  'North Korea has sent about 11,000 troops to the Kursk region, according to Ukrainian intelligence.',
  'Russia launched a record 728 drones at Kyiv overnight.',
  'The stadium holds 60,000 people.',
].join(' ');

async function collect(batches: AsyncIterable<Candidate[]>): Promise<Candidate[][]> {
  const out: Candidate[][] = [];
  for await (const b of batches) out.push(b);
  return out;
}

function connected(pause?: () => Promise<void>) {
  const ports: ReturnType<typeof channel>[] = [];
  const client = new EngineClient(() => {
    const pair = channel();
    serveEngine(pair.server as never, { checker: () => checker, pause });
    ports.push(pair);
    return pair.client as never;
  });
  return { client, ports };
}

describe('the engine over a port', () => {
  it('answers with the same candidates as the engine in process, measures and reports as objects', async () => {
    const { client } = connected();
    const remote = (await collect(client.scan(article, {}))).flat();
    const local = (await collect(localEngine(checker).scan(article, {}))).flat();
    expect(remote.map((c) => c.figure.text)).toEqual(['about 11,000 troops', '728 drones']);
    expect(remote.map((c) => [c.figure, c.measure, c.why, c.reports])).toEqual(local.map((c) => [c.figure, c.measure, c.why, c.reports]));
    for (const c of remote) for (const r of c.reports) expect(c.publications.get(r.publication)?.id).toBe(r.publication);
  });

  it("says which reports the scanned text quotes, so a page's own words never corroborate it", async () => {
    const { client } = connected();
    const report = bundledDatabase.reports.find((r) => r.measure === 'dprk-sappers-kursk')!;
    const [candidate] = (await collect(client.scan(`Earlier today: ${report.quote}`, {}))).flat();
    expect(candidate.reports.filter((r) => candidate.quotedHere?.(r)).map((r) => r.id)).toEqual([report.id]);
    const [elsewhere] = (await collect(client.scan('Russia has 1,000 North Korean sappers clearing mines in Kursk.', {}))).flat();
    expect(elsewhere.measure?.id).toBe('dprk-sappers-kursk');
    expect(elsewhere.reports.some((r) => elsewhere.quotedHere?.(r))).toBe(false);
  });

  it('applies the tracked categories and hidden topics it is sent', async () => {
    const { client } = connected();
    const onlyMunitions = (await collect(client.scan(article, { categories: new Set(['munitions']) }))).flat();
    expect(onlyMunitions.map((c) => c.figure.text)).toEqual(['728 drones']);
    const topic = onlyMunitions[0].measure!.topic;
    const hidden = (await collect(client.scan(article, { hiddenTopics: new Set([topic]) }))).flat();
    expect(hidden.map((c) => c.figure.text)).toEqual(['about 11,000 troops']);
  });

  it('sends a long text in slices, and each measure, report and publication once per scan', async () => {
    const { client, ports } = connected();
    const long = `${'Russia keeps 110,000 troops near Pokrovsk, officials said again today. '.repeat(600)}`;
    const batches = await collect(client.scan(long, {}));
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toHaveLength(600);
    const sent = ports[0].server.sent as Array<{ measures: unknown[]; reports: unknown[] }>;
    expect(sent.reduce((n, b) => n + b.measures.length, 0)).toBe(1);
    expect(sent.reduce((n, b) => n + b.reports.length, 0)).toBe(batches[0][0].reports.length);
  });

  it('stops the engine when the reader of a scan stops early', async () => {
    const { client, ports } = connected();
    // About 27 slices of text: the engine takes a task per slice, the cancel arrives after a few.
    const long = 'Russia keeps 110,000 troops near Pokrovsk, officials said again today. '.repeat(6000);
    for await (const _ of client.scan(long, {})) break;
    await new Promise((r) => setTimeout(r, 300));
    const sent = ports[0].server.sent as Array<{ done: boolean }>;
    expect(sent.some((b) => b.done)).toBe(false);
    expect(sent.length).toBeLessThan(20);
  });

  it('sends a scan again to a fresh engine when the first went away before answering', async () => {
    const { client, ports } = connected();
    const scan = collect(client.scan(article, {}));
    // The service worker stops before it reads the request.
    ports[0].server.listeners.length = 0;
    ports[0].server.disconnect();
    const batches = await scan;
    expect(ports).toHaveLength(2);
    expect(batches.flat().map((c) => c.figure.text)).toEqual(['about 11,000 troops', '728 drones']);
  });

  it('fails a scan cut off halfway, and rejects a malformed or dangling batch instead of waiting for ever', async () => {
    const { client, ports } = connected();
    const long = 'Russia keeps 110,000 troops near Pokrovsk, officials said again today. '.repeat(2000);
    const iterator = client.scan(long, {})[Symbol.asyncIterator]();
    await iterator.next();
    ports[0].server.disconnect();
    await expect(iterator.next()).rejects.toThrow(/went away/);

    const bad = new EngineClient(() => {
      const pair = channel();
      pair.server.onMessage.addListener((m) => pair.server.postMessage({ type: 'batch', scan: (m as { scan: number }).scan, candidates: [{ figure: {} }] }));
      return pair.client as never;
    });
    await expect(collect(bad.scan(article, {}))).rejects.toThrow(/malformed message from the engine/);

    const dangling = new EngineClient(() => {
      const pair = channel();
      const candidate = packCandidates([{ figure: { start: 0, end: 5, value: { low: 1, high: 1 }, qualifier: null, category: 'troops', sentence: { start: 0, end: 5 } }, measure: 'nowhere' }]);
      pair.server.onMessage.addListener((m) =>
        pair.server.postMessage({ type: 'batch', scan: (m as { scan: number }).scan, candidates: candidate, measures: [], reports: [], publications: [], quoted: [], done: true }),
      );
      return pair.client as never;
    });
    await expect(collect(dangling.scan(article, {}))).rejects.toThrow(/unknown measure "nowhere"/);

    const backwards = new EngineClient(() => {
      const pair = channel();
      const candidate = { numbers: [0, 5, 9, 1, 0, 5, 0, -1, -1, -1, -1, -1, -1, -1], strings: [], lists: [] };
      pair.server.onMessage.addListener((m) =>
        pair.server.postMessage({ type: 'batch', scan: (m as { scan: number }).scan, candidates: candidate, measures: [], reports: [], publications: [], quoted: [], done: true }),
      );
      return pair.client as never;
    });
    await expect(collect(backwards.scan(article, {}))).rejects.toThrow(/value runs backwards/);
  });

  it('refuses a text past the engine\'s limit at once instead of waiting for an answer that never comes', () => {
    const { client } = connected();
    expect(() => client.scan('x'.repeat(MAX_SCAN_CHARS + 1), {})).toThrow(/more than the engine reads/);
  });

  it('refuses requests that are not scans of text, answering the ones that say which scan they are', async () => {
    const pair = channel();
    serveEngine(pair.server as never, { checker: () => checker });
    pair.client.postMessage({ type: 'scan', scan: -1, text: 42 });
    pair.client.postMessage('<img src=x>');
    pair.client.postMessage({ type: 'scan', scan: 7, text: 'Russia keeps 110,000 troops near Pokrovsk.', tracking: { categories: ['spies'], hiddenTopics: [] } });
    await new Promise((r) => setTimeout(r, 20));
    expect(pair.server.sent).toEqual([{ type: 'failed', scan: 7, message: 'the engine could not read the request' }]);
  });
});
