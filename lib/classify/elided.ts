// Counts without a noun of their own ("with at least 60 launched", "The correct figure is 11,000.", "Twelve
// million. That is how many shells …"): what they count is lent by the sentence's other figures, a question, the
// sentence before or the one after.
import type { Value } from '../claims/primitives';
import { MONTHS, SMALL_NUMBERS } from '../extract/number-words';
import { QUOTE_MARKS, findQuantities, isYearLike, type Quantity } from '../extract/numbers';
import { type Token, touching } from '../extract/tokenize';
import { type Mention, PUTTING_VERBS, SAYING_VERBS, findMentions, sourceAsideBefore } from './actors';
import { type Caption, senseNamed } from './caption';
import { type CountSense, DETERMINERS, MODALS, callsUp, countedKind, isOfThem, outOfAction, senseOf, weaponSense } from './category';
import { inWarTheatre, namesAParty, namesASide } from './everyday-life';
import { CASUALTY_WORDS, FIGURE_NOUNS, MILITARY_CONTEXT, type NounSense, STRIKE_WORDS, nounSense } from './nouns';

export const isCountNoun = (word: string) => nounSense(word)?.category != null;

/** The words of tokens, as a label or a lent noun gives them to a count: "Russian casualties". */
const wordsOf = (tokens: readonly Token[]) => tokens.filter((t) => t.kind === 'word').map((t) => t.norm);

/** Whether tokens name a side of a war ("Pyongyang", "Kim"), which makes people sent or gone its troops. */
const namesASideIn = (tokens: Token[]) => findMentions(tokens).some(namesASide);

/** Verbs whose "of" reports a figure rather than a thing of its own: "officials speak of up to 12 million". */
const SPEAKING_OF = new Set(['speak', 'speaks', 'spoke', 'speaking', 'talk', 'talks', 'talked', 'talking', 'warn', 'warns', 'warned', 'warning']);
/** Nouns before "of" that name a change or a tally of what the sentence counts: "an increase of forty thousand". */
const TALLY_WORDS = new Set([
  ...FIGURE_NOUNS, 'increase', 'rise', 'drop', 'decline', 'fall', 'surge', 'influx', 'addition', 'reduction', 'loss', 'gain',
  'deployment', 'contingent', 'force', 'army', 'group', 'detachment', 'wave', 'peak', 'peaks', 'high', 'highs', 'low', 'lows',
  'level', 'levels', 'rate',
]);

/** Nouns of a toll, which make a bare count after them in the clause a toll: "while casualties are estimated at 4,000". */
const TOLL_NOUNS = new Set(['casualties', 'losses', 'toll', 'dead', 'fatalities', 'deaths']);

/** Short words that may follow an elided count without being its noun ("60 launched as well"). */
const PHRASE_WORDS = new Set([
  'was', 'has', 'is', 'as', 'its', 'his', 'this', 'thus', 'plus', 'towards', 'afterwards', 'besides', 'us', 'perhaps', 'whereas', 'across',
  // Adverbs that end like plurals: "not the three million sometimes quoted".
  'sometimes', 'always', 'nowadays', 'upwards', 'onwards', 'backwards', 'forwards', 'downwards',
]);

/** Verbs whose bare object is people a strike leaves in want: "leaving millions without heat", "displacing 5,000". */
const LEAVING_VERBS = new Set(['leaving', 'left', 'leave', 'leaves', 'forcing', 'displacing', 'displaced', 'affecting', 'stranding', 'stranded', 'plunging', 'plunged']);
/** Verbs whose bare object is money: "earns billions", "paid 300 million". */
const MONEY_VERBS = new Set(['earn', 'earns', 'earned', 'earning', 'pay', 'pays', 'paid', 'paying', 'cost', 'costs', 'costing', 'spend', 'spends', 'spent', 'spending', 'worth', 'raise', 'raised', 'owe', 'owes', 'owed', 'charge', 'charged', 'fetch', 'fetched', 'budget', 'budgeted']);

/** Quantifiers open another phrase, as determiners do, never a compound noun: "not the 30,000 some headlines". */
const QUANTIFIERS = new Set(['many', 'few', 'several', 'other', 'more', 'most', 'any']);

/** Words between a count and its verb: "3,000 more have been sent". */
const PASSIVE_FILLERS = new Set(['more', 'have', 'has', 'had', 'been', 'were', 'was', 'are', 'being', 'already', 'now', 'reportedly']);

/** Words that take up a figure the sentence before spoke of: "… the number of shells sent. It is about 12 million." */
const FIGURE_PRONOUNS = new Set(['it', 'that', 'this']);

/**
 * What "the number of …" (or total, count, tally) in a sentence counts, and where its phrase ends: "misstated the
 * number of artillery shells".
 */
function numberOf(tokens: Token[]): { sense: CountSense; end: number } | null {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!FIGURE_NOUNS.has(tokens[k].norm) || tokens[k + 1].norm !== 'of') continue;
    let end = k + 2;
    while (end < Math.min(tokens.length, k + 6) && tokens[end].kind === 'word') end++;
    const sense = senseNamed(tokens.slice(k + 2, end));
    if (sense) return { sense: { ...sense, nounEnd: 0, phrase: [0, 0] }, end };
  }
  return null;
}

/**
 * Whether tokens[k] opens the sentence or a clause of it: "It is 11,000", "…; it was 11,000", "…, it's 900,000", or
 * follows only a time phrase: "Last month it was 'only' 110k".
 */
const opensClause = (tokens: Token[], k: number) =>
  k === 0 || tokens[k - 1].text === ',' || tokens[k - 1].text === ';' || tokens.slice(0, k).every((t) => TIME_TAIL.has(t.norm) || SEQUENCE_WORDS.has(t.norm) || isYearLike(t));

/** Words that tell a story's steps before its clause: "Then it was 10,000." */
const SEQUENCE_WORDS = new Set(['then', 'later', 'soon', 'afterwards', 'next', 'and', 'but']);

/** How one figure stands against another: "is lower, at 4,000". */
const COMPARED = /^(higher|lower|larger|smaller|different|bigger|greater|similar|grimmer|starker)$/;
/** Verbs that give a figure's reach: "estimates run as high as 6,000". */
const RUNNING = new Set([
  'run', 'runs', 'ran', 'range', 'ranges', 'ranged', 'go', 'goes', 'went', 'reach', 'reaches', 'reached',
  // "the figure has since risen above 4,000".
  'rise', 'rises', 'rose', 'risen', 'grow', 'grows', 'grew', 'grown', 'climb', 'climbs', 'climbed', 'top', 'tops', 'topped',
  'pass', 'passes', 'passed', 'exceed', 'exceeds', 'exceeded',
]);

/** Nouns of a change in a count: "an increase of 100,000". */
const CHANGE_NOUNS = new Set(['increase', 'rise', 'jump', 'growth', 'drop', 'decline', 'fall', 'decrease']);

/** Verbs that change a figure to a count: "raised its estimate to 3,000". */
const REVISING = new Set(['raised', 'raises', 'raise', 'revised', 'revises', 'revise', 'lowered', 'lowers', 'lower', 'cut', 'cuts', 'upped', 'ups', 'increased', 'increases', 'reduced', 'reduces', 'updated', 'updates', 'adjusted', 'adjusts', 'corrected', 'corrects', 'put', 'puts', 'brought', 'brings', 'took', 'takes']);

