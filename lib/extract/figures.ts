import { classifySentence, documentContext } from '../classify/classify';
import type { Figure } from '../figure';
import { NUMBER_WORDS } from './number-words';
import { sentenceAround } from './sentences';

/**
 * Where a count could start: a digit or a number word. One alternation of plain words under \b, so the engine
 * never backtracks more than a word's length: linear in the text.
 */
const CANDIDATE = new RegExp(`\\d|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');

/**
 * Every tracked troop, casualty and munition figure in `text`, in reading order. Only sentences holding a
 * candidate number are tokenised, so a page without figures costs one regular-expression pass.
 */
export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  const document = documentContext(text);
  CANDIDATE.lastIndex = 0;
  let floor = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const span = sentenceAround(text, m.index, floor);
    figures.push(...classifySentence(text, span, document));
    floor = Math.max(span.end, m.index + 1);
    CANDIDATE.lastIndex = floor;
  }
  return figures;
}
