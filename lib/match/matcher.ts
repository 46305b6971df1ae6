import type { ClaimDatabase, Measure } from '../claims/schema';
import { INTERCEPTION_CUES } from '../classify/interception';
import { nounSense } from '../classify/nouns';
import { placeWithin } from '../classify/entities';
import { BEYOND_FIGURE_DISTANCE, type Figure, OTHER_FIGURE_DISTANCE } from '../figure';
import { type CasualtyScope, scopeOfWords } from '../classify/casualty-scope';
import { CueLexicon, stem } from './cue-lexicon';

/** Why a figure was tied to a measure, in words a reader can check. */
export interface MatchReason {
  actor: string;
  place?: string;
  /** Cue words of the measure found in the sentence. */
  cues: string[];
  kind?: string;
}

export interface MeasureMatch {
  measure: Measure;
  score: number;
  why: MatchReason;
}

/** Words that hint at a kind when the noun itself is generic ("1,000 troops to clear mines"). */
const KIND_HINTS: Record<string, string[]> = {
  sappers: ['demining', 'mine', 'mines', 'minefield', 'minefields', 'sapper', 'clearance', 'clear', 'deminer'],
  builders: ['construction', 'engineering', 'engineer', 'rebuild', 'rebuilding', 'builder', 'infrastructure', 'restore'],
  reservists: ['reserve', 'reservist', 'mobilisation', 'mobilization', 'mobilised', 'mobilized'],
  shells: ['artillery', 'shell', 'round', 'ammunition', 'calibre', 'caliber'],
  missiles: ['missile', 'ballistic'],
  civilians: ['civilian', 'civilians'],
};

/** Lexicon words (stemmed as CueLexicon stems) that make a measure one of increases or additions. */
const CHANGE_WORDS: ReadonlySet<string> = new Set(
  ['increase', 'rise', 'rose', 'grow', 'grown', 'grew', 'growth', 'jump', 'add', 'added', 'additional', 'more', 'further', 'extra', 'new', 'triple', 'tripling', 'double', 'doubling', 'swell', 'swelled', 'reinforcement', 'reinforcements', 'reinforced', 'replacement', 'replacements', 'rotation', 'rotated', 'fresh'].map(stem),
);

const INTERCEPTION_WORDS: ReadonlySet<string> = new Set(INTERCEPTION_CUES.map(stem));

/** Minimum tie between a figure and a measure's actor: named in the sentence, or by the place it is about. */
const MIN_ACTOR = 0.75;
/**
 * A figure of a kind whose sender no word names (no actor scores above this) may be tied to the one measure of that
 * kind and counterpart, with this weak tie.
 */
const MAX_UNNAMED_SENDER = 1;
const UNNAMED_SENDER = 0.5;
/** Reports of one measure disagree, but not by thirtyfold and more (DESIGN §4: a conflict is a rival count of the same thing). */
const MAX_ORDERS_APART = 1.5;

interface Prepared {
  measure: Measure;
  /** Each alias as lexicon tokens; a phrase counts when all its tokens stand in the sentence. */
  aliases: string[][];
  /** The aliases as the database writes them, to show a reader which words tied the figure to the measure. */
  aliasTexts: string[];
  requires: string[][];
  /** Each excluding word or phrase, every word of it stemmed: "in weeks" keeps its "in" ("last week" is no match). */
  excludes: string[][];
  kindHints: Set<string>;
  /** For a casualty measure, what its name and aliases say it counts: the dead, the wounded, or all of them. */
  scope?: CasualtyScope;
  /** The measure counts an increase or an addition ("additional troops", "increase since November"), not a total. */
  change: boolean;
  /** Whether the measure counts munitions brought down, which its cues say. */
  intercepts: boolean;
  /** Every report's value as [low, high]: a weak preference that breaks ties, and the bound past which a figure counts something else. */
  values: Array<[number, number]>;
}

/** "14,000 personnel, including engineers": a word after one of these names a part of the count, not its kind. */
const PART_WORDS = new Set(['including', 'includes', 'include', 'included', 'among', 'incl', 'counting']);
/** Whether words[i] is named as a part: "including engineers", "counting the engineers and deminers". */
function namesPart(words: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (PART_WORDS.has(words[j])) return true;
    if (!/^(some|many|mostly|mainly|several|the|its|their|and|or)$/.test(words[j]) && !nounSense(words[j])?.category) return false;
  }
  return false;
}