/** Whether the count at `first` is what "the (correct) figure is" names. */
function namesTheFigure(tokens: Token[], first: number): boolean {
  let k = first - 1;
  // "it was 'only' 110k".
  while (k > 0 && (QUOTE_MARKS.has(tokens[k].text) || /^(only|just|merely|barely|scarcely)$/.test(tokens[k].norm))) k--;
  // "it's nine hundred thousand": the copula glued to its pronoun.
  if (/^(it|that)['’]s$/i.test(tokens[k]?.text ?? '')) return opensClause(tokens, k);
  // "has given a very different number: about 110,000", "Kyiv's number was higher: roughly 6,000".
  if (tokens[k]?.text === ':') return FIGURE_NOUNS.has(tokens[k - 1]?.norm ?? '') || (/^(higher|lower|larger|smaller|different)$/.test(tokens[k - 1]?.norm ?? '') && figureNounBefore(tokens, k - 1));
  // "An increase of roughly a hundred thousand since last November": a change of the count before.
  // "…, up from its earlier estimate of 3,000": early in its own clause, however long the sentence before it.
  if (tokens[k]?.norm === 'of') return (FIGURE_NOUNS.has(tokens[k - 1]?.norm ?? '') || CHANGE_NOUNS.has(tokens[k - 1]?.norm ?? '')) && earlyInClause(tokens, k - 1);
  // "South Korea's NIS put the figure at around 11,000", "I would put the real figure at 8,000 or more".
  if (tokens[k]?.norm === 'at' && FIGURE_NOUNS.has(tokens[k - 1]?.norm ?? '') && (tokens[k - 2]?.norm === 'the' || (tokens[k - 3]?.norm === 'the' && tokens[k - 2]?.kind === 'word'))) return true;
  // "A Ukrainian officer puts the total lower still, at about five million": a comparison between.
  if (tokens[k]?.norm === 'at') {
    let j = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    if (/^(still|even|yet)$/.test(tokens[j]?.norm ?? '')) j--;
    if (COMPARED.test(tokens[j]?.norm ?? '') && FIGURE_NOUNS.has(tokens[j - 1]?.norm ?? '') && tokens[j - 2]?.norm === 'the' && PUTTING_VERBS.has(tokens[j - 3]?.norm ?? '')) return true;
  }
  // "The British put it north of 6,000", "Seoul puts that at 4,700": the figure before, taken up by a pronoun.
  const putIt = tokens[k]?.norm === 'at' ? k - 1 : k;
  if (FIGURE_PRONOUNS.has(tokens[putIt]?.norm ?? '') && PUTTING_VERBS.has(tokens[putIt - 1]?.norm ?? '')) return true;
  // "UK MoD had it at 6k+ in April".
  if (tokens[k]?.norm === 'at' && FIGURE_PRONOUNS.has(tokens[k - 1]?.norm ?? '') && /^(had|has|have)$/.test(tokens[k - 2]?.norm ?? '')) return true;
  // "British intelligence has put the figure closer to 900,000": a qualifier in place of the "at".
  // ("put the real number nearer 1.2 million": a word that says whose or how true between.)
  if (FIGURE_NOUNS.has(tokens[k]?.norm ?? '')) {
    const the = /^(real|true|actual|official|final|latest|own|correct)$/.test(tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1;
    if (tokens[the]?.norm === 'the' && PUTTING_VERBS.has(tokens[the - 1]?.norm ?? '')) return true;
  }
  // "The Pentagon's estimate is lower, at well over 4,000": the figure compared with the one before, then given.
  if (tokens[k]?.norm === 'at') {
    const j = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    if (COMPARED.test(tokens[j]?.norm ?? '') && /^(is|was|are|were)$/.test(tokens[j - 1]?.norm ?? '')) return figureNounBefore(tokens, j - 1);
  }
  // "though the Ukrainians have a higher number, closer to six": a figure set against another, then given.
  if (tokens[k]?.text === ',' && FIGURE_NOUNS.has(tokens[k - 1]?.norm ?? '') && COMPARED.test(tokens[k - 2]?.norm ?? '')) return true;
  // "claimed a much sharper rise, 100,000 since November": the change, then its size.
  if (tokens[k]?.text === ',' && CHANGE_NOUNS.has(tokens[k - 1]?.norm ?? '')) return true;
  // "Other estimates run as high as 6,000", "Estimates range up to 6,000"; "By December the number had risen to 11,000".
  if (RUNNING.has(tokens[k]?.norm ?? '')) return figureNounBefore(tokens, k);
  // "Estimates of their number ranged from 10,000 to 12,000".
  if ((tokens[k]?.norm === 'to' || tokens[k]?.norm === 'from') && RUNNING.has(tokens[k - 1]?.norm ?? '')) return figureNounBefore(tokens, k - 1);
  // "the NIS raised its own estimate to 3,000", "revised the figure down to 1,100".
  if (tokens[k]?.norm === 'to') {
    let j = k - 1;
    if (/^(up|down|upward|upwards|downward|downwards)$/.test(tokens[j]?.norm ?? '')) j--;
    if (FIGURE_NOUNS.has(tokens[j]?.norm ?? '')) {
      let v = j - 1;
      while (v > j - 4 && tokens[v]?.kind === 'word' && !REVISING.has(tokens[v].norm)) v--;
      if (REVISING.has(tokens[v]?.norm ?? '')) return true;
    }
  }
  if (!/^(is|was|are|were|be|stands|stood)$/.test(tokens[k]?.norm ?? '')) {
    if (tokens[k]?.norm !== 'at' || !/^(stands|stood)$/.test(tokens[k - 1]?.norm ?? '')) return false;
    k--;
  }
  // "It is about 12 million": a pronoun opening the sentence or a clause.
  if (FIGURE_PRONOUNS.has(tokens[k - 1]?.norm ?? '')) return opensClause(tokens, k - 1);
  // A figure noun early in the sentence is the copula's subject, across what qualifies it: "The figure given by
  // South Korea's spy agency was about 4,000", "The latest figure, from June 2025, is roughly 640,000".
  return figureNounBefore(tokens, k);
}

/**
 * Whether tokens[j] stands early in its clause: near the sentence's start, or just after a comma or a clause's
 * opener ("…, though some analysts think the shell figure is closer to 12 million").
 */
function earlyInClause(tokens: Token[], j: number): boolean {
  if (j <= 8) return true;
  for (let c = j - 1; c >= j - 6; c--) {
    const t = tokens[c];
    if (t.text === ',' || t.text === ';' || t.norm === 'that' || CLAUSE_OPENERS.has(t.norm)) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Whether a figure noun early in its clause stands before tokens[k], across what qualifies it. */
function figureNounBefore(tokens: Token[], k: number): boolean {
  const j = figureNounAt(tokens, k);
  return j >= 0 && earlyInClause(tokens, j);
}

/**
 * Where the figure noun stands within FIGURE_NOUN_REACH tokens before tokens[k], across what qualifies it ("the
 * figure given by South Korea's spy agency", "the latest figure, from June 2025,"), or -1.
 */
function figureNounAt(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - FIGURE_NOUN_REACH; j--) {
    const t = tokens[j];
    if (FIGURE_NOUNS.has(t.norm)) return j;
    // "the figure given by Ukraine's commander-in-chief, Oleksandr Syrskyi, was 110,000": a hyphen inside a title.
    const inWord = t.text === '-' && touching(tokens[j - 1], t) && touching(t, tokens[j + 1]);
    if ((t.kind === 'num' && !isYearLike(t)) || (t.kind === 'punct' && t.text !== ',' && t.text !== "'" && t.text !== '’' && !inWord)) return -1;
  }
  return -1;
}

/** How many tokens before its copula a figure noun may stand, across who gave it. */
const FIGURE_NOUN_REACH = 14;

/** Modifiers of a figure noun that name a toll: "the death toll", "the loss estimate". */
const TOLL_MODIFIERS = new Set(['death', 'loss', 'casualty', 'fatality', 'casualties', 'losses']);

/**
 * What the figure noun the count at `first` gives names by its modifier: "the shell figure is closer to 12 million"
 * counts shells, "Seoul's casualty estimate was 4,700" a toll, whatever the sentence counted before.
 */
function modifiedFigure(tokens: Token[], first: number): CountSense | null {
  const modifier = tokens[figureNounAt(tokens, first) - 1];
  if (modifier?.kind !== 'word') return null;
  if (TOLL_MODIFIERS.has(modifier.norm)) return { category: 'casualties', unit: 'people', nounEnd: 0, phrase: [0, 0] };
  const sense = nounSense(modifier.norm);
  return sense?.category ? { category: sense.category, unit: sense.unit, kind: countedKind(sense), nounEnd: 0, phrase: [0, 0] } : null;
}


/** The sense of a heading that names casualties in any words ("Casualties and losses", "KIA/WIA"). */
const CASUALTIES: NounSense = { category: 'casualties', unit: 'people' };

/** The longest sentence that, without a number, passes the subject on: "It did not." */
const SHORT_ASIDE = 8;

/** Verbs of people arriving ("came" and "come" also come down, and to totals). */
const ARRIVING = new Set(['arrived', 'arrive', 'arrives', 'arriving', 'coming', 'followed']);
/** Participles that say a bare count is of people sent to fight. */
const DEPLOYED = new Set(['deployed', 'dispatched', 'stationed', 'mobilised', 'mobilized', 'conscripted', 'drafted', 'sent', 'committed', 'readied', 'trained']);

/** Auxiliaries right after a bare count that make it its clause's subject: "some 24,000 have gone by rail". */
const AUXILIARIES_OF_SUBJECT = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is']);

/** Subjects of a relative clause after a bare count: "the eleven thousand he sent". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it']);

/** Verbs that send a bare count somewhere: "sent 11k to Kursk". */
const SENDING = new Set([
  'send', 'sends', 'sent', 'sending', 'deploy', 'deploys', 'deployed', 'deploying', 'dispatch', 'dispatches', 'dispatched', 'dispatching',
  // "If Kim can spare 30k more for Putin".
  'spare', 'spares', 'spared', 'sparing',
]);

/** Hedges between a count and where it stands: "another 30,000 possibly on the way". */
const WAY_HEDGES = new Set(['more', 'possibly', 'probably', 'likely', 'perhaps', 'maybe', 'reportedly', 'already', 'still', 'now', 'are', 'is', 'were', 'said', 'thought', 'believed', 'to', 'be']);

/** Whether the people counted before `from` are on their way: "in the pipeline", "on the way", "en route". */
function onTheirWay(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < from + 5 && (tokens[k]?.text === ',' || WAY_HEDGES.has(tokens[k]?.norm ?? ''))) k++;
  const [a, b, c] = [tokens[k]?.norm, tokens[k + 1]?.norm, tokens[k + 2]?.norm];
  if (a === 'en' && b === 'route') return true;
  if (a === 'on' && (b === 'the' || b === 'their') && c === 'way') return true;
  return a === 'in' && b === 'the' && c === 'pipeline';
}

/** Verbs of people going to a war, which a question of "how many" asks of troops: "How many went first?". */
const GOING = new Set(['went', 'gone', 'go', 'arrived', 'arrive', 'came', 'fought', 'fight', 'fighting', 'serving', 'served']);

/** Participles of what is done with weapons, after a bare count of them: "~50 delivered", "60 fired". */
const HANDLED_WEAPONS = new Set(['delivered', 'shipped', 'supplied', 'transferred', 'handed', 'received', 'fired', 'launched', 'used', 'expended']);
/** How many lines a fact box's title may stand above the line that counts its weapon. */
const FACT_BOX_LINES = 8;
const endsInStop = (line: readonly Token[]) => /^[.!?]$/.test(line.at(-1)?.text ?? '');
/** What a fact box's line says was done with a weapon: "Fired at Ukraine:", "Sent to Russia:" (what was built is no count a report gives). */
const WEAPON_DEEDS = new Set([...HANDLED_WEAPONS, 'sent', 'exported', 'intercepted', 'destroyed']);

/** The last weapon tokens[0, before) name, a designation included ("the KN-23 numbers"), and where it stands. */
function lastWeapon(tokens: Token[], before: number): { sense: NounSense; at: number; tokens: Token[] } | null {
  for (let k = before - 1; k >= 0; k--) {
    const sense = weaponSense(tokens, k);
    if (sense?.category === 'munitions') return { sense, at: k, tokens };
  }
  return null;
}

/** Verbs of a side holding forces somewhere: "has about 600,000 in Ukraine", "massed 110,000 near Pokrovsk". */
const HOLDING = new Set([
  'has', 'have', 'had', 'keeps', 'keep', 'kept', 'fields', 'field', 'fielded', 'maintains', 'maintain', 'maintained',
  'masses', 'massed', 'amassed', 'concentrated', 'holds', 'held', 'musters', 'mustered', 'gathered', 'stations', 'stationed',
]);

/** Whether a place of the war opens at tokens[k]: a theatre named ("in Ukraine"), the front or the occupied lands. */
function warPlaceAt(tokens: Token[], k: number): boolean {
  if (tokens[k]?.norm === 'the') k++;
  if (/^(front|frontline|front-line|occupied|trenches)$/.test(tokens[k]?.norm ?? '')) return true;
  // ("3,000 in Kyiv hospitals": a place that modifies a noun of its own is no place of troops.)
  const place = findMentions(tokens.slice(k, k + 4)).find((m) => m.first === 0 && !!m.entity.place && inWarTheatre(m.entity.place));
  const after = place ? tokens[k + place.last] : undefined;
  return !!place && !(after?.kind === 'word' && /[^s]s$/.test(after.norm) && !S_WORDS.has(after.norm));
}

/** Verbs of a promise of more: "is promising 30k more". */
const PLEDGING = new Set(['promise', 'promises', 'promised', 'promising', 'pledge', 'pledges', 'pledged', 'pledging', 'offer', 'offers', 'offered', 'offering']);

/** Verbs that are not of casualties: a count after one of these is its object, not another toll. */
const IRREGULAR_VERBS = new Set(['driven', 'made', 'left', 'sent', 'taken', 'given', 'brought', 'kept', 'held', 'seen', 'forced']);
/** Verbs that report a count without changing what it counts: "it regularly listed more than 1,500 a day". */
const REPORTING_VERBS = new Set(['listed', 'reported', 'recorded', 'logged', 'counted', 'claimed', 'registered', 'estimated', 'confirmed', 'tallied', 'cited', 'quoted', 'published', 'announced', 'stated', 'noted', 'added']);
const isOtherVerb = (t: Token) =>
  t.kind === 'word' && !CASUALTY_WORDS.has(t.norm) && !REPORTING_VERBS.has(t.norm) && (IRREGULAR_VERBS.has(t.norm) || (t.norm.length > 3 && t.norm.endsWith('ed') && !nounSense(t.norm)));

/**
 * A list's heading that opens the sentence holding it, before a colon: "Total combat losses of the enemy from
 * 24.02.22 (approximately): personnel — about 1,040,000 (+1,120) persons; tanks — 11,000 (+3)", as a post written
 * on one line gives it. Only when every count stands after the colon.
 */
function inlineHeading(tokens: Token[], quantities: readonly Quantity[]): Token[] | null {
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || quantities.some((q) => q.qualifierFirst < colon)) return null;
  return tokens.slice(0, colon);
}

/** Phrases that open a sentence with what it is about: "As for the shells, …", "When it comes to losses, …". */
const TOPIC_OPENERS = [['as', 'for'], ['as', 'to'], ['as', 'regards'], ['regarding'], ['concerning'], ['when', 'it', 'comes', 'to'], ['in', 'terms', 'of'], ['for'], ['with', 'regard', 'to'], ['turning', 'to']];
/** Words that end a topic without a comma: the speaker who goes on ("For killed and wounded together I'd say"). */
const TOPIC_ENDS = new Set(['i', "i'd", 'we', "we'd", 'they', 'he', 'she', 'you', 'it', 'my', 'our']);
/** The most words a topic holds: "As for North Korea's own dead and wounded". */
const TOPIC_WORDS = 8;

/** What a topic opening the sentence counts, and where the rest of the sentence starts. */
function topicSense(tokens: Token[]): { sense: CountSense; end: number } | null {
  const opener = TOPIC_OPENERS.find((words) => words.every((w, k) => tokens[k]?.norm === w));
  if (!opener) return null;
  let end = opener.length;
  while (end < opener.length + TOPIC_WORDS && tokens[end]?.kind === 'word' && !TOPIC_ENDS.has(tokens[end].norm)) {
    // "On a visit to the troops they …" is about the visit: a topic is one noun phrase ("the number of shells").
    if (PREPOSITIONS.has(tokens[end].norm) && tokens[end].norm !== 'of') return null;
    end++;
  }
  const topic = tokens.slice(opener.length, end);
  if (topic.length === 0 || !(tokens[end]?.text === ',' || TOPIC_ENDS.has(tokens[end]?.norm ?? ''))) return null;
  const named = topic.some((t) => CASUALTY_WORDS.has(t.norm)) ? CASUALTIES : nounSense(topic.at(-1)!.norm);
  if (!named?.category) return null;
  return { sense: { category: named.category, unit: named.unit, kind: countedKind(named), nounEnd: end, phrase: [end, end], labelWords: wordsOf(topic) }, end };
}

/** An infobox's labels, on a line of their own over the lines of counts they name ("Strength" ⏎ "11,000–12,000 (Nov 2024)[3]"). */
const INFOBOX_LABELS: ReadonlyMap<string, NounSense> = new Map([
  ['strength', { category: 'troops', unit: 'people' }],
  ['casualties and losses', CASUALTIES],
  ['casualties', CASUALTIES],
  ['losses', CASUALTIES],
]);

/** What a line must start with, and how long it may be, to be one of those labels. */
const INFOBOX_FIRST_WORDS = new Set([...INFOBOX_LABELS.keys()].map((label) => label.split(' ')[0]));
const INFOBOX_LABEL_TOKENS = 3;

/** What an infobox's label line counts, if the line is one: "Strength", "Casualties and losses". */
export function infoboxLabelSense(line: readonly Token[]): NounSense | undefined {
  // (Asked of every line above a count: most are turned away by their length or first word.)
  if (line.length === 0 || line.length > INFOBOX_LABEL_TOKENS || !INFOBOX_FIRST_WORDS.has(line[0].norm)) return undefined;
  return INFOBOX_LABELS.get(wordsOf(line).join(' '));
}

/** The most words a label before a colon has: "Also the shells:". */
const SHORT_LABEL = 4;

/** A sentence that is a figure alone: "Twelve million." */
export function isFragment(tokens: Token[], quantities: readonly Quantity[]): boolean {
  if (quantities.length !== 1) return false;
  const q = quantities[0];
  // ("First: 110k. That is how many …": a short label may stand before it.)
  return opensSpeech(tokens, q.qualifierFirst) && tokens.slice(q.last).every((t) => t.kind === 'punct');
}

/** The count a "how many …?" question asks about, for the answer that follows it. */
export function askedSense(tokens: Token[]): CountSense | null {
  // "And how much of that is the North Korean contingent?" asks for a count as "how many" does.
  const at = tokens.findIndex((t, k) => t.norm === 'how' && (tokens[k + 1]?.norm === 'many' || tokens[k + 1]?.norm === 'much'));
  if (at < 0) return null;
  // "How many of the North Korean soldiers sent to Russia are held as prisoners?": people the question says were
  // killed, hurt or captured are casualties, wherever it says so.
  // A question of two parts ("How many have gone, and how many have been lost?") is answered part by part: the
  // first part alone says what the first answer counts.
  const next = tokens.findIndex((t, k) => k > at && t.norm === 'how' && tokens[k + 1]?.norm === 'many');
  const end = next < 0 ? tokens.length : next;
  const casualties = tokens.slice(at + 2, end).some((t, k) => CASUALTY_WORDS.has(t.norm) || t.norm === 'prisoners' || outOfAction(tokens, at + 2 + k));
  for (let k = at + 2; k < Math.min(tokens.length, at + 10); k++) {
    const sense = nounSense(tokens[k].norm);
    if (sense?.category && sense.category !== 'casualties' && !(casualties && sense.unit === 'people')) {
      return { category: sense.category, unit: sense.unit, kind: countedKind(sense), nounEnd: 0, phrase: [0, 0] };
    }
    if (sense?.category || (sense?.casualtyOnly && CASUALTY_WORDS.has(tokens[k + 1]?.norm ?? ''))) {
      if (sense.category === 'casualties' || casualties || sense.casualtyOnly) return { category: 'casualties', unit: 'people', nounEnd: 0, phrase: [0, 0] };
    }
  }
  // "How many have they lost overall?": a toll, though the question names no noun.
  if (casualties) return { category: 'casualties', unit: 'people', nounEnd: 0, phrase: [0, 0] };
  // "when Pyongyang first sent soldiers into Russia's Kursk region, how many are we talking about?": the noun the
  // question named before asking.
  const named = tokens.slice(0, at).findLast((t) => t.kind === 'word' && !!nounSense(t.norm)?.category);
  const sense = named && nounSense(named.norm);
  if (sense?.category) return { category: sense.category, unit: sense.unit, kind: countedKind(sense), nounEnd: 0, phrase: [0, 0] };
  // "How many did Pyongyang send in its first deployment?", "How many went first?": people sent, or gone to fight,
  // by a side the question names or where war is spoken of ("How many went to the concert?" asks of no troops).
  if (!tokens.slice(at + 2, end).some((t) => SENDING.has(t.norm) || GOING.has(t.norm))) return null;
  return { category: 'troops', unit: 'people', nounEnd: 0, phrase: [0, 0], warOnly: !namesASideIn(tokens) };
}

/** Words that end in "s" and are no plural noun: "200,000 more are being readied this summer". */
const S_WORDS = new Set(['this', 'thus', 'his', 'its', 'was', 'has', 'does', 'across', 'towards', 'perhaps', 'always', 'besides', 'unless', 'whereas', 'plus', 'less', 'afterwards', 'sometimes', 'nevertheless', 'backwards', 'forwards', 'upwards', 'downwards', 'overseas', 'abroad']);

/** Words of a question that names only what it asks about: "And reinforcements?", "Shells?", "What about the losses?". */
const SHORT_QUESTION_FILLERS = new Set(['and', 'what', 'about', 'the', 'of', 'on', 'now', 'then', 'so', 'your', 'their', 'its']);

/** The most words a short question may hold: "KIM: Russian troop strength inside Ukraine?". */
const NOUN_QUESTION_WORDS = 8;

/**
 * What a short question asks about ("And the losses?", "And the ballistic missiles?", "Has Ukraine captured any
 * North Koreans?"), after a speaker's label ("REP. LEE:"): its last counted noun, or a toll wherever it names one.
 */
function nounQuestionSense(tokens: Token[]): CountSense | null {
  if (tokens.at(-1)?.text !== '?') return null;
  const colon = tokens.findIndex((t) => t.text === ':');
  const words = tokens.slice(colon + 1, -1);
  // "And all casualties, wounded included?": a comma may set off what the noun takes in.
  if (words.length === 0 || words.length > NOUN_QUESTION_WORDS || words.some((t) => t.kind !== 'word' && t.text !== ',')) return null;
  let sense: CountSense | null = null;
  // The words asked about describe the answer's count as a label would ("reinforcements").
  const labelWords: string[] = [];
  for (const t of words) {
    if (t.kind !== 'word' || SHORT_QUESTION_FILLERS.has(t.norm)) continue;
    labelWords.push(t.norm);
    const noun = nounSense(t.norm);
    // "Has Ukraine captured any North Koreans?": people the question says were killed, hurt or captured are a toll.
    if (TOLL_NOUNS.has(t.norm) || CASUALTY_WORDS.has(t.norm) || noun?.category === 'casualties') sense = { category: 'casualties', unit: 'people', nounEnd: 0, phrase: [0, 0] };
    else if (noun?.category && sense?.category !== 'casualties') sense = { category: noun.category, unit: noun.unit, kind: countedKind(noun), nounEnd: 0, phrase: [0, 0] };
  }
  return sense && { ...sense, labelWords };
}

/** What a sentence before asks about, unless it explains the number before it: "That is how many soldiers …". */
function questionSense(tokens: Token[]): CountSense | null {
  const how = tokens.findIndex((t) => t.norm === 'how');
  if (how > 0 && how <= 3 && /^(that|this)$/.test(tokens[0].norm)) return null;
  return askedSense(tokens) ?? sizeQuestionSense(tokens, how) ?? nounQuestionSense(tokens);
}

/** "General, how big is Russia's force inside Ukraine right now?": a question of a body of troops' size. */
function sizeQuestionSense(tokens: Token[], how: number): CountSense | null {
  if (how < 0 || !/^(big|large|strong)$/.test(tokens[how + 1]?.norm ?? '')) return null;
  for (let k = how + 2; k < Math.min(tokens.length, how + 8); k++) {
    const sense = nounSense(tokens[k].norm);
    if (sense?.category === 'troops') return { category: 'troops', unit: 'people', nounEnd: 0, phrase: [0, 0] };
  }
  return null;
}

/**
 * What a listicle's or an infographic's line under a bare number says it counts: "28,000" over "The containers that
 * South Korea believes have crossed the border by rail.", "11K" over "North Korean troops sent to Kursk". The line
 * opens with the noun, or with the words that describe it.
 */
export function openingSense(tokens: Token[]): CountSense | null {
  if (/^(the|these|those)$/.test(tokens[0]?.norm ?? '')) {
    for (let k = 1; k < Math.min(tokens.length, 4); k++) {
      if (tokens[k].kind !== 'word') return null;
      const sense = nounSense(tokens[k].norm);
      if (sense?.category) return { category: sense.category, unit: sense.unit, kind: countedKind(sense), nounEnd: 0, phrase: [0, 0] };
    }
    return null;
  }
  // An infographic's caption under its number: "11K" over "North Korean troops sent to Kursk in autumn 2024", "4.7K"
  // over "killed or wounded, per Seoul", "100+" over "KN-23/24 ballistic missiles delivered". Only a line with no
  // number of its own but a designation's, which opens with what is counted.
  if (tokens.some((t, k) => t.kind === 'num' && !(tokens[k - 1]?.text === '-' || tokens[k - 1]?.text === '/') && !isYearLike(t))) return null;
  if (CASUALTY_WORDS.has(tokens[0]?.norm ?? '')) return { category: 'casualties', unit: 'people', nounEnd: 0, phrase: [0, 0] };
  for (let k = 0; k < Math.min(tokens.length, CAPTION_OPENING); k++) {
    const t = tokens[k];
    let sense = t.kind === 'word' ? nounSense(t.norm) : undefined;
    if (sense?.category) {
      // "artillery shells shipped": the last noun of a compound is its head.
      for (let j = k + 1; tokens[j]?.kind === 'word'; j++) {
        const next = nounSense(tokens[j].norm);
        if (!next?.category) break;
        sense = next;
      }
      // ("250" over "volunteers cleaned the beach": people of any calling count only in a line of war.)
      if (!sense.category || (sense.kind === 'demonym' && !tokens.some((w) => MILITARY_CONTEXT.has(w.norm)))) return null;
      return { category: sense.category, unit: sense.unit, kind: countedKind(sense), nounEnd: 0, phrase: [0, 0] };
    }
    // Past the words that describe it: a side ("North Korean"), a designation ("KN-23/24"), "more", "ballistic".
    const describes = t.kind === 'num' || t.text === '-' || t.text === '/' || (t.kind === 'word' && (/^[A-Z]/.test(t.text) || /^(more|additional|further|new|ballistic|cruise|artillery)$/.test(t.norm)));
    if (!describes) return null;
  }
  return null;
}

/** How many words an infographic's caption may set before what it counts: "North Korean troops", "KN-23/24 ballistic missiles". */
const CAPTION_OPENING = 8;

/** A count of a sentence and what it counts. */
export interface SensedCount {
  p: Quantity;
  sense: CountSense;
}

/** What the sentences around one lend it. */
export interface Around {
  /** The tokens of the sentence before. */
  previous: Token[];
  /**
   * The counts of the sentence before as it was read, nouns lent included, when it was read first ("Eleven thousand,
   * give or take. Some people say twelve.": the eleven thousand take their noun from a question); else undefined.
   */
  previousCounts?: readonly SensedCount[];
  /** The tokens of the sentence before that, read only when a question may stand there. */
  beforePrevious: () => Token[] | null;
  /** The n sentences before, nearest first: a fact box's lines, back to its title. */
  above: (n: number) => Token[][];
  /** What the next sentence says a figure standing alone counts ("That is how many shells …"). */
  explained: CountSense | null;
  /** The chart or table caption the sentence stands in (see caption.ts). */
  caption: () => Caption | null;
  /**
   * What the header line of a table written as text says the column at a position counts (see text-table.ts); null
   * outside a row of cells.
   */
  column: (at: number) => Caption | null;
  /** The cell above a position in the row before, in a table written as text; null outside a row of cells. */
  cellAbove: (at: number) => Token[] | null;
  /** The heading ending in a colon that the sentence is a line of a list under, if it is one. */
  heading: () => Token[] | null;
}

/** Prepositions, which open a phrase after a count rather than modify a noun of its own. */
const PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'for', 'from', 'to', 'with', 'since', 'of', 'over', 'into', 'across', 'against', 'per', 'than', 'after', 'before']);
/** Pronouns that end like plurals and name no noun: "4,000 of those". */
const PARTITIVE_PRONOUNS = new Set(['those', 'these', 'ours', 'theirs', 'others', 'yours', 'its']);
/** How many modifiers may stand between a count and an untracked noun of its own: "eleven UN member states". */
const UNTRACKED_MODIFIERS = 2;

