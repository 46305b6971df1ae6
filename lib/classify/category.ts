import type { Category, Unit } from '../claims/schema';
import { QUOTE_MARKS, type Quantity, isCalibreUnit, isYearLike } from '../extract/numbers';
import { isAbbreviation } from '../extract/sentences';
import { type Token, touching } from '../extract/tokenize';
import { MONTHS, NUMBER_WORDS, SCALES, SMALL_NUMBERS } from '../extract/number-words';
import { PUTTING_VERBS, findMentions } from './actors';
import { ANYONES, CASUALTY_WORDS, COMPOUND_TAILS, EQUIPMENT_MODIFIERS, FIGURE_NOUNS, MILITARY_CONTEXT, type NounSense, STRIKE_WORDS, WAR_CONTEXT, namesCivilians, nounSense, pairedNounSense } from './nouns';

/** What a quantity counts, read from its noun and the words around it. */
export interface CountSense {
  category: Category | null;
  unit: Unit;
  kind?: string;
  /** Token index just past the noun phrase (=== quantity.last when there is no noun). */
  nounEnd: number;
  /** Token range [from, to) of the words between the number and its noun (for actor look-up). */
  phrase: [number, number];
  /**
   * A count that peace has too: a toll of people no word marks as soldiers ("16 people were killed", "the death
   * toll rose to 35"), which storms and crashes have, or vehicles, aircraft and ships, which firms sell and
   * airlines retire. It counts only where war is spoken of (see classify).
   */
  warOnly?: boolean;
  /** The actor whose count a lent sense says it is: a caption's title names it ("North Korean casualties"). */
  owner?: string;
  /** Words of the title that lent the sense, which describe the count as if they stood beside it. */
  labelWords?: readonly string[];
  /** The count is a part of one named before it, lent its sense by "of them" (see Figure.part). */
  part?: boolean;
  /** The noun stands past an aside ("11,000 (some say 12,000) soldiers"): the figure is shown without it. */
  apart?: boolean;
  /**
   * The magnitude the count leaves unsaid, as the figure it answers said it: "nine, maybe ten million rounds. Some
   * people say twelve." gives twelve million.
   */
  scale?: number;
}

/** Words that end a noun phrase. */
const PHRASE_STOPS = new Set([
  'of', 'in', 'to', 'from', 'by', 'at', 'near', 'on', 'into', 'for', 'with', 'since', 'and', 'or', 'but', 'were', 'was',
  'are', 'is', 'been', 'be', 'have', 'has', 'had', 'will', 'would', 'could', 'might', 'may', 'should', 'can', 'that',
  'which', 'who', 'whom', 'whose', 'as', 'than', 'while', 'when', 'where', 'after', 'before', 'during', 'across', 'against',
  'per', 'each', 'if', 'because', 'including', 'alongside', 'between', 'under', 'over', 'a', 'an', 'the', 'this', 'these',
  'those', 'its', 'their', 'his', 'her', 'our', 'now', 'so', 'already', 'still', 'also', 'either', 'both', 'all',
]);
/** Words that may stand between a count and a casualty verb: "have now all been killed". */
const PREDICATE_FILLERS = new Set([
  'have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'be', 'being', 'reportedly', 'either', 'now', 'already', 'ever', 'actually', 'really',
  'allegedly', 'also', 'all', 'thought', 'believed', 'said', 'reported', 'estimated', 'feared', 'to', 'so', 'far',
  'since', 'been', 'then', 'later', 'subsequently', 'were', 'or', 'and', 'confirmed', 'presumed', 'listed', 'as', 'officially',
  // "taken prisoner", "held captive", "have become casualties"
  'taken', 'held', 'become', 'became',
  // "were lightly injured", "was fatally wounded", "were likely killed"
  'lightly', 'slightly', 'seriously', 'severely', 'badly', 'critically', 'gravely', 'mortally', 'fatally', 'moderately',
  'likely', 'probably', 'possibly',
]);
export const AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'being']);
const PRECEDING_FILLERS = new Set(['has', 'have', 'had', 'already', 'only', 'reportedly', 'now', 'so', 'far', 'the', 'a', 'an', 'also', 'about', 'some', 'nearly', 'another', 'further', 'roughly', 'around', 'almost', 'approximately']);
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'those', 'these', 'our', 'an', 'a', 'some', 'all']);
const BODY_BEFORE = new Set(['force', 'strength', 'army', 'contingent', 'deployment', 'mobilization', 'mobilisation', 'call-up', 'garrison', 'corps', 'group', 'echelon', 'wave', 'rotation', 'waves', 'rotations', 'contingents', 'echelons']);

/**
 * Where the body a count sizes begins, past its determiner: "the original contingent of 11,000 troops" gives the
 * index of "original"; -1 when no body stands just before the count. Its words are the count's own description.
 */
export function sizedBodyStart(tokens: Token[], q: Quantity): number {
  if (tokens[q.qualifierFirst - 1]?.norm !== 'of' || !BODY_BEFORE.has(tokens[q.qualifierFirst - 2]?.norm ?? '')) return -1;
  let k = q.qualifierFirst - 2;
  while (k > q.qualifierFirst - 5 && tokens[k - 1]?.kind === 'word' && !DETERMINERS.has(tokens[k - 1].norm) && !AUXILIARIES.has(tokens[k - 1].norm)) k--;
  return DETERMINERS.has(tokens[k - 1]?.norm ?? '') || tokens[k - 1]?.possessive ? k : -1;
}

/** Bodies of troops a count fills: "eleven thousand in the first wave", "10,000 in a first increment". */
const FILLED_BODIES = new Set(['wave', 'waves', 'rotation', 'rotations', 'echelon', 'contingent', 'deployment', 'batch', 'increment', 'tranche']);
/** Words between "in" and a body a count fills: "in the first wave", "in its latest rotation". */
const WAVE_MODIFIERS = new Set(['the', 'a', 'its', 'their', 'first', 'second', 'third', 'initial', 'latest', 'new', 'next', 'last', 'original', 'fresh', 'later', 'earlier']);

/** What kind of reserve: "in the regular reserve", "in the active reserves". */
const RESERVE_KINDS = new Set(['regular', 'active', 'ready', 'strategic', 'operational', 'trained', 'standing', 'military', 'army', 'general']);

/** The smallest count that sizes a body of troops on its own ("a force of 50"). */
const MIN_BODY = 50;
/** No body of troops, reserves included, numbers more. */
const MAX_BODY = 20_000_000;

/** Military bodies that people make up: "sub-units of 1,000 persons", "a contingent of up to 30 thousand persons". */
const MILITARY_BODIES = new Set([...BODY_BEFORE, 'units', 'sub-units', 'subunits', 'unit', 'detachment', 'detachments', 'battalion', 'brigade', 'regiment', 'division', 'formations', 'troops']);

/** Participles that send people to war: "1,000 persons are dispatched to the Kursk area". */
const DISPATCHED = new Set(['dispatched', 'deployed', 'sent', 'stationed', 'transferred', 'redeployed']);
const MILITARY_MODIFIERS = new Set(['military', 'army', 'construction', 'engineering', 'combat', 'defence', 'defense']);
/** Words of workers sent abroad to earn: visas, wages, remittances. */
const LABOUR_ABROAD = new Set(['visa', 'visas', 'student', 'students', 'wages', 'salaries', 'remittances', 'labourers', 'laborers', 'earnings']);

/** Families of weapons written as designations: KN-23, Kh-101, Hwasong-11, Shahed-136, Geran-2. */
const DESIGNATED_WEAPONS: ReadonlyMap<string, NounSense> = new Map([
  ...['kn', 'kh', 'hwasong', 'iskander', 'kalibr', 'tochka', 'atacms', 'zircon', 'oniks'].map((w) => [w, nounSense('missiles')!] as const),
  ...['shahed', 'geran', 'lancet', 'orlan'].map((w) => [w, nounSense('drones')!] as const),
]);

/** Words that make ships, aircraft and vehicles civilian. */
const CIVILIAN_HARDWARE = new Set([
  'merchant', 'cargo', 'commercial', 'civilian', 'fishing', 'cruise', 'passenger', 'container', 'tanker', 'private',
  // What aid and public services drive: "Evacuation vehicles in service: 6", "12 ambulance vehicles".
  'evacuation', 'rescue', 'emergency', 'ambulance', 'police', 'humanitarian', 'aid', 'electric', 'municipal', 'rental',
]);
/** What drones of trade and play are for: "500 delivery drones", "my 3 camera drones". */
const CIVILIAN_DRONES = new Set([...CIVILIAN_HARDWARE, 'delivery', 'camera', 'hobby', 'toy', 'racing', 'agricultural', 'crop', 'spraying', 'consumer', 'photography', 'survey', 'mapping', 'parcel']);
/** Whether tokens[k] is the "up" of a call-up: "called up about 5,000 young people", "would call up 300,000". */
export const callsUp = (tokens: readonly Token[], k: number) => tokens[k]?.norm === 'up' && /^(call|calls|called|calling)$/.test(tokens[k - 1]?.norm ?? '');
/** Verbs of calling people to arms: "conscripted about 5,000 young people". */
const CONSCRIPTING = new Set(['conscripted', 'conscripts', 'drafted', 'drafts', 'mobilised', 'mobilized', 'mobilises', 'mobilizes', 'recruited', 'recruits', 'enlisted']);

/** Kinds of hardware that peace has plenty of: counted only where war is spoken of. */
const PEACETIME_KINDS = new Set(['vehicles', 'aircraft', 'ships']);

/** Words of civilian work, in whose sentences engineers and builders are staff, not troops. */
const WORKPLACE = new Set(['hired', 'hire', 'hiring', 'hires', 'employs', 'employ', 'employed', 'employees', 'software', 'artificial', 'startup', 'layoffs', 'salaries', 'grid', 'utility', 'utilities', 'electricity', 'broadband']);
/** What civilian operators run: "rail operators", "tour operators". */
const CIVIL_OPERATIONS = new Set(['rail', 'railway', 'tour', 'network', 'mobile', 'telecom', 'port', 'bus', 'ferry', 'grid', 'energy', 'airport', 'airline', 'shipping', 'travel']);
/** Teams a "23-man" count sizes: no unit of soldiers. */
const TEAMS = new Set(['squad', 'team', 'roster', 'crew', 'lineup', 'line-up', 'panel', 'jury', 'committee', 'board', 'band', 'choir', 'delegation', 'cast', 'shortlist', 'breakaway', 'relay']);
/** Words of a fireworks display (not "festival": rockets are fired at festivals in war too). */
const FIREWORKS = new Set(['fireworks', 'firework', 'pyrotechnic', 'pyrotechnics']);
/** Words of rockets that carry satellites or colour the sky. */
const CIVIL_ROCKETRY = new Set([...FIREWORKS, 'spacex', 'nasa', 'satellite', 'satellites', 'orbit', 'spaceport', 'astronauts']);
/** A kitchen's words: "12 jumbo shells stuffed with ricotta" are pasta. */
export const KITCHEN = new Set(['pasta', 'recipe', 'ricotta', 'bake', 'baked', 'oven', 'stuffed', 'sauce', 'simmer', 'boil', 'tbsp', 'tsp', 'teaspoon', 'tablespoon', 'teaspoons', 'tablespoons', 'parmesan', 'chocolate', 'cocoa', 'marshmallows']);
/**
 * Words before a weapon's noun that make it no one's arms: pieces kept to be looked at ("two restored 18-pounder
 * cannons" at a gate) and toys ("400 water bombs").
 */
const NOT_ARMS = new Set(['restored', 'antique', 'decorative', 'ornamental', 'ceremonial', 'vintage', 'toy', 'toys', 'inert', 'dummy', 'water', 'paint', 'bath', 'stink', 'seed', 'glitter', 'plastic', 'miniature', 'nerf']);
/** What holds things, sized by a count joined to its noun: "a 24,000-container ship". */
const CARRIERS = new Set(['ship', 'ships', 'vessel', 'vessels', 'freighter', 'freighters', 'train', 'trains', 'truck', 'trucks', 'lorry', 'carrier', 'carriers', 'cruiser', 'destroyer', 'frigate', 'warehouse', 'depot', 'magazine']);
/** Words before "troops" of people who are no soldiers: "9,000 sales troops", "three Brownie troops". */
const NOT_SOLDIERS = new Set(['sales', 'marketing', 'retail', 'office', 'brownie', 'brownies', 'scout', 'scouts', 'cub', 'cubs', 'guide', 'guides', 'plastic', 'toy', 'tin', 'miniature', 'lego', 'police', 'model', 'civilian']);
/**
 * Words only sport uses: in their sentences "2 bombs of 50-plus yards" are passes and "6 rounds remaining" are races.
 * ("Race", "attack", "defence" and "league" are war's too.)
 */
export const SPORT = new Set(['quarterback', 'quarterbacks', 'touchdown', 'touchdowns', 'yards', 'innings', 'wicket', 'wickets', 'goalkeeper', 'striker', 'midfielder', 'halftime', 'half-time', 'playoff', 'playoffs', 'laps', 'lap', 'podium', 'championship', 'kick-off', 'kickoff', 'scrum', 'referee', 'dropbacks']);
/** Those who keep order at home: officers, and drones the police fly, are no army's. */
const POLICING = new Set(['police', 'policing', 'constable', 'constables', 'sheriff', 'stewards', 'turnstiles']);
/** What the police find and seize: the weapons of a crime, not of a war. */
const CRIME = new Set(['arrested', 'arrest', 'arrests', 'seized', 'seizure', 'found', 'raid', 'raided', 'charged', 'searched', 'confiscated', 'recovered']);
/** What the police do with drones ("police will fly 2 drones"), where a war's drones strike: "drones hit a police station". */
const FLYING = new Set(['fly', 'flew', 'flown', 'flying', 'use', 'used', 'uses', 'using', 'operate', 'operated', 'operates', 'monitor', 'monitoring']);
/** Bodies a "-strong" count sizes that are no force: "its 150,000-strong workforce". */
const CIVIL_BODIES = new Set(['workforce', 'staff', 'crowd', 'membership', 'union', 'congregation', 'audience', 'team', 'choir', 'community', 'following', 'fanbase']);
/** Whether a sentence speaks of a drone show, whose drones are lights: "lit up the sky", "a light show". */
const isDroneShow = (tokens: readonly Token[]) =>
  tokens.some((t, k) => (/^(shows?|display)$/.test(t.norm) && /^(light|drone|laser)$/.test(tokens[k - 1]?.norm ?? '')) || (t.norm === 'up' && tokens[k - 1]?.norm === 'lit') || t.norm === 'choreographed');