/** Indices at which each lexicon entry stands in a list of words. */
type Positions = Map<string, number[]>;

function addPosition(positions: Positions, entry: string, index: number) {
  const list = positions.get(entry);
  if (list) list.push(index);
  else positions.set(entry, [index]);
}

/** Every word of a phrase, stemmed, the common ones too: excluding phrases are matched word for word. */
const wordsOfPhrase = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stem);

/** Whether `phrase` stands word for word in `words`, starting where `counts` says: a phrase is where it starts. */
function containsPhrase(words: readonly string[], phrase: readonly string[], counts: (i: number) => boolean): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (!counts(i)) continue;
    let k = 0;
    while (k < phrase.length && words[i + k] === phrase[k]) k++;
    // "a year ago", "a day later": a time, not the rate "a year" or "a day" excludes.
    if (k === phrase.length && !TIME_AFTER.has(words[i + k] ?? '')) return true;
  }
  return false;
}

/** Words after "a year", "a day" that make them a time rather than a rate. */
const TIME_AFTER = new Set(['ago', 'earlier', 'later']);

/** Stems that open a phrase of when, not how often: "last month", "previous week". */
const DATING = new Set(['last', 'previou']);

/** How many words from a figure an excluding word or phrase may start and still rule a measure out. */
const EXCLUDE_REACH = 16;

/** Words a phrase may have between two of its own: "early in 2025" says "early 2025". */
const PHRASE_SLACK = 2;

/** Whether `tokens` stand in order, each at most PHRASE_SLACK words after the one before, in the words `positions` describes. */
function phraseAt(tokens: readonly string[], positions: Positions): boolean {
  const follows = (k: number, at: number): boolean =>
    k === tokens.length || (positions.get(tokens[k]) ?? []).some((next) => next > at && next <= at + 1 + PHRASE_SLACK && follows(k + 1, next));
  return (positions.get(tokens[0]) ?? []).some((start) => follows(1, start));
}

// A cue inside the figure's own phrase ("25,000 additional troops") says most about it.
const proximity = (distance: number) => (distance === 0 ? 2 : distance <= 6 ? 1 : distance <= 15 ? 0.6 : distance < OTHER_FIGURE_DISTANCE ? 0.4 : 0.15);

/**
 * Finds the measure a figure is about. Candidates come from an index on (category, unit, actor), so the fuzzy
 * cue search only ever runs over a handful of measures, whatever the size of the database.
 */
export class MeasureMatcher {
  private readonly buckets = new Map<string, Prepared[]>();
  /** Measures of a kind by (category, unit, kind, counterpart), for a figure whose sender the text leaves unnamed. */
  private readonly byCounterpart = new Map<string, Prepared[]>();
  private readonly lexicon: CueLexicon;

  constructor(db: Pick<ClaimDatabase, 'measures' | 'reports'>) {
    const vocabulary = new Set<string>();
    const values = new Map<string, Array<[number, number]>>();
    for (const r of db.reports) {
      const list = values.get(r.measure) ?? [];
      list.push([Math.max(1, r.value.low), Math.max(1, r.value.high)]);
      values.set(r.measure, list);
    }
    for (const measure of db.measures) {
      const withTokens = measure.aliases.map((text) => ({ text, tokens: CueLexicon.tokensOf(text) })).filter((a) => a.tokens.length > 0);
      const aliases = withTokens.map((a) => a.tokens);
      const aliasTexts = withTokens.map((a) => a.text);
      const requires = measure.requires.map(CueLexicon.tokensOf).filter((a) => a.length > 0);
      const excludes = measure.excludes.map(wordsOfPhrase).filter((a) => a.length > 0);
      const kindHints = new Set((measure.kind ? (KIND_HINTS[measure.kind] ?? [measure.kind]) : []).flatMap(CueLexicon.tokensOf));
      for (const list of [...aliases, ...requires, [...kindHints]]) for (const w of list) vocabulary.add(w);
      const key = `${measure.category}|${measure.unit}|${measure.actor}`;
      const bucket = this.buckets.get(key) ?? [];
      const scope = measure.category === 'casualties' ? scopeOfWords(`${measure.name} ${measure.aliases.join(' ')}`.toLowerCase().split(/[^\p{L}-]+/u)) : undefined;
      const change = [...aliases, ...requires].some((tokens) => tokens.some((t) => CHANGE_WORDS.has(t)));
      const intercepts = [...aliases, ...requires].some((tokens) => tokens.some((t) => INTERCEPTION_WORDS.has(t)));
      const prepared: Prepared = { measure, aliases, aliasTexts, requires, excludes, kindHints, scope, change, intercepts, values: values.get(measure.id) ?? [] };
      bucket.push(prepared);
      this.buckets.set(key, bucket);
      for (const counterpart of measure.kind ? measure.counterparts : []) {
        const key = `${measure.category}|${measure.unit}|${measure.kind}|${counterpart}`;
        const list = this.byCounterpart.get(key);
        if (list) list.push(prepared);
        else this.byCounterpart.set(key, [prepared]);
      }
    }
    this.lexicon = new CueLexicon(vocabulary);
  }

