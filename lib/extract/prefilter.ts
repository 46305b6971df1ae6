import { CASUALTY_WORDS, trackedWords } from '../classify/nouns';
import { NUMBER_WORDS } from './number-words';

/**
 * Where a count could start: a digit or a number word. One alternation of plain words under \b, so the engine
 * never backtracks more than a word's length: linear in the text.
 */
export const CANDIDATE = new RegExp(`\\d|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');

/** Words without which no count in a text is tracked: counted nouns and casualty words. */
const TRACKED = new RegExp(`\\b(?:${[...new Set([...trackedWords(), ...CASUALTY_WORDS])].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');

/**
 * Whether the text seen so far could hold a tracked figure at all: a digit or number word and a tracked noun or
 * casualty word somewhere in it. Text may come in pieces (a page that grows): what each piece held is kept.
 * Two linear passes; most pages that are not war reporting stop here, before the engine is asked.
 */
export class Prefilter {
  private number = false;
  private tracked = false;

  see(text: string): boolean {
    this.number ||= new RegExp(CANDIDATE).test(text);
    this.tracked ||= TRACKED.test(text);
    return this.number && this.tracked;
  }
}

/** Whether `text` could hold a tracked figure at all (see Prefilter). */
export function mayHoldFigures(text: string): boolean {
  return new Prefilter().see(text);
}
