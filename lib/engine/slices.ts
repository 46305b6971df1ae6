import type { Checker } from '../check';
import { documentContext } from '../classify/classify';
import { scanFigures } from '../extract/figures';
import type { Report } from '../claims/schema';
import type { Candidate, Tracking } from '../finding';
import { normalizeForQuote } from '../match/verdict';

/** Characters of text matched per slice: small enough that a slice never holds the thread for long. */
export const SLICE_CHARS = 16_384;

/** Whether a report's quote stands in `text`: the text is normalised once, on the first report asked about. */
function quotedIn(text: string): (report: Report) => boolean {
  let normalised: string | undefined;
  const answers = new Map<string, boolean>();
  return (report) => {
    let answer = answers.get(report.id);
    if (answer === undefined) {
      normalised ??= normalizeForQuote(text);
      answer = normalised.includes(normalizeForQuote(report.quote));
      answers.set(report.id, answer);
    }
    return answer;
  };
}

/**
 * The candidates of `text`, one slice of sentences at a time, in reading order, each knowing which of its
 * reports `text` quotes. A long page yields many small slices, so whoever runs this can hand the thread back
 * between them.
 */
export function* candidateSlices(checker: Checker, text: string, tracking: Tracking, sliceChars = SLICE_CHARS): Generator<Candidate[]> {
  const context = documentContext(text);
  const quotedHere = quotedIn(text);
  for (let from = 0; from < text.length; ) {
    const slice = scanFigures(text, from, Math.min(text.length, from + sliceChars), context);
    from = slice.next;
    yield checker.match(slice.figures, tracking).map((c) => ({ ...c, quotedHere }));
  }
}
