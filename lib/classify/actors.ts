import { type Token, touching } from '../extract/tokenize';
import { ENTITY_INDEX, type Entity, countryOfActor } from './entities';
import { pairedNounSense } from './nouns';

/** One name of an actor or place in a sentence, with the part it plays there. */
export interface Mention {
  first: number;
  /** Token index just past the mention. */
  last: number;
  entity: Entity;
  /**
   * actor: whose forces; place: where; source: who says so ("Ukrainian intelligence"); recipient: "supply Russia
   * with"; maker: whose weapon family ("KN-23"), which owns only the count it names.
   */
  role: 'actor' | 'place' | 'source' | 'recipient' | 'maker';
}

const PLACE_PREPOSITIONS = new Set([
  'in', 'near', 'at', 'into', 'inside', 'across', 'throughout', 'within', 'outside', 'around', 'towards', 'toward', 'on',
  'to', 'over', 'through', 'of',
]);
/** A country right after one of these receives rather than acts: "supply Russia with 30,000 troops". */
const GIVING_VERBS = new Set(['supply', 'supplies', 'supplied', 'supplying', 'provide', 'provides', 'provided', 'providing', 'give', 'gave', 'given', 'giving', 'arm', 'armed', 'arming', 'furnish', 'furnished', 'offer', 'offered', 'sell', 'sold', 'lend', 'lent', 'assist', 'assisting', 'help', 'helping', 'reinforce', 'reinforcing', 'hand', 'handed', 'handing', 'ship', 'shipped', 'shipping', 'send', 'sent', 'sending', 'deliver', 'delivered', 'delivering', 'transfer', 'transferred', 'give', 'gives', 'promise', 'promised', 'promises', 'pledge', 'pledged', 'pledges']);
const PLACE_SKIPPABLE = new Set([
  'the', 'eastern', 'western', 'northern', 'southern', 'central', 'occupied', 'border', 'frontline', 'front-line', 'north', 'south', 'east', 'west',
]);
/** Nouns that make a country's adjective a place: "on Ukrainian soil", "Russian territory", "many Russian regions". */
const LAND_NOUNS = new Set(['soil', 'territory', 'territories', 'land', 'lands', 'ground', 'region', 'regions', 'cities', 'towns', 'villages', 'provinces', 'oblasts']);
const PLACE_NOUNS_AFTER = new Set(['region', 'oblast', 'province', 'area', 'front', 'border', 'sector', 'direction', 'axis', 'city']);
/** "the Seoul figure works out to about 12 million rounds", "by Kyiv's count": whose figure, not what it counts. */
const FIGURE_WORDS = new Set(['figure', 'figures', 'count']);
const SOURCE_WORDS = new Set([
  'intelligence', 'officials', 'official', 'ministry', 'jcs', 'spokesman', 'spokesperson', 'spokeswoman', 'sources', 'media',
  'estimates', 'estimate', 'assessment', 'assessments', 'agency', 'service', 'nis', 'hur', 'gur', 'minister', 'president',
  'lawmakers', 'lawmaker', 'analysts', 'analyst', 'authorities', 'government', 'command', 'chief', 'staff', 'state',
  'outlets', 'news', 'think', 'report', 'reports', 'envoy', 'ambassador', 'diplomats', 'generals', 'spy', 'spies', 'spooks',
  'correspondent', 'correspondents', 'blogger', 'bloggers', 'journalist', 'journalists', 'reporter', 'reporters',
  'commentator', 'commentators', 'channel', 'channels', 'broadcaster', 'press', 'propagandists', 'war-bloggers',
  'outlet', 'newspaper', 'newspapers', 'tabloid', 'tabloids', 'website', 'websites', 'daily', 'weekly', 'broadcasters',
  // What a side publishes speaks for it: "a South Korean briefing spoke of", "a Ukrainian dossier lists".
  'briefing', 'briefings', 'statement', 'statements', 'dossier', 'memo', 'bulletin', 'readout', 'tally', 'tallies',
  ...FIGURE_WORDS,
  // One officer speaks; officers in the plural are as often the ones counted.
  'officer', 'commander',
  // Those who study or comment on a war speak of it: "a Russian political scientist said".
  'scientist', 'scientists', 'expert', 'experts', 'professor', 'historian', 'researcher', 'researchers', 'pundit', 'pundits',
  'observer', 'observers', 'host', 'presenter', 'anchor', 'columnist', 'academic',
  // Agencies by their initials, as threads write them: "UK DI → 6k+ KIA/WIA/MIA", "US DIA", "RU MoD".
  'di', 'dia', 'mod', 'cia', 'isw', 'mi6', 'gchq', 'sbu', 'fsb', 'dni',
]);
/** A country's bodies that speak for it: "Ukraine's military said", "Russia's army claims". */
const SPEAKING_BODIES = new Set(['military', 'army', 'forces', 'navy', 'government', 'defence', 'defense', 'force', 'staff', 'command', 'ministry', 'intelligence', 'service', 'agency']);
/** Words that open the name of such a body: "air force", "general staff", "spy agency". */
const BODY_WORDS = new Set(['air', 'armed', 'general', 'spy', 'border', 'security', 'foreign', 'defence', 'defense', 'naval', 'military']);
/** Verbs by which a body publishes a figure. */
const PUBLISHING_VERBS = new Set(['released', 'releases', 'published', 'publishes', 'issued', 'issues', 'posted', 'posts', 'updated']);
/** Nouns for someone's estimate: "Syrskyi's number", "Kyiv's reckoning". */
const ESTIMATE_NOUNS = new Set(['number', 'figure', 'estimate', 'count', 'tally', 'reckoning']);
export const SAYING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'estimated', 'estimates', 'claimed', 'claims', 'claim', 'reported', 'reports', 'told', 'believes',
  'insists', 'insisted', 'suggests', 'suggested',
  'believe', 'stated', 'announced', 'assessed', 'assesses', 'warned', 'briefed', 'confirmed', 'acknowledged', 'admitted',
  'reckons', 'reckoned', 'recorded', 'records', 'documented', 'documents', 'counted', 'counts', 'registered', 'logged', 'tallied',
  'cites', 'cite', 'cited', 'quotes', 'quoted', 'alleges', 'alleged', 'asserts', 'asserted', 'argues', 'argued',
  'talks', 'talked', 'speaks', 'spoke', 'mentions', 'mentioned', 'predicts', 'predicted', 'forecasts', 'expects',
  'tell', 'tells',
  // "bloggers are talking about a hundred and fifty thousand more".
  'talking', 'speaking', 'saying', 'claiming', 'estimating',
]);

