import type { Checker } from '../check';
import { documentContext } from '../classify/classify';
import { scanFigures } from '../extract/figures';
import type { Candidate, Tracking } from '../finding';
import { quotesIn } from '../match/verdict';

/** Characters of text matched per slice: small enough that a slice never holds the thread for long. */
export const SLICE_CHARS = 16_384;

/**
 * The candidates of `text`, one slice of sentences at a time, in reading order, each knowing which of its
 * reports `text` quotes. A long page yields many small slices, so whoever runs this can hand the thread back
 * between them.
 */
export function* candidateSlices(checker: Checker, text: string, tracking: Tracking, sliceChars = SLICE_CHARS): Generator<Candidate[]> {
  const context = documentContext(text);
  const quoted = quotesIn(text);
  const quotedHere = (report: { quote: string }) => quoted(report.quote);
  for (let from = 0; from < text.length; ) {
    const slice = scanFigures(text, from, Math.min(text.length, from + sliceChars), context);
    from = slice.next;
    yield checker.match(slice.figures, tracking).map((c) => ({ ...c, quotedHere }));
  }
}