/** A museum's words: "two V-2 rockets" in a gallery are exhibits, unless the sentence fires them. */
const EXHIBITS = new Set(['museum', 'gallery', 'exhibition', 'exhibit', 'exhibits', 'exhibited', 'display', 'displayed', 'centrepiece', 'centerpiece', 'curator', 'curators']);
const FIRING = new Set(['fired', 'launched', 'struck', 'hit', 'killed', 'shot', 'dropped']);
/** An airport's and an airline's words: drones seen near a runway are a hobbyist's, an airline's jets are its fleet. */
const AVIATION = new Set(['airport', 'airports', 'runway', 'runways', 'airfield', 'airline', 'airlines', 'passengers', 'flights', 'airbus', 'boeing', 'embraer', 'holidaymakers', 'travellers', 'travelers']);

/** War's words, but not the drones a sentence of the police may count. */
const WAR_CONTEXT_BUT_DRONES: ReadonlySet<string> = new Set([...WAR_CONTEXT].filter((w) => !/^(drones?|shaheds?)$/.test(w)));
const AIR_DEFENCE = new Set(['defences', 'defence', 'defense', 'defenses', 'destroyed', 'downed', 'intercepted', 'intercept']);

/** Whether the clause of the count `q`, between semicolons, holds a word of `words`. */
function clauseHas(tokens: Token[], q: Quantity, words: ReadonlySet<string>): boolean {
  let from = q.qualifierFirst;
  while (from > 0 && tokens[from - 1].text !== ';') from--;
  let to = q.last;
  while (to < tokens.length && tokens[to].text !== ';') to++;
  for (let k = from; k < to; k++) if (words.has(tokens[k].norm)) return true;
  return false;
}

/**
 * Counts of things war shares with peace, in a sentence that says which: a restored cannon at a gate, water bombs,
 * rockets in a museum's gallery, a firm's sales troops, drones near a runway and an airline's jets. A sentence that
 * also speaks of war keeps its count: "drones struck the airport".
 */
function isPeaceful(tokens: Token[], q: Quantity, sense: NounSense, at: number): boolean {
  const has = (words: ReadonlySet<string>) => tokens.some((t) => words.has(t.norm));
  if (sense.category === 'munitions' && tokens.slice(q.last, at).some((t) => NOT_ARMS.has(t.norm))) return true;
  // "a 24,000-container ship", "a 40-missile cruiser": what a vessel or vehicle holds is its size, no count of them.
  if ((tokens[q.last - 1]?.text === '-' || tokens[at - 1]?.text === '-') && CARRIERS.has(tokens[at + 1]?.norm ?? '')) return true;
  if (sense.category === 'troops' && tokens.slice(q.last, at).some((t) => NOT_SOLDIERS.has(t.norm))) return true;
  if (sense.category === 'munitions' && has(SPORT)) return true;
  // "police will fly 2 drones over the approach roads", "12 officers are now deployed on Friday nights".
  if (has(POLICING) && !has(WAR_CONTEXT_BUT_DRONES)) {
    if (tokens[at]?.norm === 'officers' || (sense.kind === 'drones' && has(FLYING))) return true;
    // "police found 3 rifles and 200 rounds of ammunition in his flat": a crime's weapons.
    if (sense.category === 'munitions' && sense.kind !== 'drones' && has(CRIME)) return true;
  }
  // (In the count's own clause: "6,000 tanks took part …; the plaque at the war museum says so" counts a battle's.)
  if (sense.category === 'munitions' && clauseHas(tokens, q, EXHIBITS) && !has(FIRING)) return true;
  if (sense.kind !== 'drones' && sense.kind !== 'aircraft') return false;
  // War words other than the noun counted ("drones" itself is one), and an air defence's: "air defences destroyed
  // 87 Ukrainian drones … airports suspended flights" is war.
  const war = tokens.some((t, k) => k !== at && (MILITARY_CONTEXT.has(t.norm) || AIR_DEFENCE.has(t.norm) || (WAR_CONTEXT.has(t.norm) && nounSense(t.norm)?.kind !== sense.kind)));
  return has(AVIATION) && !war;
}

/** Scale words a count in digits may end with before "of": "640 thousand of", "12 millions of". */
const SCALE_WORDS = new Set(['thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'mln', 'bln']);

/** Weapon nouns that name many in their singular form. */
const MASS_WEAPONS = new Set(['ammunition', 'ammo', 'artillery', 'aircraft', 'armour', 'armor', 'mlrs', 'unmanned', 'loitering', 'infantry']);
/** Whether a weapon noun names one: "rocket", not "rockets" or "artillery". */
const isSingularWeapon = (noun: string) => !noun.endsWith('s') && !MASS_WEAPONS.has(noun);

/** Drones and missiles counted together. */
const AIR_ATTACK: NounSense = { category: 'munitions', unit: 'items' };

/** Placeholder sense for "strikes", "attacks": what they count depends on the weapon named after them. */
const STRIKES: NounSense = { category: null, unit: 'items' };

const isStop = (t: Token) => t.kind === 'punct' ? t.text !== '-' : t.kind === 'word' && PHRASE_STOPS.has(t.norm);

/** "3 million 'volunteers'", "500 “advisers”": a quote mark that opens on a word keeps the noun in the phrase. */
const opensQuote = (tokens: Token[], i: number) => QUOTE_MARKS.has(tokens[i].text) && tokens[i + 1]?.kind === 'word' && touching(tokens[i], tokens[i + 1]);

/** "672 of them", "two of those": a count of what the sentence named before. */
export const isOfThem = (tokens: Token[], q: Quantity) => tokens[q.last]?.norm === 'of' && /^(them|those|these|whom|which)$/.test(tokens[q.last + 1]?.norm ?? '');

/** Dashes and a colon that, after a count opening its line, introduce what it counts. */
const KEY_FIGURE_MARKS = new Set(['—', '–', '-', ':']);

/**
 * Whether the bracket at tokens[open] glosses the words before it ("1만 1천 명 (11,000)", "11 тис. (11,000)"): a
 * number stands just before, in another script or with a unit of its own. "(1) We estimate …" numbers a list.
 */
function isGlossed(tokens: Token[], open: number): boolean {
  for (let k = open - 1; k >= Math.max(0, open - 4); k--) {
    const t = tokens[k];
    if (t.kind === 'num') return true;
    if (t.kind !== 'word' && t.text !== '.') return false;
  }
  return false;
}

/** What closes an aside each opener starts. */
const ASIDE_CLOSERS: ReadonlyMap<string, string> = new Map([['(', ')'], ['[', ']'], ['—', '—'], ['–', '–'], [',', ',']]);
/** The longest aside between two rival counts and the noun they share: "(some say 12,000)". */
const RIVAL_ASIDE_LIMIT = 6;
const ASIDE_MARKS: ReadonlySet<string> = new Set([...ASIDE_CLOSERS.keys(), ...ASIDE_CLOSERS.values()]);

/**
 * The noun two rival counts share when the second stands in an aside between the first and the noun:
 * "11,000 (some say 12,000) soldiers", "11,000 — perhaps 12,000 — troops", "11,000, maybe 12,000, soldiers". Both
 * counts take the noun after the aside; a count in an aside with no count before it ("(about 300) people") is not
 * one of them.
 */
function rivalAsideNoun(tokens: Token[], q: Quantity): { sense: NounSense; at: number } | null {
  const nounAfter = (close: number) => {
    const head = headNoun(tokens, close + 1);
    return head?.sense.category ? head : null;
  };
  // The first count: its aside opens right after it and holds the rival count.
  const closer = ASIDE_CLOSERS.get(tokens[q.last]?.text ?? '');
  if (closer !== undefined) {
    let sawCount = false;
    for (let k = q.last + 1; k < Math.min(tokens.length, q.last + 2 + RIVAL_ASIDE_LIMIT); k++) {
      if (tokens[k].text === closer) return sawCount ? nounAfter(k) : null;
      if (tokens[k].kind === 'num' && !isYearLike(tokens[k])) sawCount = true;
      else if (tokens[k].kind !== 'word' && tokens[k].kind !== 'num') return null;
    }
    return null;
  }
  // The rival count: the aside closes right after it, and opened after a count of its own.
  const close = tokens[q.last]?.text ?? '';
  if (!ASIDE_MARKS.has(close)) return null;
  for (let k = q.qualifierFirst - 1; k >= Math.max(0, q.qualifierFirst - 1 - RIVAL_ASIDE_LIMIT); k--) {
    const t = tokens[k];
    if (ASIDE_CLOSERS.get(t.text) === close) return tokens[k - 1]?.kind === 'num' ? nounAfter(q.last) : null;
    if (t.kind !== 'word') return null;
  }
  return null;
}

/**
 * "640k — Russian troops estimated inside Ukraine", "3,000+: glide bombs dropped in a week": a key figure opens
 * its line (after a bullet or a sign at most), and what it counts follows a dash or colon.
 */
function keyFigureNoun(tokens: Token[], q: Quantity): { sense: NounSense; at: number } | null {
  const mark = tokens[q.last];
  if (!mark || !KEY_FIGURE_MARKS.has(mark.text) || (mark.text === '-' && touching(tokens[q.last - 1], mark))) return null;
  // "1) 728 — drones launched …": a list item's number may open the line before the count.
  const item = tokens[0]?.kind === 'num' && /^\d{1,2}$/.test(tokens[0].text) && (tokens[1]?.text === ')' || tokens[1]?.text === '.') && touching(tokens[0], tokens[1]) ? 2 : 0;
  for (let k = item; k < q.qualifierFirst; k++) if (tokens[k].kind !== 'punct') return null;
  return headNoun(tokens, q.last + 1);
}

/**
 * "13 cruise and ballistic missiles", "300 Russian and Belarusian troops": an "and" or "or" between modifiers, with
 * the noun they share a few words on, stays inside the phrase.
 */
function joinsModifiers(tokens: Token[], from: number, at: number): boolean {
  if (at === from || (tokens[at].norm !== 'and' && tokens[at].norm !== 'or')) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 4); k++) {
    const t = tokens[k];
    // "12 million 152mm and 122mm rounds": calibres are modifiers too.
    if (isCalibreUnit(t) || (t.kind === 'num' && isCalibreUnit(tokens[k + 1]))) continue;
    if (t.kind !== 'word' || PHRASE_STOPS.has(t.norm)) return false;
    if (nounSense(t.norm)?.category) return true;
  }
  return false;
}

/** Heads of a compound whose first word is an army's ("army officials"): who speaks, negotiates or reports. */
const SPEAKERS_OF_TROOPS = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokesmen', 'spokeswoman', 'spokespeople', 'spokesperson',
  'analyst', 'analysts', 'expert', 'experts', 'observer', 'observers', 'inspectors', 'investigators', 'diplomats',
  'journalists', 'reporters', 'correspondents', 'representatives', 'delegates', 'lawyers', 'chiefs', 'leaders',
]);

/** Verbs after which a phrase names what its things show or hold, not the things. */
const DEPICTING = new Set(['showing', 'shows', 'depicting', 'depict', 'depicts', 'featuring', 'containing', 'bearing', 'wearing']);

/** Stretches of time a count may count before a noun of war: "three summers clearing mines". */
const SPANS_OF_TIME = new Set(['summers', 'winters', 'springs', 'autumns', 'seasons', 'decades', 'years', 'months', 'weeks', 'days', 'nights', 'hours', 'minutes', 'generations', 'tours', 'shifts', 'stints']);

/** Times a "last" or "next" names after a count: "3,000 last month", "11,000 next spring". */
const PERIOD_WORDS = new Set(['week', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'weekend', 'night', 'quarter', 'time']);