/**
 * Whether a noun of its own, not tracked, follows the count: "from 32 allies", "from all 31 member states", "a report
 * by eleven UN member states".
 */
function countsUntracked(tokens: Token[], q: Quantity): boolean {
  const next = tokens[q.last];
  if (next?.kind === 'word' && /[^s]s$/.test(next.norm) && !PHRASE_WORDS.has(next.norm)) return true;
  // Modifiers in lower case or an acronym's capitals, none a counted noun or a determiner, then a plural head.
  // ("an increase of about 40,000 on its November estimate": a preposition is no modifier, "its" no plural.)
  const modifier = (t: Token | undefined) =>
    t?.kind === 'word' && !nounSense(t.norm) && !DETERMINERS.has(t.norm) && !QUANTIFIERS.has(t.norm) && !PREPOSITIONS.has(t.norm) && (/^[a-z]+$/.test(t.text) || /^[A-Z]{2,}$/.test(t.text));
  const untrackedHead = (t: Token | undefined) => t?.kind === 'word' && /[^s]s$/.test(t.norm) && !nounSense(t.norm) && !PHRASE_WORDS.has(t.norm) && !PARTITIVE_PRONOUNS.has(t.norm);
  let from = q.last;
  // "two of the five outlets": a part of a whole counts what the whole counts.
  if (tokens[from]?.norm === 'of') {
    from++;
    if (DETERMINERS.has(tokens[from]?.norm ?? '')) from++;
    // ("two of the five outlets": the whole's size.)
    if (tokens[from]?.kind === 'num' || SMALL_NUMBERS.has(tokens[from]?.norm ?? '')) from++;
    if (untrackedHead(tokens[from])) return true;
  }
  for (let k = from; k < from + UNTRACKED_MODIFIERS && modifier(tokens[k]); k++) if (untrackedHead(tokens[k + 1])) return true;
  return false;
}

