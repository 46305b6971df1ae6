import type { Token } from '../extract/tokenize';

/**
 * What a casualty count counts: the dead only, the wounded only, prisoners, the missing, or a combined toll
 * ("killed or wounded", "casualties", "losses"). A toll of 1,000 dead and one of 4,000 killed or wounded are
 * different figures: comparing them would call a consistent report conflicting.
 */
export type CasualtyScope = 'killed' | 'wounded' | 'captured' | 'missing' | 'combined';

// A bare "toll" names no scope: "the death toll" is of the dead, but "Seoul put the toll at 4,000" after "killed or
// wounded" is of both, and war reporting uses it for either.
const SCOPE_OF_WORD: Readonly<Record<string, CasualtyScope>> = {
  killed: 'killed', dead: 'killed', died: 'killed', death: 'killed', deaths: 'killed', fatalities: 'killed', fatal: 'killed', kia: 'killed', slain: 'killed',
  perished: 'killed', 'killed-in-action': 'killed', bodies: 'killed', killing: 'killed', liquidated: 'killed',
  wounded: 'wounded', wia: 'wounded', injured: 'wounded', injuries: 'wounded', wounds: 'wounded', hurt: 'wounded', maimed: 'wounded', wounding: 'wounded',
  captured: 'captured', prisoner: 'captured', prisoners: 'captured', pows: 'captured', captive: 'captured', captives: 'captured',
  surrendered: 'captured',
  missing: 'missing', mia: 'missing',
  casualties: 'combined', casualty: 'combined', losses: 'combined', lost: 'combined',
};

/** The scope the casualty words in `words` name together, or undefined when they name none. */
export function scopeOfWords(words: Iterable<string>): CasualtyScope | undefined {
  let scope: CasualtyScope | undefined;
  for (const w of words) {
    const s = SCOPE_OF_WORD[w];
    if (!s) continue;
    if (s === 'combined' || (scope && scope !== s)) return 'combined';
    scope = s;
  }
  return scope;
}

const CLAUSE_BREAKS = new Set(['.', ';', ':', '!', '?', '—', '–']);
/** Words that open a clause of its own: "2,000 had died, while the wounded …". */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'although', 'though']);

/**
 * Whether tokens[i] starts another clause: a break, an opener, or "that" after "and"/"but"/a comma ("2,000 had
 * died and that total casualties exceeded 4,700"), never the "that" of "4,000 soldiers that were killed".
 */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (CLAUSE_BREAKS.has(t.text) || CLAUSE_OPENERS.has(t.norm)) return true;
  return t.norm === 'that' && /^(and|but|,)$/.test(tokens[i - 1]?.norm ?? '');
}
/**
 * Whether tokens[i] is a cell bar before a cell with a count of its own: in "Wounded: 2,700 | Total casualties:
 * 4,700" the words after the bar label the next count, while in "Kursk | 4,700 | killed or wounded" they still
 * describe this one.
 */
function opensCellOfItsOwn(tokens: readonly Token[], i: number, isFigure: (index: number) => boolean): boolean {
  if (tokens[i].text !== '|') return false;
  for (let j = i + 1; j < tokens.length && tokens[j].text !== '|'; j++) if (isFigure(j)) return true;
  return false;
}
/** Words that join casualty words into one list. */
const LIST_WORDS = new Set(['or', 'and', ',', 'gone', 'went', 'were', 'been', 'either']);
/** Casualty words are read this many tokens either side of a figure's phrase at most. */
const REACH = 8;
/** How much further the reach goes across the whole a part is taken from: "2,000 of the soldiers sent to Russia". */
const PARTITIVE_REACH = 6;
/** Words that add a casualty word's people to a toll: "together with the wounded", "including the injured". */
const ADDING = new Set(['with', 'including', 'includes', 'include', 'incl', 'plus', 'counting']);