/** The most words between the commas of a source's aside: ", the same estimate says,". */
const SOURCE_ASIDE = 7;

/**
 * Where the aside that ends with the comma at tokens[k] opens, when it only says whose the figure is ("The force
 * has grown, the same estimate says, by 40k"), or -1.
 */
export function sourceAsideBefore(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',') return -1;
  let said = false;
  for (let j = k - 1; j >= Math.max(0, k - SOURCE_ASIDE - 1); j--) {
    const t = tokens[j];
    if (t.text === ',') return said ? j : -1;
    if (t.kind !== 'word' && t.text !== "'" && t.text !== '’') return -1;
    if (SAYING_VERBS.has(t.norm)) said = true;
  }
  return -1;
}
/** Titles between a country's possessive and the speaker it names: "Ukraine's defence minister Rustem Umerov said". */
const SPEAKER_TITLES = new Set(['defence', 'defense', 'foreign', 'prime', 'minister', 'secretary', 'president', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'envoy', 'ambassador', 'deputy', 'former', 'top', 'general', 'security', 'council']);
/** Words between a speaker and the verb of speaking: "has", "also", "later". */
const SPEECH_FILLERS = new Set([
  'has', 'have', 'had', 'also', 'later', 'since', 'again', 'then', 'now', 'previously', 'earlier', 'will', 'would',
  // "Kyiv keeps saying the losses are enormous", "Moscow still claims".
  'keeps', 'keep', 'kept', 'still', 'repeatedly',
]);

/** "Seoul puts the toll at 4,700": who puts a figure at a value gives it and does not own it; "Russia put 50,000 troops near Kursk" does. */
export const PUTTING_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'place', 'places', 'placed', 'peg', 'pegs', 'pegged']);

/** Words that open a count after "at": a qualifier or a number in words ("at a million", "at well over 4,000"). */
const AT_COUNT = /^(about|around|some|roughly|approximately|nearly|almost|more|over|under|least|well|just|close|a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|tens|dozens)$/;