/** The head noun of the phrase starting at `from`: the first known noun, or the last of a compound ("artillery shells"). */
function headNoun(tokens: Token[], from: number): { sense: NounSense; at: number } | null {
  const limit = Math.min(tokens.length, from + 10);
  for (let i = from; i < limit; i++) {
    const t = tokens[i];
    // "100 KN-23 and KN-24 missiles": designations joined by "and" stay inside the phrase.
    const afterDesignation = tokens[i - 1]?.kind === 'num' && tokens[i - 2]?.text === '-';
    if (opensQuote(tokens, i)) continue;
    // "2 N. Korean POWs": an initial's full stop ends no phrase.
    if (t.text === '.' && /^[A-Z]$/.test(tokens[i - 1]?.text ?? '') && touching(tokens[i - 1], t) && /^[A-Z]/.test(tokens[i + 1]?.text ?? '')) continue;
    if (isStop(t) && !(afterDesignation && (t.norm === 'and' || t.norm === 'or' || t.text === '/')) && !joinsModifiers(tokens, from, i)) return null;
    // "412 clips, 37 of them showing KPA infantry": what a count's things show or carry is not what it counts.
    if (t.kind === 'word' && DEPICTING.has(t.norm)) return null;
    // "the 11,000 sent last year": a verb after the count ends its noun phrase; "last year" is no noun of it.
    if (t.kind === 'word' && SENT_VERBS.has(t.norm) && PARTICIPLE_TAILS.has(tokens[i + 1]?.norm ?? '')) return null;
    // "up from 3,000 last month": a time after the count ends its noun phrase; the month is not what it counts.
    if (/^(last|next|past|previous)$/.test(t.norm) && PERIOD_WORDS.has(tokens[i + 1]?.norm ?? '')) return null;
    // "Two defence officials said 500 soldiers …": another count with a noun of its own ends the search; a number
    // glued to a hyphen or a unit ("two 500-pound bombs", "14 GBU-57 bombs", "three 152 mm shells") modifies this
    // one's noun.
    const glued = touching(tokens[i - 1], t) || touching(t, tokens[i + 1]);
    if (t.kind === 'num' && t.suffix === '' && !glued && tokens[i + 1]?.kind === 'word' && nounSense(tokens[i + 1].norm)?.category) return null;
    if (t.kind !== 'word') continue;
    // "spent three summers clearing mines", "two tours defusing shells": a stretch of time right after the count is
    // what it counts.
    if (i === from && SPANS_OF_TIME.has(t.norm)) return { sense: { category: null, unit: 'items' }, at: i };
    if (STRIKE_WORDS.has(t.norm)) return { sense: STRIKES, at: i };
    // "741 means of air attack": Ukraine's air force counts drones and missiles together so.
    if (t.norm === 'means' && tokens[i + 1]?.norm === 'of' && /^(air|aerial)$/.test(tokens[i + 2]?.norm ?? '') && /^(attack|attacks)$/.test(tokens[i + 3]?.norm ?? '')) return { sense: AIR_ATTACK, at: i + 3 };
    // "6 drone-detection units", "40 tank-repair crews": a noun hyphened to the word after it modifies what follows.
    if (tokens[i + 1]?.text === '-' && touching(t, tokens[i + 1]) && tokens[i + 2]?.kind === 'word' && touching(tokens[i + 1], tokens[i + 2]) && nounSense(t.norm)?.category) {
      i++;
      continue;
    }
    let sense = nounSense(t.norm);
    let at = i;
    // "82 KN-23s", "40 Kh-101s": a weapon's designation names what is counted.
    const designated = tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'num' && touching(t, tokens[i + 1]) && touching(tokens[i + 1], tokens[i + 2]);
    if (designated && (sense ??= DESIGNATED_WEAPONS.get(t.norm))?.category === 'munitions') {
      at = i + 2;
      // "82 KN-23/KN-24 strikes", "100 KN-23 or KN-24 missiles": a second designation, then the noun of both.
      if ((tokens[at + 1]?.text === '/' || tokens[at + 1]?.norm === 'or' || tokens[at + 1]?.norm === 'and') && tokens[at + 3]?.text === '-' && tokens[at + 4]?.kind === 'num') at += 4;
      const after = tokens[at + 1];
      if (after?.kind === 'word' && STRIKE_WORDS.has(after.norm)) return { sense: STRIKES, at: at + 1 };
    }
    const paired = tokens[i + 1]?.kind === 'word' ? pairedNounSense(t.norm, tokens[i + 1].norm) : undefined;
    if (paired) {
      sense = paired;
      at = i + 1;
    }
    if (!sense) continue;
    while (at + 1 < limit && tokens[at + 1].kind === 'word') {
      // "12 infantry fighting vehicles", "troop transport helicopters": the weapon is the head.
      // "41 unmanned aerial vehicles", "90 unmanned aircraft": whatever carries no crew is a drone.
      if (EQUIPMENT_MODIFIERS.has(tokens[at + 1].norm) && tokens[at + 2]?.kind === 'word' && nounSense(tokens[at + 2].norm)?.category === 'munitions') {
        if (sense.kind !== 'drones') sense = nounSense(tokens[at + 2].norm)!;
        at += 2;
        continue;
      }
      // "50 Koksan self-propelled guns", "KN-23 short-range missiles": a hyphened modifier before the weapon.
      const hyphened = tokens[at + 2]?.text === '-' && tokens[at + 3]?.kind === 'word' && touching(tokens[at + 1], tokens[at + 2]) && touching(tokens[at + 2], tokens[at + 3]);
      if (hyphened && nounSense(tokens[at + 4]?.norm ?? '')?.category === 'munitions' && tokens[at + 4]?.kind === 'word') {
        if (sense.kind !== 'drones') sense = nounSense(tokens[at + 4].norm)!;
        at += 4;
        continue;
      }
      const next = nounSense(tokens[at + 1].norm);
      if (sense.kind === 'drones' && next?.category === 'munitions' && tokens[at].norm === 'unmanned') {
        at++;
        continue;
      }
      // "soldiers killed" is a casualty clause, not a compound noun like "artillery shells".
      if (!next || next.category === 'casualties') break;
      sense = next;
      at++;
    }
    // "three army officials", "two military sources": the compound's head counts people who speak of troops.
    if (SPEAKERS_OF_TROOPS.has(tokens[at + 1]?.norm ?? '')) return null;
    if (sense.category === 'munitions' && tokens[at + 1]?.kind === 'word' && COMPOUND_TAILS.has(tokens[at + 1].norm)) at++;
    return { sense, at };
  }
  return null;
}

/** Whether tokens[i] starts a count: a number, or a hedge before one ("at least eight", "a million"). */
function startsCount(tokens: Token[], i: number): boolean {
  // Up to three words of hedge first: "killing as many as 4,000".
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k];
    if (t.kind === 'num' || (t.kind === 'word' && ((SMALL_NUMBERS.has(t.norm) && t.norm !== 'one') || SCALES.has(t.norm)))) return true;
    if (t.kind !== 'word' || !COUNT_HEDGES.has(t.norm)) return false;
  }
  return false;
}
const LOSS_FORMS = new Set(['lost', 'lose', 'loses', 'losing']);
/** Shares a body loses of itself: "lost a third of its strength", "lose half their number", "lost most of its men". */
const SHARES = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'most', 'much', 'its']);
function losesAShare(tokens: Token[], i: number): boolean {
  const k = tokens[i]?.norm === 'a' || tokens[i]?.norm === 'one' || tokens[i]?.norm === 'two' ? i + 1 : i;
  if (tokens[k]?.text === '-' && SHARES.has(tokens[k + 1]?.norm ?? '')) return true;
  return SHARES.has(tokens[k]?.norm ?? '') || (tokens[k]?.kind === 'num' && (tokens[k + 1]?.text === '%' || tokens[k + 1]?.norm === 'percent'));
}
const COUNT_HEDGES = new Set([
  'at', 'least', 'more', 'than', 'about', 'some', 'nearly', 'over', 'around', 'almost', 'up', 'to', 'another', 'a', 'close',
  'roughly', 'approximately', 'well', 'as', 'many', 'just', 'under', 'fewer', 'less', 'an', 'estimated', 'perhaps',
]);

