import type { Category, Qualifier, Unit, Value } from './claims/schema';
import type { CasualtyScope } from './classify/casualty-scope';
import type { Span } from './extract/sentences';

/** The distance given to a word that stands nearer another figure of the sentence: it still counts, but weakly. */
export const OTHER_FIGURE_DISTANCE = 99;
/**
 * The distance given to a word of another figure's own phrase: in "30,000 more soldiers …, and what 1.28 million
 * soldiers mean" the "more" is the 30,000's alone, and cannot tie the 1.28 million to a measure.
 */
export const BEYOND_FIGURE_DISTANCE = 100;

/** A tracked figure found in a text, with everything the matcher needs to know about its sentence. */
export interface Figure {
  /** The figure as it stands in the text: qualifier, number and unit noun. */
  text: string;
  start: number;
  end: number;
  value: Value;
  qualifier: Qualifier;
  category: Category;
  unit: Unit;
  /** A narrower kind within the category ("sappers", "shells", "drones"), when the noun names one. */
  kind?: string;
  /** For a casualty count, whether it counts the dead, the wounded, prisoners, the missing or all of them. */
  scope?: CasualtyScope;
  /** The count is a difference, not a total: "25,000 more", "1.1m more than thought", "up 40,000". */
  change: boolean;
  /**
   * The count is a level a change reached or started from, not the change: "has grown to about 695,000", "up from
   * 600,000". It is no measure of a change.
   */
  level?: boolean;
  /**
   * The sentence sets the count in a year long past ("In July 1943 … nearly two million men", "1950, October: Some
   * 300,000 Chinese volunteers") or before the war ("Before the full-scale invasion, Russia had 190,000 troops on
   * Ukraine's borders"): it is history, about no measure of today's war.
   */
  past?: boolean;
  /**
   * The count is what would be, were something so: "If North Korea tripled its deployment, that would mean some
   * 33,000 troops"; or what one of a kind typically holds: "A division typically has 10,000 to 12,000 soldiers". No
   * report states it.
   */
  hypothetical?: boolean;
  /** The count is of munitions brought down, not launched: "shot down 718 of the drones", "476 were intercepted". */
  intercepted: boolean;
  /**
   * A part of a count named before it that counts the same thing ("killing 11 civilians, two of them children"),
   * or one shipment of a total ("a single convoy of ships in October carried 1,800 containers"): it is no measure's
   * figure, and judged against the whole's measure it would only ever conflict.
   */
  part?: boolean;
  /**
   * The count is the sum of parts the sentence lists after it ("another 6,000 troops, including 1,000 sappers and
   * 5,000 builders"): the parts are each a measure's, and no measure counts their sum.
   */
  sum?: boolean;
  /**
   * A part of the count just before it, named by "of whom" or "of which" ("10,000 troops …, of whom over 3,000 had
   * moved up to the front"): tied to the measure its whole is tied to, it is only a part of that count; tied to
   * another ("1.3 million active personnel, of whom about 700,000 are deployed in Ukraine"), it is a count of its own.
   */
  partOfPrevious?: boolean;
  /** How strongly each actor is tied to the figure: 4 names it in the noun phrase, under 1 only nearby. */
  actors: Record<string, number>;
  /** Place ids named in the sentence nearer this figure than any other. */
  places: string[];
  /** Place ids named anywhere in the sentence. */
  sentencePlaces: string[];
  /**
   * Those of them named only in the sentence's tail, well after the figure ("… a toll that has alarmed its allies
   * in Europe" says nothing of where the toll was taken), or only beyond another figure of the sentence.
   */
  tailPlaces: string[];
  /** Who the sentence says asserts the figure, as written. */
  attribution?: string;
  sentence: Span;
  /** Lower-case words of the sentence near the figure, for cue matching; `distances[i]` is words[i]'s distance in tokens. */
  words: readonly string[];
  distances: readonly number[];
  /**
   * How many of `words`, at their end, are another count's noun lent to this one ("1.3 million active personnel, of
   * whom about 700,000 are deployed in Ukraine"): they say what is counted, never what rules a measure out.
   */
  lentWords?: number;
  /** Words of the neighbouring sentences, weaker cues (a kind named in the next sentence). */
  nearbyWords: readonly string[];
  /** How many of the nearby words come from the sentence before (a table's title, a question); the rest follow. */
  wordsBefore: number;
}