/**
 * The sense of the nearest counted noun before `at` in the sentence: "massing troops near Pokrovsk (150,000 of them".
 * With `nearestPhrase`, a noun phrase of something else standing nearer ends the search ("guarded the schools and the
 * hospitals of the region, some 400 in all" counts no troops).
 */
function nounBefore(tokens: Token[], at: number, nearestPhrase = false): CountSense | null {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const sense = nounSense(t.norm);
    if (sense?.category) return { category: sense.category, unit: sense.unit, kind: countedKind(sense), nounEnd: 0, phrase: [0, 0] };
    if (nearestPhrase && !sense && /[^s]s$/.test(t.norm) && DETERMINERS.has(tokens[k - 1]?.norm ?? '')) return null;
  }
  return null;
}

/** Nouns that "them" can take up: plurals ("mines", "men", "people"), not "the KPA" or "the army". */
const PLURAL = /(?:[^s]s|men|people|personnel)$/;

/** The longest phrase between a count and the part of it taken up by "N of them", after a comma. */
const PART_REACH = 10;

/** Words of when, which may follow a count at its clause's end: "in 2024 alone", "so far", "by March". */
const TIME_TAIL = new Set(['in', 'by', 'since', 'during', 'alone', 'so', 'far', 'to', 'date', 'last', 'this', 'year', 'month', 'week', 'now', ...MONTHS]);

/** Whether the words from `end` to `first` lead from a count to a part of it: "…, 51 of them", with no clause between. */
function partOfCountBefore(tokens: Token[], end: number, first: number): boolean {
  if (first - end > PART_REACH || tokens[first - 1]?.text !== ',') return false;
  for (let k = end; k < first - 1; k++) if (tokens[k].kind === 'punct' && tokens[k].text !== '-') return false;
  return true;
}

/** What the last count of a sentence with a noun of its own counts: the figure a later sentence takes up. */
function lastCountOf(tokens: Token[]): CountSense | null {
  return countsOf(tokens).at(-1)?.sense ?? null;
}

/**
 * The magnitude a small count leaves unsaid when it answers `earlier`, or undefined: "… four thousand. The
 * Ukrainians will tell you six." is six thousand. Only a bare whole number below a thousand, with no magnitude of
 * its own, whose scaled value stands within a factor of ten of the earlier figure's.
 */
function unsaidScale(q: Quantity, earlier: Value): number | undefined {
  const { low, high } = q.value;
  if (low !== high || low >= 1000 || !Number.isInteger(low) || q.last - q.first !== 1) return undefined;
  for (const scale of [1_000_000, 1000]) {
    if (earlier.low < scale) continue;
    const scaled = low * scale;
    return scaled >= earlier.low / 10 && scaled <= earlier.high * 10 ? scale : undefined;
  }
  return undefined;
}

/** Whether tokens[first] opens its sentence, or a speaker's line after a label ("GUEST: Twelve is the number …"). */
function opensSpeech(tokens: Token[], first: number): boolean {
  if (first === 0) return true;
  const mark = tokens[first - 1].text;
  return (mark === ':' || mark === '—') && first <= 4 && tokens.slice(0, first - 1).every((t) => t.kind === 'word' || t.text === '.' || t.text === '(' || t.text === ')');
}

/** Whether tokens[k] opens "is the number …", "was the South Korean figure", "is Kyiv's estimate", "is what Seoul can count". */
function isTheFigure(tokens: Token[], k: number): boolean {
  if (!/^(is|was|remains|became|becomes)$/.test(tokens[k]?.norm ?? '')) return false;
  // "Four thousand is what Seoul can count", "… is what the ministry says".
  if (tokens[k + 1]?.norm === 'what' && tokens.slice(k + 2, k + 6).some((t) => SAYING_VERBS.has(t.norm) || /^(count|say|estimate|claim)$/.test(t.norm))) return true;
  for (let j = k + 1; j < k + 6 && tokens[j]?.kind === 'word'; j++) if (FIGURE_NOUNS.has(tokens[j].norm)) return j > k + 1 && (tokens[k + 1].norm === 'the' || tokens[j - 1].possessive || tokens[k + 1].possessive);
  return false;
}

/** A count's value as its sentence read it, an unsaid magnitude included ("Some people say twelve" after millions). */
const readValue = (c: SensedCount): Value => (c.sense.scale ? { low: c.p.value.low * c.sense.scale, high: c.p.value.high * c.sense.scale } : c.p.value);

/** Whether two counts stand after the same word, as parallel clauses put them: "I've seen nine million, I've seen twelve". */
function sameWordBefore(tokens: Token[], a: Quantity, b: Quantity): boolean {
  const [x, y] = [tokens[a.qualifierFirst - 1], tokens[b.qualifierFirst - 1]];
  return x?.kind === 'word' && y?.kind === 'word' && x.norm === y.norm && !DETERMINERS.has(x.norm) && !PREPOSITIONS.has(x.norm);
}

/** Whether the line goes on from `from` with one aside in brackets, and ends there: "(UK MoD, May 2025)". */
function bracketsToTheEnd(tokens: Token[], from: number): boolean {
  if (tokens[from]?.text !== '(' || tokens.at(-1)?.text !== ')') return false;
  for (let k = from + 1; k < tokens.length - 1; k++) if (tokens[k].text === ')' || (tokens[k].kind === 'num' && !isYearLike(tokens[k]))) return false;
  return true;
}

/** The least count read as repeating one of the sentence before: small ones repeat by chance. */
const MIN_ECHO = 100;

/** How many sentences that count nothing a figure named may take up a count across: a turn's aside, a heckle. */
const QUIET_SENTENCES = 3;

/**
 * "Russia has massed some 150,000 troops around Pokrovsk. … I would invite the member to check his figures.
 * General Syrskyi's assessment is 110,000": the last count of the nearest sentence before that counts one, across
 * a few that count nothing (and only then).
 */
function countedAbove(around: Around): CountSense | null {
  for (const sentence of around.above(QUIET_SENTENCES + 1)) {
    if (sentence.some((t) => t.kind === 'num' || SMALL_NUMBERS.has(t.norm))) return lastCountOf(sentence);
  }
  return null;
}

/** The counts of the sentence before, as it was read if it was. */
const previousCounts = (around: Around) => around.previousCounts ?? countsOf(around.previous);

/** A sentence's counts with a noun of their own, each with its sense. */
function countsOf(tokens: Token[]): SensedCount[] {
  return findQuantities(tokens, isCountNoun).map((p) => ({ p, sense: senseOf(tokens, p, false) })).filter((c) => !!c.sense.category);
}

/**
 * What a later sentence takes up from a sentence: its last count, or the noun it sets against that count ("Not the
 * 11,000 soldiers, but the shells. Millions of them."), or with no count its last counted noun when
 * `withoutCount`, a plural one when `plural` ("them" takes up the mines of "Few armies know mines as the KPA does").
 */
function lastNamedOf(tokens: Token[], withoutCount = true, plural = false): CountSense | null {
  const last = countsOf(tokens).at(-1);
  let after = last ? Math.max(last.sense.nounEnd, last.p.last) : 0;
  // Past a count, only a noun set against it is what the sentence ends on; "… killed among Pyongyang's troops" is not.
  if (last) {
    const but = tokens.findIndex((t, k) => k >= after && t.norm === 'but');
    if (but < 0) return last.sense;
    after = but;
  } else if (!withoutCount) return null;
  for (let k = tokens.length - 1; k >= after; k--) {
    const sense = tokens[k].kind === 'word' && (!plural || PLURAL.test(tokens[k].norm)) ? nounSense(tokens[k].norm) : null;
    if (sense?.category) return { category: sense.category, unit: sense.unit, kind: countedKind(sense), nounEnd: 0, phrase: [0, 0] };
  }
  return last?.sense ?? null;
}

/** "4,700: that is Seoul's latest count of North Korean troops killed or wounded": a figure the words after its colon name. */
function namedAfterColon(tokens: Token[], q: Quantity): CountSense | null {
  // "Twelve million: the number of shells that went the other way" names its figure as well.
  const theNumber = tokens[q.last + 1]?.norm === 'the' && FIGURE_NOUNS.has(tokens[q.last + 2]?.norm ?? '') && tokens[q.last + 3]?.norm === 'of';
  if (tokens[q.last]?.text !== ':' || !(theNumber || /^(that|this|it)$/.test(tokens[q.last + 1]?.norm ?? ''))) return null;
  for (let k = q.last + 2; k < Math.min(tokens.length, q.last + 14); k++) {
    const sense = nounSense(tokens[k].norm);
    if (!sense?.category && !sense?.casualtyOnly) continue;
    const casualty = sense.category === 'casualties' || tokens.slice(k + 1, k + 4).some((t) => CASUALTY_WORDS.has(t.norm));
    if (casualty && sense.unit === 'people') return { category: 'casualties', unit: 'people', nounEnd: 0, phrase: [0, 0] };
    if (sense.category) return { category: sense.category, unit: sense.unit, kind: countedKind(sense), nounEnd: 0, phrase: [0, 0] };
  }
  return null;
}

/** Casualty verbs that things suffer as well as people: "718 were destroyed", "neutralised 63". */
const FATES_OF_THINGS = new Set(['destroyed', 'neutralised', 'neutralized', 'eliminated', 'lost', 'captured']);

