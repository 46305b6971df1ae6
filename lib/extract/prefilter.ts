import { CASUALTY_WORDS, trackedWords } from '../classify/nouns';
import { NUMBER_WORDS } from './number-words';

/**
 * Where a count could start: a digit or a number word. One alternation of plain words under \b, so the engine
 * never backtracks more than a word's length: linear in the text.
 */
export const CANDIDATE = new RegExp(`\\d|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');

/** Counted nouns and casualty words: without one of them, no count in a text is tracked. */
const TRACKED_WORDS = new Set([...trackedWords(), ...CASUALTY_WORDS]);
const NUMBER_WORD_SET = new Set(NUMBER_WORDS.map((w) => w.toLowerCase()));

/**
 * The same word lists as alternations, for long texts. Case-blind: lower-casing a long page first would compile
 * them faster, but copies the page's text (4 MB for a 2 MB page) for the garbage collector.
 */
const alternation = (words: Iterable<string>) => new RegExp(`\\b(?:${[...words].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');
let trackedPattern: RegExp | null = null;
let numberWordPattern: RegExp | null = null;

/**
 * Up to this many characters, a text is read word by word against the lists. Compiling the alternations costs
 * more (about a millisecond) than reading a short page's words; a long page reads faster through them.
 */
const WORD_BY_WORD_LIMIT = 16_000;

const DIGIT = /\d/;

/** A word, hyphenated parts together ("killed-in-action"); each part is looked up as well, as \b would find it. */
const WORD = /[a-z]+(?:-[a-z]+)*/g;

/**
 * Whether the text seen so far could hold a tracked figure at all: a digit or number word and a tracked noun or
 * casualty word somewhere in it. Text may come in pieces (a page that grows): what each piece held is kept.
 * Most pages that are not war reporting stop here, before the engine is asked. Never stricter than the
 * extractor: a word found here inside a longer token ("2troops") only costs a look by the engine.
 */
export class Prefilter {
  private number = false;
  private tracked = false;

  see(text: string): boolean {
    this.number ||= DIGIT.test(text);
    if (this.number && this.tracked) return true;
    if (text.length <= WORD_BY_WORD_LIMIT) this.seeWords(text.toLowerCase());
    else {
      this.number ||= (numberWordPattern ??= alternation(NUMBER_WORD_SET)).test(text);
      this.tracked ||= (trackedPattern ??= alternation(TRACKED_WORDS)).test(text);
    }
    return this.number && this.tracked;
  }

  private seeWords(lower: string): void {
    const word = new RegExp(WORD);
    for (let m = word.exec(lower); m && !(this.number && this.tracked); m = word.exec(lower)) {
      const w = m[0];
      this.look(w);
      if (w.includes('-')) for (const part of w.split('-')) this.look(part);
    }
  }

  private look(w: string): void {
    this.tracked ||= TRACKED_WORDS.has(w);
    this.number ||= NUMBER_WORD_SET.has(w);
  }
}

/** Whether `text` could hold a tracked figure at all (see Prefilter). */
export function mayHoldFigures(text: string): boolean {
  return new Prefilter().see(text);
}