/** Whether the verb at `at` puts something "at" a number: "puts the toll at 4,700". */
function putsAtNumber(tokens: Token[], at: number): boolean {
  if (!PUTTING_VERBS.has(tokens[at]?.norm ?? '')) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 12); k++) {
    if (tokens[k].kind === 'num') return false;
    if (tokens[k].norm === 'at') return tokens[k + 1]?.kind === 'num' || AT_COUNT.test(tokens[k + 1]?.norm ?? '');
  }
  return false;
}

/** Titles before a surname that make it a lawmaker's, an official's or an expert's: "Rep. Kim", "Minister Kim". */
const TITLES = new Set([
  'rep', 'representative', 'lawmaker', 'legislator', 'assemblyman', 'assemblywoman', 'senator', 'sen', 'minister', 'mr', 'ms',
  'mrs', 'dr', 'prof', 'professor', 'researcher', 'analyst', 'ambassador', 'spokesman', 'spokeswoman', 'chairman', 'director',
  'correspondent', 'reporter', 'host', 'judge', 'mayor', 'governor',
]);

/**
 * Whether a shared surname at i names someone else: a title before it, or a hyphenated given name after it that is
 * not its person's ("Kim Byung-kee", not "Kim Jong-un"). Only the hyphenated form is read: in a headline's
 * capitals ("Kim Sends Troops") any word after a name looks like a given name.
 */
function isSomeoneElse(tokens: Token[], i: number, givenNames: readonly string[]): boolean {
  const before = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
  if (before?.kind === 'word' && TITLES.has(before.norm)) return true;
  const given = tokens[i + 1];
  const hyphen = tokens[i + 2];
  return given?.kind === 'word' && /^[A-Z]/.test(given.text) && hyphen?.text === '-' && touching(given, hyphen) && !givenNames.includes(given.norm);
}

