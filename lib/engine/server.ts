import type { Checker } from '../check';
import type { Candidate, Tracking } from '../finding';
import type { Port } from './port';
import { type Batch, type ClientMessage, type EngineMessage, type WireTracking, type CandidateFacts, clientMessageSchema, packCandidates } from './protocol';
import { candidateSlices } from './slices';

export interface ServeOptions {
  /** The checker for the claims as they stand now; asked once per scan, so a scan never mixes two databases. */
  checker: () => Checker | Promise<Checker>;
  /** Hands the thread back between slices, so scans from several tabs take turns. */
  pause?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resume) => setTimeout(resume, 0));

function fromWireTracking(t: WireTracking): Tracking {
  return { categories: t.categories ? new Set(t.categories) : undefined, hiddenTopics: new Set(t.hiddenTopics) };
}

/**
 * Serves one content script's port: each scan request is answered by batches of candidates, one per slice of
 * its text, the last marked `done`. A malformed request is refused; a scan the client cancels stops at its next
 * slice.
 */
export function serveEngine(port: Port<EngineMessage>, options: ServeOptions): void {
  const pause = options.pause ?? nextTask;
  let open = true;
  const running = new Set<number>();
  const cancelled = new Set<number>();
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((raw) => {
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success) {
      // A request it cannot read still gets an answer when it says which scan it is: its reader must not wait.
      const scan = (raw as { scan?: unknown } | null)?.scan;
      if (typeof scan === 'number' && Number.isInteger(scan) && scan >= 0) port.postMessage({ type: 'failed', scan, message: 'the engine could not read the request' });
      return;
    }
    const message = parsed.data;
    if (message.type === 'cancel') {
      if (running.has(message.scan)) cancelled.add(message.scan);
    } else void run(message);
  });

  async function run(request: Extract<ClientMessage, { type: 'scan' }>) {
    running.add(request.scan);
    try {
      const checker = await options.checker();
      for (const batch of batches(request.scan, candidateSlices(checker, request.text, fromWireTracking(request.tracking)))) {
        if (!open || cancelled.has(request.scan)) return;
        port.postMessage(batch);
        if (!batch.done) await pause();
      }
    } catch (error) {
      if (open) port.postMessage({ type: 'failed', scan: request.scan, message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.delete(request.scan);
      cancelled.delete(request.scan);
    }
  }
}

/** Slices as wire batches: each names its measures by id, and carries the ones not sent before with their reports. */
function* batches(scan: number, slices: Iterable<Candidate[]>): Generator<Batch> {
  const sent = new Set<string>();
  let previous: Batch | null = null;
  for (const candidates of slices) {
    const facts: CandidateFacts[] = [];
    const batch: Omit<Batch, 'candidates'> = { type: 'batch', scan, measures: [], reports: [], publications: [], quoted: [], done: false };
    for (const c of candidates) {
      if (c.measure && !sent.has(`m:${c.measure.id}`)) {
        sent.add(`m:${c.measure.id}`);
        batch.measures.push(c.measure);
        for (const r of c.reports) {
          batch.reports.push(r);
          if (c.quotedHere?.(r)) batch.quoted.push(r.id);
          const publication = c.publications.get(r.publication);
          if (publication && !sent.has(`p:${publication.id}`)) {
            sent.add(`p:${publication.id}`);
            batch.publications.push(publication);
          }
        }
      }
      facts.push({ figure: c.figure, measure: c.measure?.id ?? null, why: c.why });
    }
    if (previous) yield previous;
    previous = { ...batch, candidates: packCandidates(facts) };
  }
  yield { ...(previous ?? { type: 'batch', scan, candidates: packCandidates([]), measures: [], reports: [], publications: [], quoted: [] }), done: true };
}