  /** The best measure for the figure, or null when none is tied to it firmly enough. */
  match(figure: Figure): MeasureMatch | null {
    if (figure.part || figure.past || figure.sum || figure.hypothetical) return null;
    let best: MeasureMatch | null = null;
    // Sentence words found in the lexicon, with their nearest distance to the figure.
    const near = new Map<string, number>();
    // Where each entry stands among the words, so a phrase can be told from its words scattered over a sentence.
    const nearAt: Positions = new Map();
    for (let i = 0; i < figure.words.length; i++) {
      const distance = figure.distances[i];
      for (const entry of this.lexicon.lookup(figure.words[i])) {
        near.set(entry, Math.min(near.get(entry) ?? Infinity, distance));
        addPosition(nearAt, entry, i);
      }
    }
    // The same, but for the words that may give the figure a kind: a part named after "including" does not.
    // Built only when a measure asks and the sentence names a part at all.
    let kindNearMap: Map<string, number> | undefined;
    const kindNear = () => {
      if (kindNearMap) return kindNearMap;
      if (!figure.words.some((w) => PART_WORDS.has(w))) return (kindNearMap = near);
      kindNearMap = new Map();
      for (let i = 0; i < figure.words.length; i++) {
        if (namesPart(figure.words, i)) continue;
        for (const entry of this.lexicon.lookup(figure.words[i])) kindNearMap.set(entry, Math.min(kindNearMap.get(entry) ?? Infinity, figure.distances[i]));
      }
      return kindNearMap;
    };
    const nearby = new Set<string>();
    // Required words are also looked for in the sentence before (a table's title, a heading), not the one after.
    const beforeAt: Positions = new Map();
    figure.nearbyWords.forEach((word, i) => {
      for (const entry of this.lexicon.lookup(word)) {
        nearby.add(entry);
        if (i < figure.wordsBefore) addPosition(beforeAt, entry, i);
      }
    });
    // Excluding words must stand as written (stemmed), never by a fuzzy likeness: "transform" is not "transferred";
    // a phrase of them, word for word: "a day" rules a measure out, "day" alone ("days earlier") does not.
    // Only a phrase that starts in this figure's part of the sentence: in "1,210 over the past day, bringing the
    // total to 1,007,540" the daily words describe the 1,210, and the total's measure stays open to the 1,007,540.
    let exact: string[] | undefined;
    // ...and not far off in it: "… 30 million shells, according to an analyst who argues Seoul could change the
    // war if it ever supplied Kyiv" says nothing of shells supplied.
    const unlent = figure.words.length - (figure.lentWords ?? 0);
    const ours = (i: number) => figure.distances[i] <= EXCLUDE_REACH && i < unlent;
    // "up from 3,000 last month": "last month" dates a level a change left or reached, not a month's toll.
    const dates = (phrase: readonly string[]) => !!figure.level && DATING.has(phrase[0]);
    const stated = (phrase: readonly string[]) => !dates(phrase) && containsPhrase((exact ??= figure.words.map(stem)), phrase, ours);

    const words = { near, kindNear, nearby };
    const inSentence = (tokens: string[]) => phraseAt(tokens, nearAt);
    const inSentenceBefore = (tokens: string[]) => phraseAt(tokens, beforeAt);
    for (const [actor, actorScore] of Object.entries(figure.actors)) {
      if (actorScore < MIN_ACTOR) continue;
      const bucket = this.buckets.get(`${figure.category}|${figure.unit}|${actor}`);
      if (!bucket) continue;
      for (const p of bucket) {
        const scored = this.score(figure, p, actorScore, words, stated, inSentence, inSentenceBefore);
        if (scored && (!best || scored.score > best.score)) best = scored;
      }
    }
    if (best || !figure.kind || Object.values(figure.actors).some((score) => score > MAX_UNNAMED_SENDER)) return best;
    // "24,000 containers shipped to Russia", "728 drones over Kyiv" with no sender named anywhere near: of a kind
    // the database holds for one sender and its counterpart, the count is that sender's, weakly. Missiles fired at
    // Ukraine come from two senders, and stay unmatched.
    const candidates = new Set<Prepared>();
    for (const [actor, actorScore] of Object.entries(figure.actors)) {
      if (actorScore > 0) for (const p of this.byCounterpart.get(`${figure.category}|${figure.unit}|${figure.kind}|${actor}`) ?? []) candidates.add(p);
    }
    if (new Set([...candidates].map((p) => p.measure.actor)).size !== 1) return best;
    for (const p of candidates) {
      const scored = this.score(figure, p, UNNAMED_SENDER, words, stated, inSentence, inSentenceBefore);
      if (scored && (!best || scored.score > best.score)) best = scored;
    }
    return best;
  }