/** Whether a bare count's casualty verb is one things suffer too, right before it or after its auxiliaries. */
function fateOfThings(tokens: Token[], q: Quantity): boolean {
  let after = q.last;
  while (after < q.last + 4 && PASSIVE_FILLERS.has(tokens[after]?.norm ?? '')) after++;
  return FATES_OF_THINGS.has(tokens[after]?.norm ?? '') || FATES_OF_THINGS.has(tokens[q.qualifierFirst - 1]?.norm ?? '');
}

/** Nouns for a body of troops as a whole, which can grow or shrink by a count: "Russia's grouping has grown by 40k". */
const BODIES = new Set(['grouping', 'force', 'forces', 'army', 'armies', 'troops', 'contingent', 'garrison', 'manpower', 'strength', 'personnel']);

/** The troops a change "by" a count is of, when the subject of its verb names a body of them. */
function bodyChanged(tokens: Token[], first: number): CountSense | null {
  for (let k = first - 2; k >= Math.max(0, first - 10); k--) {
    // "The force has grown, the same estimate says, by 40k": whose figure it is, said between.
    const aside = sourceAsideBefore(tokens, k);
    if (aside >= 0) k = aside - 1;
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'")) return null;
    if (BODIES.has(t.norm)) return { category: 'troops', unit: 'people', nounEnd: 0, phrase: [0, 0] };
  }
  return null;
}

/**
 * Whether the count at `first` is what "the total" is brought to: "bringing the total since 2022 to 1,163,000",
 * "bringing its count since the full-scale invasion to 1,040,000".
 */
function isRunningTotal(tokens: Token[], first: number): boolean {
  if (!/^(to|at)$/.test(tokens[first - 1]?.norm ?? '')) return false;
  for (let k = first - 2; k >= Math.max(0, first - 10); k--) {
    if (/^(total|tally|overall|count)$/.test(tokens[k].norm)) return true;
    // "sent 11,000 troops, and Seoul put the toll at 4,000": a toll counts casualties, whatever came before.
    if (tokens[k].norm === 'toll') return false;
    if ((tokens[k].kind === 'punct' && tokens[k].text !== '-') || (tokens[k].kind === 'num' && !isYearLike(tokens[k]))) return false;
  }
  return false;
}

/**
 * Gives each count of `senses` a sense lent from around it where it names none, or where what stands around it says
 * otherwise (a running total, a heading of losses), in place.
 */