/** The longest aside between a count and its verb: "40 people, among them 12 volunteers of the local response room, were killed". */
const ASIDE_LIMIT = 14;
const CASUALTY_VERBS_AFTER_ASIDE = new Set(['died', 'perished', 'drowned']);
/** "544 aircrew of Fighter Command lost their lives", "gave their lives", "sacrificed their lives". */
const gaveTheirLives = (tokens: Token[], k: number) =>
  /^(lost|gave|sacrificed|laid)$/.test(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'their' && tokens[k + 2]?.norm === 'lives';
const CASUALTY_PARTICIPLES = new Set(['killed', 'wounded', 'injured', 'hurt', 'captured']);

/** "516 of them never came home", "who did not return": how war memorials and speeches count the dead. */
function neverReturned(tokens: Token[], from: number): boolean {
  const k = tokens[from]?.norm === 'who' ? from + 1 : from;
  const v = tokens[k]?.norm === 'never' ? k + 1 : tokens[k]?.norm === 'did' && tokens[k + 1]?.norm === 'not' ? k + 2 : -1;
  const verb = tokens[v]?.norm;
  if (verb === 'returned' || verb === 'return') return true;
  if (verb !== 'came' && verb !== 'come' && verb !== 'made') return false;
  const after = tokens[v + 1]?.norm === 'it' ? tokens[v + 2] : tokens[v + 1];
  return after?.norm === 'home' || after?.norm === 'back';
}

/** Words between a count and the captivity it is held in: "remain in Ukrainian custody", "are still being held in". */
const HELD_FILLERS = new Set([...AUXILIARIES, 'remain', 'remains', 'remained', 'still', 'now', 'currently', 'being', 'held', 'kept', 'who', 'that']);

const CAPTIVITY = new Set(['custody', 'captivity', 'prison', 'prisons', 'jail', 'detention']);

/** "Two North Korean servicemen remain in Ukrainian custody", "are held captive": the captured are casualties too. */
function heldCaptive(tokens: Token[], from: number): boolean {
  // "72,000 soldiers who have no known grave", "… with no known grave": the missing of a war.
  const noKnownGrave = (k: number) => tokens[k]?.norm === 'no' && tokens[k + 1]?.norm === 'known' && tokens[k + 2]?.norm === 'grave';
  const have = tokens[from]?.norm === 'who' ? from + 1 : from;
  if ((/^(have|has|had)$/.test(tokens[have]?.norm ?? '') && noKnownGrave(have + 1)) || (tokens[from]?.norm === 'with' && noKnownGrave(from + 1))) return true;
  // "the two soldiers of the Korean People's Army held by Ukraine": a short "of" phrase saying whose they are.
  if (tokens[from]?.norm === 'of') {
    let j = from + 1;
    while (j < from + 7 && (tokens[j]?.kind === 'word' || tokens[j]?.text === "'" || tokens[j]?.text === '’') && tokens[j].norm !== 'held') j++;
    if (tokens[j]?.norm === 'held') from = j;
  }
  let k = from;
  while (k < from + 4 && HELD_FILLERS.has(tokens[k]?.norm ?? '')) k++;
  if (k > from && /^(captive|prisoner|prisoners|hostage|hostages)$/.test(tokens[k]?.norm ?? '') && tokens[k - 1]?.norm === 'held') return true;
  // "soldiers held by Ukraine since January": held by a side, not in its reserve.
  if (k > from && tokens[k - 1]?.norm === 'held' && tokens[k]?.norm === 'by') {
    const by = tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
    if (/^[A-Z]/.test(tokens[by]?.text ?? '') && !tokens.slice(by, by + 5).some((t) => t.norm === 'reserve')) return true;
  }
  if (k === from || tokens[k]?.norm !== 'in') return false;
  for (let j = k + 1; j < k + 4 && tokens[j]?.kind === 'word'; j++) if (CAPTIVITY.has(tokens[j].norm)) return true;
  return false;
}

/** Participles that open a phrase saying which people a count is of: "soldiers sent to Kursk", "troops stationed there". */
const WHICH_PARTICIPLES = new Set(['sent', 'deployed', 'dispatched', 'stationed', 'posted', 'fighting', 'serving']);

/**
 * A casualty word right after the phrase ("were killed or injured"), or after a short relative clause and an
 * auxiliary ("troops Pyongyang sent have been killed"), but not "troops to replace killed soldiers".
 */
export function casualtyAfter(tokens: Token[], from: number): boolean {
  if (neverReturned(tokens, from) || heldCaptive(tokens, from)) return true;
  // "457 soldiers who died in Afghanistan": the relative pronoun opens the count's own predicate.
  if (tokens[from]?.norm === 'who') from++;
  // "two crew members of a bulk carrier were killed", "three soldiers from a neighbouring battalion were wounded":
  // a short "of" or "from" phrase between the noun and its verb; so is "4,700 of its soldiers sent to the Kursk region
  // have been killed": a participle's phrase that says which.
  if (tokens[from]?.norm === 'of' || tokens[from]?.norm === 'from' || WHICH_PARTICIPLES.has(tokens[from]?.norm ?? '')) {
    let k = from + 1;
    // The phrase ends at its verb: an auxiliary ("were killed") or one that needs none ("from his unit died").
    const verb = (t: Token, k: number) => AUXILIARIES.has(t.norm) || CASUALTY_VERBS_AFTER_ASIDE.has(t.norm) || gaveTheirLives(tokens, k);
    // Words, and the ordinals that name units ("from the 47th Brigade").
    const inPhrase = (t: Token) => t.kind === 'word' || t.text === '-' || (t.kind === 'num' && /^(st|nd|rd|th)$/.test(t.suffix));
    while (k < Math.min(tokens.length, from + 8) && inPhrase(tokens[k]) && !verb(tokens[k], k)) k++;
    if (k > from + 1 && tokens[k]?.kind === 'word' && verb(tokens[k], k)) from = k;
  }
  if (gaveTheirLives(tokens, from)) return true;
  let limit = Math.min(tokens.length, from + 9);
  let sawAuxiliary = false;
  let sawOther = 0;
  for (let i = from; i < limit; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      if (t.text === ',' && !sawAuxiliary) {
        // "4,000 soldiers, roughly a third of those sent, have been killed": skip an aside between commas.
        let close = i + 1;
        while (close < i + ASIDE_LIMIT + 1 && close < tokens.length && tokens[close].text !== ',' && tokens[close].text !== '.') close++;
        // Only a true aside: no count of its own inside, and the clause picks up again with its verb.
        const resumes = tokens[close + 1]?.kind === 'word' && AUXILIARIES.has(tokens[close + 1].norm);
        // "23 civilians, among them a monk aged 12, died", "…, including two children, were killed": the
        // casualty verb right after the aside, which then may hold a part of the count.
        let verb = close + 1;
        while (verb < close + 3 && tokens[verb]?.kind === 'word' && AUXILIARIES.has(tokens[verb].norm)) verb++;
        const dies = tokens[verb]?.kind === 'word' && (CASUALTY_VERBS_AFTER_ASIDE.has(tokens[verb].norm) || (verb > close + 1 && CASUALTY_PARTICIPLES.has(tokens[verb].norm)));
        const countInside = tokens.slice(i + 1, close).some((x, k, all) => (x.kind === 'num' && all[k + 1]?.text !== '%' && all[k + 1]?.norm !== 'percent') || CASUALTY_WORDS.has(x.norm));
        if (tokens[close]?.text === ',' && close - i <= ASIDE_LIMIT && (dies || (resumes && !countInside))) {
          limit = Math.min(tokens.length, limit + (close - i));
          i = close;
          continue;
        }
      }
      if (t.text === '(' || t.text === ')' || t.text === '—' || (t.text === ',' && (sawAuxiliary || sawOther === 0))) continue;
      return false;
    }
    if (t.kind !== 'word') return false;
    // "sent more than ten thousand young soldiers to die for Putin", "expected to be killed": a purpose or a fear,
    // not a toll.
    if (CASUALTY_WORDS.has(t.norm) && (tokens[i - 1]?.norm === 'to' || (tokens[i - 1]?.norm === 'be' && tokens[i - 2]?.norm === 'to'))) return false;
    if (CASUALTY_WORDS.has(t.norm) && t.norm !== 'suffering' && t.norm !== 'suffered') {
      // "sinking four and killing at least eight seafarers": a casualty verb before a count of its own is that count's.
      if (startsCount(tokens, i + 1)) return false;
      // "a regiment of 2,000 men lost a third of its strength": the count is what lost a share, not what was lost.
      if (LOSS_FORMS.has(t.norm) && losesAShare(tokens, i + 1)) return false;
      // "Millions more have lost their homes": what was lost is named, and it is not their lives.
      if (LOSS_FORMS.has(t.norm) && /^(their|his|her|our)$/.test(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.kind === 'word' && !/^(lives|life)$/.test(tokens[i + 2].norm)) return false;
      return sawOther === 0 || sawAuxiliary;
    }
    // "1,030 Russian soldiers were put out of action", "4,000 troops are out of action".
    if (/^(put|taken|knocked)$/.test(t.norm) && outOfAction(tokens, i + 1)) return true;
    if (sawAuxiliary && outOfAction(tokens, i)) return true;
    // "2,000 north koreans got killed": the passive of speech.
    if (AUXILIARIES.has(t.norm) || /^(got|get|gets|getting|gotten)$/.test(t.norm)) sawAuxiliary = true;
    else if (!PREDICATE_FILLERS.has(t.norm)) {
      if (sawAuxiliary || ++sawOther > 3) return false;
    }
  }
  return false;
}

const BRIDGES = new Set([
  'in', 'the', 'lower', 'higher', 'is', 'was', 'are', 'were', 'there', 'numbering', 'number', 'numbered', 'totalling', 'totaling', 'totalled', 'of', 'from', 'each', 'at', 'to', 'between',
  // Spoken hedges between a noun and its count: "The dead alone, maybe a thousand".
  'alone', 'maybe', 'perhaps',
]);
/** Verbs that put a count on a subject named before them: "losses stand at 4,200", "puts the dead at 4,700". */
const MEASURE_VERBS = new Set([
  'stand', 'stands', 'stood', 'total', 'totals', 'totalled', 'totaled', 'number', 'numbers', 'numbered', 'reach', 'reached',
  'reaches', 'exceed', 'exceeds', 'exceeded', 'top', 'tops', 'topped', 'hit', 'hits', 'rose', 'risen', 'climbed', 'put', 'puts',
  'putting', 'place', 'places', 'placed', 'size', 'sizes', 'sized', 'sizing', 'assessed', 'assess', 'assesses', 'reckoned',
  'judged', 'calculated', 'estimate', 'estimates', 'estimated', 'peg', 'pegs', 'pegged', 'count', 'counted',
  'reckon', 'reckons', 'reckoning', 'estimating', 'assessing', 'pegging', 'placing', 'judge', 'judges', 'calculates', 'calculate',
  'passed', 'surpassed', 'crossed', 'neared', 'approached', 'approaching', 'stands', 'grew', 'climbed',
  // Headlines speak in the present: "RUSSIAN LOSSES PASS 1 MILLION".
  'pass', 'passes', 'surpass', 'surpasses', 'cross', 'crosses', 'near', 'nears', 'approach', 'approaches', 'rise', 'rises',
  'climb', 'climbs', 'grow', 'grows', 'swell', 'swells',
  // An estimate revised to a count: "North Korean casualties were revised down to 3,000".
  'revised', 'raised', 'lowered', 'upgraded', 'downgraded', 'adjusted', 'corrected', 'upped',
  // A count that changed "to" a figure ends there: "troop numbers had swelled to 110,000".
  'swelled', 'swollen', 'grown', 'increased', 'jumped', 'surged', 'soared', 'fell', 'fallen', 'dropped', 'declined',
  'shrank', 'shrunk', 'amount', 'amounts', 'amounted', 'reaching', 'topping', 'exceeding', 'hitting', 'rising',
  'climbing', 'standing', 'totalling', 'totaling', 'numbering',
  // "KIA/WIA is sitting around 4.7k", "losses hover near 1,000 a day".
  'sit', 'sits', 'sat', 'sitting', 'hover', 'hovers', 'hovered', 'hovering',
  // "tallies of the mobilisation already run above 500,000".
  'run', 'runs', 'ran', 'running',
  // "Russia's casualties in December averaged 1,523 a day".
  'average', 'averages', 'averaged', 'averaging',
  // Estimates that span a range: "estimates of casualties ranged from 4,000 to 4,700".
  'range', 'ranged', 'ranges', 'ranging', 'vary', 'varied', 'varies', 'varying',
]);

/** Pronouns a verb of estimating puts at a count: "put them at a million", "puts it at 4,700". */
const FIGURE_OBJECTS = new Set(['them', 'it', 'that', 'this', 'those']);

/** Verbs that bring what they name to a count: "lift its personnel to 15,000", "bringing the total to 970,000". */
const CAUSATIVE_VERBS = new Set([
  'lift', 'lifts', 'lifted', 'lifting', 'bring', 'brings', 'brought', 'bringing', 'raise', 'raises', 'raised', 'raising',
  'take', 'takes', 'took', 'taking', 'push', 'pushes', 'pushed', 'pushing', 'boost', 'boosts', 'boosted', 'boosting',
]);

/** Subjects that name a body of troops, never a count's own noun ("the 2022 mobilisation" is a year's): "tallies
 * of the mobilisation already run above 500,000". */
const BODY_SUBJECTS: ReadonlyMap<string, NounSense> = new Map([
  ...['mobilisation', 'mobilization', 'call-up'].map((w) => [w, { category: 'troops', unit: 'people', kind: 'reservists' }] as const),
  // "put the Russian grouping in Ukraine at about 700,000".
  ...['grouping', 'groupings'].map((w) => [w, { category: 'troops', unit: 'people' }] as const),
  // "Further waves numbering tens of thousands could follow", "the contingent totals about 11,000".
  ...['wave', 'waves', 'contingent', 'contingents', 'rotation', 'rotations', 'echelon', 'echelons'].map((w) => [w, { category: 'troops', unit: 'people' }] as const),
  // "the real deployment was ~11k".
  ...['deployment', 'deployments'].map((w) => [w, { category: 'troops', unit: 'people' }] as const),
]);

/** Subjects that name a count of casualties without a casualty word of their own: "the death toll rose to 35". */
const TOLL_WORDS = new Set(['toll', 'death']);
/** Prepositions that open a phrase qualifying a subject: "losses among", "deaths in", "casualties of". */
const QUALIFYING_PREPOSITIONS = new Set(['among', 'amongst', 'in', 'of', 'within', 'inside', 'from']);

/** Participles of people sent somewhere: "the number deployed", "the total sent". */
const DEPLOYED_PARTICIPLES = new Set(['deployed', 'sent', 'dispatched', 'stationed', 'serving', 'mobilised', 'mobilized', 'committed']);

/** The subject of a measuring clause: the nearest count noun or casualty word before `from`, within the clause. */
function subjectNoun(tokens: Token[], from: number): { sense: NounSense; casualty: boolean; civilians: boolean; tollOnly: boolean } | null {
  let sense: NounSense | null = null;
  let casualty = false;
  let civilians = false;
  // Only "toll" or "death" said the count is of casualties: no word said whose.
  let tollOnly = false;
  for (let i = from; i >= 0 && from - i < 16; i--) {
    const t = tokens[i];
    // A full stop inside a date ("24.02.2022") ends no clause.
    const inNumber = t.text === '.' && touching(tokens[i - 1], t) && touching(t, tokens[i + 1]);
    // ...nor does an abbreviation's: "Reservists incl. Red Guards: 7.6 million".
    const abbreviated = t.text === '.' && tokens[i - 1]?.kind === 'word' && touching(tokens[i - 1], t) && isAbbreviation(tokens[i - 1].norm);
    if (t.kind === 'punct' && (t.text === ';' || (t.text === '.' && !inNumber && !abbreviated) || t.text === ':' || t.text === '?')) break;
    // "… have been killed by the junta, while the UN estimates 3.5 million people are displaced".
    if (t.kind === 'word' && (t.norm === 'while' || t.norm === 'whereas')) break;
    if (t.kind !== 'word') continue;
    // "… to replace losses, …, taking the number deployed since last year to around 15,000": a figure noun that a
    // participle of sending follows says what is counted, whatever came before it.
    if (!sense && !casualty && FIGURE_NOUNS.has(t.norm) && DEPLOYED_PARTICIPLES.has(tokens[i + 1]?.norm ?? '')) return { sense: { category: 'troops', unit: 'people' }, casualty: false, civilians: false, tollOnly: false };
    if (CASUALTY_WORDS.has(t.norm)) {
      casualty = true;
      tollOnly = false;
    } else if (TOLL_WORDS.has(t.norm) && !casualty) casualty = tollOnly = true;
    if (t.norm === 'civilians' || t.norm === 'civilian') civilians = true;
    // ("their wave assaults": a way of attacking, not a body of troops.)
    const s = nounSense(t.norm) ?? (/^(assaults?|attacks?|tactics)$/.test(tokens[i + 1]?.norm ?? '') ? undefined : BODY_SUBJECTS.get(t.norm));
    // "Evacuation vehicles in service: 6": hardware of peace counts no arms.
    if (!sense && s?.kind && PEACETIME_KINDS.has(s.kind) && CIVILIAN_HARDWARE.has(tokens[i - 1]?.norm ?? '')) return null;
    if (!sense && s && (s.category || s.casualtyOnly)) sense = s;
    // "Ukrainian cities struck by North Korean missiles: 14": what acted on the subject is not what it counts.
    if (sense && !casualty && t.norm === 'by' && i < from) {
      sense = null;
      continue;
    }
    if (sense && !casualty && i < from - 1 && (t.norm === 'the' || PHRASE_STOPS.has(t.norm)) && sense.category) {
      // "Casualties among the North Korean contingent have topped 6,000": the noun found is inside a phrase that
      // qualifies the subject's head, which says what is counted.
      // "casualties of its soldiers": a possessive stands where "the" would.
      let j = t.norm === 'the' || /^(its|their|his|her|our)$/.test(t.norm) ? i - 1 : i;
      if (tokens[j]?.kind === 'word' && QUALIFYING_PREPOSITIONS.has(tokens[j].norm)) j--;
      const head = tokens[j];
      // Losses "in the 155th brigade" are of people, whatever unit the brigade is counted in.
      if (j < i && head?.kind === 'word' && (CASUALTY_WORDS.has(head.norm) || TOLL_WORDS.has(head.norm))) return { sense: { category: 'casualties', unit: 'people' }, casualty: true, civilians, tollOnly: false };
      break;
    }
  }
  if (!sense && !casualty) return null;
  return { sense: sense ?? { category: 'casualties', unit: 'people' }, casualty, civilians, tollOnly: tollOnly && !sense?.category };
}

/** The kind a noun gives a count: "men" and "North Koreans" say who, not what kind of troops. */
export const countedKind = (sense: Pick<NounSense, 'kind'>) => (sense.kind === 'demonym' ? undefined : sense.kind);

/** Whether tokens[k] opens "out of action": people a war has taken from the fight, a toll. */
export const outOfAction = (tokens: readonly Token[], k: number) => tokens[k]?.norm === 'out' && tokens[k + 1]?.norm === 'of' && tokens[k + 2]?.norm === 'action';

/** Whether a plural noun the lexicon does not know follows the count: "32 allies", "3 matches", "two security sources". */
function countsUnknownNoun(tokens: Token[], q: Quantity): boolean {
  // ("put North Korea's artillery at around 8,000 pieces": "pieces", "units" and "systems" count what was named before.)
  const unknownPlural = (t: Token | undefined) => t?.kind === 'word' && /[^s]s$/.test(t.norm) && !nounSense(t.norm) && !PHRASE_STOPS.has(t.norm) && !COMPOUND_TAILS.has(t.norm);
  const after = tokens[q.last];
  if (unknownPlural(after)) return true;
  // "two security sources", "80,000 hijacked home routers": unknown words before an unknown plural are a compound of
  // their own.
  const unknownWord = (t: Token | undefined) => t?.kind === 'word' && /^[a-z]+$/.test(t.text) && !nounSense(t.norm) && !PHRASE_STOPS.has(t.norm);
  return unknownWord(after) && (unknownPlural(tokens[q.last + 1]) || (unknownWord(tokens[q.last + 1]) && unknownPlural(tokens[q.last + 2])));
}

/** The "(" that the ")" at tokens[close] closes, within a short aside with no count of its own, or -1. */
function openingBracket(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - 12; k--) {
    if (tokens[k].text === '(') return k;
    if (tokens[k].kind === 'num' || tokens[k].text === ')') return -1;
  }
  return -1;
}

/** Prepositions that open a place phrase after a subject's head: "losses in Kursk", "troops near Pokrovsk". */
const PLACE_PREPOSITIONS = new Set(['in', 'inside', 'near', 'around', 'at', 'on', 'among']);
/** Casualty words that can head a subject: "losses … were 5,000". */
const CASUALTY_NOUNS = new Set(['losses', 'casualties', 'deaths', 'fatalities', 'dead', 'toll']);

