import type { Checker } from '../check';
import type { Candidate, Tracking } from '../finding';
import { candidateSlices } from './slices';

/**
 * Where a page's text is matched against the claims: the background's engine, reached through a port
 * (EngineClient), or a checker in the same process (tests, benchmarks). Candidates come slice by slice.
 */
export interface FigureEngine {
  scan(text: string, tracking: Tracking): AsyncIterable<Candidate[]>;
}

export function localEngine(checker: Checker): FigureEngine {
  return {
    async *scan(text, tracking) {
      yield* candidateSlices(checker, text, tracking);
    },
  };
}