  private score(
    figure: Figure,
    p: Prepared,
    actorScore: number,
    { near, kindNear, nearby }: { near: Map<string, number>; kindNear: () => Map<string, number>; nearby: Set<string> },
    stated: (phrase: readonly string[]) => boolean,
    inSentence: (tokens: string[]) => boolean,
    inSentenceBefore: (tokens: string[]) => boolean,
  ): MeasureMatch | null {
    const { measure } = p;
    // A cue of several words stands as a phrase: "more waves", not "more" here and "wave" there.
    const has = (tokens: string[]) => tokens.every((t) => near.has(t)) && (tokens.length === 1 || inSentence(tokens));
    // A required word or phrase may stand in the sentence or the one before (a table's title: "North Korea →
    // Russia: what was sent"); a phrase must stand as one ("per soldier", not "per cent of the … soldiers").
    // A required place is met where the figure stands in it, named or pointed to ("… were killed there").
    const inPlace = (tokens: string[]) => !!measure.place && tokens.length === 1 && tokens[0] === measure.place && figure.places.includes(measure.place);
    if (p.requires.length > 0 && !p.requires.some((tokens) => inSentence(tokens) || inSentenceBefore(tokens) || inPlace(tokens))) return null;
    if (p.excludes.some(stated)) return null;

    // A toll of the dead is not a toll of the dead and wounded: such a figure is about another measure.
    if (figure.scope && p.scope && figure.scope !== p.scope) return null;
    // Nor is a difference ("1.1m more than thought") a total: it can only be about an increase or an addition.
    if (figure.change && !p.change) return null;
    if (figure.level && p.change) return null;
    // Munitions brought down are no count of those launched, nor the other way round.
    if (figure.intercepted !== p.intercepts) return null;

    let kindScore = 0;
    if (figure.kind || measure.kind) {
      if (figure.kind && figure.kind !== measure.kind) return null;
      if (!figure.kind) {
        // Kind words that belong to another figure of the sentence ("1,000 sappers and 3,000 more troops") do not count.
        const hinted = [...p.kindHints].some((h) => (kindNear().get(h) ?? Infinity) < OTHER_FIGURE_DISTANCE) || [...p.kindHints].some((h) => nearby.has(h) && !near.has(h));
        const nounOfKind = figure.words.some((w, i) => figure.distances[i] < OTHER_FIGURE_DISTANCE && nounSense(w)?.kind === measure.kind && !namesPart(figure.words, i));
        if (!hinted && !nounOfKind) return null;
      }
      kindScore = 1;
    }

    let placeScore = 0;
    let place: string | undefined;
    let narrower = false;
    // Places near the figure earn the bonus; any place of the sentence can save it from rejection
    // ("announced in Pyongyang: 1,000 sappers for the Kursk region").
    const places = figure.places;
    if (measure.place && figure.sentencePlaces.length > 0) {
      const same = places.find((fp) => fp === measure.place);
      const broader = places.find((fp) => placeWithin(measure.place!, fp));
      const inside = places.find((fp) => placeWithin(fp, measure.place!));
      // A place named beyond another figure is that figure's, and saves none that names its own place: "90,000
      // troops along the Zaporizhzhia axis, compared with the 110,000 … around Pokrovsk".
      const elsewhere = figure.sentencePlaces.find(
        (fp) => (fp === measure.place || placeWithin(measure.place!, fp) || placeWithin(fp, measure.place!)) && !(places.length > 0 && figure.tailPlaces.includes(fp)),
      );
      if (same) {
        placeScore = 1.5;
        place = same;
      } else if (broader) {
        placeScore = 0.5;
        place = broader;
      } else if (inside) {
        // A town inside the measure's country: the figure may be local ("troops near Zaporizhzhia"), so it needs the measure's own words too.
        place = inside;
        narrower = true;
      } else if (!elsewhere && figure.sentencePlaces.some((fp) => !figure.tailPlaces.includes(fp))) return null;
    }

    const cues: string[] = [];
    let cueScore = 0;
    // The figure's own words ("100 KN-23/24 ballistic missiles") describe it once, however many aliases they
    // hold: names that several measures share must not fill the cap and drown the verb that tells them apart.
    let ownWords = 0;
    // Whether a cue speaks for this figure: in the sentence with no other figure between, or in the sentences around.
    let ownCue = false;
    p.aliases.forEach((alias, k) => {
      if (!has(alias)) return;
      const distance = Math.min(...alias.map((t) => near.get(t)!));
      if (distance === 0) ownWords = proximity(0);
      else cueScore += proximity(distance);
      if (distance < BEYOND_FIGURE_DISTANCE) ownCue = true;
      cues.push(p.aliasTexts[k]);
    });
    cueScore += ownWords;
    for (const alias of p.aliases) {
      if (alias.every((t) => nearby.has(t)) && !has(alias)) {
        cueScore += 0.2;
        ownCue = true;
      }
    }
    cueScore = Math.min(cueScore, 4);
    // A measure tied to one place needs that place or at least one of its own words: "Russia has 1.3 million troops" is not about Pokrovsk.
    if (measure.place && (!place || narrower) && cueScore === 0) return null;
    // Nor is any measure tied by its actor alone: a cue word, the figure's kind or its place must speak for it
    // ("North Korea could field 200,000 special forces" is about no measure of the database). A cue that stands
    // by another figure of the sentence speaks for that one ("30,000 more soldiers …, and what 1.28 million North
    // Korean soldiers mean": the "more" is not the 1.28 million's).
    if (!ownCue && kindScore === 0 && !place) return null;

    // A figure some thirty times smaller or larger than every report of a measure counts something else: a
    // brigade's 40 dead are not a national toll of 400,000, however the sentence is worded. Within that, the
    // reports' values only break ties: up to one point for a measure of the figure's order of magnitude.
    const apart = ordersApart(figure, p);
    if (apart > MAX_ORDERS_APART) return null;
    const counterparts = measure.counterparts.filter((c) => (figure.actors[c] ?? 0) > 0).length * 0.25;
    const preference = p.values.length === 0 ? 0 : Math.max(0, 1 - apart);
    const score = actorScore + kindScore + placeScore + cueScore + counterparts + preference;
    return { measure, score, why: { actor: measure.actor, place, cues, kind: measure.kind } };
  }
}

/** How many orders of magnitude lie between a figure and the nearest report of a measure (0 for a measure with none). */
function ordersApart(figure: Figure, p: Prepared): number {
  if (p.values.length === 0) return 0;
  const low = Math.max(1, figure.value.low);
  const high = Math.max(1, figure.value.high);
  let nearest = Infinity;
  // Ranges overlap at distance 0; otherwise the gap between their nearest ends.
  for (const [rLow, rHigh] of p.values) nearest = Math.min(nearest, high < rLow ? Math.log10(rLow / high) : low > rHigh ? Math.log10(low / rHigh) : 0);
  return nearest;
}