/** Bodies of troops whose size a copula may give: "the Russian grouping inside Ukraine is now about 695,000". */
const BODIES_OF_A_SIZE = new Set(['contingent', 'contingents', 'grouping', 'groupings', 'force', 'forces', 'army', 'garrison', 'deployment', 'presence']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained']);
/** Modal verbs: "will be no more than 6,000", "could be coming". */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can']);
/** Adverbs between a copula and its count: "is now about 695,000". */
const COPULA_ADVERBS = new Set(['now', 'currently', 'still', 'already', 'reportedly', 'roughly', 'likely', 'probably', 'just', 'only']);

/**
 * Where the copula stands that gives a count to its subject, or -1: a subject headed by a counted noun ("North
 * Korean losses in Kursk were 5,000"), or a body of troops given its size ("The contingent is now some 11,000", "RU
 * grouping inside UA now ≈ 695k", where "≈" says "is about"). "The soldiers' pay is 2,000" is no count.
 */
function bodyCopula(tokens: Token[], first: number): number {
  let k = first - 1;
  if (tokens[first]?.text === '≈') k = first;
  else {
    // "losses … were 'fewer than 500'": quotation marks around the count.
    while (k >= 0 && (COPULA_ADVERBS.has(tokens[k].norm) || QUOTE_MARKS.has(tokens[k].text))) k--;
    // "the next dispatch of troops will be no more than 6,000": a modal's copula.
    if (tokens[k]?.norm === 'be' && MODALS.has(tokens[k - 1]?.norm ?? '')) k--;
    // "North Korean casualties in Russia now about 4,700": a headline's "now" stands for its copula.
    else if (tokens[k + 1]?.norm === 'now' && tokens[k]?.kind === 'word' && !COPULAS.has(tokens[k].norm)) k++;
    else if (!COPULAS.has(tokens[k]?.norm ?? '')) return -1;
  }
  // "North Korean losses in Kursk were 5,000": a counted head before one place phrase; "the soldiers' pay" is none.
  // "Russian losses since the start of the full-scale invasion are now close to one million": or one phrase of time.
  let head = k - 1;
  for (let j = head; j >= 0 && j >= k - 9; j--) {
    if (tokens[j].kind !== 'word' && tokens[j].text !== '-') break;
    if ((PLACE_PREPOSITIONS.has(tokens[j].norm) && j >= k - 4) || tokens[j].norm === 'since') {
      head = j - 1;
      break;
    }
  }
  const noun = tokens[head];
  if (noun?.kind === 'word' && !noun.possessive && (CASUALTY_NOUNS.has(noun.norm) || nounSense(noun.norm)?.category)) return k;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const t = tokens[j];
    if ((t.kind === 'num' && !isYearLike(t)) || (t.kind === 'punct' && t.text !== ',' && t.text !== "'" && t.text !== '’')) return -1;
    // "The army's budget is …": a body that owns the subject is not its head.
    if (BODIES_OF_A_SIZE.has(t.norm)) return t.possessive ? -1 : k;
  }
  return -1;
}

/** The body a count is "of": "an army of 100,000", "a second call-up of, say, 500,000". */
function bodyOf(tokens: Token[], first: number): string | null {
  let k = first - 1;
  if (tokens[k]?.text === ',' && isSayAside(tokens, k - 1)) k -= 3;
  // "further waves of just 5,000 at a time".
  if (tokens[k]?.norm === 'just' || tokens[k]?.norm === 'only' || tokens[k]?.norm === 'merely') k--;
  // "a force north of 600,000", "an army in excess of 1 million": the qualifier holds the "of".
  if (BODY_BEFORE.has(tokens[k]?.norm ?? '') && (tokens[first + 1]?.norm === 'of' || tokens[first + 2]?.norm === 'of')) return tokens[k].norm;
  if (tokens[k]?.kind !== 'word' || tokens[k].norm !== 'of') return null;
  const word = tokens[k - 1]?.norm === 'up' && tokens[k - 2]?.text === '-' && tokens[k - 3]?.norm === 'call' ? 'call-up' : (tokens[k - 1]?.norm ?? '');
  return BODY_BEFORE.has(word) ? word : null;
}

/**
 * Whether tokens[k] is a copula's "up" or "down", which measures a change: "troop numbers in Ukraine are up 40,000",
 * "that's up forty thousand since last November".
 */
export function upOrDownAfterCopula(tokens: readonly Token[], k: number): boolean {
  const copula = tokens[k - 1];
  if (!copula || (tokens[k]?.norm !== 'up' && tokens[k]?.norm !== 'down')) return false;
  return COPULAS.has(copula.norm) || /^(that|it)['’]s$/i.test(copula.text);
}

/** Words a speaker sets between commas before a count: "of, say, 500,000", "was, what, eleven, twelve thousand?". */
const SPOKEN_ASIDES = new Set(['say', 'what', 'uh', 'um', 'er', 'erm', 'like']);
/** Words before "number", "count" or "estimate" that make it a noun: "a higher number, closer to 6,000". */
const NOUN_MAKERS = new Set(['higher', 'lower', 'larger', 'smaller', 'bigger', 'different', 'similar', 'latest', 'new', 'own', 'official', 'real', 'true', 'actual', 'final']);
/** Whether the measuring verb at tokens[k] stands as a noun, after a determiner, an adjective or a possessive. */
const usedAsNoun = (tokens: Token[], k: number) => {
  const before = tokens[k - 1];
  return !!before && (DETERMINERS.has(before.norm) || NOUN_MAKERS.has(before.norm) || !!before.possessive);
};

/** "a second call-up of, say, 500,000": an example's "say", or a speaker's filler, between commas. */
const isSayAside = (tokens: Token[], i: number) => SPOKEN_ASIDES.has(tokens[i]?.norm ?? '') && tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',';

/**
 * The noun stands before the count: "reinforcements in the tens of thousands", "losses stand at about 4,200",
 * "puts North Korean dead at 4,700", "Drones launched at Kyiv: 728".
 */
function senseBefore(tokens: Token[], q: Quantity): CountSense | null {
  // "troops from 32 allies": a count followed by a noun of its own is not the earlier noun's.
  if (countsUnknownNoun(tokens, q)) return null;
  let i = q.qualifierFirst - 1;
  let bridged = false;
  // "are thought to number around 100,000": a measuring verb may stand among the bridging words.
  let verbAt = -1;
  // "troop numbers inside Ukraine rose by 120,000": "by" bridges a count to the verb of its change.
  // ("rose by 62 overnight to 68,116" reads both counts from the total after "to").
  const upOrDown = (k: number) => upOrDownAfterCopula(tokens, k);
  const changeBy = (k: number) => (tokens[k].norm === 'by' && MEASURE_VERBS.has(tokens[k - 1]?.norm ?? '') && !tokens.slice(q.last, q.last + 3).some((t) => t.norm === 'to')) || upOrDown(k);
  for (;;) {
    // "casualties (killed and wounded) in May were likely around 1,250": an adverb of the copula bridges as it does.
    // ("revised down to 3,000": the direction of a revision.)
    const revisedWay = (k: number) => /^(down|up|downward|upward|downwards|upwards)$/.test(tokens[k].norm) && /^(revised|adjusted)$/.test(tokens[k - 1]?.norm ?? '');
    while (i >= 0 && ((tokens[i].kind === 'word' && (BRIDGES.has(tokens[i].norm) || COPULA_ADVERBS.has(tokens[i].norm) || changeBy(i) || revisedWay(i))) || tokens[i].text === ',' || QUOTE_MARKS.has(tokens[i].text) || isSayAside(tokens, i))) {
      if (verbAt < 0 && ((MEASURE_VERBS.has(tokens[i].norm) && !usedAsNoun(tokens, i)) || upOrDown(i))) verbAt = i;
      i--;
      bridged = true;
    }
    // "Estimates of Russian casualties (killed, wounded, captured or missing) were roughly 970,000": an aside in
    // brackets between the subject and its verb.
    if (bridged && tokens[i]?.text === ')') {
      const open = openingBracket(tokens, i);
      if (open > 0) {
        i = open - 1;
        continue;
      }
    }
    // "brings Russian losses since February 2022 to 970,000": a date phrase between the subject and its count.
    const date = bridged ? datePhraseBefore(tokens, i) : -1;
    if (date < 0) break;
    i = date - 1;
  }
  if (verbAt >= 0) i = verbAt;
  const t = tokens[i];
  if (!t) return null;
  const base = { nounEnd: q.last, phrase: [q.last, q.last] as [number, number] };
  const label = t.kind === 'punct' && (t.text === ':' || t.text === '—' || t.text === '–' || t.text === '|');
  // "losses made up to 4 thsd. people", "made up 4,000": what a translation says for "amounted to".
  const madeUp = (t.norm === 'made' && tokens[i + 1]?.norm === 'up') || (t.norm === 'up' && tokens[i - 1]?.norm === 'made');
  const measuring = t.kind === 'word' && (MEASURE_VERBS.has(t.norm) || madeUp || upOrDown(i));
  // "put the total delivered since 2023 at 6 million": "at" right before the count, a date phrase or not between.
  const putAt = bridged && (tokens[i + 1]?.norm === 'at' || tokens[q.qualifierFirst - 1]?.norm === 'at') && tokens.slice(Math.max(0, i - 14), i + 1).some((w) => MEASURE_VERBS.has(w.norm));
  // "which would lift its personnel in Russia to well above 15,000": what a verb brings to a count is what it counts.
  const bringTo = bridged && tokens[q.qualifierFirst - 1]?.norm === 'to' && tokens.slice(Math.max(0, i - 8), i + 1).some((w) => CAUSATIVE_VERBS.has(w.norm));
  // "The Ukrainians put them at a million": what is counted is the pronoun's, taken up from before; the subject is
  // who estimates.
  // So is "Ukraine's air force put the number at 728": "the number" counts what the sentence before did.
  const object = q.qualifierFirst - 2;
  const figureObject = FIGURE_OBJECTS.has(tokens[object]?.norm ?? '') ? object : FIGURE_NOUNS.has(tokens[object]?.norm ?? '') && !TOLL_WORDS.has(tokens[object].norm) && tokens[object - 1]?.norm === 'the' ? object - 1 : -1;
  if (putAt && tokens[object + 1]?.norm === 'at' && figureObject >= 0 && PUTTING_VERBS.has(tokens[figureObject - 1]?.norm ?? '')) return null;
  const copula = label || measuring || putAt || bringTo ? -1 : bodyCopula(tokens, q.qualifierFirst);
  if (label || measuring || putAt || bringTo || copula >= 0) {
    const subject = subjectNoun(tokens, copula >= 0 ? copula - 1 : i - 1 + ((putAt || bringTo) && !measuring && !label ? 1 : 0));
    if (!subject) return null;
    if (subject.casualty && subject.sense.unit === 'people') {
      // "Millions more have lost their homes: about 3.7 million people are displaced": a count after a label, with
      // a predicate of its own that says they fled, is not the label's toll.
      if (label && namesCivilians(tokens.slice(q.last, q.last + 6))) return null;
      // "Russian losses reached 1,000 a day" names an army's losses; a toll of "people" or a bare death toll does not.
      const warOnly = !subject.civilians && (subject.sense.casualtyOnly === true || subject.tollOnly);
      return { ...base, category: 'casualties', unit: 'people', kind: subject.civilians ? 'civilians' : undefined, warOnly };
    }
    if (!subject.sense.category) return null;
    // "Ukrainians living as refugees abroad: 6.7 million": people of a nation who fled are no troops.
    if (subject.sense.kind === 'demonym' && namesCivilians(tokens)) return null;
    // "an expeditionary corps, initially numbering about 12,000": a formation measured in thousands is sized in people.
    if (subject.sense.unit === 'formations' && q.value.low >= MIN_BODY) return { ...base, category: 'troops', unit: 'people' };
    return { ...base, category: subject.sense.category, unit: subject.sense.unit, kind: countedKind(subject.sense) };
  }
  if (!bridged || t.kind !== 'word') return null;
  // "4,000 killed or wounded of the 11,000 first sent": the whole a toll is taken from is a body of troops.
  if (tokens[q.qualifierFirst - 1]?.norm === 'the' && tokens[q.qualifierFirst - 2]?.norm === 'of' && CASUALTY_WORDS.has(t.norm)) {
    return { ...base, category: 'troops', unit: 'people' };
  }
  const sense = nounSense(t.norm);
  // "Of those mobilised, tens of thousands have since been killed": a part of a body of troops that the count's
  // own verb kills or wounds is a toll.
  if (sense?.category === 'troops' && sense.unit === 'people' && casualtyAfter(tokens, q.last)) return { ...base, category: 'casualties', unit: 'people' };
  return sense?.category ? { ...base, category: sense.category, unit: sense.unit, kind: countedKind(sense) } : null;
}

/** What "units of" a count name when they are no weapon of a kind: "units of military equipment". */
const HARDWARE_WORDS = new Set(['equipment', 'hardware', 'materiel', 'matériel']);

/**
 * Whether the count's clause is about an army's losses named as its subject further back: "Losses of the DPRK
 * contingent have reached 4 thousand people", "Total casualties of North Korean army is estimated 4 thousand 700
 * persons" count soldiers, not the people of a strike.
 */
function lossesSubject(tokens: Token[], first: number): boolean {
  // (As far back as a measuring clause's subject is looked for: "the losses of the occupiers since the beginning of
  // the full-scale invasion at approximately 1 million 130 thousand persons".)
  for (let k = first - 1; k >= 0 && k > first - 16; k--) {
    if (tokens[k].norm === 'losses') return true;
    if (tokens[k].norm === 'casualties') return tokens.slice(k + 1, first).some((t) => MILITARY_BODIES.has(t.norm) || nounSense(t.norm)?.category === 'troops');
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',' && tokens[k].text !== "'" && tokens[k].text !== '’' && tokens[k].text !== '-') return false;
  }
  return false;
}

/** Casualty words that stand before a noun as its modifier: "15 wounded soldiers", "40 dead civilians". */
const CASUALTY_MODIFIERS = new Set(['wounded', 'injured', 'dead', 'killed', 'missing', 'captured', 'fallen', 'slain', 'maimed']);

/** Bodies of troops a count "in the thousands" sizes: "further waves in the tens of thousands". */
const SIZED_BODIES = new Set(['waves', 'wave', 'contingent', 'contingents', 'reinforcements', 'deployments', 'deployment', 'rotations']);

const DATE_PREPOSITIONS = new Set(['since', 'from', 'in', 'until', 'till', 'through', 'by', 'as']);
const DATE_WORDS = new Set(['early', 'late', 'mid', 'of', 'the', 'end', 'start', 'beginning', '-']);

