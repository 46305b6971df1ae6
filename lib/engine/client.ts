import type { Measure, Publication, Report } from '../claims/schema';
import type { Candidate, Tracking } from '../finding';
import type { FigureEngine } from './engine';
import type { Port } from './port';
import { type Batch, type ClientMessage, MAX_SCAN_CHARS, type WireTracking, engineMessageSchema, unpackCandidates } from './protocol';

function toWireTracking(t: Tracking): WireTracking {
  return { categories: t.categories ? [...t.categories] : undefined, hiddenTopics: [...(t.hiddenTopics ?? [])] };
}

/** One scan's batches as they arrive, and the measures, reports and publications its batches have sent so far. */
class ScanStream {
  private readonly ready: Candidate[][] = [];
  private waiting: { resolve: (r: IteratorResult<Candidate[]>) => void; reject: (e: Error) => void } | null = null;
  private ended = false;
  private error: Error | null = null;
  readonly measures = new Map<string, Measure>();
  /** Each measure's reports, in the engine's order. */
  readonly reports = new Map<string, Report[]>();
  readonly publications = new Map<string, Publication>();
  /** Reports the scanned text quotes. */
  readonly quoted = new Set<string>();
  private readonly quotedHere = (report: Report) => this.quoted.has(report.id);
  /** Batches received so far; a scan that lost its port before any arrived is simply sent again. */
  received = 0;
  retried = false;

  constructor(readonly request: Extract<ClientMessage, { type: 'scan' }>) {}

  private get text() {
    return this.request.text;
  }

  get finished() {
    return this.ended || this.error !== null;
  }

  push(candidates: Candidate[], done: boolean) {
    if (this.waiting) {
      this.waiting.resolve({ value: candidates, done: false });
      this.waiting = null;
    } else this.ready.push(candidates);
    if (done) this.end();
  }

  end() {
    this.ended = true;
    if (this.waiting && this.ready.length === 0) {
      this.waiting.resolve({ value: undefined, done: true });
      this.waiting = null;
    }
  }

  fail(error: Error) {
    this.error = error;
    this.waiting?.reject(error);
    this.waiting = null;
  }

  next(): Promise<IteratorResult<Candidate[]>> {
    const value = this.ready.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.error) return Promise.reject(this.error);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** The batch's candidates with their measures and reports as objects; a dangling id is a broken engine. */
  resolve(batch: Batch): Candidate[] {
    for (const m of batch.measures) this.measures.set(m.id, m);
    for (const p of batch.publications) this.publications.set(p.id, p);
    for (const r of batch.reports) {
      if (!this.publications.has(r.publication)) throw new Error(`the engine named unknown publication "${r.publication}"`);
      const list = this.reports.get(r.measure);
      if (list) list.push(r);
      else this.reports.set(r.measure, [r]);
    }
    for (const id of batch.quoted) this.quoted.add(id);
    return unpackCandidates(batch.candidates).map((c) => {
      const measure = c.measure === null ? null : this.measures.get(c.measure);
      if (measure === undefined) throw new Error(`the engine named unknown measure "${c.measure}"`);
      const reports = measure ? (this.reports.get(measure.id) ?? []) : [];
      if (c.figure.end > this.text.length) throw new Error('the engine named a figure outside the text');
      const figure = { ...c.figure, text: this.text.slice(c.figure.start, c.figure.end) };
      return { figure, measure, why: c.why, reports, publications: this.publications, quotedHere: this.quotedHere };
    });
  }
}

/**
 * The content script's end of the engine: sends a block's text, and yields its candidates as the engine's
 * batches arrive, each batch in a task of its own. The port is opened on first use and again after the
 * background went away (a service worker is stopped when idle); scans in flight then fail and can be retried.
 */
export class EngineClient implements FigureEngine {
  private port: Port<ClientMessage> | null = null;
  private nextScan = 0;
  private readonly scans = new Map<number, ScanStream>();
  private closed = false;

  constructor(private readonly connect: () => Port<ClientMessage>) {}

  scan(text: string, tracking: Tracking): AsyncIterable<Candidate[]> {
    // The engine ignores what it cannot validate: a text past its limit would wait for an answer for ever.
    if (text.length > MAX_SCAN_CHARS) throw new Error(`a text of ${text.length} characters is more than the engine reads`);
    const id = this.nextScan++;
    const stream = new ScanStream({ type: 'scan', scan: id, text, tracking: toWireTracking(tracking) });
    this.scans.set(id, stream);
    this.open().postMessage(stream.request);
    return {
      [Symbol.asyncIterator]: () => ({
        next: () => stream.next(),
        // A consumer that stops early (the page changed again) frees the engine from the rest of the scan.
        return: () => {
          if (!stream.finished) this.port?.postMessage({ type: 'cancel', scan: id });
          this.scans.delete(id);
          return Promise.resolve({ value: undefined, done: true });
        },
      }),
    };
  }

  /** Closes the port for good: in-flight scans fail. */
  close() {
    this.closed = true;
    this.port?.disconnect();
    this.lost(new Error('the engine connection was closed'));
  }

  private open(): Port<ClientMessage> {
    if (this.closed) throw new Error('the engine connection was closed');
    if (this.port) return this.port;
    const port = this.connect();
    port.onMessage.addListener((raw) => this.receive(raw));
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.lost(new Error('the engine went away'));
    });
    this.port = port;
    return port;
  }

  private lost(error: Error) {
    this.port = null;
    // A service worker stopped for idleness can take a request with it: one that had no answer yet is sent
    // again, once, to a fresh engine. A scan cut off halfway fails; the page's next change scans again.
    const again: ScanStream[] = [];
    for (const [id, stream] of this.scans) {
      if (stream.received === 0 && !stream.retried && !this.closed) {
        stream.retried = true;
        again.push(stream);
      } else {
        stream.fail(error);
        this.scans.delete(id);
      }
    }
    for (const stream of again) this.open().postMessage(stream.request);
  }

  private receive(raw: unknown) {
    const parsed = engineMessageSchema.safeParse(raw);
    if (!parsed.success) {
      // A malformed batch must not leave its scan waiting for ever.
      const id = (raw as { scan?: unknown } | null)?.scan;
      const stream = typeof id === 'number' ? this.scans.get(id) : undefined;
      stream?.fail(new Error(`malformed message from the engine: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`));
      if (stream) this.scans.delete(id as number);
      return;
    }
    const message = parsed.data;
    const stream = this.scans.get(message.scan);
    if (!stream) return;
    if (message.type === 'failed') {
      stream.fail(new Error(message.message));
      this.scans.delete(message.scan);
      return;
    }
    stream.received++;
    try {
      stream.push(stream.resolve(message), message.done);
    } catch (error) {
      stream.fail(error as Error);
    }
    if (stream.finished) this.scans.delete(message.scan);
  }
}