export function lendSenses(tokens: Token[], quantities: readonly Quantity[], senses: CountSense[], around: Around): void {
  // "728 drones overwhelmed defences, though 718 were destroyed": a bare count things can suffer the fate of
  // counts the things the sentence counted before, not people.
  quantities.forEach((q, i) => {
    if (senses[i].category !== 'casualties' || senses[i].nounEnd !== q.last || !fateOfThings(tokens, q)) return;
    const earlier = senses.findLast((s, k) => k < i && !!s.category);
    if (earlier?.unit === 'items') senses[i] = { ...earlier, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "150,000 of them", "672 of them": the noun the sentence named before; "4,700: that is … North Korean troops
  // killed or wounded": the noun named after the colon.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last) return;
    const ofThem = isOfThem(tokens, q);
    // "152 combat engagements in the past day, 51 of them near Pokrovsk": "them" are the count just before in the
    // same run of the sentence, which counts nothing tracked.
    if (ofThem && i > 0 && !senses[i - 1].category && partOfCountBefore(tokens, Math.max(senses[i - 1].nounEnd, quantities[i - 1].last), q.qualifierFirst)) return;
    // "of them" takes up the sentence's last count, or failing one, its last counted noun, or failing that the last
    // count of the sentence before ("Russia launched 142 drones overnight. It shot down 118 of them.").
    const lent = ofThem
      ? (senses.findLast((s, k) => k < i && !!s.category) ?? nounBefore(tokens, q.qualifierFirst) ?? (tokens[q.last + 1]?.norm === 'them' ? lastNamedOf(around.previous, true, true) : null))
      : namedAfterColon(tokens, q);
    if (lent) senses[i] = { ...lent, nounEnd: ofThem ? q.last + 2 : q.last, phrase: [q.last, q.last] };
  });
  // An infobox's second line under "Strength": "11,000–12,000 (initial)" ⏎ "+3,000 (January 2025)": a count that
  // opens its line with a plus adds to what the line before counted.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || q.qualifierFirst !== 1 || tokens[0]?.text !== '+') return;
    const lent = lastCountOf(around.previous);
    if (lent?.category === 'troops' || lent?.category === 'munitions') senses[i] = { ...lent, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // Under "Casualties and losses": "≈4,700 killed or wounded (NIS, April 2025)" ⏎ "~6,000 (UK MoD, May 2025)": a
  // line of a count and its source in brackets, under a line that gave a count and its source so, is the same
  // count by another source.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || q.qualifierFirst !== 0 || !bracketsToTheEnd(tokens, q.last)) return;
    const before = countsOf(around.previous).at(-1);
    const open = around.previous.findLastIndex((t) => t.text === '(');
    if (before && open >= before.p.last && bracketsToTheEnd(around.previous, open)) senses[i] = { ...before.sense, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "~20 North Korean ballistic missiles have been fired at Ukraine" ⏎ "HUR has logged 82 strikes by now": strikes
  // that name no weapon are by the weapons the sentence before counted.
  quantities.forEach((q, i) => {
    // ("One of ten hits": a ratio, not a count.)
    if (senses[i].category || !STRIKE_WORDS.has(tokens[senses[i].nounEnd - 1]?.norm ?? '') || tokens[q.qualifierFirst - 1]?.norm === 'of') return;
    // ("… more than a hundred KN-23 missiles. How many have been fired is something the lab can answer. It has
    // catalogued at least sixty launches": a sentence between that counts nothing does not change the weapon.)
    const weapons = lastNamedOf(around.previous) ?? (countsOf(around.previous).length === 0 ? lastNamedOf(around.beforePrevious() ?? []) : null);
    if (weapons?.category === 'munitions') senses[i] = { ...weapons, nounEnd: senses[i].nounEnd, phrase: senses[i].phrase };
  });
  // "Honestly the KN-23 numbers are all over the place. One outlet says ~50 delivered": a bare count delivered or
  // fired counts the weapons named last before it, in its sentence or the one before.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || !HANDLED_WEAPONS.has(tokens[q.last]?.norm ?? '')) return;
    const named = lastWeapon(tokens, q.qualifierFirst) ?? lastWeapon(around.previous, around.previous.length);
    if (!named) return;
    // A designation's maker owns the count it lends ("the KN-23 numbers" are North Korea's missiles).
    const maker = findMentions(named.tokens).find((m) => m.role === 'maker' && m.first === named.at)?.entity.actor;
    senses[i] = { category: 'munitions', unit: 'items', kind: countedKind(named.sense), nounEnd: q.last, phrase: [q.last, q.last], owner: maker };
  });
  // "KN-23 AT A GLANCE" ⏎ … ⏎ "Fired at Ukraine: about 50" ⏎ "Sent to Russia: more than 100": a fact box's line
  // labelled by what was done with weapons counts the weapon the box named last, up to its title.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || tokens[q.qualifierFirst - 1]?.text !== ':' || !WEAPON_DEEDS.has(tokens[0]?.norm ?? '')) return;
    let named = lastWeapon(tokens, q.qualifierFirst);
    for (const line of named ? [] : around.above(FACT_BOX_LINES)) {
      // (Only across the box's lines: a line of prose above ends it.)
      if (endsInStop(line)) break;
      named = lastWeapon(line, line.length);
      if (named) break;
    }
    if (!named) return;
    const maker = findMentions(named.tokens).find((m) => m.role === 'maker' && m.first === named.at)?.entity.actor;
    senses[i] = { category: 'munitions', unit: 'items', kind: countedKind(named.sense), nounEnd: q.last, phrase: [q.last, q.last], owner: maker };
  });
  // "Russia has about 600,000 in Ukraine now", "massed 110,000 near Pokrovsk", "today it fields around 600,000 in the
  // occupied territories": a bare count held in a place of the war is of troops.
  quantities.forEach((q, i) => {
    let verb = q.qualifierFirst - 1;
    if (/^(somewhere|perhaps|maybe|now|still|currently)$/.test(tokens[verb]?.norm ?? '')) verb--;
    if (senses[i].category || senses[i].nounEnd !== q.last || !HOLDING.has(tokens[verb]?.norm ?? '')) return;
    if (!/^(in|near|around|along|inside|on|at)$/.test(tokens[q.last]?.norm ?? '') || !warPlaceAt(tokens, q.last + 1)) return;
    senses[i] = { category: 'troops', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "losses amount to 1,069,000 personnel, including 920 persons over the past day": people named as a part of a
  // toll are of the toll.
  quantities.forEach((q, i) => {
    if (senses[i].category || tokens[q.qualifierFirst - 1]?.norm !== 'including') return;
    const noun = nounSense(tokens[senses[i].nounEnd - 1]?.norm ?? '');
    const earlier = senses.findLast((s, k) => k < i && !!s.category);
    if (earlier?.category === 'casualties' && noun?.unit === 'people') senses[i] = { ...senses[i], category: 'casualties', unit: 'people' };
  });
  // "half of the shells Russia fires come from North Korea, some 12 million in total": a total with no noun counts
  // the sentence's nearest counted noun before it.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last) return;
    const next = tokens[q.last]?.norm;
    const total = (next === 'in' && /^(total|all)$/.test(tokens[q.last + 1]?.norm ?? '')) || next === 'altogether';
    const noun = total ? nounBefore(tokens, q.qualifierFirst, true) : null;
    if (noun) senses[i] = { ...noun, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "Forty percent are casualties, so call it four and a half, five thousand": "call it" sizes the noun before.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last) return;
    if (tokens[q.qualifierFirst - 1]?.norm !== 'it' || !/^(call|make)$/.test(tokens[q.qualifierFirst - 2]?.norm ?? '')) return;
    const noun = nounBefore(tokens, q.qualifierFirst - 2) ?? lastNamedOf(around.previous);
    if (noun) senses[i] = { ...noun, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "lost some 38,000 soldiers in Kursk, among them about 4,000 North Koreans": people named as a part of a toll
  // just before are of the toll, whatever their noun counts alone.
  quantities.forEach((q, i) => {
    const k = q.qualifierFirst;
    const part = tokens[k - 1]?.norm === 'including' || (tokens[k - 2]?.norm === 'among' && /^(them|whom)$/.test(tokens[k - 1]?.norm ?? ''));
    if (!part || senses[i].unit !== 'people' || senses[i].category === 'casualties') return;
    const earlier = senses.findLast((s, j) => j < i && !!s.category);
    if (earlier?.category === 'casualties') senses[i] = { ...senses[i], category: 'casualties', kind: undefined };
  });
  // "… 200 howitzers, though the shell figure is closer to 12 million": the figure's own modifier says what it
  // counts, before any count near it does.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || !namesTheFigure(tokens, q.qualifierFirst)) return;
    const named = modifiedFigure(tokens, q.qualifierFirst);
    if (named) senses[i] = { ...named, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "… said North Korea had sent 1,100 troops. The correct figure is 11,000.": a figure named as the correction or
  // the total of the sentence before counts what that sentence counted.
  quantities.forEach((q, i) => {
    // ("Our tally: two outlets got it right" counts outlets.)
    if (senses[i].category || senses[i].nounEnd !== q.last || !namesTheFigure(tokens, q.qualifierFirst) || countsUntracked(tokens, q)) return;
    // "… said 1,100 troops were first deployed, when the figure is 11,000": a figure after a count of the sentence's
    // own is that count's (see the elided nouns below).
    if (senses.some((s, k) => k < i && !!s.category)) return;
    // "… North Korea 'sent 30,000 troops'. It did not. The figure most analysts accept is about 11,000.": a short
    // sentence without a number between does not change the subject.
    const short = around.previous.length <= SHORT_ASIDE && !around.previous.some((t) => t.kind === 'num');
    // A figure takes up a count; "them" may take up a noun alone ("And the mines themselves?").
    // "… began deploying troops to Russia. Estimates of their number ranged from 10,000 to 12,000.": "their" takes up a
    // noun, counted or not, as "them" does.
    const figure = figureNounAt(tokens, q.qualifierFirst);
    // "Russia's force in Ukraine is at its largest. That is a jump of 70,000": a change takes up a noun, counted or
    // not, as "their" does.
    const ofChange = tokens[q.qualifierFirst - 1]?.norm === 'of' && CHANGE_NOUNS.has(tokens[q.qualifierFirst - 2]?.norm ?? '');
    const nounAlone = tokens[figure - 1]?.norm === 'their' || ofChange;
    // "When Pyongyang first sent troops to Russia, the figure that went round the world was 12,000": failing a
    // count before, a noun the sentence named before its figure noun.
    const here = figure > 0 ? nounBefore(tokens, figure) : null;
    // ("… the figure that went round the world was 12,000. Then it was 10,000.": the count before as it was read.)
    const earlier = lastNamedOf(around.previous, nounAlone) ?? previousCounts(around).at(-1)?.sense ?? numberOf(around.previous)?.sense ?? (short ? lastNamedOf(around.beforePrevious() ?? [], false) : null) ?? here ?? (figure > 0 ? countedAbove(around) : null);
    if (earlier) senses[i] = { ...earlier, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "And Russia's own losses? The Ukrainians put them at a million.": "them" takes up a noun, counted or not; "it"
  // takes up the count a sentence before gives ("I'd say twenty thousand containers is a floor. … A Russian outlet
  // put it at 13,000."), across one that counts nothing.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last) return;
    const k = tokens[q.qualifierFirst - 1]?.norm === 'at' ? q.qualifierFirst - 2 : q.qualifierFirst - 1;
    if (!/^(them|it)$/.test(tokens[k]?.norm ?? '') || !PUTTING_VERBS.has(tokens[k - 1]?.norm ?? '')) return;
    const earlier = tokens[k].norm === 'them' ? lastNamedOf(around.previous) : (lastCountOf(around.previous) ?? (countsOf(around.previous).length === 0 ? lastCountOf(around.beforePrevious() ?? []) : null));
    if (earlier) senses[i] = { ...earlier, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "… writes that North Korea can call on 7 million reservists. Not 7 million, as he claims": a bare count that
  // repeats a count of the sentence before, to quote or dispute it, counts what that one counts.
  quantities.forEach((q, i) => {
    // (Only a count that opens its sentence, as a rebuttal or a reply does; a tally's lines repeat counts by chance.)
    const opens = tokens.slice(0, q.qualifierFirst).every((t) => QUOTE_MARKS.has(t.text) || /^(not|no|only|just|so|yes|and|but|or)$/.test(t.norm));
    if (senses[i].category || senses[i].nounEnd !== q.last || !opens || q.value.high < MIN_ECHO || countsUntracked(tokens, q)) return;
    const echoed = previousCounts(around).findLast((c) => c.p.value.low === q.value.low && c.p.value.high === q.value.high);
    if (echoed) senses[i] = { ...echoed.sense, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "I've seen nine million, I've seen twelve. — Twelve is the number Ukrainian intelligence uses. Nine was the South
  // Korean figure.": a count that opens its sentence as the subject of "is the … number" names a count of the
  // sentence before, in its magnitude.
  quantities.forEach((q, i) => {
    // ("Then, for a while, 11,000 became the number everyone could agree on": the subject of its own clause.)
    if (senses[i].category || senses[i].nounEnd !== q.last || !(opensSpeech(tokens, q.qualifierFirst) || opensClause(tokens, q.qualifierFirst)) || !isTheFigure(tokens, q.last)) return;
    // ("… around 4,000 … were killed or injured. Is that number believable? — Four thousand is what Seoul can count":
    // across a question that counts nothing.)
    const earlier = previousCounts(around).at(-1) ?? (around.previous.at(-1)?.text === '?' && countsOf(around.previous).length === 0 ? countsOf(around.beforePrevious() ?? []).at(-1) : undefined);
    if (earlier) senses[i] = { ...earlier.sense, nounEnd: q.last, phrase: [q.last, q.last], scale: unsaidScale(q, readValue(earlier)) };
  });
  // "Second: 12M, the shells Pyongyang has shipped", "~4.7K, North Korean KIA/WIA in Kursk": a count that opens its
  // line says what it counts in the noun set beside it after a comma.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || tokens[q.last]?.text !== ',' || !opensSpeech(tokens, q.qualifierFirst)) return;
    let k = q.last + 1;
    if (DETERMINERS.has(tokens[k]?.norm ?? '')) k++;
    // ("nine, twenty thousand troops": another count's noun is that count's.)
    const next = quantities[i + 1]?.qualifierFirst ?? tokens.length;
    for (const end = Math.min(k + 4, next); k < end && tokens[k]?.kind === 'word'; k++) {
      const noun = nounSense(tokens[k].norm);
      if (!noun?.category) continue;
      senses[i] = { category: noun.category, unit: noun.unit, kind: countedKind(noun), nounEnd: q.last, phrase: [q.last, q.last], labelWords: wordsOf(tokens.slice(q.last + 1, k + 1)) };
      return;
    }
  });
  // "Pro-Kremlin channels insist North Korean losses were 'fewer than 500'. Seoul's intelligence service says about
  // 4,700." (or "says 4,700, but counts the missing too"): a source's bare count that ends its sentence or clause,
  // right after the source's verb, gives the sentence before's count by another account.
  quantities.forEach((q, i) => {
    // ("Officials say eleven thousand, and that four thousand of them …": the first count of its sentence.)
    if (i !== 0 || senses[i].category || senses[i].nounEnd !== q.last) return;
    // "The Ukrainians will tell you six.": telling someone is saying.
    let verb = q.qualifierFirst - 1;
    // "Kyiv's military intelligence expects a further 25,000 to 30,000": more of the troops the sentence before
    // counted, of whatever kind.
    // ("bloggers are talking about a hundred and fifty thousand more, which nobody believes": more after it, and a
    // relative clause of comment.)
    const moreAfter = tokens[q.last]?.norm === 'more';
    const more = /^(further|another|additional)$/.test(tokens[verb]?.norm ?? '') || moreAfter;
    if (!moreAfter && more) verb -= /^(a|an)$/.test(tokens[verb - 1]?.norm ?? '') ? 2 : 1;
    if (/^(you|us)$/.test(tokens[verb]?.norm ?? '')) verb--;
    const end = moreAfter ? q.last + 1 : q.last;
    const commentAfter = tokens[end]?.text === ',' && /^(which|who)$/.test(tokens[end + 1]?.norm ?? '');
    if (!SAYING_VERBS.has(tokens[verb]?.norm ?? '') || !(clauseEndsAt(tokens, end) || commentAfter)) return;
    const earlier = previousCounts(around).at(-1);
    if (!earlier || (more && earlier.sense.category !== 'troops')) return;
    // The earlier count's noun describes this one too ("claim 1.4 million" of "a million killed").
    const lender = wordsOf(around.previous.slice(earlier.p.last, earlier.sense.nounEnd));
    const kind = more ? undefined : earlier.sense.kind;
    senses[i] = { ...earlier.sense, kind, nounEnd: q.last, phrase: [q.last, q.last], scale: unsaidScale(q, readValue(earlier)), labelWords: more ? undefined : (earlier.sense.labelWords ?? (lender.length > 0 ? lender : undefined)) };
  });
  // "Seoul once estimated that 13,000 containers had been shipped. Satellite images now suggest some 24,000 have
  // gone by rail.": a bare count that is its clause's subject, with no figure before it, counts what the sentence
  // before counted, if that was troops or weapons (a toll's "some 24,000 have fled" counts no dead).
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || i > 0 || !AUXILIARIES_OF_SUBJECT.has(tokens[q.last]?.norm ?? '')) return;
    const earlier = lastCountOf(around.previous);
    if (earlier && earlier.category !== 'casualties') senses[i] = { ...earlier, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "… misstated the number of troops sent in the first deployment as 1,100; it was 11,000": what the sentence
  // said it gives the number of is what its bare counts after that count.
  const named = quantities.some((q, i) => !senses[i].category && senses[i].nounEnd === q.last) ? numberOf(tokens) : null;
  if (named) quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || q.qualifierFirst < named.end || countsUntracked(tokens, q)) return;
    senses[i] = { ...named.sense, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // An elided noun ("with at least 60 launched", "an increase of forty thousand") counts what the sentence's previous figure counts.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || countsUntracked(tokens, q)) return;
    // "a crowd of 20,000": a noun of its own before "of" says what is counted; only a change or a tally passes the sentence's noun on.
    const before = tokens[q.qualifierFirst - 1];
    const head = tokens[q.qualifierFirst - 2];
    // ("officials speak of up to 12 million": a verb of speaking before "of" names no other thing.)
    if (before?.norm === 'of' && head?.kind === 'word' && !TALLY_WORDS.has(head.norm) && !SPEAKING_OF.has(head.norm)) return;
    // ...or, for a change "by"/"of" a count at the head of the sentence, what the next one counts
    // ("Having grown by 40,000, the force numbers 640,000 troops"); never a label such as "Story 99:".
    // So does the count a change starts from: "revised its estimate from 10,000 to 12,000 soldiers".
    const change =
      (/^(by|of)$/.test(tokens[q.qualifierFirst - 1]?.norm ?? '') && tokens[q.last]?.text !== ':') ||
      (tokens[q.qualifierFirst - 1]?.norm === 'from' && tokens[q.last]?.norm === 'to');
    // "Pyongyang earns billions from the deal": a sum of money, not a count; "leaving millions without heat":
    // people a strike leaves in want, not more of its missiles ("leaving 50 that got through" are still its drones).
    const leftInWant = before?.kind === 'word' && LEAVING_VERBS.has(before.norm) && !/^(that|which)$/.test(tokens[q.last]?.norm ?? '');
    if ((before?.kind === 'word' && MONEY_VERBS.has(before.norm)) || leftInWant) return;
    // "Steadfast Defender 24", "Zapad 2021": a number after a name is part of the name ("Ukraine's 6,000" is not).
    if (before?.kind === 'word' && q.qualifierFirst > 1 && /^[A-Z]/.test(before.text) && !before.possessive && q.qualifier === null) return;
    const earlier = senses.findLastIndex((s, k) => k < i && !!s.category);
    const prev = earlier >= 0 ? senses[earlier] : change ? (senses.slice(i + 1).find((s) => s.category) ?? bodyChanged(tokens, q.qualifierFirst)) : undefined;
    if (!prev) return;
    // "sent some 3,000 troops, while casualties of its soldiers are estimated to reach 4,000": a toll named in
    // the bare count's own clause makes it a toll of the people counted before.
    if (prev.category === 'troops' && earlier >= 0) {
      const from = Math.max(senses[earlier].nounEnd, quantities[earlier].last);
      if (tokens.slice(from, q.qualifierFirst).some((t) => TOLL_NOUNS.has(t.norm))) {
        senses[i] = { category: 'casualties', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last] };
        return;
      }
    }
    if (prev.category === 'casualties' && earlier >= 0) {
      const from = Math.max(senses[earlier].nounEnd, quantities[earlier].last);
      // "has killed tens of thousands and driven nearly 12 million from their homes", "while some 12 million have
      // fled": a verb of its own, before or after.
      let after = q.last;
      while (after < q.last + 3 && PASSIVE_FILLERS.has(tokens[after]?.norm ?? '')) after++;
      // ("…, while the NIS raised its own estimate to 3,000" names a figure of the toll, verb or not.)
      const otherVerb = tokens.slice(from, q.qualifierFirst).some(isOtherVerb) || (tokens[after] && isOtherVerb(tokens[after]));
      if (otherVerb && !namesTheFigure(tokens, q.qualifierFirst)) return;
      // "~4K killed or wounded of the 11K first sent": the whole the toll is taken from counts troops.
      // ("…, up from its earlier estimate of 3,000" is the toll's own figure.)
      const whole = before?.norm === 'of' ? !FIGURE_NOUNS.has(head?.norm ?? '') : before?.norm === 'the' && head?.norm === 'of';
      if (whole) {
        senses[i] = { category: 'troops', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last] };
        return;
      }
      // "… lost ~4.7k of them, and is now promising 30k more": what is sent or pledged is no more dead (see below).
      if (before?.kind === 'word' && (SENDING.has(before.norm) || PLEDGING.has(before.norm))) return;
      // "~4k casualties by March, and another 25-30k possibly in the pipeline": more on their way are troops.
      if ((before?.norm === 'another' || tokens[q.last]?.norm === 'more') && onTheirWay(tokens, q.last)) {
        senses[i] = { category: 'troops', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last] };
        return;
      }
    }
    // "six hundred thousand Russian casualties; today the consensus figure is north of a million": the words of
    // the noun lent describe the count that borrows it, across a clause that keeps the rest of its words to itself.
    const lender = earlier >= 0 ? wordsOf(tokens.slice(quantities[earlier].last, senses[earlier].nounEnd)) : [];
    // "…, though the Ukrainians have a higher number, closer to six": a figure named as the other's, in its magnitude.
    // So is a count after the same verb as the other's: "I've seen nine million, I've seen twelve".
    const parallel = earlier >= 0 && sameWordBefore(tokens, quantities[earlier], q);
    const scale = earlier >= 0 && (namesTheFigure(tokens, q.qualifierFirst) || parallel) ? unsaidScale(q, quantities[earlier].value) : undefined;
    senses[i] = { ...prev, nounEnd: q.last, phrase: [q.last, q.last], labelWords: prev.labelWords ?? (lender.length > 0 ? lender : undefined), scale };
  });
  // An answer to "How many North Koreans went in?": "Around 12,000 in that first wave." The question may stand a
  // sentence further back ("How many …? Estimates vary. Kyiv says about 11,000 arrived.").
  const unnamed = quantities.some((q, i) => !senses[i].category && senses[i].nounEnd === q.last);
  const twoBack = unnamed ? around.beforePrevious() : null;
  const asked = unnamed ? (questionSense(around.previous) ?? (twoBack ? questionSense(twoBack) : null)) : null;
  const answer = asked ?? around.explained;
  if (answer) quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last) return;
    // "Around six hundred, out of some 15,000 deployed": the whole a toll is taken from, sent somewhere, is troops
    // (the rule for sent counts below), whatever the question asked.
    const whole = tokens[q.qualifierFirst - 1]?.norm === 'of' && tokens[q.qualifierFirst - 2]?.norm === 'out';
    if (answer.category === 'casualties' && (whole || DEPLOYED.has(tokens[q.last]?.norm ?? ''))) {
      if (whole) senses[i] = { category: 'troops', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last] };
      return;
    }
    // The answer's own words come first: "Killed or wounded, we think around 4,000" counts casualties, whatever
    // part of the question it answers.
    const toll = answer.unit === 'people' && tokens.slice(0, q.qualifierFirst).some((t) => CASUALTY_WORDS.has(t.norm));
    // "What about the shells? I've seen nine million, I've seen twelve.": a parallel count in the other's magnitude.
    const parallel = quantities.findLast((o, j) => j < i && sameWordBefore(tokens, o, q));
    const scale = parallel ? unsaidScale(q, parallel.value) : undefined;
    senses[i] = toll ? { category: 'casualties', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last] } : { ...answer, nounEnd: q.last, phrase: [q.last, q.last], scale };
  });
  // "Also the shells: SK JCS went from 9M to 12M", "Troops: Seoul says 11,000 went in": a bare count in a
  // sentence that a label opens counts what the label names, before any verb of the count says otherwise.
  const label = quantities.some((q, i) => !senses[i].category && senses[i].nounEnd === q.last) ? inlineHeading(tokens, quantities) : null;
  // (Only a short label that ends in its noun: "Ukrainian cities struck by North Korean missiles: 14" counts cities.)
  const labelSense = label && label.length <= SHORT_LABEL ? nounSense(label.at(-1)?.norm ?? '') : undefined;
  if (label && labelSense?.category && !label.some((t) => CASUALTY_WORDS.has(t.norm))) quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || countsUntracked(tokens, q)) return;
    senses[i] = { category: labelSense.category, unit: labelSense.unit, kind: countedKind(labelSense), nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "As for shells, Seoul says 12 million", "For killed and wounded together I'd say 400,000": a topic the sentence
  // opens with says what its bare counts count.
  const topic = quantities.some((q, i) => !senses[i].category && senses[i].nounEnd === q.last) ? topicSense(tokens) : null;
  if (topic) quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || q.qualifierFirst < topic.end || countsUntracked(tokens, q)) return;
    // Only a count some verb gives ("says", "put it at", "is"), not the subject of a clause of its own: "For every
    // soldier killed, three are wounded" is a ratio, "For Russia's army, 20 is a small number" a thought.
    if (tokens[q.qualifierFirst - 1]?.kind !== 'word') return;
    senses[i] = { ...topic.sense, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "I would expect 10-12 thousand, deployed in stages", "3,000 more have been sent": a count that is sent or
  // deployed is of troops.
  const armsBefore = () => around.previous.some((t) => t.kind === 'word' && nounSense(t.norm)?.category === 'munitions');
  const armsNear = () => armsBefore() || senses.some((s) => s.category === 'munitions');
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last) return;
    let at = q.last;
    // "25,000 more could be coming", "ten to twenty thousand, and sent in stages".
    const filler = (t: Token | undefined) => !!t && (t.text === ',' || PASSIVE_FILLERS.has(t.norm) || MODALS.has(t.norm) || t.norm === 'be' || /^(who|that)$/.test(t.norm) || (t.norm === 'and' && tokens[at - 1]?.text === ','));
    while (at < q.last + 5 && filler(tokens[at])) at++;
    // "The 11,000 who went to Kursk": people go somewhere; shells are sent.
    // "eleven to twelve thousand went in, in the first rotation": went into battle, as people do.
    // "10–20k, fed in by stages": fed into the line, as troops are.
    const fedIn = tokens[at]?.norm === 'fed' && /^(in|into)$/.test(tokens[at + 1]?.norm ?? '');
    const went = fedIn || (tokens[at]?.norm === 'went' && (/^(to|into)$/.test(tokens[at + 1]?.norm ?? '') || (tokens[at + 1]?.norm === 'in' && tokens[at + 2]?.kind !== 'word')));
    // "the eleven thousand he sent": a subject of its own before the verb, when no weapons are in sight.
    if (SUBJECT_PRONOUNS.has(tokens[at]?.norm ?? '') && DEPLOYED.has(tokens[at + 1]?.norm ?? '') && !armsNear()) at++;
    // "Around 3,000 more arrived in January", "fifteen, twenty thousand, coming in stages": people arrive, unless
    // weapons are in sight.
    // "25-30k more could come by summer": a modal's "come", not "come down" or "come to" a total.
    const couldCome = tokens[at]?.norm === 'come' && MODALS.has(tokens[at - 1]?.norm ?? '') && !/^(down|to|up)$/.test(tokens[at + 1]?.norm ?? '');
    // ("More than 11,000 people have crossed the Channel …, after 712 arrived on Tuesday": more of the people
    // the sentence counted before.)
    const peopleBefore = senses.some((s, k) => k < i && !s.category && s.nounEnd > quantities[k].last && nounSense(tokens[s.nounEnd - 1]?.norm ?? '')?.unit === 'people');
    const arrived = (ARRIVING.has(tokens[at]?.norm ?? '') || couldCome) && !armsNear() && !peopleBefore;
    // "led by 12 trained counsellors": a participle before a noun of its own describes that noun, and the count
    // counts it, whatever it is.
    const describes = tokens[at + 1]?.kind === 'word' && /[^s]s$/.test(tokens[at + 1].norm) && tokens[at + 1].norm.length > 3 && !S_WORDS.has(tokens[at + 1].norm);
    // "They said 300k were called up": people called up are reservists.
    // ("Some 40 were called up to the national squad": only where a country at war is named, as a side or as the
    // one who says so, or where war is spoken of.)
    if (tokens[at]?.kind === 'word' && callsUp(tokens, at + 1)) {
      senses[i] = { category: 'troops', unit: 'people', kind: 'reservists', nounEnd: q.last, phrase: [q.last, q.last], warOnly: !findMentions(tokens).some(namesAParty) };
    } else if (tokens[at]?.kind === 'word' && (DEPLOYED.has(tokens[at].norm) || went || arrived) && !describes) senses[i] = { category: 'troops', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "In the past 24 hours alone, another 1,050 were added to that toll": a count added to a toll is of the dead and
  // wounded it counts.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last) return;
    let k = q.last;
    while (k < q.last + 3 && PASSIVE_FILLERS.has(tokens[k]?.norm ?? '')) k++;
    if (!/^(added|adding)$/.test(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== 'to') return;
    const noun = DETERMINERS.has(tokens[k + 2]?.norm ?? '') || tokens[k + 2]?.norm === 'that' ? k + 3 : k + 2;
    if (/^(toll|tolls|losses|casualties)$/.test(tokens[noun]?.norm ?? '')) senses[i] = { category: 'casualties', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "Officially they called up three hundred thousand", "Moscow mobilised 300,000": a bare count called to arms
  // is of reservists, where a side is named or war is spoken of.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || countsUntracked(tokens, q)) return;
    const k = q.qualifierFirst - 1;
    if (!callsUp(tokens, k) && !/^(mobilised|mobilized)$/.test(tokens[k]?.norm ?? '')) return;
    senses[i] = { category: 'troops', unit: 'people', kind: 'reservists', nounEnd: q.last, phrase: [q.last, q.last], warOnly: !findMentions(tokens).some(namesAParty) };
  });
  // "Pyongyang sent 11k to Kursk", "TO SEND 6,000 MORE TO KURSK": a bare count sent somewhere is of people, unless
  // the sentence before counted weapons ("launched 500 drones … sent 300 more to Kyiv").
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || !SENDING.has(tokens[q.qualifierFirst - 1]?.norm ?? '')) return;
    const to = /^(more|additional|others)$/.test(tokens[q.last]?.norm ?? '') ? q.last + 1 : q.last;
    // ("The school sent 30 more to the final": only by a side the sentence names, or where war is spoken of.)
    // "They sent ten thousand, and Pyongyang didn't even blink": sent, and the clause ends; only where the sentence
    // before spoke of an army, as no weapon is counted in it.
    // So is "If Pyongyang sent 50,000, it would …": sent by a side named as the verb's subject.
    const bySide = findMentions(tokens).some((m) => namesASide(m) && m.last === q.qualifierFirst - 1);
    const conditionEnds = /^(if|when|once|unless)$/.test(tokens[0]?.norm ?? '') && tokens[to]?.text === ',';
    const sentAlone = (clauseEndsAt(tokens, to) || (bySide && conditionEnds)) && (bySide || around.previous.some((t) => t.kind === 'word' && MILITARY_CONTEXT.has(t.norm)));
    if ((/^(to|into|toward|towards)$/.test(tokens[to]?.norm ?? '') || sentAlone) && !armsBefore()) senses[i] = { category: 'troops', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last], warOnly: !namesASideIn(tokens) };
  });
  // "sent 11k to Kursk, lost ~4.7k of them, and is now promising 30k more": more of what is sent or pledged is more
  // of the troops counted before.
  // So is "will send another 25-30k".
  quantities.forEach((q, i) => {
    const another = tokens[q.qualifierFirst - 1]?.norm === 'another';
    const verb = tokens[q.qualifierFirst - (another ? 2 : 1)];
    if (senses[i].category || senses[i].nounEnd !== q.last || (tokens[q.last]?.norm !== 'more' && !another) || !verb || !(SENDING.has(verb.norm) || PLEDGING.has(verb.norm))) return;
    // "could spare 30 more beds": a noun of its own after "more" is what the count counts.
    const after = tokens[q.last + 1];
    if (after?.kind === 'word' && /[^s]s$/.test(after.norm) && !S_WORDS.has(after.norm)) return;
    const troops = senses.findLast((s, k) => k < i && s.category === 'troops');
    if (troops) senses[i] = { ...troops, nounEnd: q.last, phrase: [q.last, q.last] };
    // "Pyongyang sent 3 thousand more in January": with no weapons in sight, more sent are more people, sent by a side
    // the sentence names or where war is spoken of ("the restaurant can spare 30 more" sends no troops).
    else if (SENDING.has(verb.norm) && !armsNear()) senses[i] = { category: 'troops', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last], warOnly: !namesASideIn(tokens) };
  });
  // "Ukrainian military intelligence now speaks of 25,000 to 30,000 more on the way": more of them on their way,
  // with no weapons in sight, are more troops, as those counted before them were.
  quantities.forEach((q, i) => {
    const more = tokens[q.last]?.norm === 'more' || tokens[q.qualifierFirst - 1]?.norm === 'another';
    if (senses[i].category || senses[i].nounEnd !== q.last || !more || !onTheirWay(tokens, q.last) || armsNear()) return;
    const troops = senses.findLast((s, k) => k < i && s.category === 'troops') ?? previousCounts(around).findLast((c) => c.sense.category === 'troops')?.sense;
    senses[i] = troops ? { ...troops, nounEnd: q.last, phrase: [q.last, q.last] } : { category: 'troops', unit: 'people', nounEnd: q.last, phrase: [q.last, q.last], warOnly: !namesASideIn(tokens) };
  });
  // "Chart: North Korean shell deliveries to Russia … c. 1 million (Nov 2023), ~5 million (Sep 2024)", but not
  // "at three dates" or the "3" of "Figure 3".
  const bare = (q: Quantity, i: number) => !senses[i].category && senses[i].nounEnd === q.last && !countsUntracked(tokens, q);
  const caption = quantities.some(bare) ? around.caption() : null;
  // A chart of a toll "per period" or "by year" has a bar for each period: a part of the running toll, where no
  // total is named ("total since the invasion approximately 970,000"). (Weapons sent by year may be what a report
  // counts: "9 million shells in 2024".)
  if (caption) {
    const byPeriod = caption.sense.category === 'casualties' && caption.words.some((w, k) => PER_PERIOD.has(w) && PERIODS.has(caption.words[k + 1] ?? ''));
    const part = byPeriod && !tokens.some((t) => TOTALS.has(t.norm));
    quantities.forEach((q, i) => {
      if (bare(q, i) && tokens[q.qualifierFirst].start >= caption.labelEnd) {
        senses[i] = { ...caption.sense, owner: caption.owner, labelWords: caption.words, nounEnd: q.last, phrase: [q.last, q.last], part: part || undefined };
      }
    });
  }
  // "Source | Artillery shells | Ballistic missiles" over "South Korean military (late 2024) | 9 million | 100+":
  // the column's heading says what a count with no noun of its own counts, before the row's label does.
  quantities.forEach((q, i) => {
    const heading = senses[i].nounEnd === q.last ? around.column(tokens[q.qualifierFirst].start) : null;
    if (!heading || countsUntracked(tokens, q)) return;
    // "| Killed or wounded | 4,700 |" under a column of people: the row's label says they are a toll.
    const rowToll = heading.sense.unit === 'people' && tokens.slice(0, q.qualifierFirst).some((t) => CASUALTY_WORDS.has(t.norm));
    const sense = rowToll ? { ...heading.sense, category: 'casualties' as const, kind: undefined } : heading.sense;
    senses[i] = { ...sense, owner: heading.owner, labelWords: heading.words, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "| UN report | 9 million shells |" over "| South Korean intelligence | 12 million+ |": with no heading that says
  // what a column counts, a bare count counts what the count right above it counts.
  quantities.forEach((q, i) => {
    if (senses[i].category || senses[i].nounEnd !== q.last || countsUntracked(tokens, q)) return;
    const cell = around.cellAbove(tokens[q.qualifierFirst].start);
    const above = cell ? countsOf(cell)[0] : undefined;
    if (above) senses[i] = { ...above.sense, nounEnd: q.last, phrase: [q.last, q.last] };
  });
  // "… put losses over the past day at 1,090 troops, bringing the total since February 2022 to about 1,163,000": a
  // running total counts what the count before it counts, as that count was read (losses, not troops).
  quantities.forEach((q, i) => {
    const earlier = senses.findLast((sense, k) => k < i && !!sense.category);
    if (!earlier || earlier.unit !== 'people' || senses[i].unit !== 'people' || earlier.category === senses[i].category) return;
    if (senses[i].nounEnd === q.last && isRunningTotal(tokens, q.qualifierFirst)) senses[i] = { ...senses[i], category: earlier.category, kind: earlier.kind };
  });
  // "The total combat losses of the enemy … were:\npersonnel — 1,163,870 persons": people listed under a heading of
  // losses are the losses, on every line of the list, and the heading's side is whose ("its morning tally of Russian
  // losses. As of today:").
  const heading = quantities.length > 0 ? (around.heading() ?? inlineHeading(tokens, quantities)) : null;
  if (heading?.some((t) => CASUALTY_WORDS.has(t.norm))) {
    // Whose losses: the side named nearest the word of loss ("General Staff of the Armed Forces of Ukraine: total
    // combat losses of the enemy" counts the enemy's, not Ukraine's).
    const loss = heading.findIndex((t) => CASUALTY_WORDS.has(t.norm));
    const gap = (m: Mention) => (m.first > loss ? m.first - loss : loss - m.last + 1);
    const sides = findMentions(heading).filter((m) => m.role === 'actor' && m.entity.actor);
    const owner = sides.reduce<Mention | undefined>((best, m) => (!best || gap(m) < gap(best) ? m : best), undefined)?.entity.actor;
    const labelWords = wordsOf(heading);
    senses.forEach((sense, i) => {
      const people = sense.category === 'troops' || (!sense.category && nounSense(tokens[sense.nounEnd - 1]?.norm ?? '')?.unit === 'people');
      if (people && sense.unit !== 'formations') senses[i] = { ...sense, category: 'casualties', unit: 'people', kind: undefined, owner: sense.owner ?? owner, labelWords };
    });
  }
  // An infobox's "Strength:" or "Casualties and losses:" over lines of "North Korea: 266,600": each bare count a
  // side labels under the heading counts what the heading names ("Heatwave: 5 things" is no side's).
  if (heading) {
    const infobox = infoboxLabelSense(heading);
    const named = infobox ?? (heading.some((t) => CASUALTY_WORDS.has(t.norm)) ? CASUALTIES : heading.map((t) => nounSense(t.norm)).find((x) => x?.category));
    // "Strength" ⏎ "11,000–12,000 (Nov 2024)[3]": under an infobox's label, a count that opens its line, or its
    // side's cell after the other's (after a tab or the other's citation: "c. 254,000[1]	c. 230,000[2]"), counts
    // what the label names.
    if (infobox) quantities.forEach((q, i) => {
      const opens = tokens.slice(0, q.qualifierFirst).every((t) => t.text === '+') || /^[\]|]$/.test(tokens[q.qualifierFirst - 1]?.text ?? '');
      if (!senses[i].category && senses[i].nounEnd === q.last && opens && !countsUntracked(tokens, q)) senses[i] = { category: infobox.category, unit: infobox.unit, nounEnd: q.last, phrase: [q.last, q.last] };
    });
    // A line labelled by a side, or by where or when ("Kursk: about 100,000", "2023: about 250,000" under "RUSSIAN
    // LOSSES, YEAR BY YEAR").
    const labels = named ? findMentions(tokens).filter((m) => m.entity.actor || m.entity.place) : [];
    if (named) quantities.forEach((q, i) => {
      if (senses[i].category || senses[i].nounEnd !== q.last || tokens[q.qualifierFirst - 1]?.text !== ':' || countsUntracked(tokens, q)) return;
      // "Kim's soldiers" over "Deployed: c. 11,000": a line labelled by how troops were sent counts the heading's troops.
      const sentLabel = named.category === 'troops' && DEPLOYED.has(tokens[q.qualifierFirst - 2]?.norm ?? '') && q.qualifierFirst === 2;
      const yearLabel = q.qualifierFirst === 2 && isYearLike(tokens[0]);
      // "Running total since the invasion, to October 2025: just under a million".
      const totalLabel = tokens.slice(0, q.qualifierFirst - 1).some((t) => /^(total|tally|toll)$/.test(t.norm));
      if (!sentLabel && !yearLabel && !totalLabel && !labels.some((m) => m.last === q.qualifierFirst - 1)) return;
      // A year's line of losses is that year's toll, a part of any running total.
      const yearsToll = yearLabel && named.category === 'casualties';
      senses[i] = { category: named.category, unit: named.unit, kind: countedKind(named), nounEnd: q.last, phrase: [q.last, q.last], part: yearsToll || undefined };
    });
  }
  // "killing 11 civilians, two of them children": a part of a count the sentence named before, counting the same
  // thing. "11,000 troops, 4,000 of them killed" counts another thing, and stays a figure of its own.
  quantities.forEach((q, i) => {
    if (!isOfThem(tokens, q) || !senses[i].category) return;
    const w = senses.findLastIndex((s, k) => k < i && !!s.category);
    const whole = senses[w];
    // A part is no more than its whole: "2 million shells a year, … as many as 9 million of them in 2024" takes up
    // what is counted, not a count it is part of.
    const within = w >= 0 && q.value.high <= quantities[w].value.high;
    // "100 ballistic missiles delivered, at least 60 of which have been fired at Ukraine": what was done with a part
    // makes it a count of its own, the missiles fired.
    const used = tokens.slice(q.last + 2, q.last + 8).some((t) => FIRED.has(t.norm));
    if (within && !used && whole.category === senses[i].category && whole.kind === senses[i].kind) senses[i] = { ...senses[i], part: true };
  });
  // "Kyiv's figure of 4,000 North Korean casualties was revised down to 3,000": a bare count whose sense a noun of
  // another count gave, by whatever road, is described by that count's words, as a lent noun is.
  quantities.forEach((q, i) => {
    const sense = senses[i];
    if (!sense.category || sense.nounEnd !== q.last || sense.labelWords) return;
    const k = senses.findLastIndex((o, j) => j < i && o.category === sense.category && o.unit === sense.unit && o.kind === sense.kind && o.nounEnd > quantities[j].last);
    const words = k >= 0 ? wordsOf(tokens.slice(quantities[k].last, senses[k].nounEnd)) : [];
    if (words.length > 0) senses[i] = { ...sense, labelWords: words };
  });
}

/** "per period", "by half-year", "by month": a chart's bars each of one period. */
const PER_PERIOD = new Set(['per', 'by', 'each']);
const PERIODS = new Set(['period', 'year', 'half', 'quarter', 'month', 'week', 'day']);
const TOTALS = new Set(['total', 'cumulative', 'overall', 'altogether']);

/** What is done with munitions, which makes those it was done with a count of their own. */
const FIRED = new Set(['fired', 'launched', 'used', 'expended']);

/** Conjunctions that open a clause of their own after a comma: ", and Kim ordered", "says 110,000, but they count". */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'though', 'although', 'yet']);

/** Where a clause ends and another, with a subject of its own, starts: "; the governor said", ", and Kim ordered". */
export const endsClause = (tokens: Token[], k: number) =>
  tokens[k].text === ';' || (tokens[k].text === ',' && CLAUSE_OPENERS.has(tokens[k + 1]?.norm ?? ''));

/**
 * Whether the clause of tokens[from - 1] ends there: nothing but punctuation follows it, up to the sentence's end
 * or the start of another clause.
 */
function clauseEndsAt(tokens: Token[], from: number): boolean {
  // "… counted 9M+ in 2024 alone.": when the count stands is no more of the clause.
  while (from < tokens.length && (TIME_TAIL.has(tokens[from].norm) || isYearLike(tokens[from]))) from++;
  for (let k = from; k < tokens.length; k++) {
    if (endsClause(tokens, k)) return true;
    if (tokens[k].kind !== 'punct') return false;
  }
  return true;
}