/** Where a date phrase ending at tokens[end] starts ("since February 2022", "as of late 2024"), or -1. */
function datePhraseBefore(tokens: Token[], end: number): number {
  let i = end;
  let dated = false;
  while (i >= 0 && end - i < 6) {
    const t = tokens[i];
    if (isYearLike(t) || (t.kind === 'word' && MONTHS.has(t.norm))) dated = true;
    else if (t.kind === 'num' && Number(t.norm) <= 31) {
      // A day of the month: "since 24 February 2022".
    } else if (!DATE_WORDS.has(t.norm) && !DATE_WORDS.has(t.text)) break;
    i--;
  }
  return dated && i >= 0 && tokens[i].kind === 'word' && DATE_PREPOSITIONS.has(tokens[i].norm) ? i : -1;
}

/** Words of a speaker's hedge set off by commas: "lost, I don't know, thirty, forty men", "had, what, 50,000". */
const SPOKEN_HEDGE_WORDS = new Set([
  'know', 'think', 'say', 'guess', 'reckon', 'believe', 'suppose', 'what', 'maybe', 'perhaps', 'roughly',
  // Whose figure it is, said between commas: "lost, in his words, not more than 1,500 men", "by Kyiv's count".
  'words', 'count', 'estimate', 'reckoning', 'tally', 'account',
]);

/** Where the words before a spoken hedge end ("lost" in "lost, I don't know, thirty"), or -1 when none stands before `at`. */
function beforeSpokenHedge(tokens: Token[], at: number): number {
  if (tokens[at - 1]?.text !== ',') return -1;
  let hedge = false;
  for (let k = at - 2; k >= Math.max(0, at - 7); k--) {
    const t = tokens[k];
    if (t.text === ',') return hedge && k > 0 ? k : -1;
    if (t.kind !== 'word' && t.text !== "'" && t.text !== '’') return -1;
    if (SPOKEN_HEDGE_WORDS.has(t.norm)) hedge = true;
  }
  return -1;
}

/** A casualty verb just before the count: "killed 11 civilians", "has lost nearly one million". */
function casualtyBefore(tokens: Token[], before: number): boolean {
  // "took the lives of 14 civilian people", "claimed the lives of 30"; "the executions of at least 79 servicemen".
  if (tokens[before - 1]?.norm === 'of' && FATES_OF.has(tokens[before - 2]?.norm ?? '')) return true;
  const hedged = beforeSpokenHedge(tokens, before);
  if (hedged > 0) before = hedged;
  for (let i = before - 1, steps = 0; i >= 0 && steps < 4; i--, steps++) {
    const t = tokens[i];
    // "lost 12 tanks and 300 men": the verb before a list's first item is every item's.
    if (steps === 0 && t.norm === 'and') {
      const item = previousItem(tokens, i);
      return item >= 0 && casualtyBefore(tokens, item);
    }
    // "had lost \"over 65,000 servicemen\"": a quotation opened before the count is the verb's object.
    if (steps === 0 && QUOTE_MARKS.has(t.text)) continue;
    if (t.kind !== 'word') return false;
    if (CASUALTY_WORDS.has(t.norm)) return true;
    // "the battle that cost Wagner 20,000 men", "cost Russia dearly, some 20,000 dead": what a battle cost a side.
    if (COSTING.has(t.norm) || (/^[A-Z]/.test(t.text) && COSTING.has(tokens[i - 1]?.norm ?? ''))) return true;
    // "a new exchange …, freeing 84 Russian servicemen": soldiers freed in a swap were prisoners.
    if (FREEING.has(t.norm) && tokens.some((w) => SWAPS.has(w.norm))) return true;
    if (!PRECEDING_FILLERS.has(t.norm)) return lossVerbBeforeAdverbial(tokens, before);
  }
  return false;
}

/** Verbs of loss a translated bulletin sets a time or place between and its count. */
const LOSING_PEOPLE = new Set([
  ...LOSS_FORMS, 'killed', 'killing', 'wounded', 'wounding', 'injured', 'captured', 'eliminated', 'eliminating', 'liquidated',
  'liquidating', 'neutralised', 'neutralized',
]);
const ADVERBIAL_OPENERS = new Set(['in', 'over', 'during', 'on', 'at', 'within', 'across', 'near', 'along', 'since', 'for']);
/** Words of a "when" or "where" phrase: "over the past 24 hours", "in the Kursk direction", "during the day". */
const ADVERBIAL_WORDS = new Set([
  'the', 'a', 'this', 'that', 'past', 'last', 'previous', 'first', 'same', 'one', 'single', 'of', 'and', 'day', 'days',
  'night', 'nights', 'hours', 'hour', 'week', 'weeks', 'month', 'months', 'period', 'course', 'direction', 'directions',
  'sector', 'sectors', 'axis', 'front', 'area', 'areas', 'region', 'oblast', 'district', 'battles', 'fighting', 'combat',
  'clashes', 'operation',
]);

/**
 * "the enemy lost in the Kursk direction over the day 400 soldiers": a loss verb, then a phrase of when or where,
 * then the count, as translated bulletins order them. Names (capitalised) and a number of hours or days may stand
 * in it.
 */
function lossVerbBeforeAdverbial(tokens: Token[], before: number): boolean {
  for (let i = before - 1; i >= Math.max(1, before - 10); i--) {
    const t = tokens[i];
    const word = t.kind === 'word' && (ADVERBIAL_WORDS.has(t.norm) || ADVERBIAL_OPENERS.has(t.norm) || /^[A-Z]/.test(t.text));
    const span = t.kind === 'num' && /^(hours|days|weeks)$/.test(tokens[i + 1]?.norm ?? '');
    if (!word && !span) return false;
    // The phrase holds more than its opener: in "images captured on 3 and 11 September" the number is the phrase's.
    if (ADVERBIAL_OPENERS.has(t.norm) && LOSING_PEOPLE.has(tokens[i - 1].norm)) return i < before - 1;
  }
  return false;
}

/** What befalls the people counted after "of": "the lives of 30", "the executions of 79", "the bodies of 909". */
const FATES_OF = new Set([
  'lives', 'executions', 'execution', 'killing', 'killings', 'deaths', 'murder', 'murders', 'capture', 'bodies', 'remains',
  'graves', 'burial', 'burials', 'torture',
]);
const COSTING = new Set(['cost', 'costs', 'costing']);
const FREEING = new Set(['freed', 'freeing', 'frees', 'released', 'releasing', 'exchanged', 'exchanging', 'swapped', 'swapping', 'repatriated', 'repatriating']);
const SWAPS = new Set(['exchange', 'exchanges', 'swap', 'swaps', 'prisoner', 'prisoners', 'captives', 'captivity', 'pows', 'pow']);

/** Where the count of the list item ending just before `join` starts ("12 tanks" in "12 tanks and 300 men"), or -1. */
function previousItem(tokens: Token[], join: number): number {
  for (let k = join - 1; k >= Math.max(0, join - 4); k--) {
    const t = tokens[k];
    if (t.kind === 'num' || SMALL_NUMBERS.has(t.norm)) return k;
    if (t.kind !== 'word') return -1;
  }
  return -1;
}

/** "strikes by North Korean KN-23 ballistic missiles": the weapon named after a strike noun. */
function weaponAfter(tokens: Token[], from: number): NounSense | null {
  const limit = Math.min(tokens.length, from + 14);
  for (let i = from; i < limit; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text !== '-') return null;
    const sense = weaponSense(tokens, i);
    if (sense?.category === 'munitions' && sense.kind) return sense;
  }
  return null;
}

/** What the word at tokens[i] names, a weapon's designation included ("KN-23s", "Shahed-136"). */
export function weaponSense(tokens: Token[], i: number): NounSense | undefined {
  const t = tokens[i];
  if (t.kind !== 'word') return undefined;
  return nounSense(t.norm) ?? (tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'num' ? DESIGNATED_WEAPONS.get(t.norm) : undefined);
}

/** "Only 25 of the KN-23s … — far fewer than the 82 strikes Kyiv has documented": the weapon named earlier. */
function weaponBefore(tokens: Token[], before: number): NounSense | null {
  for (let i = before - 1; i >= Math.max(0, before - 24); i--) {
    const t = tokens[i];
    if (t.text === ';' || t.text === '.') return null;
    const sense = weaponSense(tokens, i);
    if (sense?.category === 'munitions' && sense.kind) return sense;
  }
  return null;
}

const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORDS);

/**
 * Kinds that reports count apart: what is fired, and the trades of troops. Guns and launchers, by contrast, are
 * counted together.
 */
const SEPARATE_KINDS: ReadonlySet<string> = new Set(['missiles', 'rockets', 'drones', 'bombs', 'shells', 'sappers', 'builders', 'reservists']);

/**
 * "741 drones and missiles", "6,000 engineers and deminers": one count of two kinds, whose kind names both
 * ("drones+missiles") so that it is never judged against a count of either alone. "728 drones and 13 missiles"
 * are two counts.
 */
export function withJoinedKind(tokens: Token[], sense: CountSense): CountSense {
  if (!sense.category || !SEPARATE_KINDS.has(sense.kind ?? '') || !/^(and|or)$/.test(tokens[sense.nounEnd]?.norm ?? '')) return sense;
  for (let k = sense.nounEnd + 1; k < Math.min(tokens.length, sense.nounEnd + 4); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || PHRASE_STOPS.has(t.norm) || NUMBER_WORD_SET.has(t.norm)) return sense;
    const other = nounSense(t.norm);
    if (!other?.category) continue;
    if (other.category !== sense.category || !SEPARATE_KINDS.has(other.kind ?? '') || other.kind === sense.kind) return sense;
    return { ...sense, kind: [sense.kind!, other.kind!].sort().join('+'), nounEnd: k + 1 };
  }
  return sense;
}

/** "along the line of contact", "the contact line": the front, in the words of officials and of translations. */
function namesContactLine(tokens: Token[]): boolean {
  return tokens.some((t, k) => t.norm === 'contact' && ((tokens[k - 1]?.norm === 'of' && tokens[k - 2]?.norm === 'line') || tokens[k + 1]?.norm === 'line'));
}

/** Verbs a count of people comes in a role with: "arrive as replacements", "serve as instructors". */
const ROLE_VERBS = new Set(['arrive', 'arrived', 'arrives', 'arriving', 'serve', 'served', 'serves', 'serving', 'came', 'come', 'comes', 'went', 'go', 'goes', 'deployed', 'sent', 'work', 'worked', 'works', 'fight', 'fought', 'fights', 'joined', 'join', 'joins']);

/** The troops' noun after "<verb> as" following a count ("1,500 more arrive as replacements"), or null. */
function roleAfter(tokens: Token[], from: number): { sense: NounSense; at: number } | null {
  let k = from;
  if (tokens[k]?.norm === 'more') k++;
  if (!ROLE_VERBS.has(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== 'as') return null;
  const role = headNoun(tokens, k + 2);
  return role?.sense.category === 'troops' && role.sense.unit === 'people' ? role : null;
}

/** "sub-units of 1,000 …", "additional contingent — up to 30 thousand …": a count a military body is made of. */
function madeOfPeople(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || (before.norm !== 'of' && before.text !== '—' && before.text !== '–' && before.text !== ':')) return false;
  return MILITARY_BODIES.has(tokens[first - 2]?.norm ?? '');
}

/** The first token at or after `from` that is no auxiliary or adverb of a verb: "had since signed", "are now sent". */
function verbAfter(tokens: Token[], from: number): number {
  let k = from;
  while (k < from + 3 && (AUXILIARIES.has(tokens[k]?.norm ?? '') || /^(now|already|since)$/.test(tokens[k]?.norm ?? ''))) k++;
  return k;
}

/** "336,000 people had signed army contracts", "87 players have joined the armed forces": people who enlisted. */
function enlistedAfter(tokens: Token[], from: number): boolean {
  const k = verbAfter(tokens, from);
  if (!/^(signed|joined|enlisted|volunteered)$/.test(tokens[k]?.norm ?? '')) return false;
  return tokens.slice(k + 1, k + 5).some((t) => /^(army|military|armed|forces|contracts?|ranks)$/.test(t.norm));
}

/** "… persons are dispatched to the Kursk area": people sent to war, their verb right after the noun. */
function dispatchedAfter(tokens: Token[], from: number): boolean {
  const k = verbAfter(tokens, from);
  return k > from && DISPATCHED.has(tokens[k]?.norm ?? '');
}

/** Verbs that send people to war when they come right before the count: "additionally dispatched about 3,000 persons". */
const DEPLOYING = new Set(['dispatched', 'deployed', 'redeployed', 'stationed', 'dispatch', 'deploy', 'dispatches', 'deploys', 'dispatching', 'deploying']);

/**
 * Whether a state sends the counted people to war: a verb of deploying before the count, across one adverb ("North
 * Korea has additionally dispatched"), with a country or an army named before it. A fire service that deploys
 * 300 people to a blaze is none.
 */
function deployedBefore(tokens: Token[], first: number): boolean {
  let k = first - 1;
  // "to dispatch total 6,000 people", "sent another 3,000 men", "sent secretly 1,000".
  if (tokens[k]?.norm.endsWith('ly') || /^(total|another|further|some)$/.test(tokens[k]?.norm ?? '')) k--;
  if (!DEPLOYING.has(tokens[k]?.norm ?? '') || namesCivilians(tokens)) return false;
  const verb = k;
  return findMentions(tokens).some((m) => m.entity.actor && m.last <= verb);
}

/** A sentence that speaks of war by more than a verb of sending, and of nothing civilian: "sent home from the festival" is not. */
function militarySentence(tokens: Token[]): boolean {
  const military = tokens.some((t) => (MILITARY_CONTEXT.has(t.norm) || MILITARY_BODIES.has(t.norm)) && !DISPATCHED.has(t.norm) && t.norm !== 'send');
  return military && !namesCivilians(tokens);
}

