import { type DocumentContext, classifySentence, documentContext } from '../classify/classify';
import { CASUALTY_WORDS, trackedWords } from '../classify/nouns';
import type { Figure } from '../figure';
import { NUMBER_WORDS } from './number-words';
import { sentenceAround } from './sentences';

/**
 * Where a count could start: a digit or a number word. One alternation of plain words under \b, so the engine
 * never backtracks more than a word's length: linear in the text.
 */
const CANDIDATE = new RegExp(`\\d|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');

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
    const span = sentenceAround(text, m.index, floor);
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

/** Words without which no count in a text is tracked: counted nouns and casualty words. */
const TRACKED = new RegExp(`\\b(?:${[...new Set([...trackedWords(), ...CASUALTY_WORDS])].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');

/**
 * Whether `text` could hold a tracked figure at all: a digit or number word and a tracked noun or casualty word
 * somewhere in it. Two linear passes; most pages that are not war reporting stop here, before any engine is built.
 */
export function mayHoldFigures(text: string): boolean {
  return new RegExp(CANDIDATE).test(text) && TRACKED.test(text);
}
