import { type DocumentContext, classifySentence, documentContext } from '../classify/classify';
import type { Figure } from '../figure';
import { CANDIDATE } from './prefilter';

/**
 * The figures of the sentences that start in text[from, to), and where the next call should start. Lets a
 * large page be scanned in slices with the browser free between them.
 */
export function scanFigures(text: string, from: number, to: number, document: DocumentContext): { figures: Figure[]; next: number } {
  const figures: Figure[] = [];
  const candidate = new RegExp(CANDIDATE);
  candidate.lastIndex = from;
  let floor = from;
  for (let m = candidate.exec(text); m && m.index < to; m = candidate.exec(text)) {
    const span = document.sentenceAt(m.index, floor);
    figures.push(...classifySentence(text, span, document));
    floor = Math.max(span.end, m.index + 1);
    candidate.lastIndex = floor;
  }
  return { figures, next: Math.max(floor, to) };
}

/**
 * Every tracked troop, casualty and munition figure in `text`, in reading order. Only sentences holding a
 * candidate number are tokenised, so a page without figures costs one regular-expression pass.
 */
export function extractFigures(text: string): Figure[] {
  return scanFigures(text, 0, text.length, documentContext(text)).figures;
}