/** Category, unit and kind of one quantity, from its noun phrase and the predicate around it. */
export function senseOf(tokens: Token[], q: Quantity, isPartitiveWhole: boolean): CountSense {
  const sense = nounSenseOf(tokens, q, isPartitiveWhole);
  // Rival counts share one noun, which neither is shown with: their figures would overlap.
  const apart = sense.nounEnd > q.last + 1 && ASIDE_MARKS.has(tokens[q.last]?.text ?? '') && rivalAsideNoun(tokens, q)?.at === sense.nounEnd - 1;
  return apart ? { ...sense, apart } : sense;
}

/** Words that follow a noun and open a phrase or clause of their own. */
const AFTER_A_NOUN = new Set(['in', 'into', 'to', 'from', 'of', 'on', 'at', 'near', 'inside', 'across', 'along', 'were', 'are', 'was', 'is', 'have', 'has', 'had', 'who', 'that', 'which', 'and', 'or', 'but', 'would', 'will', 'could', 'may', 'might', 'remain', 'remained', 'stationed', 'deployed', 'sent', 'killed', 'wounded', 'according']);

/** Where "military" stands as the noun of a count at tokens[from] ("700 thousand military in Ukraine"), or -1. */
function militaryAsNoun(tokens: Token[], from: number): number {
  let k = tokens[from]?.norm === 'of' ? from + 1 : from;
  // A side's adjective between: "of Korean military".
  if (k > from && /^[A-Z]/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.norm === 'military') k++;
  if (tokens[k]?.norm !== 'military') return -1;
  // Only as a noun: a clause or a phrase of place goes on after it ("military in Ukraine", "military were sent"),
  // never a noun it modifies ("military construction workers").
  const next = tokens[k + 1];
  return !next || next.kind === 'punct' || AFTER_A_NOUN.has(next.norm) ? k : -1;
}

function nounSenseOf(tokens: Token[], q: Quantity, isPartitiveWhole: boolean): CountSense {
  const none: CountSense = { category: null, unit: 'items', nounEnd: q.last, phrase: [q.last, q.last] };
  // "an artillery force of over 20,000 systems": a force of weapons counts the weapons its modifier names; so does a
  // row labelled by them ("Artillery | one regiment per division | more than 20,000 systems").
  if (COMPOUND_TAILS.has(tokens[q.last]?.norm ?? '')) {
    const label = tokens.findIndex((t) => t.text === ':' || t.text === '|');
    const armsAt = bodyOf(tokens, q.qualifierFirst) ? q.qualifierFirst - 3 : label > 0 && label <= 3 && label < q.qualifierFirst ? label - 1 : -1;
    const arms = armsAt >= 0 ? nounSense(tokens[armsAt].norm) : undefined;
    if (arms?.category === 'munitions') return { ...none, category: 'munitions', unit: 'items', kind: arms.kind, nounEnd: q.last + 1, phrase: [q.last, q.last] };
  }
  // "about 700 thousand military", "11 thsd. of Korean military": translations count servicemen as "military".
  const military = militaryAsNoun(tokens, q.last);
  if (military >= 0) return { ...none, category: 'troops', unit: 'people', nounEnd: military + 1, phrase: [q.last, military] };
  // "about 1.2 million under arms", "600,000 in uniform": people counted by what they bear or wear.
  if ((tokens[q.last]?.norm === 'under' && tokens[q.last + 1]?.norm === 'arms') || (tokens[q.last]?.norm === 'in' && tokens[q.last + 1]?.norm === 'uniform')) {
    return { ...none, category: 'troops', unit: 'people', nounEnd: q.last + 2, phrase: [q.last, q.last + 1] };
  }
  // "Three million in the reserves who can actually shoot", "millions more in the reserves" (but shells, too, are
  // kept "in reserve").
  const inTheReserves = tokens[q.last]?.norm === 'more' ? q.last + 1 : q.last;
  let reserves = tokens[inTheReserves]?.norm === 'in' ? (tokens[inTheReserves + 1]?.norm === 'the' ? inTheReserves + 2 : inTheReserves + 1) : -1;
  // "roughly 600,000 in the regular reserve".
  if (reserves === inTheReserves + 2 && RESERVE_KINDS.has(tokens[reserves]?.norm ?? '')) reserves++;
  if (reserves > 0 && (tokens[reserves]?.norm === 'reserves' || (tokens[reserves]?.norm === 'reserve' && reserves >= inTheReserves + 2))) {
    return { ...none, category: 'troops', unit: 'people', kind: 'reservists', nounEnd: reserves + 1, phrase: [q.last, reserves] };
  }
  // "7,000 units of weapons and military equipment": units of hardware are counted as the hardware; so are "2,000
  // pieces of artillery" and "Eighteen sets of super-large multiple rocket launchers".
  if (/^(units|pieces|sets)$/.test(tokens[q.last]?.norm ?? '') && tokens[q.last + 1]?.norm === 'of') {
    for (let k = q.last + 2; k < Math.min(tokens.length, q.last + 9); k++) {
      let sense = nounSense(tokens[k].norm);
      if (sense?.category === 'munitions' || (tokens[q.last].norm === 'units' && HARDWARE_WORDS.has(tokens[k].norm))) {
        // "multiple rocket launchers": the compound's last noun is its head.
        while (nounSense(tokens[k + 1]?.norm ?? '')?.category === 'munitions') sense = nounSense(tokens[++k].norm);
        const kind = sense?.kind;
        return { category: 'munitions', unit: 'items', kind, nounEnd: k + 1, phrase: [q.last, k], warOnly: kind !== undefined && PEACETIME_KINDS.has(kind) };
      }
      // "units of 170mm self-propelled guns": a calibre and a hyphenated modifier stand before the weapon.
      const modifier = tokens[k].text === '-' || (tokens[k].kind === 'num' && (isCalibreUnit(tokens[k]) || isCalibreUnit(tokens[k + 1]) || isCalibreUnit(tokens[k + 2])));
      if ((tokens[k].kind !== 'word' && !modifier) || sense?.category) break;
    }
  }
  // "further waves in the tens of thousands": bodies of troops sized by the count after "in".
  const sizedAt = tokens[q.qualifierFirst - 1]?.norm === 'the' ? q.qualifierFirst - 2 : q.qualifierFirst - 1;
  // ...or "of": "fresh troops in waves of tens of thousands".
  // ("in rotations of 20 days" counts the days its own noun names.)
  const sizesBody = (tokens[sizedAt]?.norm === 'in' || tokens[sizedAt]?.norm === 'of') && SIZED_BODIES.has(tokens[sizedAt - 1]?.norm ?? '');
  // A noun of its own after the count says what it counts: "a contingent of 11,000 troops" takes its noun below.
  if (sizesBody && nounSense(tokens[q.last]?.norm ?? '') === undefined) return { ...none, category: 'troops', unit: 'people' };
  // "tens of thousands of foreign troops": an order of magnitude takes the noun after "of".
  // "1만 1천 명 (11,000) North Korean soldiers": a count glossed in brackets, its noun after them.
  // "the 600k number for Russian casualties", "the 11,000 figure for North Korean troops": a figure of what
  // "for" or "of" names after it.
  const figureOf = figureNounOf(tokens, q);
  if (figureOf) return figureOf;
  const glossed = tokens[q.last]?.text === ')' && tokens[q.qualifierFirst - 1]?.text === '(' && isGlossed(tokens, q.qualifierFirst - 1);
  // "thousands of troops", and translated text's "640 thousand of military personnel", "12 millions of shells".
  const scaleOf = tokens[q.last]?.norm === 'of' && (q.qualifier === 'vague' || SCALE_WORDS.has(tokens[q.last - 1]?.norm ?? ''));
  // "1,000 people of sappers", "5,000 people of military construction manpower": Korean reporting in translation
  // counts people, then says which.
  const peopleOf = /^(people|persons)$/.test(tokens[q.last]?.norm ?? '') && tokens[q.last + 1]?.norm === 'of' ? headNoun(tokens, q.last + 2) : null;
  const head = (peopleOf?.sense.category === 'troops' ? peopleOf : null) ?? headNoun(tokens, glossed ? q.last + 1 : q.last) ?? (scaleOf ? headNoun(tokens, q.last + 1) : null) ?? keyFigureNoun(tokens, q) ?? rivalAsideNoun(tokens, q);
  // "Among them, 1,000 are mine-clearing personnel": the noun stands after a copula.
  const copula = !head && /^(are|were|is|was)$/.test(tokens[q.last]?.norm ?? '') ? headNoun(tokens, q.last + 1) : null;
  // "Some 1,500 more arrive as replacements", "2,000 serve as instructors": troops by the role they come in.
  const role = !head && !copula ? roleAfter(tokens, q.last) : null;
  if (role) return { ...none, category: 'troops', unit: 'people', kind: countedKind(role.sense), nounEnd: role.at + 1, phrase: [q.last, role.at] };
  if (copula && copula.sense.category) {
    const kind = countedKind(copula.sense);
    return { category: copula.sense.category, unit: copula.sense.unit, kind, nounEnd: copula.at + 1, phrase: [q.last, copula.at] };
  }
  // "11,000 troops, 4,000 of them killed or wounded": what befell a part of the count before is what it counts.
  if (!head && isOfThem(tokens, q) && casualtyAfter(tokens, q.last + 2)) {
    return { ...none, category: 'casualties', unit: 'people', nounEnd: q.last + 2 };
  }
  if (!head) {
    const before = senseBefore(tokens, q);
    if (before) return before;
    // "4,000 of that first contingent have been killed": a part of a body of troops named by a noun alone.
    if (tokens[q.last]?.norm === 'of') {
      let i = q.last + 1;
      while (tokens[i]?.kind === 'word' && (DETERMINERS.has(tokens[i].norm) || tokens[i].norm === 'that')) i++;
      const inner = headNoun(tokens, i);
      // "3,500 of the company's 9,000 sales troops": a part of what is no force is none either.
      if (inner && isPeaceful(tokens, q, inner.sense, inner.at)) return none;
      if (inner && inner.sense.unit === 'people' && (inner.sense.category || inner.sense.casualtyOnly)) {
        if (casualtyAfter(tokens, inner.at + 1)) return { ...none, category: 'casualties', unit: 'people' };
        if (inner.sense.category === 'troops') return { ...none, category: 'troops', unit: 'people', kind: countedKind(inner.sense) };
      }
      // "about 80 of the North Korean missiles", "718 of the drones".
      if (inner?.sense.category === 'munitions') return { ...none, category: 'munitions', unit: 'items', kind: inner.sense.kind, warOnly: PEACETIME_KINDS.has(inner.sense.kind ?? '') };
    }
  }
  if (head) {
    const { sense, at } = head;
    const nounEnd = pairedNounEnd(tokens, at + 1, sense);
    const phrase: [number, number] = [q.last, at];
    const base = { nounEnd, phrase };
    const noun = tokens[head.at].norm;
    // "recruit 1,200 engineers for its artificial intelligence division": engineers a firm hires build no bridges
    // for an army; "rail operators" run trains, not drones.
    if (sense.kind === 'builders' && (namesCivilians(tokens) || tokens.some((t) => WORKPLACE.has(t.norm)))) return { ...none, ...base };
    if (noun === 'operators' && CIVIL_OPERATIONS.has(tokens[at - 1]?.norm ?? '')) return { ...none, ...base };
    // "artillery crews", "tank crews" man weapons; film, cabin and repair crews do not.
    if (noun === 'crews' && nounSense(tokens[at - 1]?.norm ?? '')?.category !== 'munitions') return { ...none, ...base };
    // "two missiles of criticism", "a few shells of abuse": weapons of words are a figure of speech.
    if (sense.category === 'munitions' && tokens[nounEnd]?.norm === 'of' && WORDS_AS_WEAPONS.has(tokens[nounEnd + 1]?.norm ?? '')) return { ...none, ...base };
    // "a 23-man squad", "a 5-man jury": people of a team, not soldiers.
    if (noun === 'man' && tokens[at - 1]?.text === '-' && TEAMS.has(tokens[at + 1]?.norm ?? '')) return { ...none, ...base };
    // "a Falcon 9 rocket", "the Patriot 3 missile": a name, a number and one weapon make a designation, not a count.
    // ("sent Russia 50 Koksan self-propelled guns": a country before the count is who received them.)
    const named = () => findMentions(tokens).some((m) => m.last === q.qualifierFirst && !!m.entity.actor);
    if (sense.category === 'munitions' && at === q.last && q.value.low > 1 && q.qualifier === null && isSingularWeapon(noun) && /^[A-Z]/.test(tokens[q.qualifierFirst - 1]?.text ?? '') && !named()) return { ...none, ...base };
    // "10,000 rockets" at a fireworks festival, "100 rockets" SpaceX launched, "1,500 aerial shells" in a display:
    // rockets and shells of peace.
    if (sense.kind === 'rockets' && tokens.some((t) => CIVIL_ROCKETRY.has(t.norm))) return { ...none, ...base };
    if (sense.kind === 'shells' && tokens.some((t) => FIREWORKS.has(t.norm) || KITCHEN.has(t.norm))) return { ...none, ...base };
    // "Hot chocolate bombs (makes 6)".
    if (sense.kind === 'bombs' && tokens.some((t) => KITCHEN.has(t.norm))) return { ...none, ...base };
    // "A record 728 drones lit up the sky … in the largest light show the city has ever staged".
    if (sense.kind === 'drones' && isDroneShow(tokens) && !tokens.some((t) => WAR_CONTEXT_BUT_DRONES.has(t.norm))) return { ...none, ...base };
    if (isPeaceful(tokens, q, sense, at)) return { ...none, ...base };
    if (STRIKE_WORDS.has(noun)) {
      const weapon = weaponAfter(tokens, nounEnd) ?? weaponAfter(tokens, q.last) ?? weaponBefore(tokens, q.qualifierFirst);
      return weapon ? { ...base, category: 'munitions', unit: 'items', kind: weapon.kind, nounEnd } : { ...none, ...base };
    }
    // "losses … amount to approximately 1 069 000 personnel": a toll measured in people.
    const measuredToll = sense.unit === 'people' && !isPartitiveWhole && senseBefore(tokens, q)?.category === 'casualties';
    // "15 wounded soldiers", "22 missing residents", "two captured North Korean soldiers".
    const modified = tokens.slice(q.last, at).some((t) => CASUALTY_MODIFIERS.has(t.norm));
    const casualty = !isPartitiveWhole && (measuredToll || modified || casualtyAfter(tokens, nounEnd) || casualtyBefore(tokens, q.qualifierFirst));
    if (sense.unit === 'people' && casualty) {
      // "killed 23 people" in a strike counts civilians; "has lost nearly one million people" counts an army's losses.
      const lost = tokens.slice(Math.max(0, q.qualifierFirst - 4), q.qualifierFirst).some((t) => /^(lost|losing|loses|losses)$/.test(t.norm)) || lossesSubject(tokens, q.qualifierFirst);
      const civilians = sense.kind === 'civilians' || (sense.casualtyOnly === true && !lost);
      // Officers hurt in a riot, or men in a crash, are no war's toll: like people, they count where war is spoken of.
      const warOnly = (sense.casualtyOnly === true || ANYONES.has(noun)) && sense.kind !== 'civilians' && !lost;
      return { ...base, category: 'casualties', unit: 'people', kind: civilians ? 'civilians' : undefined, warOnly };
    }
    if (sense.kind === 'workers') {
      // "construction workers have entered Russia on student visas": labourers abroad, not the army's builders.
      const labour = tokens.some((t) => LABOUR_ABROAD.has(t.norm)) && !tokens.slice(q.last, at).some((t) => t.norm === 'military' || t.norm === 'army');
      const military = tokens.slice(q.last, at).some((t) => MILITARY_MODIFIERS.has(t.norm)) && !labour;
      const builders = tokens.slice(q.last, at).some((t) => t.norm === 'construction' || t.norm === 'engineering');
      return military ? { ...base, category: 'troops', unit: 'people', kind: builders ? 'builders' : undefined } : { ...none, ...base };
    }
    if (sense.category === 'munitions' && sense.kind === 'artillery-systems' && noun === 'artillery') {
      return { ...base, category: 'munitions', unit: 'items', kind: 'artillery-systems' };
    }
    // "880,000 people under arms", "a million men in uniform".
    const underArms = (tokens[nounEnd]?.norm === 'under' && tokens[nounEnd + 1]?.norm === 'arms') || (tokens[nounEnd]?.norm === 'in' && tokens[nounEnd + 1]?.norm === 'uniform');
    if (underArms && sense.unit === 'people' && sense.category !== 'casualties') return { ...base, category: 'troops', unit: 'people' };
    // "about 5,000 young people a month" that a junta calls up are conscripts.
    let called = false;
    for (let k = Math.max(0, q.qualifierFirst - 3); k < q.qualifierFirst && !called; k++) called = CONSCRIPTING.has(tokens[k].norm) || callsUp(tokens, k);
    // "Wagner had enlisted about 50,000 prisoners": prisoners a force recruits are its troops, not its captives.
    if (noun === 'prisoners' && called) return { ...base, category: 'troops', unit: 'people' };
    if (sense.kind === 'demonym') {
      // A military word anywhere in the sentence ("When Putin ordered his mobilisation, the Kremlin said it needed
      // 300,000 men"), unless the clause around the noun says they are civilians: a sentence can mention
      // reservists and still count men who fled them.
      const around = tokens.slice(Math.max(0, q.qualifierFirst - 8), Math.min(tokens.length, nounEnd + 8));
      // "an army of 3,000 volunteers" staffing a marathon: the army that sizes the count is a figure of speech.
      const figurative = (k: number) => tokens[k].norm === 'army' && tokens[k + 1]?.norm === 'of' && k < q.qualifierFirst && q.qualifierFirst - k <= 4;
      // ("300,000 men would be called up": a call-up is military too.)
      const calledUp = tokens.some((_, k) => callsUp(tokens, k));
      // ("more than 190,000 men have signed contracts": men who enlisted.)
      const military = (tokens.some((t, k) => MILITARY_CONTEXT.has(t.norm) && !figurative(k)) || namesContactLine(tokens) || calledUp || enlistedAfter(tokens, nounEnd)) && !namesCivilians(around);
      // Men called up in the count's own clause are reservists: "300,000 men would be called up".
      const calledHere = calledUp && tokens.slice(nounEnd, nounEnd + 6).some((_, j) => callsUp(tokens, nounEnd + j));
      return military ? { ...base, category: 'troops', unit: 'people', kind: calledHere ? 'reservists' : undefined } : { ...none, ...base };
    }
    if (sense.casualtyOnly && sense.kind !== 'civilians' && called) {
      return { ...base, category: 'troops', unit: 'people' };
    }
    // "300,000 people were called up then": people called up are reservists.
    const calledAfter = tokens.slice(nounEnd, nounEnd + 5).some((_, j) => callsUp(tokens, nounEnd + j));
    if (sense.casualtyOnly && sense.kind !== 'civilians' && calledAfter) return { ...base, category: 'troops', unit: 'people', kind: 'reservists' };
    const deployed = (dispatchedAfter(tokens, nounEnd) && militarySentence(tokens)) || deployedBefore(tokens, q.qualifierFirst);
    // "The army is about 4,500 people": the people a body of troops numbers are its troops ("a news division
    // reaching billions of people" numbers none).
    const bodyCounted = () => {
      const subject = q.value.high >= MIN_BODY && q.value.high <= MAX_BODY ? senseBefore(tokens, q) : null;
      return subject?.category === 'troops' && subject.unit === 'people';
    };
    if (sense.casualtyOnly && sense.kind !== 'civilians' && (madeOfPeople(tokens, q.qualifierFirst) || enlistedAfter(tokens, nounEnd) || deployed || bodyCounted())) {
      return { ...base, category: 'troops', unit: 'people' };
    }
    if (sense.casualtyOnly || sense.category === null) return { ...none, ...base };
    // "100 merchant ships", "two cargo planes": hardware that is no one's arms.
    if (sense.kind !== undefined && PEACETIME_KINDS.has(sense.kind) && tokens.slice(q.last, at).some((t) => CIVILIAN_HARDWARE.has(t.norm))) return { ...none, ...base };
    // "500 delivery drones", "3 camera drones": drones of trade and play.
    if (sense.kind === 'drones' && tokens.slice(q.last, at).some((t) => CIVILIAN_DRONES.has(t.norm))) return { ...none, ...base };
    if (sense.category === 'casualties') return { ...base, category: 'casualties', unit: 'people' };
    return { ...base, category: sense.category, unit: sense.unit, kind: sense.kind, warOnly: sense.kind !== undefined && PEACETIME_KINDS.has(sense.kind) };
  }
  // "its 150,000-strong workforce", "a 2,000-strong crowd": the body named after the count says what it counts.
  if (q.strong && !CIVIL_BODIES.has(tokens[q.last]?.norm ?? '')) return { ...none, category: 'troops', unit: 'people' };
  // "the 11,000-strong force", "an army of 100,000", "a mobilisation of 300,000".
  const body = bodyOf(tokens, q.qualifierFirst);
  // A body is sized in the dozens at least: "the Group of Seven" is a name; "an army of 900 doctoral researchers"
  // counts what its own noun names.
  if (body && q.value.high >= MIN_BODY && !countsUnknownNoun(tokens, q)) {
    return { ...none, category: 'troops', unit: 'people', kind: /mobili|call-up/.test(body) ? 'reservists' : undefined };
  }
  // "eleven thousand in the first wave", "3,000 in the latest rotation": a body of troops a count fills.
  if (tokens[q.last]?.norm === 'in' && q.value.high >= MIN_BODY) {
    let k = q.last + 1;
    while (k < q.last + 4 && tokens[k]?.kind === 'word' && WAVE_MODIFIERS.has(tokens[k].norm)) k++;
    if (tokens[k]?.kind === 'word' && FILLED_BODIES.has(tokens[k].norm)) {
      return { ...none, category: 'troops', unit: 'people', nounEnd: k + 1, phrase: [q.last, k] };
    }
  }
  // "gave a figure of 110,000 for the Russian grouping there": the estimate is of the body named after "for".
  if (FIGURE_NOUNS.has(tokens[q.qualifierFirst - 2]?.norm ?? '') && tokens[q.qualifierFirst - 1]?.norm === 'of' && tokens[q.last]?.norm === 'for') {
    for (let k = q.last + 1; k < Math.min(tokens.length, q.last + 6) && tokens[k].kind === 'word'; k++) {
      if (BODIES_OF_A_SIZE.has(tokens[k].norm) || MILITARY_BODIES.has(tokens[k].norm)) return { ...none, category: 'troops', unit: 'people', nounEnd: k + 1, phrase: [q.last, k] };
    }
  }
  // "lost 3 matches": a count followed by a noun of its own counts that, whatever verb stands around it.
  if (!countsUnknownNoun(tokens, q) && (casualtyAfter(tokens, q.last) || casualtyBefore(tokens, q.qualifierFirst))) return { ...none, category: 'casualties', unit: 'people' };
  // "three million in reserve", "several million more in reserve forces".
  const inAt = tokens[q.last]?.norm === 'more' ? q.last + 1 : q.last;
  if (tokens[inAt]?.norm === 'in' && /^reserves?$/.test(tokens[inAt + 1]?.norm ?? '')) {
    return { ...none, category: 'troops', unit: 'people', kind: 'reservists', nounEnd: inAt + 2 };
  }
  return none;
}