function matchAt(tokens: Token[], i: number, lowerCase: () => boolean): { entity: Entity; last: number } | null {
  const t = tokens[i];
  if (t.kind !== 'word') return null;
  const candidates = ENTITY_INDEX.get(t.norm);
  if (!candidates) return null;
  for (const { words, entity } of candidates) {
    let j = i;
    let ok = true;
    for (const word of words) {
      // "Kim Jong-un", "N. Korea": hyphens and abbreviation dots inside a name.
      while (j > i && (tokens[j]?.text === '-' || tokens[j]?.text === '.')) j++;
      if (tokens[j]?.kind !== 'word' || tokens[j].norm !== word) {
        ok = false;
        break;
      }
      j++;
    }
    if (!ok) continue;
    // "us" is a pronoun however a sentence is written.
    if (entity.caseSensitive && !/^[A-Z.]+$/.test(t.text.replace(/['’]s$/, '')) && (t.norm === 'us' || !lowerCase())) continue;
    if (entity.sharedSurname && words.length === 1 && isSomeoneElse(tokens, i, entity.sharedSurname)) continue;
    return { entity, last: j };
  }
  return null;
}

function isPlaceUse(tokens: Token[], first: number, last: number): boolean {
  // "in Kyiv's largest drone attack" names who, not where; "in Russia's Kursk region" is still a place.
  const after = tokens[last];
  if (tokens[last - 1].possessive && !(after?.kind === 'word' && (/^[A-Z]/.test(after.text) || PLACE_NOUNS_AFTER.has(after.norm)))) return false;
  let i = first - 1;
  for (let skipped = 0; i >= 0 && skipped < 2 && tokens[i].kind === 'word' && PLACE_SKIPPABLE.has(tokens[i].norm); skipped++) i--;
  const before = tokens[i];
  if (before?.kind === 'word' && PLACE_PREPOSITIONS.has(before.norm)) {
    // "of" only makes a place in "the city of", "the region of"; otherwise "of Russia" names an actor.
    if (before.norm !== 'of' || PLACE_NOUNS_AFTER.has(tokens[i - 1]?.norm ?? '')) return true;
  }
  return after?.kind === 'word' && PLACE_NOUNS_AFTER.has(after.norm);
}

/** "announced in Pyongyang", "told reporters in Kyiv", "a visit to Pyongyang": where something was said, not where the count is. */
function whereSaid(tokens: Token[], first: number): boolean {
  const preposition = tokens[first - 1];
  const before = tokens[first - 2];
  if (!preposition || !before || before.kind !== 'word') return false;
  // "during a visit to Pyongyang", "on a trip to Moscow": where a visitor said it.
  if (preposition.norm === 'to') return /^(visit|trip)$/.test(before.norm);
  if (preposition.norm !== 'in' && preposition.norm !== 'at') return false;
  // "as agreed in Pyongyang", "a deal signed in Moscow": where it was agreed.
  // "4,700 killed or wounded is the working figure in Seoul": where the figure is held.
  if (ESTIMATE_NOUNS.has(before.norm) || before.norm === 'consensus') return true;
  // "told lawmakers in Seoul", "officials in Kyiv say": where those who give or hear the figure are.
  // "Intelligence agencies in Seoul, Kyiv and Washington put the number at …", "some commentators in Moscow put it
  // nearer 400,000": where those who give a figure sit.
  return SAYING_VERBS.has(before.norm) || /^(reporters|journalists|briefing|conference|summit|talks|visit|agreed|signed|negotiated|decided|lawmakers|legislators|parliament|parliamentarians|officials|diplomats|analysts|agencies|agency|services|governments|ministries|capitals|commentators|bloggers|experts|observers|pundits|sources|media|newspapers|channels)$/.test(before.norm);
}

function isSourceUse(tokens: Token[], first: number, last: number, accordingFrom: number, accordingTo: number): boolean {
  if (first >= accordingFrom && first < accordingTo) return true;
  // "a Russian-language channel", "Korean-language media": a hyphen joins the words of a source's description.
  for (let i = last; i < Math.min(tokens.length, last + 4); i++) {
    const t = tokens[i];
    if (t.text === '-' && tokens[i + 1]?.kind === 'word') continue;
    if (t.kind !== 'word') break;
    // "28,500 U.S. service members" are troops, not a service that speaks.
    if (pairedNounSense(t.norm, tokens[i + 1]?.norm ?? '')?.category) break;
    if (SOURCE_WORDS.has(t.norm)) return true;
  }
  // "An early American figure of 8,000 soldiers", "the Ukrainian count of 1,200 dead": a figure a side gives.
  const figureAt = ESTIMATE_NOUNS.has(tokens[last]?.norm ?? '') ? last : -1;
  if (figureAt >= 0 && !tokens[last - 1].possessive && tokens[figureAt + 1]?.norm === 'of' && tokens[figureAt + 2]?.kind === 'num') return true;
  // "Twelve million rounds is the Ukrainian number", "the British estimate is lower": whose figure it is.
  if (figureAt >= 0 && !tokens[last - 1].possessive && tokens[figureAt + 1]?.norm !== 'of') return true;
  // "General Syrskyi's number is about 110,000", "by Kyiv's June count": whose figure it is, not whose troops;
  // "Russia's number of troops" is still Russia's own.
  if (tokens[last - 1].possessive) {
    const noun = ESTIMATE_NOUNS.has(tokens[last]?.norm ?? '') ? last : ESTIMATE_NOUNS.has(tokens[last + 1]?.norm ?? '') ? last + 1 : -1;
    if (noun >= 0 && tokens[noun + 1]?.norm !== 'of') return true;
  }
  // "That's the number Seoul used", "the figure Kyiv gave": a figure's giver, named after it.
  if (ESTIMATE_NOUNS.has(tokens[first - 1]?.norm ?? '') && DETERMINERS_OF_A_FIGURE.has(tokens[first - 2]?.norm ?? '') && GIVING_A_FIGURE.has(tokens[last]?.norm ?? '')) return true;
  // "Moscow said", "Kyiv has claimed"; not "North Korea is reported to have deployed", where it is the subject.
  // "Ukraine's military said": a country's body that speaks is the country speaking.
  // "Ukraine's air force said", "Russia's defence ministry has reported": a body of a word or three.
  if (tokens[last - 1].possessive) {
    let k = last;
    while (k < last + 3 && (SPEAKING_BODIES.has(tokens[k]?.norm ?? '') || BODY_WORDS.has(tokens[k]?.norm ?? ''))) k++;
    const named = k > last && SPEAKING_BODIES.has(tokens[k - 1].norm);
    while (named && k < last + 5 && SPEECH_FILLERS.has(tokens[k]?.norm ?? '')) k++;
    // A body also speaks by what it publishes: "Ukraine's air force has since released its full tally".
    if (named && (SAYING_VERBS.has(tokens[k]?.norm ?? '') || PUBLISHING_VERBS.has(tokens[k]?.norm ?? ''))) return true;
  }
  // "Russia's Sergei Shoigu announced", "Ukraine's defence minister Rustem Umerov said": the country of a speaker.
  // "South Korea's Joint Chiefs of Staff put the toll at about 3,000": a titled body, "of" within its name.
  if (tokens[last - 1].possessive) {
    let k = last;
    const titled = (t: Token | undefined) => t?.kind === 'word' && (/^[A-Z]/.test(t.text) || SPEAKER_TITLES.has(t.norm));
    // "Ukraine's commander-in-chief, Oleksandr Syrskyi, put the number at 110,000": a hyphenated title's parts and
    // the name set between commas after it.
    const hyphened = (j: number) => (tokens[j]?.text === '-' || tokens[j - 1]?.text === '-') && touching(tokens[j - 1], tokens[j]) && touching(tokens[j], tokens[j + 1]);
    while (k < last + 8) {
      if (titled(tokens[k]) || (tokens[k]?.norm === 'of' && k > last && titled(tokens[k + 1])) || (k > last && hyphened(k))) k++;
      else if (k > last && tokens[k]?.text === ',' && /^[A-Z]/.test(tokens[k + 1]?.text ?? '')) {
        let close = k + 1;
        while (close < k + 5 && /^[A-Z]/.test(tokens[close]?.text ?? '')) close++;
        if (tokens[close]?.text !== ',') break;
        k = close + 1;
      } else break;
    }
    while (k < last + 12 && SPEECH_FILLERS.has(tokens[k]?.norm ?? '')) k++;
    if (k > last && (SAYING_VERBS.has(tokens[k]?.norm ?? '') || putsAtNumber(tokens, k))) return true;
  }
  // "Moscow has claimed", "Shoigu also said", "Kyiv has since reported"; a name set between commas speaks by the
  // verb after them: "Ukraine's commander-in-chief, Oleksandr Syrskyi, put the number at 110,000".
  let opens = first - 1;
  while (opens > first - 3 && tokens[opens]?.kind === 'word' && /^[A-Z]/.test(tokens[opens].text)) opens--;
  let verbAt = tokens[last]?.text === ',' && tokens[opens]?.text === ',' ? last + 1 : last;
  while (verbAt < last + 2 && SPEECH_FILLERS.has(tokens[verbAt]?.norm ?? '')) verbAt++;
  const verb = tokens[verbAt];
  return verb?.kind === 'word' && (SAYING_VERBS.has(verb.norm) || putsAtNumber(tokens, verbAt) || hasAFigure(tokens, last));
}

const DETERMINERS_OF_A_FIGURE = new Set(['the', 'that', 'this', 'a', 'an']);
/** Verbs by which someone gives a figure named before them: "the number Seoul used", "the estimate Kyiv cites". */
const GIVING_A_FIGURE: ReadonlySet<string> = new Set([
  ...SAYING_VERBS, ...PUBLISHING_VERBS, 'used', 'uses', 'use', 'gave', 'gives', 'give', 'offered', 'offers', 'floated', 'floats', 'settled', 'prefers',
]);

/** Nouns of what a person proposes or announces: "the Shoigu package", "the Trump plan". */
const PROPOSALS = new Set(['package', 'pledge', 'plan', 'deal', 'offer', 'announcement', 'statement', 'promise', 'proposal']);

/** Whether a person's name stands before what they propose: "the Shoigu package: 1,000 sappers" names who offered it. */
const namesAProposal = (tokens: Token[], last: number) => PROPOSALS.has(tokens[last]?.norm ?? '');

/** Whether only a list's comma or "and" stands between tokens[end] and tokens[first]: "Seoul, Kyiv and Washington". */
const listedAfter = (tokens: Token[], end: number, first: number) =>
  first - end === 1 ? tokens[end].text === ',' || tokens[end].norm === 'and' : first - end === 2 && tokens[end].text === ',' && tokens[end + 1].norm === 'and';

/** "Kyiv has a higher number", "the Ukrainians have their own estimate": who has a figure gives it. */
function hasAFigure(tokens: Token[], at: number): boolean {
  if (!/^(has|have|had)$/.test(tokens[at]?.norm ?? '')) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5); k++) {
    if (ESTIMATE_NOUNS.has(tokens[k].norm)) return true;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

const NORTH: Entity = { actor: 'dprk', adjective: true };
const SOUTH: Entity = { actor: 'south-korea', adjective: true };
/** Prepositions before "the North" that make it a region ("troops in the North"), not a state. */
const REGION_PREPOSITIONS = new Set(['in', 'to', 'from', 'of', 'across', 'into', 'toward', 'towards', 'throughout', 'within', 'near']);

/**
 * "the North has sent 11,000 troops", "the South's 30 million shells": Korea reporting names the two states so.
 * Only as a subject or an owner, written with a capital and followed by no other name ("the North Atlantic"), and
 * never after a preposition, where it is a region ("fighting in the North").
 */
function koreaByCompass(tokens: Token[], i: number): { entity: Entity; last: number } | null {
  const t = tokens[i];
  if (t.kind !== 'word' || (t.text !== 'North' && t.text !== 'South' && t.text !== "North's" && t.text !== "South's" && t.text !== 'North’s' && t.text !== 'South’s')) return null;
  if (tokens[i - 1]?.norm !== 'the' || REGION_PREPOSITIONS.has(tokens[i - 2]?.norm ?? '')) return null;
  const next = tokens[i + 1];
  if (next?.kind === 'word' && /^[A-Z]/.test(next.text)) return null;
  return { entity: t.norm === 'north' ? NORTH : SOUTH, last: i + 1 };
}

/**
 * "General Budanov: Yes. Over twelve million rounds": a person or a body labelling what it says, in a transcript
 * or a Q&A. A country before a colon is a heading ("North Korea: its standing army"), not a speaker.
 */
function isSpeakerLabel(tokens: Token[], first: number, last: number, entity: Entity): boolean {
  return !entity.place && tokens[last]?.text === ':' && first <= 3 && tokens.slice(0, first).every((t) => t.kind === 'word');
}

/**
 * "12m — artillery shells shipped (Ukraine)", "4,700 killed or wounded (NIS, April 2025)": a side alone in the
 * brackets that end a line, after a count, gives the count.
 */
function citedInBrackets(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== '(' || !tokens.slice(0, first).some((t) => t.kind === 'num')) return false;
  let close = last;
  while (close < tokens.length && tokens[close].text !== ')' && close - last < 4) close++;
  return tokens[close]?.text === ')' && (close + 1 === tokens.length || /^[.;]$/.test(tokens[close + 1].text));
}

/**
 * "Artillery shells shipped | 12 million | South Korean military": a table's cell after the one holding a number
 * says who gives the number.
 */
function isCitedCell(tokens: Token[], first: number): boolean {
  let cell = first - 1;
  while (cell >= 0 && tokens[cell].text !== '|') cell--;
  if (cell < 0) return false;
  for (let i = cell - 1; i >= 0; i--) if (tokens[i].kind === 'num') return true;
  return false;
}

/**
 * "KYIV (Reuters) —", "SEOUL, Nov 4 —": a wire story's dateline says where it was filed, in capitals before a
 * dash, and is never the subject of the sentence after it.
 */
function isDateline(tokens: Token[], first: number, last: number): boolean {
  if (first !== 0 || !/^[A-Z]{3,}$/.test(tokens[0].text)) return false;
  for (let k = last; k < Math.min(tokens.length, last + 8); k++) if (tokens[k].text === '—' || tokens[k].text === '–' || tokens[k].text === '-') return k > last;
  return false;
}

/** Every actor and place named in a sentence's tokens, with its role. */
export function findMentions(tokens: Token[]): Mention[] {
  // "according to Ukraine's military chief": everything up to the next comma is a source.
  let accordingFrom = tokens.length;
  let accordingTo = tokens.length;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].norm === 'according' && tokens[i + 1].norm === 'to') {
      accordingFrom = i + 2;
      accordingTo = i + 2;
      while (accordingTo < tokens.length && tokens[accordingTo].kind !== 'punct') accordingTo++;
      break;
    }
  }
  const mentions: Mention[] = [];
  // "nk sent like 11k guys to kursk": a sentence written all in lower case writes "NK" and "UA" so too. Asked only
  // when such a word stands in lower case.
  let lower: boolean | undefined;
  const lowerCase = () => (lower ??= tokens.length > 3 && !tokens.some((t) => t.kind === 'word' && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90));
  for (let i = 0; i < tokens.length; ) {
    const m = matchAt(tokens, i, lowerCase) ?? koreaByCompass(tokens, i);
    if (!m) {
      i++;
      continue;
    }
    const { last } = m;
    let { entity } = m;
    const land = entity.adjective && entity.actor && tokens[last]?.kind === 'word' && LAND_NOUNS.has(tokens[last].norm) ? countryOfActor(entity.actor) : undefined;
    if (land) entity = { place: land };
    let role: Mention['role'];
    if (!entity.actor) role = 'place';
    else if (entity.maker) role = 'maker';
    else if (isSourceUse(tokens, i, last, accordingFrom, accordingTo) || isSpeakerLabel(tokens, i, last, entity) || isCitedCell(tokens, i) || isDateline(tokens, i, last) || citedInBrackets(tokens, i, last) || (entity.person && namesAProposal(tokens, last))) role = 'source';
    else if (entity.place && !entity.adjective && isPlaceUse(tokens, i, last)) role = whereSaid(tokens, i) ? 'source' : 'place';
    else if ((!entity.adjective || entity.person) && i > 0 && tokens[i - 1].kind === 'word' && GIVING_VERBS.has(tokens[i - 1].norm)) role = 'recipient';
    else role = 'actor';
    // "agencies in Seoul, Kyiv and Washington": the items of a list of places where a figure was given are all so.
    const before = mentions.at(-1);
    if (role === 'actor' && entity.place && !entity.adjective && before?.role === 'source' && before.entity.place && listedAfter(tokens, before.last, i)) role = 'source';
    mentions.push({ first: i, last, entity, role });
    i = last;
  }
  return mentions;
}

