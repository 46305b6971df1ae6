// Posts, comments and chats typed fast misspell the very words a figure turns on ("11k tropps", "6000 kiled",
// "12 milion shels"). A slip of one key is read as the word it slips from, for these words only.

/** The words whose slips are read: what counts are counted in, and the words that say what befell people. */
const WATCHED = [
  'troops', 'soldiers', 'soldier', 'servicemen', 'personnel', 'fighters', 'mercenaries', 'conscripts', 'recruits', 'volunteers',
  'reservists', 'reinforcements', 'replacements', 'sappers', 'builders', 'engineers', 'divisions', 'brigades', 'battalions',
  'military', 'deployed', 'mobilised', 'mobilized', 'casualties', 'killed', 'wounded', 'injured', 'missing', 'captured',
  'prisoners', 'civilians', 'missiles', 'missile', 'ballistic', 'shells', 'artillery', 'drones', 'rockets', 'howitzers',
  'launchers', 'containers', 'million', 'thousand', 'billion', 'hundred',
];

/** The lengths a slip of a watched word can have: a letter fewer than the shortest, one more than the longest. */
export const SLIP_LENGTHS = { min: Math.min(...WATCHED.map((w) => w.length)) - 1, max: Math.max(...WATCHED.map((w) => w.length)) + 1 };

/**
 * Real words one slip away from a watched word, which are never its misspelling ("sells" is no "shells", "solider" no
 * "soldier"). Found by running every slip of the watched words against an English word list.
 */
const REAL_WORDS = new Set([
  'billon', 'bullion', 'inured', 'launches', 'massing', 'messing', 'miliary', 'missies', 'mullion', 'mussing', 'rackets',
  'rickets', 'sells', 'serviceman', 'shills', 'sippers', 'solder', 'solders', 'solider', 'suppers',
]);

const VOWELS = 'aeiou';

/**
 * The slips of one key a word is typed with: a letter dropped inside it ("kiled"), two swapped ("soliders"), one
 * doubled ("civillians"), one typed as its neighbour in the word ("tropps") or as another vowel ("thousend"), a
 * final "d" typed "t" ("woundet"). The first letter is kept: a slip there is rare, and makes other words.
 */
function slipsOf(word: string): Set<string> {
  const slips = new Set<string>();
  const n = word.length;
  for (let i = 1; i < n - 1; i++) {
    slips.add(word.slice(0, i) + word.slice(i + 1));
    slips.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  for (let i = 1; i < n; i++) {
    slips.add(word.slice(0, i) + word[i] + word.slice(i));
    const typed = new Set([word[i - 1], word[i + 1] ?? '']);
    if (VOWELS.includes(word[i])) for (const v of VOWELS) typed.add(v);
    if (i === n - 1 && word[i] === 'd') typed.add('t');
    for (const c of typed) if (c && c !== word[i]) slips.add(word.slice(0, i) + c + word.slice(i + 1));
  }
  slips.delete(word);
  return slips;
}

let misspellings: Map<string, string> | null = null;

/** Each slip of a watched word, to the word; a slip of two watched words is neither's. */
function buildMisspellings(): Map<string, string> {
  const found = new Map<string, string | null>();
  const watched = new Set(WATCHED);
  for (const word of WATCHED) {
    for (const slip of slipsOf(word)) {
      if (watched.has(slip) || REAL_WORDS.has(slip)) continue;
      found.set(slip, found.has(slip) && found.get(slip) !== word ? null : word);
    }
  }
  const map = new Map<string, string>();
  for (const [slip, word] of found) if (word) map.set(slip, word);
  return map;
}

/** The watched word a lower-case word is a slip of, or the word itself. */
export function spelledAs(word: string): string {
  misspellings ??= buildMisspellings();
  return misspellings.get(word) ?? word;
}