/** Verbs of sending after a count, and the words that show them verbs: "the 11,000 sent last year". */
const SENT_VERBS = new Set(['sent', 'dispatched', 'deployed', 'shipped', 'delivered', 'transferred']);
const PARTICIPLE_TAILS = new Set(['to', 'into', 'in', 'last', 'this', 'earlier', 'by', 'from', 'since', 'during', 'over', 'across', 'at', 'on', 'abroad', 'home', 'there', 'so', 'previously', 'before']);

/** What "missiles of" and "shells of" fire when they are a figure of speech: "two missiles of criticism". */
const WORDS_AS_WEAPONS = new Set([
  'criticism', 'praise', 'protest', 'outrage', 'abuse', 'insults', 'complaints', 'questions', 'anger', 'condemnation',
  'rhetoric', 'disinformation', 'misinformation', 'lies', 'accusations', 'invective', 'tweets', 'emails', 'memes', 'sarcasm',
]);

/** Casualty nouns a figure may be "for": "the 600k number for Russian casualties". */
const TOLL_NOUNS_AFTER = new Set(['casualties', 'losses', 'dead', 'deaths', 'fatalities', 'killed', 'wounded']);

/** What a count followed by a figure noun counts: "the 600k number for Russian casualties" counts casualties. */
function figureNounOf(tokens: Token[], q: Quantity): CountSense | null {
  if (!FIGURE_NOUNS.has(tokens[q.last]?.norm ?? '') || !/^(for|of|on)$/.test(tokens[q.last + 1]?.norm ?? '')) return null;
  for (let k = q.last + 2; k < Math.min(tokens.length, q.last + 6) && tokens[k].kind === 'word'; k++) {
    const phrase: [number, number] = [q.last, k];
    if (TOLL_NOUNS_AFTER.has(tokens[k].norm)) return { category: 'casualties', unit: 'people', nounEnd: k + 1, phrase };
    const sense = nounSense(tokens[k].norm);
    if (sense?.category) return { category: sense.category, unit: sense.unit, kind: countedKind(sense), nounEnd: k + 1, phrase };
    if (sense?.category === null) return null;
  }
  return null;
}

/**
 * Where a counted noun ends with the noun of its kind it is paired with: "810 drones and decoys" is one count of
 * both. A noun with a number of its own ("and 13 missiles") is a count of its own.
 */
function pairedNounEnd(tokens: Token[], end: number, sense: NounSense): number {
  // ("killed or wounded" is a toll's scope, read as such elsewhere.)
  if (!sense.category || sense.category === 'casualties' || !/^(and|or)$/.test(tokens[end]?.norm ?? '') || tokens[end + 1]?.kind !== 'word') return end;
  // Only nouns of one kind: "741 drones and missiles" is a mixed count, "6,000 sappers and builders" two bodies.
  const other = nounSense(tokens[end + 1].norm);
  return other?.category === sense.category && other.unit === sense.unit && other.kind === sense.kind ? end + 2 : end;
}

/**
 * "4,000 of the original 11,000 soldiers were killed": the part takes the sense of the predicate, the whole
 * keeps its own. Returns the index of the partitive's inner quantity, or -1.
 */
export function partitiveWhole(tokens: Token[], q: Quantity, all: readonly Quantity[]): number {
  if (tokens[q.last]?.norm !== 'of') return -1;
  let i = q.last + 1;
  while (i < tokens.length && tokens[i].kind === 'word' && (DETERMINERS.has(tokens[i].norm) || /^(original|initial|first|estimated|reported|roughly|some)$/.test(tokens[i].norm))) i++;
  return all.findIndex((other) => other.qualifierFirst <= i && other.first >= q.last && other.first <= i + 1);
}

/** Words that take a part of a whole: "half of the 11,000", "most of the troops", "20 percent of the 12,000". */
const FRACTION_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths', 'most', 'many', 'some', 'majority', 'minority', 'part', 'portion', 'share', 'percent', 'cent', '%', 'all', 'none', 'each', 'fraction']);

/**
 * Whether `q` is the whole a fraction is taken of ("one in five of the 11,000 soldiers", "half of the 4,000"):
 * what the sentence says happened then happened to the part, not to the whole.
 */
export function wholeOfFraction(tokens: Token[], q: Quantity): boolean {
  let i = q.qualifierFirst - 1;
  while (i >= 0 && tokens[i].kind === 'word' && (DETERMINERS.has(tokens[i].norm) || /^(original|initial|first|estimated|reported)$/.test(tokens[i].norm))) i--;
  if (tokens[i]?.norm !== 'of') return false;
  const before = tokens[i - 1];
  if (!before) return false;
  if (FRACTION_WORDS.has(before.norm) || FRACTION_WORDS.has(before.text)) return true;
  // "one in five of", "1 in 3 of": a ratio.
  return tokens[i - 2]?.norm === 'in' && (before.kind === 'num' || SMALL_NUMBERS.has(before.norm));
}