/**
 * Who the sentence says asserts the figure at token `at`: "according to X", or a source such as "Ukrainian
 * intelligence". Of several, the nearest: in "Seoul's spy agency told lawmakers that 4,700 …, while a Russian
 * military blogger put the figure at barely 1,500" and in "11,000 troops, according to the NIS, and 100 missiles,
 * according to Ukrainian intelligence" each count has its own.
 */
export function attributionIn(tokens: Token[], text: string, mentions: readonly Mention[], at: number): string | undefined {
  const found: Array<{ at: number; text: string }> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].norm === 'according' && tokens[i + 1].norm === 'to') {
      let j = i + 2;
      while (j < tokens.length && tokens[j].kind !== 'punct' && j - i < 12) j++;
      if (j > i + 2) found.push({ at: i, text: text.slice(tokens[i + 2].start, tokens[j - 1].end) });
    }
  }
  // "according to" names the source wherever it stands; a bare source only when no "according to" does.
  if (found.length === 0) {
    for (const source of mentions) {
      if (source.role !== 'source') continue;
      // The source's own words after its name: "intelligence", "military blogger", "defence ministry".
      let end = source.last;
      for (let j = source.last; j < tokens.length && j - source.last < 4; j++) {
        // "Russian-language channel": the hyphen and the word after it describe the source.
        if (tokens[j].text === '-' && tokens[j + 1]?.kind === 'word') continue;
        if (tokens[j].kind !== 'word') break;
        // (The figure itself is no part of the source's name: "an early American figure" is American.)
        if (SOURCE_WORDS.has(tokens[j].norm) && !FIGURE_WORDS.has(tokens[j].norm)) end = j + 1;
        else if (!SOURCE_MODIFIERS.has(tokens[j].norm) && tokens[j - 1]?.text !== '-') break;
      }
      found.push({ at: source.first, text: text.slice(tokens[source.first].start, tokens[end - 1].end) });
    }
  }
  let nearest: (typeof found)[number] | undefined;
  for (const f of found) if (!nearest || Math.abs(f.at - at) < Math.abs(nearest.at - at)) nearest = f;
  return nearest?.text;
}

/** Words between a source's name and what it is: "a Russian military blogger", "South Korea's defence ministry". */
const SOURCE_MODIFIERS = new Set(['military', 'defence', 'defense', 'foreign', 'war', 'state', 'national', 'general', 'top', 'senior']);