/** Whether the casualty word at tokens[i] is added to a toll ("with the wounded"), which then counts both. */
function addedToToll(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.norm === 'the' ? i - 2 : i - 1;
  return !!SCOPE_OF_WORD[tokens[i].norm] && ADDING.has(tokens[k]?.norm ?? '');
}

/**
 * The scope of the casualty figure whose phrase is tokens[first, end): the casualty words of the phrase and of
 * its clause after it ("4,700 have been killed or wounded"), or else before it ("losses reached 1,000").
 * Another figure of the sentence (`isFigure`) or the end of the clause closes the reach either way.
 */
export function casualtyScope(tokens: readonly Token[], first: number, end: number, isFigure: (index: number) => boolean): CasualtyScope | undefined {
  const words: string[] = [];
  for (let i = first; i < end; i++) words.push(tokens[i].norm);
  // "Some 600 of the casualties are believed to have died": a part of a toll is counted by its own verb, and is
  // of the toll's scope only when its verb names none.
  const whole = tokens[end]?.norm === 'of' && /^(the|those|these|its|their)$/.test(tokens[end + 1]?.norm ?? '') ? SCOPE_OF_WORD[tokens[end + 2]?.norm ?? ''] : undefined;
  const after = whole ? end + 3 : end;
  // "about 2,000 of the North Korean soldiers sent to Russia have died": the whole a part is taken from stands
  // between the count and its verb, and is read across.
  const across = !whole && tokens[end]?.norm === 'of' ? PARTITIVE_REACH : 0;
  for (let i = after, limit = Math.min(tokens.length, after + REACH + across); i < limit; i++) {
    if (isFigure(i) || opensClause(tokens, i) || opensCellOfItsOwn(tokens, i, isFigure)) break;
    // "killed 20 and wounded 45": a casualty verb right before another figure is that figure's.
    if (SCOPE_OF_WORD[tokens[i].norm] && isFigure(i + 1)) break;
    if (addedToToll(tokens, i)) return 'combined';
    words.push(tokens[i].norm);
    // A list of casualty words is read to its end however far the reach: "killed, wounded or gone missing".
    if (i === limit - 1 && (SCOPE_OF_WORD[tokens[i].norm] || LIST_WORDS.has(tokens[i].norm))) limit = Math.min(tokens.length, limit + 1);
  }
  const named = scopeOfWords(words);
  if (named) return named;
  if (whole) return whole;
  const before: string[] = [];
  for (let i = first - 1, limit = Math.max(0, first - REACH); i >= limit; i--) {
    // "Soldiers confirmed dead by name: 80,000+": a label before its count says what the count is.
    if (i === first - 1 && /^[:—–]$/.test(tokens[i].text)) {
      limit = Math.max(0, limit - 1);
      continue;
    }
    if (isFigure(i) || CLAUSE_BREAKS.has(tokens[i].text)) break;
    // A table's cell bars and a reference's footnote marks take no reach: "Independent count (named dead)[12] |
    // Oct 2025 | 140,000" reads the row's label.
    if (tokens[i].text === '|' || tokens[i].text === '[' || tokens[i].text === ']' || (tokens[i].kind === 'num' && tokens[i - 1]?.text === '[' && tokens[i + 1]?.text === ']')) {
      limit = Math.max(0, limit - 1);
      continue;
    }
    if (addedToToll(tokens, i)) return 'combined';
    before.push(tokens[i].norm);
    if (CLAUSE_OPENERS.has(tokens[i].norm)) break;
    // ...and a list read back to its start: "killed or wounded since February 2022, against Ukraine's 400,000".
    // A toll at the reach's edge is read with the word that names it: "The death toll from the strike … rose to 35".
    if (i === limit && limit > 0 && (SCOPE_OF_WORD[tokens[i].norm] || LIST_WORDS.has(tokens[i].norm) || tokens[i].norm === 'toll')) limit--;
  }
  return scopeOfWords(before);
}
