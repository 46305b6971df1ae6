// The basic build: plain fuzzy search is all the cue lexicon needs (no extended or logical queries).
import Fuse from 'fuse.js/basic';

/** Crude English stemmer: enough to fold "deployed"/"deploys"/"deploying" together before fuzzy matching. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  // The plural first, then the verb ending: a noun and its plural must fold alike ("shahed", "shaheds").
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

/** Whether one word is a comparative and the other a superlative ("larger", "largest"). */
const degreesDiffer = (a: string, b: string) => (a.endsWith('est') && b.endsWith('er')) || (a.endsWith('er') && b.endsWith('est'));

/** Words too common to tie a sentence to one measure. */
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'for', 'on', 'at', 'by', 'with', 'from', 'that', 'this', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'as', 'into', 'than', 'their', 'his', 'her',
]);

/** The military's abbreviations for casualties, read as the words they stand for: "KIA/WIA is around 4.7k". */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['kia', ['killed']],
  ['wia', ['wounded']],
  ['mia', ['missing']],
]);

/**
 * The vocabulary of every measure's cue words, searched with fuse.js so that a sentence's "tripled" finds the cue
 * "triple" and "deployments" finds "deployment". Each distinct sentence word is looked up once and cached, and
 * only against the entries that share its first three letters.
 */
export class CueLexicon {
  private readonly exact: Set<string>;
  /** Entries by their first three letters: a word whose prefix no entry shares needs no fuzzy search at all. */
  private readonly byPrefix = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, readonly string[]>();

  constructor(words: Iterable<string>) {
    this.exact = new Set(words);
    for (const w of this.exact) {
      const list = this.byPrefix.get(w.slice(0, 3)) ?? [];
      list.push(w);
      this.byPrefix.set(w.slice(0, 3), list);
    }
  }

  /** Lexicon entries a sentence word stands for: itself when known, else its close spellings. */
  lookup(word: string): readonly string[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const s = stem(word);
    let found: readonly string[];
    const prefix = s.slice(0, 3);
    const spelledOut = ABBREVIATIONS.get(word);
    if (spelledOut) found = spelledOut.map(stem).filter((w) => this.exact.has(w));
    else if (STOP_WORDS.has(word)) found = [];
    else if (this.exact.has(s)) found = [s];
    else if (s.length < 5 || !this.byPrefix.has(prefix)) found = [];
    else {
      let fuse = this.fuses.get(prefix);
      if (!fuse) {
        fuse = new Fuse(this.byPrefix.get(prefix)!, { includeScore: true, threshold: 0.25, location: 0, distance: 8, minMatchCharLength: 3 });
        this.fuses.set(prefix, fuse);
      }
      found = fuse
        .search(s, { limit: 3 })
        // A close spelling shares its first four letters: "tripl" is "triple", but "start" is not "station";
        // and a comparative is no superlative: "larger" is not "largest".
        .filter((r) => Math.abs(r.item.length - s.length) <= 3 && r.item.slice(0, 4) === s.slice(0, 4) && !degreesDiffer(r.item, s))
        .map((r) => r.item);
    }
    this.cache.set(word, found);
    return found;
  }

  /** Stemmed tokens of a cue phrase, in the lexicon's own spelling. */
  static tokensOf(phrase: string): string[] {
    return phrase
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !STOP_WORDS.has(w))
      .map(stem);
  }
}
