import type { Checker } from '../check';
import { documentContext } from '../classify/classify';
import { scanFigures } from '../extract/figures';
import type { Candidate, Tracking } from '../finding';

/** Characters of text matched per slice: small enough that a slice never holds the thread for long. */
export const SLICE_CHARS = 16_384;

/**
 * The candidates of `text`, one slice of sentences at a time, in reading order. A long page yields many small
 * slices, so whoever runs this can hand the thread back between them.
 */
export function* candidateSlices(checker: Checker, text: string, tracking: Tracking, sliceChars = SLICE_CHARS): Generator<Candidate[]> {
  const context = documentContext(text);
  for (let from = 0; from < text.length; ) {
    const slice = scanFigures(text, from, Math.min(text.length, from + sliceChars), context);
    from = slice.next;
    yield checker.match(slice.figures, tracking);
  }
}
