import { QUOTE_MARKS, documentGroupsWithStops, findQuantities, isYearLike, type Quantity } from '../extract/numbers';
import { MONTHS, SCALES, SMALL_NUMBERS } from '../extract/number-words';
import { type Span, nextSentence, previousSentence, sentenceAround } from '../extract/sentences';
import { type Token, tokenize } from '../extract/tokenize';
import { BEYOND_FIGURE_DISTANCE, type Figure, OTHER_FIGURE_DISTANCE } from '../figure';
import { type Mention, PUTTING_VERBS, attributionIn, findMentions, sourceAsideBefore } from './actors';
import { captionAround } from './caption';
import { casualtyScope } from './casualty-scope';
import { type CountSense, casualtyAfter, isOfThem, partitiveWhole, senseOf, sizedBodyStart, upOrDownAfterCopula, wholeOfFraction, withJoinedKind } from './category';
import { ENTITY_INDEX, actorOfCountry, countryOf } from './entities';
import { DISASTERS, inWarTheatre, namesASide, namesWarItself, speaksOfCivilLife } from './everyday-life';
import { type SensedCount, askedSense, endsClause, infoboxLabelSense, isCountNoun, isFragment, lendSenses, openingSense } from './elided';
import { inCrosswordClue, onAddressLine, opensFootnote } from './furniture';
import { isHypothetical } from './hypothetical';
import { countsInterceptions, isProjectile, joinsMunitions } from './interception';
import { CASUALTY_WORDS, FIGURE_NOUNS, WAR_CONTEXT, nounSense } from './nouns';
import { cellAbove, columnHeading, inSourceColumn, tableTitle } from './text-table';

/** How many tokens after a figure's phrase a place still says where the figure is. */
const PLACE_TAIL = 8;

/** How many tokens either side of a figure its cue words are read from. */
const CUE_WINDOW = 40;

/** How near a caption's or a table's title stands to each count it describes: as a label, not as its own words. */
const LABEL_DISTANCE = 10;

/** Words that join figures into one list: "1,000 sappers and 5,000 builders", "728 drones, 13 missiles". */
const LIST_JOINS = new Set([',', 'and', 'plus', 'as', 'well', 'along', 'with', 'together']);

// "than": "field some 2,200 tanks, fewer than the North": what a count is compared with is not whose it is.
const COUNTERPART_CUES = new Set(['to', 'for', 'against', 'with', 'assist', 'help', 'support', 'alongside', 'beside', 'besides', 'including', 'join', 'aid', 'backing', 'reinforce', 'bolster', 'than']);
const OWNER_CUES = new Set(['by', 'from', 'of']);
const TARGET_PREPOSITIONS = new Set(['at', 'on', 'against', 'into', 'toward', 'towards', 'over', 'upon']);
/** What an actor's count can be "in": "11,000 in the ROK Army". */
const ARMED_BODIES = new Set(['army', 'armed', 'forces', 'force', 'military', 'arsenal', 'arsenals', 'inventory', 'navy', 'ranks', 'stockpile', 'stockpiles', 'contingent', 'grouping', 'garrison']);
/** Verbs that put something "at" a count: "puts its reserves at 7.6 million", "estimates its forces at …". */
const PUTTING = new Set([...PUTTING_VERBS, 'estimates', 'estimated']);
/** Words that open a relative clause after a comma: ", where …", ", which …". */
const RELATIVES = new Set(['where', 'which', 'who', 'whose']);

/** Nouns by which a sentence points back to a country: "the country maintains", "the regime has sent". */
const COUNTRY_ANAPHORS = new Set(['country', 'regime', 'nation']);
const ALLY_WORDS = new Set(['ally', 'allies', 'partner', 'partners', 'friend', 'friends', 'neighbour', 'neighbor']);

const ACTOR_WEIGHT = { owner: 4, asked: 3, earlierOwner: 3, laterOwner: 1.5, anaphora: 1.5, subject: 2.5, inSentence: 1.5, source: 0.5, sourceOnly: 1, counterpart: 0.5, otherClause: 0.5, placeCountry: 0.75, previous: 1, next: 0.5, lede: 0.75 };

/** What a speaker's "we" does to their own side's figures: "we lost", "we have", not "we counted". */
const OWN_SIDE_VERBS = new Set(['lost', 'lose', 'losing', 'have', 'had', 'has', 'field', 'fielded', 'keep', 'kept', 'sent', 'deployed', 'suffered', 'number', 'numbered']);
/** How far before a count its speaker's "we" may stand. */
const SPEAKER_REACH = 12;

/**
 * "A Russian commander told state TV: 'We lost nearly 40,000 men'": a count the speaker gives of "we" or "our" is
 * the speaker's side's, when the sentence or the one before names one speaker of one side.
 */
function speakersOwn(tokens: Token[], q: Quantity, mentions: readonly Mention[], previous: readonly Mention[], head: () => string | undefined): string | undefined {
  // "our losses", "our men", "our country"; "we have lost", "we lost": never "we counted" or "our data".
  const ownSide = (k: number) => {
    const word = tokens[k].norm;
    if (word === 'our') {
      const next = tokens[k + 1]?.norm ?? '';
      return !!nounSense(next)?.category || CASUALTY_WORDS.has(next) || next === 'side' || next === 'country' || next === 'nation';
    }
    return word === 'we' && (OWN_SIDE_VERBS.has(tokens[k + 1]?.norm ?? '') || OWN_SIDE_VERBS.has(tokens[k + 2]?.norm ?? ''));
  };
  let k = q.qualifierFirst - 1;
  for (; k >= 0 && q.qualifierFirst - k <= SPEAKER_REACH && !ownSide(k); k--) {
    if (tokens[k].text === ';' || tokens[k].text === '.') return undefined;
  }
  if (k < 0 || !ownSide(k)) return undefined;
  const speakers = new Set([...mentions, ...previous].filter((m) => m.role === 'source' && m.entity.actor).map((m) => m.entity.actor!));
  // "Address to the Nation by the President of the Republic of Korea": with no speaker near, the head of state whose
  // words the text is.
  return speakers.size === 1 ? [...speakers][0] : speakers.size === 0 ? head() : undefined;
}

/** Offices whose holder speaks for a country: "the President of the Republic of Korea". */
const HEADS = new Set(['president', 'minister', 'chancellor', 'king', 'premier']);

/** The country whose head of state or government the opening names ("by the President of the Republic of Korea"). */
function headOfStateIn(tokens: readonly Token[], mentions: readonly Mention[]): string | undefined {
  const heads = new Set<string>();
  for (const m of mentions) {
    const of = tokens[m.first - 1]?.norm === 'the' ? m.first - 2 : m.first - 1;
    if (m.entity.actor && !m.entity.bystander && tokens[of]?.norm === 'of' && HEADS.has(tokens[of - 1]?.norm ?? '')) heads.add(m.entity.actor);
  }
  return heads.size === 1 ? [...heads][0] : undefined;
}

/** Units of time a rate is given in: "per day", "per month". */
const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'night', 'nights', 'annum', 'minute', 'minutes', 'fortnight', 'quarter', 'decade']);

/**
 * Whether the words at tokens[k] share a count out per thing: "per gun", "per container". Not "per day", a rate, nor
 * "per HUR" or "per Putin's boast", which say who gives the figure, nor "per cent".
 */
function perUnit(tokens: Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'per') return false;
  const unit = tokens[k + 1]?.norm === 'single' ? tokens[k + 2] : tokens[k + 1];
  if (unit?.kind !== 'word' || !/^[a-z]+$/.test(unit.text) || /[^s]s$/.test(unit.norm) || TIME_UNITS.has(unit.norm) || unit.norm === 'cent') return false;
  // "per the NIS", "per intel", "per kyiv": who says so, in a post's lower case.
  return !/^(the|a|an|intel|intelligence|media|reporting|estimate|source|official|ministry|mod)$/.test(unit.norm) && !findMentions(tokens.slice(k + 1, k + 3)).length;
}

/** A sentence's mentions, with the actors a table's source column names read as sources (see text-table.ts). */
function tableMentions(text: string, { tokens, mentions, cells }: SentenceReading): Mention[] {
  if (!cells) return mentions;
  return mentions.map((m) => (m.role === 'actor' && inSourceColumn(text, tokens[m.first].start) ? { ...m, role: 'source' as const } : m));
}

/** Lines of a list a heading may stand above: "👤 1,140 personnel", "tanks — 11,340 (+3)". */
const MAX_LIST_LINE = 12;
const MAX_LIST_LINES = 40;
const SHORT_HEADING = 6;
/** What parts a list line's label from its count: "tanks — 11,030", "personnel: 1,050,120", "Troops | 11,000". */
const LIST_ITEM_MARKS = new Set(['—', '–', ':', '|']);
/** A list's title without a colon is no longer than this. */
const MAX_TITLE_LINE = 24;

/** A list line's length in tokens, its citation marks ("[5][6]", "[a]") left out: they add nothing to its words. */
function listLength(line: readonly Token[]): number {
  let length = line.length;
  for (let k = 0; k + 2 < line.length; k++) if (line[k].text === '[' && line[k + 2].text === ']') length -= 3;
  return length;
}

/**
 * The heading a line of a list stands under: the sentence before, or the first sentence above a run of short
 * lines with a number each, when it ends in a colon ("enemy losses over the past 24 hours:").
 */
function headingAbove(text: string, line: Token[], previous: Span | null, document: DocumentContext): Token[] | null {
  const label = infoboxLabelAbove(text, previous, document);
  if (label) return label;
  let span = previous;
  for (let lines = 0; span && lines < MAX_LIST_LINES; lines++) {
    const { tokens } = document.sentence(span);
    if (tokens.at(-1)?.text === ':') {
      // "… its morning tally of Russian losses. As of today:": a short heading goes on from the sentence before.
      const before = tokens.length <= SHORT_HEADING ? previousSentence(text, span) : null;
      return before ? [...document.sentence(before).tokens, ...tokens] : tokens;
    }
    // Prose after a list is no line of it; a title without a full stop over the list's lines is its heading
    // ("Total combat losses of the enemy from 24.02.2022 to 25.07.2025", then "personnel ‒ about 1,050,120").
    if (listLength(line) > MAX_LIST_LINE || listLength(tokens) > MAX_LIST_LINE || !tokens.some((t) => t.kind === 'num')) {
      const listItem = listLength(line) <= MAX_LIST_LINE && line.some((t) => LIST_ITEM_MARKS.has(t.text));
      // A line that is itself an item ("• ~1 million — Russian soldiers killed …", "Related: …") titles nothing.
      // "Kim's soldiers: the numbers" titles its list; "Related: …" does not, its label naming nothing counted.
      const mark = tokens.findIndex((t) => LIST_ITEM_MARKS.has(t.text));
      const labelled = mark < 0 || tokens.slice(0, mark).some((t) => !!nounSense(t.norm)?.category || CASUALTY_WORDS.has(t.norm));
      const title = tokens.length <= MAX_TITLE_LINE && !endsWithStop(tokens) && labelled;
      return listItem && title ? tokens : null;
    }
    span = previousSentence(text, span);
  }
  return null;
}

/** How many lines of counts an infobox's label may stand above: each side's strength, one estimate a line. */
const MAX_INFOBOX_LINES = 8;
/** How far into an infobox's line its count stands: "North Korea: c. 6,500 killed and wounded[9]". */
const INFOBOX_COUNT_REACH = 4;

/**
 * The infobox label ("Strength", "Casualties and losses") a line stands under, across lines that each hold a count
 * near their start, however long their brackets run ("10,000–12,000 (Ukraine, initial)[4]	c. 60,000 (Russia, …)[5]").
 */
function infoboxLabelAbove(text: string, previous: Span | null, document: DocumentContext): Token[] | null {
  let span = previous;
  for (let lines = 0; span && lines < MAX_INFOBOX_LINES; lines++) {
    const { tokens } = document.sentence(span);
    if (infoboxLabelSense(tokens)) return tokens;
    if (!tokens.slice(0, INFOBOX_COUNT_REACH).some((t) => t.kind === 'num')) return null;
    span = previousSentence(text, span);
  }
  return null;
}

/** A sentence this short between a question and its answer is a reply's opening, not a change of subject. */
const SHORT_REPLY = 12;

/** What ends a sentence; a line without one is a headline, a caption or a label. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);
const endsWithStop = (tokens: Token[]) => {
  let k = tokens.length - 1;
  while (k > 0 && (QUOTE_MARKS.has(tokens[k].text) || tokens[k].text === ')')) k--;
  return SENTENCE_ENDS.has(tokens[k]?.text ?? '');
};

/** What carries one load of a delivery: "a single convoy", "one train", "the first ship". */
const SHIPMENTS = new Set(['convoy', 'shipment', 'train', 'ship', 'vessel', 'delivery', 'consignment', 'cargo', 'flight', 'voyage', 'trip', 'trainload', 'shipload']);
const CARRYING = new Set(['carried', 'carrying', 'carries', 'brought', 'delivered', 'transported', 'unloaded', 'loaded', 'held', 'holding', 'contained', 'containing', 'with']);

/**
 * Whether munitions counted at q are one load of a delivery, not its total: "a single convoy of ships in October
 * carried 1,800 containers", "1,800 containers in one shipment". A load with no word of one ("convoys carried …")
 * may be all of them.
 */
function oneShipment(tokens: Token[], q: Quantity): boolean {
  const one = (k: number) => /^(a|an|one|single|each|every|the|first)$/.test(tokens[k - 1]?.norm ?? '');
  // "… in a single shipment", "… aboard one train": a load named after the count.
  for (let k = q.last; k < Math.min(tokens.length, q.last + 6) && tokens[k].kind !== 'punct'; k++) {
    if (SHIPMENTS.has(tokens[k].norm) && one(k)) return true;
  }
  // "a single convoy of ships in October carried 1,800": the load is the subject of a verb of carrying the count.
  if (!CARRYING.has(tokens[q.qualifierFirst - 1]?.norm ?? '')) return false;
  for (let k = q.qualifierFirst - 2; k >= Math.max(0, q.qualifierFirst - 10) && tokens[k].kind !== 'punct'; k--) {
    if (SHIPMENTS.has(tokens[k].norm)) return one(k);
  }
  return false;
}

/** Words of games and films, in whose sentences soldiers, tanks and kills are make-believe. */
const MAKE_BELIEVE = new Set([
  'gameplay', 'multiplayer', 'unlockable', 'unlockables', 'console', 'playthrough', 'gamers', 'videogame', 'movie',
  'extras', 'replica', 'replicas', 'screenplay', 'cinemas', 'box-office',
]);
/**
 * Words of games and films that a news site's menus do not carry ("Film", "Games" do): with one of them and another
 * game or film word in a text's opening, the text is a review or a synopsis, and every figure in it is the story's
 * ("12,000 enemy soldiers have crossed the border" in a campaign's opening cutscene). One word alone is not enough:
 * a war report may mention a war game or a film about the war.
 */
const STORY_WORDS = new Set([
  ...MAKE_BELIEVE, 'cutscene', 'cutscenes', 'fictional', 'fictionalised', 'fictionalized', 'playable', 'ps5', 'ps4', 'xbox',
  'nintendo', 'dlc', 'npc', 'npcs', 'sequel', 'trailer',
  // Patch notes and the words of play: "damage per bullet reduced", "a killstreak of 25".
  'killstreak', 'killstreaks', 'cooldown', 'respawn', 'respawns', 'hitbox', 'loadout', 'loadouts', 'nerf', 'nerfed', 'buff',
  'buffed', 'matchmaking',
  // An app store's page of a game: "50M+ downloads", "[Install]".
  'downloads', 'install',
  // Novels: "the trilogy's third novel", "in paperback".
  'novel', 'novels', 'paperback', 'hardback', 'protagonist', 'trilogy',
  // Tabletop games: "200 plastic soldiers in the box", "artillery fires 3 dice".
  'tabletop', 'miniatures', 'dice', 'rulebook', 'wargame', 'wargames', 'boardgame',
  // Toy soldiers and model kits: "9 infantry battalions of 36 figures each" on a collector's diorama.
  'toy', 'toys', 'diorama', 'dioramas', 'figurines', 'sprue', 'sprues', 'decals',
  // Horror games' foes and platforms: "killed 3,000 zombies … on both consoles".
  'zombies', 'zombie', 'undead', 'consoles',
  // Television and fan wikis: "in-universe year 2417", "season 3, episodes 7 to 9", "the showrunner has said".
  'universe', 'episode', 'episodes', 'showrunner', 'showrunners',
]);
const FICTION_WORDS = new Set([...STORY_WORDS, 'game', 'games', 'film', 'films', 'review']);

/** Whether `tokens` (a text's opening) make it a review or synopsis of fiction; a documentary's figures are real. */
function tellsAStory(tokens: readonly Token[]): boolean {
  const words = new Set(tokens.filter((t) => FICTION_WORDS.has(t.norm) || t.norm === 'documentary').map((t) => t.norm));
  return words.size >= 2 && !words.has('documentary') && [...words].some((w) => STORY_WORDS.has(w));
}

/** Insects that have soldiers, workers and drones of their own, and the body's cells, an "army" of them. */
const INSECTS = new Set([
  'ant', 'ants', 'bee', 'bees', 'termite', 'termites', 'wasp', 'wasps', 'hive', 'hives', 'colony', 'colonies', 'insects', 'beekeeper', 'beekeepers',
  'cells', 'bacteria', 'antibodies', 'neutrophils', 'microlitre', 'microliter',
]);

/** Whether `tokens` name a disaster; "pile-up" is read as three tokens. */
const namesDisaster = (tokens: readonly Token[]) =>
  tokens.some((t, k) => DISASTERS.has(t.norm) || (t.norm === 'pile' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.norm === 'up'));

/** Words of war that a disaster's toll shares: a road report speaks of casualties and the wounded too. */
const TOLL_SHARED = new Set(['casualties', 'wounded']);
/** A word of war that says what caused a toll, as the toll's own words ("casualties", "wounded") do not. */
const isWarWord = (w: string) => WAR_CONTEXT.has(w) && !TOLL_SHARED.has(w);
/** People hurt by illness and treatment as often as by war. */
const PATIENTS = new Set(['patients', 'patient']);

/** Whether `tokens` (a text's opening) name disasters, two or more times, and war less often. */
function speaksOfDisaster(tokens: readonly Token[]): boolean {
  let disasters = 0;
  let war = 0;
  tokens.forEach((t, k) => {
    if (DISASTERS.has(t.norm)) disasters++;
    // ("a weather bomb": a storm.)
    else if (t.norm === 'bomb' && tokens[k - 1]?.norm === 'weather') disasters++;
    else if (isWarWord(t.norm)) war++;
  });
  return disasters >= 2 && war < disasters;
}

/** Words that open a list of the parts of a count: "including 1,000 sappers and 5,000 builders". */
const PART_LISTS = new Set(['including', 'comprising', 'incl']);

/** Words after "than" that still lead to its number: "more than about 6,000", "fewer than a thousand". */
const QUALIFYING_AFTER_THAN = new Set(['a', 'an', 'about', 'around', 'some', 'roughly', 'approximately', 'nearly', 'almost', 'half', 'tens', 'hundreds', 'thousands', 'dozens']);

/** Digits, or a number word that makes a count: "a thousand sappers", "five thousand builders". */
const isNumberToken = (t: Token) => t.kind === 'num' || SCALES.has(t.norm) || (SMALL_NUMBERS.get(t.norm) ?? 0) >= 2;

/** A semicolon, or "while"/"whereas": "Ukraine has about 880,000 people under arms, while Russia's army …". */
const opensOtherClause = (t: Token) => t.text === ';' || t.norm === 'while' || t.norm === 'whereas';

/** "to Russia", "alongside the North Koreans": a name right after a cue (and its article) is a counterpart. */
const afterCounterpartCue = (tokens: Token[], first: number) => {
  const before = /^(the|a|an)$/.test(tokens[first - 1]?.norm ?? '') ? first - 2 : first - 1;
  return COUNTERPART_CUES.has(tokens[before]?.norm ?? '');
};

function add(scores: Record<string, number>, actor: string, weight: number) {
  if ((scores[actor] ?? 0) < weight) scores[actor] = weight;
}

/** The actor named inside the figure's own phrase: "11,000 North Korean soldiers", "Russia's 300,000", "strikes by North Korean missiles". */
function ownerOf(tokens: Token[], q: Quantity, sense: CountSense, mentions: readonly Mention[]): string | undefined {
  const [from, to] = sense.phrase;
  const inPhrase = mentions.find((m) => m.role === 'actor' && m.first >= from && m.first < Math.max(to, from));
  if (inPhrase) return inPhrase.entity.actor;
  // "Strength | Ukraine: 10,000–12,000 | North Korea: ~11,000": a side alone labelling the count in its cell. A
  // label of a line may name a source ("Kyiv: 110,000 · ISW: 90,000") or a target ("launched at Kyiv: 728").
  const labelled = mentions.find((m) => m.entity.actor && tokens[m.first - 1]?.text === '|' && tokens[m.last]?.text === ':' && m.last + 1 === q.qualifierFirst);
  if (labelled) return labelled.entity.actor;
  // "Russia's 600,000", never "lower than Kyiv's, maybe 750,000": a comparison, or a comma between, ends possession.
  const possessive = mentions.find(
    (m) =>
      m.entity.actor && m.role !== 'source' && m.last <= q.qualifierFirst && m.last >= q.qualifierFirst - 2 && tokens[m.last - 1].possessive &&
      tokens[m.first - 1]?.norm !== 'than' && tokens.slice(m.last, q.qualifierFirst).every((t) => t.kind !== 'punct'),
  );
  if (possessive) return possessive.entity.actor;
  const after = tokens[sense.nounEnd];
  if (after?.kind === 'word' && OWNER_CUES.has(after.norm)) {
    const m = mentions.find((x) => x.entity.actor && x.role !== 'source' && x.first > sense.nounEnd && x.first <= sense.nounEnd + 2);
    if (m) return m.entity.actor;
  }
  // "a Ukrainian army of roughly 880,000": whose the body is that a count sizes.
  if (tokens[q.qualifierFirst - 1]?.norm === 'of' && ARMED_BODIES.has(tokens[q.qualifierFirst - 2]?.norm ?? '')) {
    const m = mentions.find((x) => x.entity.actor && x.role !== 'source' && x.last === q.qualifierFirst - 2);
    if (m) return m.entity.actor;
  }
  // "roughly 11,000 in the ROK Army", "300,000 in Russia's arsenal": the body a count is in is whose it is.
  if (after?.norm === 'in') {
    const m = mentions.find((x) => x.entity.actor && x.role !== 'source' && x.first > sense.nounEnd && x.first <= sense.nounEnd + 2);
    if (m && ARMED_BODIES.has(tokens[m.last]?.norm ?? '')) return m.entity.actor;
  }
  // "26,800 Canadians served in the Korean War": people a nationality names are that nation's, never a side the
  // article speaks of elsewhere. "Koreans" and "Russians" are the sides their adjectives name.
  const noun = tokens[sense.nounEnd - 1];
  if (sense.category && noun?.kind === 'word' && nounSense(noun.norm)?.kind === 'demonym' && !GENERIC_DEMONYMS.has(noun.norm)) {
    const named = mentions.find((m) => m.entity.actor && m.first <= sense.nounEnd - 1 && m.last >= sense.nounEnd);
    if (named) return named.entity.actor;
    const adjective = ENTITY_INDEX.get(noun.norm.replace(/s$/, ''))?.find((e) => e.words.length === 1 && e.entity.actor);
    return adjective?.entity.actor ?? `people:${noun.norm}`;
  }
  return undefined;
}

/** Whether a text's first line, when it is short enough to be a headline, speaks of war. */
function headlineSpeaksOfWar(text: string): boolean {
  const start = text.search(/\S/);
  const end = start < 0 ? -1 : text.indexOf('\n', start);
  if (end < 0 || end - start > HEADLINE_CHARS) return false;
  return tokenize(text, start, end).some((t) => WAR_CONTEXT.has(t.norm));
}
const HEADLINE_CHARS = 200;

/** Years before this set a sentence in history, not in the war the claims are about. */
const PAST_BEFORE = 2000;
/** Words that put a sentence in the year after them: "in 1943", "by 1953", "July 1943" (a month, see MONTHS). */
const SETTING_WORDS = new Set(['in', 'by', 'during', 'of']);

/** Words after an existential "there" ("there were 40 soldiers"), which points at no place. */
const EXISTENTIAL_THERE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'may', 'might', 'could', 'should', 'must', 'remain', 'remains', 'remained', 'seem', 'seems', 'appear', 'appears', 'exist', 'exists', "'s", 'being']);

/**
 * Demonym-like nouns that name no nation and take their side from the sentence: "Russia sent 10,000 men". The rest of
 * ANYONES (convicts, guys, inmates) stay people of their own, tied to no side's measure.
 */
const GENERIC_DEMONYMS = new Set(['men', 'officers', 'volunteers']);

function actorScores(
  tokens: Token[],
  q: Quantity,
  sense: CountSense,
  mentions: readonly Mention[],
  owner: string | undefined,
  otherOwners: { earlier: readonly string[]; later: readonly string[] },
  neighbours: { previous: Mention[]; next: Mention[] },
  asked: readonly string[],
): { scores: Record<string, number>; grounded: boolean } {
  if (owner) return { scores: { [owner]: ACTOR_WEIGHT.owner }, grounded: true };
  const scores: Record<string, number> = {};
  // "And on the Russian side of the ledger? — … maybe 750,000 killed and wounded, lower than Kyiv's": the side a
  // question asks about owns the answer's figures, more than an actor the answer names in passing.
  for (const actor of asked) add(scores, actor, ACTOR_WEIGHT.asked);
  // "more than 6,000 North Korean soldiers ... over half of the estimated 11,000 troops": an earlier figure of the sentence says whose troops these are.
  for (const actor of otherOwners.earlier) add(scores, actor, ACTOR_WEIGHT.earlierOwner);
  // "82 strikes by those missiles": a demonstrative points back to the previous sentence, as "of them" does
  // ("Western officials say around 4,000 of them have been killed").
  const phrase = tokens.slice(q.last, Math.min(tokens.length, sense.nounEnd + 3));
  const ofThem = tokens[q.last]?.norm === 'of' && tokens[q.last + 1]?.norm === 'them';
  if (ofThem || phrase.some((t) => t.norm === 'those' || t.norm === 'these' || t.norm === 'such')) {
    for (const m of neighbours.previous) if (m.role === 'actor' && m.entity.actor) add(scores, m.entity.actor, ACTOR_WEIGHT.anaphora);
  }
  const actors = mentions.filter((m) => m.role === 'actor' && m.entity.actor);
  // The subject: the last actor named before the figure, not one "alongside" or "with" whom something is done.
  // Nor one the figure is compared with: "lower than Kyiv's, maybe 750,000".
  const compared = (m: Mention) => tokens[m.first - 1]?.norm === 'than';
  const before = actors.filter((m) => m.last <= q.qualifierFirst && !afterCounterpartCue(tokens, m.first) && !compared(m));
  const subject = before[before.length - 1];
  const allyBetween = subject && tokens.slice(subject.last, q.qualifierFirst).some((t) => ALLY_WORDS.has(t.norm));
  // "… troops sent to the Kursk region, where Ukrainian forces had held a slice of Russian territory": a relative
  // clause after the figure says more of a place or a thing, not whose the figure is.
  const inRelative = (m: Mention) => {
    for (let k = Math.max(q.last, sense.nounEnd); k < m.first; k++) if (tokens[k - 1]?.text === ',' && RELATIVES.has(tokens[k].norm)) return true;
    return false;
  };
  for (const m of actors) {
    const actor = m.entity.actor!;
    if (m === subject) add(scores, actor, allyBetween ? ACTOR_WEIGHT.counterpart : ACTOR_WEIGHT.subject);
    else if (compared(m)) add(scores, actor, ACTOR_WEIGHT.counterpart);
    else if (m.first >= sense.nounEnd && afterCounterpartCue(tokens, m.first)) add(scores, actor, ACTOR_WEIGHT.counterpart);
    else add(scores, actor, m.first > q.last && inRelative(m) ? ACTOR_WEIGHT.otherClause : ACTOR_WEIGHT.inSentence);
  }
  const hasSubject = !!subject && !allyBetween;
  // "Wagner lost something like 20,000 at Bakhmut": a toll its subject lost is the subject's, wherever it fell.
  const subjectLost = hasSubject && sense.category === 'casualties' && tokens.slice(subject.last, q.qualifierFirst).some((t) => LOSS_VERBS.has(t.norm));
  for (const actor of otherOwners.later) add(scores, actor, ACTOR_WEIGHT.laterOwner);
  // "Russia massed 50,000 of its own soldiers …, alongside 11,000 troops from North Korea": where the sentence
  // names a subject, another figure's owner is only a weak hint of whose this one is.
  if (hasSubject) {
    for (const actor of [...otherOwners.earlier, ...otherOwners.later]) {
      if (actor !== subject.entity.actor) scores[actor] = Math.min(scores[actor], ACTOR_WEIGHT.otherClause);
    }
  }
  const hasActor = actors.some((m) => !(m.first > q.last && inRelative(m))) && !allyBetween;
  // "North Korea's army is 1.28 million strong; South Korea fields about 500,000": with a subject of its own
  // clause, a figure belongs to that clause; actors across a semicolon or a "while" are only a weak hint.
  const acrossClauses = (m: Mention) => (m.last <= q.qualifierFirst ? tokens.slice(m.last, q.qualifierFirst) : tokens.slice(q.last, m.first)).some(opensOtherClause);
  if (hasSubject && !acrossClauses(subject)) {
    const inClause = new Set(actors.filter((m) => !acrossClauses(m)).map((m) => m.entity.actor!));
    for (const m of actors) if (!inClause.has(m.entity.actor!)) scores[m.entity.actor!] = Math.min(scores[m.entity.actor!], ACTOR_WEIGHT.otherClause);
  }
  for (const m of mentions) {
    if (m.role === 'recipient' && m.entity.actor) add(scores, m.entity.actor, ACTOR_WEIGHT.counterpart);
    // "Kyiv has recorded 82 KN-23 strikes": the maker of the weapons the count names, as strong as a subject; of
    // weapons the sentence names elsewhere ("KN-23/KN-24 ballistic missiles | 100+"), a hint as any actor named.
    if (m.role === 'maker' && sense.category === 'munitions') {
      const own = m.first >= sense.phrase[0] && m.first < Math.max(sense.phrase[1], sense.phrase[0]);
      add(scores, m.entity.actor!, own ? ACTOR_WEIGHT.subject : ACTOR_WEIGHT.inSentence);
    }
    if (m.role === 'source' && m.entity.actor) add(scores, m.entity.actor, hasActor ? ACTOR_WEIGHT.source : ACTOR_WEIGHT.sourceOnly);
    // Where munitions were fired at ("337 drones at Russia") is the target, not whose they were; a port they left
    // from ("the port of Rajin") is.
    const target = sense.category === 'munitions' && TARGET_PREPOSITIONS.has(tokens[m.first - 1]?.norm ?? '');
    if (m.role === 'place' && m.entity.place && !target && !subjectLost) add(scores, actorOfCountry(countryOf(m.entity.place)), ACTOR_WEIGHT.placeCountry);
  }
  // "Kyiv counts 741 drones in record July raid": projectiles a side counts in a raid, with no one named as firing
  // them, were fired at it, by its opponent.
  if (!hasActor && isProjectile(sense) && tokens.some((t) => RAID_WORDS.has(t.norm))) {
    for (const m of mentions) if (m.role === 'source' && m.entity.actor && OPPONENT[m.entity.actor]) add(scores, OPPONENT[m.entity.actor], ACTOR_WEIGHT.inSentence);
  }
  // "more than 800 drones crossed into Ukrainian airspace", "500 drones were launched at Ukraine": projectiles no
  // one is named as firing, aimed at a side of this war, are its opponent's.
  if (!hasSubject && isProjectile(sense)) {
    for (const m of mentions) {
      if (!TARGET_PREPOSITIONS.has(tokens[m.first - 1]?.norm ?? '') || m.first < q.last) continue;
      const target = m.entity.actor ?? (m.entity.place ? actorOfCountry(countryOf(m.entity.place)) : undefined);
      const opponent = target ? OPPONENT[target] : undefined;
      if (!target || !opponent) continue;
      scores[target] = Math.min(scores[target] ?? ACTOR_WEIGHT.counterpart, ACTOR_WEIGHT.counterpart);
      add(scores, opponent, ACTOR_WEIGHT.inSentence);
    }
  }
  // "… human rights in the DPRK. The country maintains 1.28 million active-duty personnel": a country the sentence
  // only points back to is the last one the sentence before named, as a side or as a place.
  const pointedBack = !hasSubject && tokens.slice(Math.max(0, q.qualifierFirst - 8), q.qualifierFirst).some((t, k, before) => COUNTRY_ANAPHORS.has(t.norm) && /^(the|this)$/.test(before[k - 1]?.norm ?? ''));
  if (pointedBack) {
    const last = neighbours.previous.findLast((m) => !!m.entity.actor || (m.role === 'place' && !!m.entity.place));
    const actor = last && (last.entity.actor ?? actorOfCountry(countryOf(last.entity.place!)));
    if (actor) add(scores, actor, ACTOR_WEIGHT.anaphora);
  }
  // Only when the sentence names nobody before the figure may the sentences around it say whose it is.
  let fromNeighbours = pointedBack;
  if (!hasSubject) {
    for (const m of [...neighbours.previous, ...neighbours.next]) {
      // A country the claim data never names owns only the counts of its own sentence.
      if (m.role !== 'actor' || !m.entity.actor || m.entity.bystander) continue;
      const previous = neighbours.previous.includes(m);
      add(scores, m.entity.actor, previous ? ACTOR_WEIGHT.previous : ACTOR_WEIGHT.next);
      // The next sentence hints too weakly to settle whose figure it is.
      if (previous) fromNeighbours = true;
    }
  }
  // Whoever merely reports a figure ("a South Korean lawmaker said") does not say whose it is, nor does where it
  // is ("Sappers sent to Kursk: 1,000" in an article about North Korea's help).
  const grounded = hasActor || fromNeighbours || asked.length > 0 || otherOwners.earlier.length + otherOwners.later.length > 0;
  return { scores, grounded };
}

/** Verbs by which a side suffers its own toll. */
const LOSS_VERBS = new Set(['lost', 'lose', 'loses', 'losing', 'suffered', 'suffers', 'suffering', 'sustained']);

/** Words of an attack from the air: "raid", "barrage", "launched". */
const RAID_WORDS = new Set(['raid', 'raids', 'attack', 'attacks', 'barrage', 'barrages', 'onslaught', 'salvo', 'salvos', 'launched', 'fired']);

/** The two sides of this war, each the other's enemy. */
const OPPONENT: Readonly<Record<string, string>> = { ukraine: 'russia', russia: 'ukraine' };

/**
 * "Ukraine's General Staff said the enemy lost 1,090 soldiers": "the enemy" is the other side of whoever speaks,
 * when the sentence or the one before names a speaker of one side only. Otherwise it stays an actor no measure has.
 */
function enemyOfSpeaker(scores: Record<string, number>, tokens: Token[], mentions: readonly Mention[], previous: readonly Mention[], document: DocumentContext): Record<string, number> {
  if (scores.enemy === undefined && scores.occupier === undefined) return scores;
  const { enemy, occupier, ...rest } = scores;
  // "the occupiers keep concentrated about 150 thousand personnel near Pokrovsk": Ukraine's word for Russia's
  // forces, whoever reports it.
  if (occupier !== undefined) rest.russia = Math.max(rest.russia ?? 0, occupier);
  if (enemy === undefined) return rest;
  const speakers = new Set([...mentions, ...previous].filter((m) => m.role === 'source' && m.entity.actor && OPPONENT[m.entity.actor]).map((m) => m.entity.actor!));
  // With no speaker around the sentence, the military body the sentence names ("According to the Commander-in-Chief
  // of the AFU, … the enemy troops"), or the voice the text's header names: a daily tally under "General Staff of
  // the Armed Forces of Ukraine".
  const voice = speakers.size === 0 ? (militaryVoice(tokens, mentions) ?? document.ledeSpeaker()) : undefined;
  if (voice) speakers.add(voice);
  // Failing a voice, "the enemy attacked Ukraine by 728 attack UAVs": the enemy of the one side the sentence names.
  if (speakers.size === 0) for (const m of mentions) if (m.entity.actor && OPPONENT[m.entity.actor]) speakers.add(m.entity.actor);
  if (speakers.size !== 1) return { ...rest, enemy };
  const opponent = OPPONENT[[...speakers][0]];
  return { ...rest, [opponent]: Math.max(rest[opponent] ?? 0, enemy) };
}

/**
 * The one side whose general staff, defence ministry or armed forces `tokens` (with their `mentions`) name ("General Staff of the
 * Armed Forces of Ukraine", "Russia's Ministry of Defence", "Ukrainian Air Force"), or undefined when they name none or both.
 */
function militaryVoice(tokens: Token[], mentions: readonly Mention[]): string | undefined {
  const sides = new Set<string>();
  tokens.forEach((t, k) => {
    // ...or its armed forces, air force or navy: "Briefing by the spokesperson of the Air Force of the Armed Forces
    // of Ukraine".
    const forces = (t.norm === 'forces' && tokens[k - 1]?.norm === 'armed') || (t.norm === 'force' && tokens[k - 1]?.norm === 'air') || /^(navy|afu|zsu)$/.test(t.norm);
    const body = forces || (t.norm === 'staff' && tokens[k - 1]?.norm === 'general') || (t.norm === 'ministry' && /^(defence|defense)$/.test(tokens[k - 1]?.norm ?? '')) || (t.norm === 'ministry' && tokens[k + 1]?.norm === 'of' && /^(defence|defense)$/.test(tokens[k + 2]?.norm ?? ''));
    if (!body) return;
    for (const m of mentions) {
      const side = m.entity.actor;
      if (side && OPPONENT[side] && m.last > k - 5 && m.first < k + 8) sides.add(side);
    }
  });
  return sides.size === 1 ? [...sides][0] : undefined;
}

/** With nobody named in or around the sentence, the actors of the article's lede are whose figure it is, weakly. */
function withLede({ scores, grounded }: { scores: Record<string, number>; grounded: boolean }, document: DocumentContext): Record<string, number> {
  if (grounded) return scores;
  const out = { ...scores };
  // A tally under one side's general staff of "the losses of the enemy" counts the enemy's, whoever else its opening
  // names ("Beat the occupier!", a pinned comment on North Korea).
  const lede = document.ledeActors();
  const tally = lede.includes('enemy') && document.ledeSpeaker() !== undefined;
  for (const actor of tally ? ['enemy'] : lede) add(out, actor, ACTOR_WEIGHT.lede);
  return out;
}

/** Words after "further" that make it a direction ("Further north, …"), not more of something. */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'afield', 'away', 'inland', 'along', 'ahead', 'forward', 'back', 'down', 'up', 'from', 'into', 'than', 'beyond', 'behind', 'out', 'off']);
/**
 * Whether tokens[k] is a word worth reading as a cue: not punctuation, not the "more" of "more than", which hedges
 * a number ("more than 100 missiles") and says nothing of additional troops, and not the "further" of a direction.
 */
const isCueWord = (tokens: Token[], k: number) =>
  tokens[k].kind !== 'punct' &&
  !(tokens[k].norm === 'more' && tokens[k + 1]?.norm === 'than') &&
  !((tokens[k].norm === 'further' || tokens[k].norm === 'farther') && DIRECTIONS.has(tokens[k + 1]?.norm ?? '')) &&
  !(tokens[k].norm === 'first' && firstOfAPeriod(tokens, k + 1)) &&
  !(REMAINING.has(tokens[k].norm) && JUDGEMENTS.has(tokens[k - 1]?.norm ?? ''));

/**
 * Whether "more" at from - 1 are still to come: "more could be sent", "more are coming". Those already sent ("3,000
 * more have been sent") are a rise that has happened, which the measures of sendings and reinforcements hold.
 */
const ARRIVAL_FILLERS = new Set(['could', 'may', 'might', 'will', 'would', 'are', 'be', 'soon', 'still', 'yet']);
const FUTURE = new Set(['could', 'may', 'might', 'will', 'would']);
const ARRIVALS = new Set(['come', 'arrive', 'follow', 'sent', 'deployed', 'dispatched', 'join']);
const ON_THEIR_WAY = new Set(['coming', 'arriving', 'following', 'joining']);
function moreArrive(tokens: Token[], from: number): boolean {
  let k = from;
  let future = false;
  for (; k < from + 4 && ARRIVAL_FILLERS.has(tokens[k]?.norm ?? ''); k++) if (FUTURE.has(tokens[k].norm)) future = true;
  const verb = tokens[k]?.norm ?? '';
  return (future && ARRIVALS.has(verb)) || ON_THEIR_WAY.has(verb);
}

/** Words for a place already named: "in the region", "across the area". */
const AREAS = new Set(['region', 'area', 'oblast', 'province', 'salient', 'city', 'town']);

/** "Our assessment remains that 11,000 … have been deployed": what stays is the judgement, not the troops. */
const REMAINING = new Set(['remains', 'remained', 'remain']);
const JUDGEMENTS = new Set(['assessment', 'assessments', 'estimate', 'estimates', 'view', 'position', 'judgement', 'judgment', 'understanding', 'belief', 'conclusion', 'figure', 'number', 'count', 'tally']);

/**
 * Spans of time: "the first two months of 2025", "in the first weeks" is a time, not a first deployment. ("The
 * first half" stays a cue: measures of running totals exclude it.)
 */
const PERIODS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours']);
function firstOfAPeriod(tokens: Token[], i: number): boolean {
  const k = tokens[i]?.kind === 'word' && (SMALL_NUMBERS.get(tokens[i].norm) ?? 0) >= 2 ? i + 1 : tokens[i]?.kind === 'num' ? i + 1 : i;
  return PERIODS.has(tokens[k]?.norm ?? '');
}

/**
 * "The January 2024 strike on the town, attributed to a North Korean-made KN-23, killed 11 civilians": civilians
 * killed are counted by the country they were killed in, whoever fired at them. Their place is the sentence's, or
 * the one before's ("Pokrovsk remains among the most dangerous areas.").
 */
function victimsCountry(sense: CountSense, actors: Record<string, number>, placesOf: () => readonly string[]): Record<string, number> {
  if (sense.category !== 'casualties' || sense.kind !== 'civilians') return actors;
  const scores = { ...actors };
  for (const place of placesOf()) add(scores, actorOfCountry(countryOf(place)), ACTOR_WEIGHT.subject);
  return scores;
}

/** "a missile slammed into a street there": the country of the place "there" points to, as a place named would be. */
function withThere(actors: Record<string, number>, thereIs: readonly string[]): Record<string, number> {
  if (thereIs.length === 0) return actors;
  const scores = { ...actors };
  for (const place of thereIs) add(scores, actorOfCountry(countryOf(place)), ACTOR_WEIGHT.placeCountry);
  return scores;
}

/** Words that make a count a record, or the largest of its kind. */
const RECORD_WORDS = new Set(['record', 'largest', 'biggest', 'heaviest', 'unprecedented', 'record-breaking', 'record-setting']);

/**
 * Whether word k is a record word of a comparison with a record: "the record attack" in "the heaviest raid since
 * the record attack in July" names that other raid, and "heaviest" is only the heaviest since it. A count before
 * the comparison is not the record; one after it, in "…, when some 700 drones were sent", tells of the record.
 * ("The largest attack since the invasion began" is a record, and stays one.)
 */
function comparedWithRecord(tokens: Token[], k: number): boolean {
  if (!RECORD_WORDS.has(tokens[k].norm)) return false;
  const sinceOrThan = (t: Token) => t.norm === 'since' || t.norm === 'than';
  for (let j = k - 1; j >= Math.max(0, k - 3) && tokens[j].kind !== 'punct'; j--) if (sinceOrThan(tokens[j])) return true;
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 4) && tokens[j].kind !== 'punct'; j++) {
    if (!sinceOrThan(tokens[j])) continue;
    for (let r = j + 1; r <= Math.min(tokens.length - 1, j + 3) && tokens[r].kind !== 'punct'; r++) if (RECORD_WORDS.has(tokens[r].norm)) return true;
    return false;
  }
  return false;
}

/** Words of change before "by": "up by roughly 70,000", "has grown by 40k". */
const CHANGED_BY = new Set([
  'up', 'down', 'grown', 'grew', 'grows', 'increased', 'increases', 'risen', 'rose', 'rises', 'swelled', 'swollen', 'jumped',
  'fell', 'fallen', 'dropped', 'declined', 'shrank', 'shrunk', 'expanded',
]);
/** Nouns of change before "of": "an increase of 5,000" (never "a call-up of 300,000"). */
const CHANGE_OF = new Set(['increase', 'rise', 'growth', 'drop', 'decline', 'fall', 'reduction']);

/** Verbs of change before "to", whose count is the level reached: "has grown to about 695,000". */
const CHANGED_TO = new Set([...CHANGED_BY, 'climbed', 'doubled', 'tripled', 'surged', 'soared', 'reached'].filter((w) => w !== 'up' && w !== 'down'));

/** Whether the count at `first` is a level a change reached or left: "grown to 695,000", "up from 600,000". */
function isLevel(tokens: Token[], first: number): boolean {
  const preposition = tokens[first - 1]?.norm;
  const word = tokens[first - 2]?.norm ?? '';
  return (preposition === 'to' && CHANGED_TO.has(word)) || (preposition === 'from' && (word === 'up' || word === 'down' || CHANGED_TO.has(word)));
}

/** Whether the count at `first` is a change: "up by roughly 70,000", "an increase of 5,000". */
function changedBy(tokens: Token[], first: number): boolean {
  const by = tokens[first - 1]?.norm;
  // "The force has grown, the same estimate says, by 40k".
  const aside = sourceAsideBefore(tokens, first - 2);
  const word = tokens[aside >= 0 ? aside - 1 : first - 2]?.norm ?? '';
  return (by === 'by' && CHANGED_BY.has(word)) || (by === 'of' && CHANGE_OF.has(word));
}

/** More people than any war has had under arms or lost: a bare count this large counts something else. */
const MAX_BARE_PEOPLE = 100_000_000;
/** More divisions or brigades than any army has: a count this large of a formation counts its people. */
const MIN_FORMATION_PEOPLE = 500;
/** More than any arsenal holds of anything. */
const MAX_BARE_COUNT = 1_000_000_000;

/** Dashes that open and close an aside: a hyphen joins words, and a lone en dash between counts is a range. */
const ASIDE_DASHES = new Set(['—', '―']);

/** Months as datelines and tables shorten them: "Nov 2024" says what "November 2024" says. */
const MONTH_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['jun', 'june'], ['jul', 'july'],
  ['aug', 'august'], ['sep', 'september'], ['sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december'],
]);

/** A token as a cue word: its normal form, a month written out in full. Only a capital makes "Mar" a month. */
function cueWord(t: Token): string {
  const month = t.norm.length <= 4 && t.text.charCodeAt(0) <= 90 ? MONTH_ABBREVIATIONS.get(t.norm) : undefined;
  return month ?? t.norm;
}

function wordsOf(tokens: Token[]): string[] {
  const words: string[] = [];
  for (let k = 0; k < tokens.length; k++) if (isCueWord(tokens, k)) words.push(cueWord(tokens[k]));
  return words;
}

/** A sentence read once: its tokens, the actors and places it names, its words. */
export interface SentenceReading {
  tokens: Token[];
  mentions: Mention[];
  words: string[];
  /** The sentence is a row of cells parted by "|" (a table written as text, or one collected from a page). */
  cells: boolean;
  /** Its tracked counts as read, nouns lent included, once it has been classified: what the next sentence takes up. */
  counts?: SensedCount[];
}
const EMPTY_SENTENCE: SentenceReading = { tokens: [], mentions: [], words: [], cells: false };

/** What the whole document says, computed lazily and once per document. */
export interface DocumentContext {
  /** Actors the headline and first paragraph name: whose figures an article is about when a sentence does not say. */
  ledeActors(): string[];
  /**
   * The side whose general staff or defence ministry the lede names as the text's voice ("General Staff of the Armed
   * Forces of Ukraine" over a daily tally), when it names one side's only: whom "the enemy" of the text is against.
   */
  ledeSpeaker(): string | undefined;
  /** The country whose head of state or government the lede names as speaking ("Address by the President of …"). */
  ledeHead(): string | undefined;
  /** Whether the text's opening makes it a review or a synopsis of a game or a film, whose figures are its story's. */
  tellsAStory(): boolean;
  /** Whether the text's opening speaks of a disaster (crashes, floods, an outbreak) more than of war. */
  speaksOfDisaster(): boolean;
  /** Whether the text's opening is everyday life's (a police report, a match, a recipe) and names no war. */
  speaksOfCivilLife(): boolean;
  /** Whether the text's first line (its headline) speaks of war. */
  headlineSpeaksOfWar(): boolean;
  /** Whether the text writes thousands with full stops ("11.000 soldiers … 4.700 killed"). */
  groupsWithStops(): boolean;
  /** A sentence's reading; the scan meets each sentence up to three times (as itself and as a neighbour). */
  sentence(span: Span): SentenceReading;
  /** The sentence holding `at`, never before `floor`: one already found when the scan has met it. */
  sentenceAt(at: number, floor: number): Span;
  /** The sentences before and after `span`, found once per sentence. */
  neighbours(span: Span): { previous: Span | null; next: Span | null };
}

/** The document context of `text`: its lede is its first 1,500 characters. */
export function documentContext(text: string): DocumentContext {
  // The lede is read once, for whose figures an article is about and for the voice it names.
  let ledeReading: { tokens: Token[]; mentions: Mention[] } | undefined;
  const readLede = () => {
    if (ledeReading) return ledeReading;
    const tokens = tokenize(text, 0, Math.min(text.length, 1500));
    return (ledeReading = { tokens, mentions: findMentions(tokens) });
  };
  let lede: string[] | undefined;
  let stops: boolean | undefined;
  let headlineWar: boolean | undefined;
  let ledeSpeaker: { side: string | undefined } | undefined;
  let ledeHead: { side: string | undefined } | undefined;
  let story: boolean | undefined;
  let disaster: boolean | undefined;
  let civil: boolean | undefined;
  // Sentences are met in reading order, so a handful of recent ones is all the cache ever needs: a ring, looked
  // through in place, so that a long page allocates no key per lookup.
  const recent: Array<{ start: number; end: number; reading: SentenceReading }> = [];
  let oldest = 0;
  // The neighbours of the last few sentences: the next one is usually the sentence the scan reads next.
  const around: Array<{ span: Span; previous: Span | null; next: Span | null }> = [];
  let oldestAround = 0;
  return {
    sentenceAt(at, floor) {
      for (const entry of around) {
        const next = entry.next;
        if (next && next.start <= at && at < next.end && next.start >= floor) return next;
      }
      return sentenceAround(text, at, floor);
    },
    neighbours(span) {
      let previous: Span | null | undefined;
      for (const entry of around) {
        if (entry.span.start === span.start && entry.span.end === span.end) return entry;
        if (entry.next && entry.next.start === span.start && entry.next.end === span.end) previous = entry.span;
      }
      const entry = { span, previous: previous === undefined ? previousSentence(text, span) : previous, next: nextSentence(text, span) };
      if (around.length < 4) around.push(entry);
      else {
        around[oldestAround] = entry;
        oldestAround = (oldestAround + 1) % around.length;
      }
      return entry;
    },
    ledeSpeaker: () => (ledeSpeaker ??= { side: militaryVoice(readLede().tokens, readLede().mentions) }).side,
    ledeHead: () => (ledeHead ??= { side: headOfStateIn(readLede().tokens, readLede().mentions) }).side,
    groupsWithStops: () => (stops ??= documentGroupsWithStops(text)),
    headlineSpeaksOfWar: () => (headlineWar ??= headlineSpeaksOfWar(text)),
    tellsAStory: () => (story ??= tellsAStory(readLede().tokens)),
    speaksOfDisaster: () => (disaster ??= speaksOfDisaster(readLede().tokens)),
    speaksOfCivilLife: () => (civil ??= speaksOfCivilLife(readLede())),
    ledeActors: () => (lede ??= [...new Set(readLede().mentions.filter((m) => m.role === 'actor' && m.entity.actor && !m.entity.bystander).map((m) => m.entity.actor!))]),
    sentence(span) {
      for (const entry of recent) if (entry.start === span.start && entry.end === span.end) return entry.reading;
      const tokens = tokenize(text, span.start, span.end);
      const reading = { tokens, mentions: findMentions(tokens), words: wordsOf(tokens), cells: tokens.some((t) => t.text === '|') };
      const entry = { start: span.start, end: span.end, reading };
      if (recent.length < 8) recent.push(entry);
      else {
        recent[oldest] = entry;
        oldest = (oldest + 1) % recent.length;
      }
      return reading;
    },
  };
}

/**
 * The tracked figures of one sentence. `text` is the whole document, `span` the sentence's bounds in it, so
 * the figures' offsets are document offsets.
 */
export function classifySentence(text: string, span: Span, document: DocumentContext = documentContext(text)): Figure[] {
  const reading = document.sentence(span);
  const tokens = reading.tokens;
  const mentions = tableMentions(text, reading);
  const quantities = findQuantities(tokens, isCountNoun, document.groupsWithStops());
  if (quantities.length === 0) return [];

  const { previous: prev, next } = document.neighbours(span);
  const before = prev ? document.sentence(prev) : EMPTY_SENTENCE;
  const after = next ? document.sentence(next) : EMPTY_SENTENCE;
  // "Twelve million. That is how many shells Pyongyang has sent": a figure standing alone, which the next
  // sentence explains as its own.
  const explainedNext = isFragment(tokens, quantities) ? (askedSense(after.tokens) ?? openingSense(after.tokens)) : null;
  const [beforeMentions, afterMentions] = [tableMentions(text, before), tableMentions(text, after)];
  const neighbours = explainedNext ? { previous: afterMentions, next: beforeMentions } : { previous: beforeMentions, next: afterMentions };
  // The sentence after may say more of this figure ("The units will consist mainly of builders"); one with a
  // number of its own is about that ("… and roughly 30 million shells in reserve").
  // A row of a table reads its title as it reads the sentence before: "Estimated transfers to Russia" over rows of
  // shells and missiles says they were sent, in the first row and in the tenth.
  const title = reading.cells ? tableTitle(text, span.start) : null;
  const wordsBefore = title ? [...wordsOf(title), ...before.words] : before.words;
  const nearbyWords = after.tokens.some(isNumberToken) && !explainedNext ? wordsBefore : [...wordsBefore, ...after.words];

  const wholes = quantities.map((q) => partitiveWhole(tokens, q, quantities));
  const isWhole = quantities.map((q, i) => wholes.includes(i) || wholeOfFraction(tokens, q));
  const senses: CountSense[] = quantities.map((q, i) => withJoinedKind(tokens, senseOf(tokens, q, isWhole[i])));
  const owners: Array<string | undefined> = quantities.map((q, i) => ownerOf(tokens, q, senses[i], mentions) ?? speakersOwn(tokens, q, mentions, beforeMentions, document.ledeHead));
  quantities.forEach((q, i) => {
    const w = wholes[i];
    if (w < 0 || senses[i].category) return;
    // The part ("4,000 of the original 11,000 soldiers") counts what the whole counts, or its casualties.
    const whole = senses[w];
    if (!whole.category) return;
    const casualties = whole.unit === 'people' && casualtyAfter(tokens, whole.nounEnd);
    senses[i] = { ...whole, category: casualties ? 'casualties' : whole.category, kind: casualties ? undefined : whole.kind, nounEnd: q.last, phrase: [q.last, q.last] };
    owners[i] ??= owners[w];
  });
  // "If 4,700 of 14,000 have been killed or wounded": the toll's verb is its part's; the bare whole it is taken
  // from is the people sent, not more dead.
  quantities.forEach((q, w) => {
    if (!isWhole[w] || senses[w].category !== 'casualties' || senses[w].nounEnd !== q.last) return;
    if (wholes.some((x, p) => x === w && senses[p].category === 'casualties')) senses[w] = { ...senses[w], category: 'troops', unit: 'people', kind: undefined };
  });
  lendSenses(tokens, quantities, senses, {
    previous: before.tokens,
    previousCounts: before.counts,
    beforePrevious: () => {
      const twoBack = prev ? previousSentence(text, prev) : null;
      return twoBack ? document.sentence(twoBack).tokens : null;
    },
    above: (n) => {
      const sentences: Token[][] = [];
      for (let s = prev; s && sentences.length < n; s = previousSentence(text, s)) sentences.push(document.sentence(s).tokens);
      return sentences;
    },
    explained: explainedNext,
    caption: () => captionAround(text, span.start),
    column: (at) => (reading.cells ? columnHeading(text, at) : null),
    cellAbove: (at) => (reading.cells ? cellAbove(text, at) : null),
    heading: () => headingAbove(text, tokens, prev, document),
  });
  // "so if pyongyang has 10k troops out there / that's 250 million annually just in compensation": a bare count
  // beyond the size of any war's people, or of any arsenal, is money or a population, whatever noun came before.
  quantities.forEach((q, i) => {
    const sense = senses[i];
    if (sense.category && sense.nounEnd === q.last && (q.value.low >= MAX_BARE_COUNT || (sense.unit === 'people' && q.value.low > MAX_BARE_PEOPLE))) {
      senses[i] = { category: null, unit: 'items', nounEnd: q.last, phrase: [q.last, q.last] };
    }
    // "When the first North Korean units crossed into Russia, officials put their number at roughly 10,000": a
    // bare count lent a formation, in the thousands, counts its people.
    else if (sense.unit === 'formations' && sense.nounEnd === q.last && q.value.low >= MIN_FORMATION_PEOPLE) senses[i] = { ...sense, unit: 'people', kind: undefined };
  });
  senses.forEach((sense, i) => {
    owners[i] ??= sense.owner;
  });
  // What the next sentence may take up is what is counted, not that a count was a part ("2024: about 400,000" is a
  // year's toll; the "Running total" under it is none).
  reading.counts = quantities.flatMap((p, i) => (senses[i].category ? [{ p, sense: { ...senses[i], part: undefined } }] : []));
  // "the original contingent of 11,000 troops": the body a count sizes is described by the count's own words.
  const bodyStarts = quantities.map((q) => sizedBodyStart(tokens, q));
  const distanceTo = (k: number, figure: number) => {
    const q = quantities[figure];
    const end = Math.max(senses[figure].nounEnd, q.last);
    if (bodyStarts[figure] >= 0 && k >= bodyStarts[figure] && k < q.qualifierFirst) return 0;
    return k < q.qualifierFirst ? q.qualifierFirst - k : k >= end ? k - end + 1 : 0;
  };
  // Figures listed together share what stands around the list: in "2,000 drones and 1,000 glide bombs in the
  // past week" the week is the drones' as much as the bombs'.
  const listOf = quantities.map((_, f) => f);
  for (let f = 0, prev = -1; f < quantities.length; f++) {
    if (!senses[f].category) continue;
    const between = prev < 0 ? [] : tokens.slice(Math.max(senses[prev].nounEnd, quantities[prev].last), quantities[f].qualifierFirst);
    // ...and so do the two ends of a revision: "revised its estimate of troops in Kursk down from 12,000 to 11,000".
    const revision = between.length === 1 && between[0].norm === 'to' && tokens[quantities[prev].qualifierFirst - 1]?.norm === 'from';
    // A bare "with" opens what the first count holds or brings, not a second item: "about 640,000 soldiers, with
    // 110,000 troops massed near Pokrovsk alone" ("along with" and "together with" do list).
    const holds = between.at(-1)?.norm === 'with' && !between.some((t) => t.norm === 'along' || t.norm === 'together');
    // Nor is a part of the count before another item: "100 ballistic missiles, and at least 60 of those missiles".
    if (revision || (!holds && !isOfThem(tokens, quantities[f]) && between.length > 0 && between.length <= 3 && between.every((t) => LIST_JOINS.has(t.norm)))) listOf[f] = listOf[prev];
    prev = f;
  }
  // Each list's span of tokens, [first, end), by the index of its first figure.
  const listSpan = new Map<number, [number, number]>();
  quantities.forEach((q, f) => {
    const end = Math.max(senses[f].nounEnd, q.last);
    const span = listSpan.get(listOf[f]);
    if (span) span[1] = Math.max(span[1], end);
    else listSpan.set(listOf[f], [q.qualifierFirst, end]);
  });
  /** How far word k stands from figure f, or from f's list when the word stands outside it. */
  const reach = (k: number, f: number) => {
    const [first, end] = listSpan.get(listOf[f])!;
    // "1.28 million active personnel and a reserve force of some 600,000": the body a list's count sizes is its own.
    const body = bodyStarts[listOf[f]];
    if (k < first) return body >= 0 && k >= body ? 0 : first - k;
    return k >= end ? k - end + 1 : distanceTo(k, f);
  };
  // Only tracked figures claim words: "in the past 24 hours" still describes the toll beside it, not "24".
  const nearestDistance = tokens.map((_, k) => {
    let nearest = Infinity;
    for (let f = 0; f < quantities.length; f++) if (senses[f].category) nearest = Math.min(nearest, reach(k, f));
    return nearest;
  });
  // "10-12k more troops …, not the 30,000 some promised; further waves in the tens of thousands could follow": a
  // word in another figure's semicolon clause is that figure's, however near this one it stands.
  const clauseOf: number[] = [];
  for (let k = 0, c = 0; k < tokens.length; k++) {
    clauseOf.push(c);
    if (tokens[k].text === ';') c++;
  }
  const clausesWithFigures = new Set(quantities.filter((_, f) => senses[f].category).map((q) => clauseOf[q.qualifierFirst]));
  // "It was one of the largest attacks of the war, though short of the record 728 drones": a clause a contrast
  // opens after a comma says nothing of the one before it, which speaks of something else.
  const contrastAt = tokens.findIndex((t, k) => t.text === ',' && /^(though|although|whereas)$/.test(tokens[k + 1]?.norm ?? ''));
  const inOtherClause = (k: number, f: number) =>
    (clauseOf[k] !== clauseOf[quantities[f].qualifierFirst] && clausesWithFigures.has(clauseOf[k])) ||
    (contrastAt >= 0 && k < contrastAt && quantities[f].qualifierFirst > contrastAt && !quantities.some((q, g) => senses[g].category && q.qualifierFirst < contrastAt));
  // The tracked figure whose own phrase holds each token, if any: asked for only where a sentence has two figures.
  let heldBy: number[] | undefined;
  /** Whether word k is part of another figure's own phrase, outside figure f's list ("30,000 more soldiers"). */
  const inAnother = (k: number, f: number) => {
    if (!heldBy) {
      const held = new Array<number>(tokens.length).fill(-1);
      quantities.forEach((q, g) => {
        if (senses[g].category) for (let t = q.qualifierFirst; t < Math.max(senses[g].nounEnd, q.last); t++) held[t] = g;
      });
      heldBy = held;
    }
    return heldBy[k] >= 0 && listOf[heldBy[k]] !== listOf[f];
  };
  // "Ukraine's General Staff, which publishes a daily tally, said …": an aside between commas that opens with
  // "which" or "who" describes the noun before it; its words are no cue of a figure outside it.
  const asides: Array<[number, number]> = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1].text !== ',' || !RELATIVES.has(tokens[k].norm)) continue;
    let close = k + 1;
    while (close < tokens.length && tokens[close].text !== ',' && tokens[close].text !== ';') close++;
    if (close < tokens.length && tokens[close].text === ',') asides.push([k, close]);
  }
  // "… claims Ukrainian losses of more than a million, a figure that nobody outside Russia takes seriously": a
  // comment on the figure says nothing of what it counts, nor where.
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k - 1].text !== ',' || !/^(a|an|the)$/.test(tokens[k].norm)) continue;
    let j = k + 1;
    while (j < k + 4 && tokens[j]?.kind === 'word' && !FIGURE_NOUNS.has(tokens[j].norm)) j++;
    if (!FIGURE_NOUNS.has(tokens[j]?.norm ?? '') || !/^(that|which)$/.test(tokens[j + 1]?.norm ?? '')) continue;
    let close = j + 2;
    while (close < tokens.length && tokens[close].text !== ',' && tokens[close].text !== ';') close++;
    asides.push([k, close]);
  }
  // "… 9–12 million rounds — by some counts half of all the shells Russia fired in 2024 — and 100 missiles": what
  // stands between a pair of dashes is an aside, and its words are no cue of a figure outside it either.
  for (let k = 0; k < tokens.length; k++) {
    if (!ASIDE_DASHES.has(tokens[k].text)) continue;
    let close = k + 1;
    while (close < tokens.length && !ASIDE_DASHES.has(tokens[close].text)) close++;
    if (close === tokens.length) break;
    asides.push([k + 1, close]);
    k = close;
  }
  // "… delivered some 12mn shells to Russia, more than Europe has manufactured since 2022", "rather than send
  // them to Kyiv": what a count is compared with is told after "than", in words that are no cue of the count.
  // Per token, where the comparison it stands in opens (-1 for none); "more than 6,000" is a qualifier, no comparison.
  // So is a condition: "30m artillery shells could tip the balance if they were sent to Ukraine" sends none.
  // "another 6,000 troops, including 1,000 sappers and 5,000 builders": a count whose parts, listed after it, add up
  // to it.
  const sumOfPartsAfter = (i: number) => {
    const q = quantities[i];
    const next = quantities[i + 1];
    if (!next || q.value.low !== q.value.high) return false;
    // The list opens between this count and the next: "…, Russian state media report, including 1,000 sappers".
    const between = tokens.slice(Math.max(senses[i].nounEnd, q.last), next.qualifierFirst);
    if (!between.some((t, b) => PART_LISTS.has(t.norm) || (t.norm === 'made' && between[b + 1]?.norm === 'up'))) return false;
    let total = 0;
    let parts = 0;
    for (let j = i + 1; j < quantities.length && total < q.value.low; j++) {
      if (!senses[j].category || quantities[j].value.low !== quantities[j].value.high) return false;
      total += quantities[j].value.low;
      parts++;
    }
    return parts >= 2 && total === q.value.low;
  };
  // Built only for a sentence that has such a word: most have none.
  let comparedFrom: number[] | null = null;
  if (tokens.some((t) => t.norm === 'than' || t.norm === 'if' || t.norm === 'unless')) {
    comparedFrom = new Array<number>(tokens.length).fill(-1);
    for (let k = 0, from = -1; k < tokens.length; k++) {
      if (tokens[k].text === '.' || endsClause(tokens, k)) from = -1;
      else if (tokens[k].norm === 'than' && tokens[k + 1] && !isNumberToken(tokens[k + 1]) && !QUALIFYING_AFTER_THAN.has(tokens[k + 1].norm)) from = k;
      else if ((tokens[k].norm === 'if' || tokens[k].norm === 'unless') && from < 0) from = k;
      comparedFrom[k] = from;
    }
  }
  const inComparison = (k: number, q: Quantity) => comparedFrom !== null && comparedFrom[k] > q.last;
  // "Troops (2024): 11,000 | Sappers: 1,000": a cell with a count of its own labels that count, not its neighbours'.
  // A cell of words alone ("North Korea | 11,000 | troops") still describes the row's count.
  let cellOf: number[] | null = null;
  let cellsWithCounts: Set<number> | null = null;
  if (reading.cells) {
    const cells: number[] = [];
    for (let k = 0, c = 0; k < tokens.length; k++) {
      if (tokens[k].text === '|') c++;
      cells.push(c);
    }
    cellOf = cells;
    cellsWithCounts = new Set(quantities.map((q) => cells[q.qualifierFirst]));
  }
  const inCellOfAnother = (k: number, q: Quantity) => cellOf !== null && cellOf[k] !== cellOf[q.qualifierFirst] && cellsWithCounts!.has(cellOf[k]);
  const inAsideOf = (k: number, q: Quantity) => asides.some(([from, to]) => k >= from && k < to && !(q.qualifierFirst >= from && q.qualifierFirst < to));
  // "… at about 1.28 million active-duty personnel, and puts its reserves, including the Red Guards, at 7.6
  // million": what a verb puts "at" a count is that count's, however near another figure it stands.
  const putBy = quantities.some((q) => tokens[q.qualifierFirst - 1]?.norm === 'at') ? new Array<number>(tokens.length).fill(-1) : [];
  quantities.forEach((q, g) => {
    if (!senses[g].category || tokens[q.qualifierFirst - 1]?.norm !== 'at') return;
    for (let k = q.qualifierFirst - 2; k >= Math.max(0, q.qualifierFirst - 14); k--) {
      if (tokens[k].kind === 'num' || tokens[k].text === ';') return;
      if (PUTTING.has(tokens[k].norm)) {
        for (let j = k; j < q.qualifierFirst; j++) putBy[j] = g;
        return;
      }
    }
  });
  const putForAnother = (k: number, f: number) => (putBy[k] ?? -1) >= 0 && listOf[putBy[k]] !== listOf[f];
  const otherOwners = (i: number) => ({
    earlier: owners.filter((o, k): o is string => !!o && k < i && senses[k].unit === senses[i].unit),
    later: owners.filter((o, k): o is string => !!o && k > i && senses[k].unit === senses[i].unit),
  });

  const placesIn = (ms: readonly Mention[]) => [...new Set(ms.filter((m) => m.role === 'place' && m.entity.place).map((m) => m.entity.place!))];
  const allPlaces = placesIn(mentions);
  /** Places named nearer this figure than any other: "add 25,000 troops to the 11,000 first sent to Kursk" puts Kursk with the 11,000. */
  const placesOf = (i: number) => [
    ...new Set(
      mentions
        .filter((m) => m.role === 'place' && m.entity.place && reach(m.first, i) <= nearestDistance[m.first] && !inAsideOf(m.first, quantities[i]))
        .map((m) => m.entity.place!),
    ),
  ];
  // "has given a figure of 110,000 for the Russian grouping there": a sentence that names no place but points
  // "there" is in the place of the sentence before ("there were", "there have been" point nowhere).
  let thereIs: string[] = [];
  // "… in the region", "… across the area": a place the sentence before named, as "there" points to it.
  const theRegion = (k: number) => AREAS.has(tokens[k].norm) && tokens[k - 1]?.norm === 'the' && /^(in|into|across|around|near|inside|to)$/.test(tokens[k - 2]?.norm ?? '');
  if (allPlaces.length === 0 && tokens.some((t, k) => (t.norm === 'there' && !EXISTENTIAL_THERE.has(tokens[k + 1]?.norm ?? '')) || theRegion(k))) {
    thereIs = placesIn(before.mentions);
    // "Including Pokrovsk?" "Yes. … eleven civilians were killed there": a short reply between does not move.
    if (thereIs.length === 0 && prev && before.tokens.length <= SHORT_REPLY) {
      const twoBack = previousSentence(text, prev);
      if (twoBack) thereIs = placesIn(document.sentence(twoBack).mentions);
    }
  }
  /**
   * The sentence's places less those of another figure's clause: in "delivered over 100 KN-23s to Moscow, and Ukraine
   * says at least 60 of them have been launched at its cities", Moscow is where the 100 went, no place of the 60.
   */
  const placesInReach = (i: number, own: readonly string[]) => {
    // A place named only in a comment on the figure ("a figure that nobody outside Russia takes seriously") is none
    // of the sentence's for it.
    const sentence = asides.length > 0 ? placesIn(mentions.filter((m) => !inAsideOf(m.first, quantities[i]))) : allPlaces;
    if (sentence.length <= own.length || quantities.length < 2) return sentence;
    const at = quantities[i].qualifierFirst;
    const across = (m: Mention) => {
      for (let k = Math.min(m.first, at); k < Math.max(m.first, at); k++) if (endsClause(tokens, k)) return true;
      return false;
    };
    const foreign = new Set(mentions.filter((m) => m.role === 'place' && m.entity.place && !own.includes(m.entity.place) && across(m)).map((m) => m.entity.place!));
    return foreign.size === 0 ? sentence : sentence.filter((p) => !foreign.has(p) || own.includes(p));
  };
  // "Before the full-scale invasion, Russia had around 190,000 troops on Ukraine's borders": the time before the war.
  const beforeTheWar = /^(before|prior)$/.test(tokens[0]?.norm ?? '') && tokens.slice(1, 7).some((t, k, after) => /^(invasion|war)$/.test(t.norm) && after[k + 1]?.text === ',');
  const pastYearAt = (t: Token, k: number) => isYearLike(t) && Number(t.text) < PAST_BEFORE && (k === 0 || SETTING_WORDS.has(tokens[k - 1].norm) || MONTHS.has(tokens[k - 1].norm));
  // In a row of cells, a year in another count's cell sets only that count in time: "about 135,000 in 1950 | about
  // 1.28 million today".
  const setInPast = (q: Quantity) => beforeTheWar || tokens.some((t, k) => pastYearAt(t, k) && !inCellOfAnother(k, q));
  // Who gives a figure is no word of what it counts: "Ukraine's commander-in-chief has given a figure of 110,000"
  // says nothing of troops "in Ukraine".
  const sourceWord: boolean[] = [];
  for (const m of mentions) if (m.role === 'source') for (let k = m.first; k < m.last; k++) sourceWord[k] = true;
  const starts = new Set(quantities.map((q) => q.qualifierFirst));
  const phraseEnd = (k: number) => Math.max(senses[k].nounEnd, quantities[k].last);
  /**
   * Places named only more than PLACE_TAIL tokens after figure i's phrase, or only beyond another figure: in "the
   * offensive around Pokrovsk (roughly 70,000 troops), while North Korea's first contingent (some 11,000 men) …"
   * Pokrovsk is the 70,000's.
   */
  const beyondAnother = (at: number, i: number) =>
    quantities.some((q, k) => {
      // A count of nothing tracked ("during its eight months in Kursk") is no figure that could own the place.
      if (k === i || !senses[k].category) return false;
      // Another figure wholly between the place and this one, on either side.
      return at < quantities[i].qualifierFirst
        ? at < q.qualifierFirst && phraseEnd(k) <= quantities[i].qualifierFirst
        : q.qualifierFirst >= phraseEnd(i) && phraseEnd(k) <= at;
    });
  const tailPlacesOf = (i: number) =>
    allPlaces.filter((place) => mentions.every((m) => m.role !== 'place' || m.entity.place !== place || m.first >= phraseEnd(i) + PLACE_TAIL || beyondAnother(m.first, i)));
  /** A casualty count's scope; a part ("4,000 of the 11,000 soldiers sent were killed") reads its whole's clause. */
  const ownScopeOf = (i: number) => {
    const w = wholes[i] >= 0 ? wholes[i] : i;
    const own = quantities[w].qualifierFirst;
    return casualtyScope(tokens, own, phraseEnd(w), (k) => k !== own && starts.has(k));
  };
  // "Moscow has lost perhaps 250,000 dead — not the 100,000 some still cite": a bare count with no casualty word of
  // its own counts what the toll before it counts.
  const scopeOf = (i: number) => {
    const own = ownScopeOf(i);
    if (own || senses[i].nounEnd > quantities[i].last) return own;
    for (let j = i - 1; j >= 0; j--) if (senses[j].category === 'casualties') return ownScopeOf(j);
    return undefined;
  };
  // What happens to a part ("718 of the 728 drones were shot down") happens to it, not to its whole.
  const intercepted = quantities.map((q, i) => {
    if (!isProjectile(senses[i]) || isWhole[i]) return false;
    const w = wholes[i];
    return countsInterceptions(tokens, q, phraseEnd(i)) || (w >= 0 && countsInterceptions(tokens, quantities[w], phraseEnd(w)));
  });
  // "shot down 718 drones and seven missiles", "718 drones and seven missiles were shot down": the verb takes
  // every count of the list. Only counts with a noun of their own are listed before a verb: in "launched 728
  // drones, 718 were shot down" the 718 starts a clause, and so does a part of the count before ("718 of them").
  const joined = (i: number) => isProjectile(senses[i]) && isProjectile(senses[i - 1]) && joinsMunitions(tokens, quantities[i - 1].last, quantities[i].qualifierFirst);
  for (let i = 1; i < quantities.length; i++) if (intercepted[i - 1] && joined(i)) intercepted[i] = true;
  for (let i = quantities.length - 1; i > 0; i--) if (intercepted[i] && senses[i].nounEnd > quantities[i].last && !senses[i].part && joined(i)) intercepted[i - 1] = true;
  // "downed 617 of the 653 drones and 43 of the 51 missiles": a part listed after another part's whole shares its
  // verb.
  for (let i = 2; i < quantities.length; i++) {
    const before = i - 1;
    const sharesVerb = wholes[i] > i && isWhole[before] && wholes.some((w, p) => w === before && intercepted[p]);
    if (sharesVerb && isProjectile(senses[i]) && joinsMunitions(tokens, phraseEnd(before), quantities[i].qualifierFirst)) intercepted[i] = true;
  }
  // "… 10,000 North Korean troops sent to Russia, of whom over 3,000 had moved up to the front": a part of the
  // count just before, whatever it is said to do.
  const partNamedByWhom = (i: number) =>
    i > 0 && !!senses[i - 1].category && tokens[quantities[i].qualifierFirst - 2]?.norm === 'of' && /^(whom|which)$/.test(tokens[quantities[i].qualifierFirst - 1]?.norm ?? '');
  const figures: Figure[] = [];
  // The sides a question just before names: the sentence before, or the one before that across a short reply
  // ("You'll hear all sorts.").
  let asked: string[] | undefined;
  const askedActors = () => {
    if (asked) return asked;
    const question = (tokens: Token[]) => tokens.at(-1)?.text === '?';
    let mentionsAsked: readonly Mention[] = [];
    if (question(before.tokens)) mentionsAsked = before.mentions;
    else if (prev && before.tokens.length <= SHORT_REPLY) {
      const twoBack = previousSentence(text, prev);
      const reading = twoBack ? document.sentence(twoBack) : null;
      if (reading && question(reading.tokens)) mentionsAsked = reading.mentions;
    }
    asked = [...new Set(mentionsAsked.filter((m) => m.role === 'actor' && m.entity.actor).map((m) => m.entity.actor!))];
    return asked;
  };
  // War is spoken of before the figure's clause ends, or in the sentence before: "Hurricane Milton killed at least
  // 24 people …; the governor said 9,000 soldiers had been mobilised" holds soldiers only in a clause after the
  // toll's (so does ", and Kim ordered 5,000 soldiers into the area"), while "Iran fired 550 missiles at Israel
  // during the war; 28 people were killed" tells the toll's cause first, as a sentence before it would.
  const spokenOfWar = (q: Quantity, i: number) => {
    let to = q.last;
    while (to < tokens.length && !endsClause(tokens, to)) to++;
    // Patients are hurt by illness and treatment as often as by war: for them, words of the toll itself
    // ("casualties", "wounded") say nothing of its cause (a trial "not without casualties").
    const war = PATIENTS.has(tokens[senses[i].nounEnd - 1]?.norm ?? '') ? isWarWord : (w: string) => WAR_CONTEXT.has(w);
    for (let k = 0; k < to; k++) if (war(tokens[k].norm)) return true;
    // "Last week, 23 people were killed in Kyiv": a toll in a theatre of the war is the war's.
    if (placesOf(i).some(inWarTheatre)) return true;
    if (before.words.some(war)) return true;
    // A live page or a report headed by the war ("Ukraine war live: Kyiv wakes to another night of drones"): its
    // tolls are the war's, as its updates say once and not again in each entry.
    if (document.headlineSpeaksOfWar()) return true;
    // A headline or a label without a full stop is told by the line under it: "Death Toll In Kursk Tops 600".
    if (!endsWithStop(tokens) && after.words.some((w) => WAR_CONTEXT.has(w))) return true;
    // "… drones and missiles at Ukraine in one night. And the human cost? Seven people killed in Kyiv": a short
    // question between does not change the subject.
    const twoBack = prev && before.tokens.at(-1)?.text === '?' ? previousSentence(text, prev) : null;
    return !!twoBack && document.sentence(twoBack).words.some((w) => WAR_CONTEXT.has(w));
  };
  // "The earthquake that hit the same region in March killed more than 3,700": a disaster named in a toll's own
  // clause, with no word of war there, is its cause, whatever the sentence before spoke of.
  const disasterToll = (q: Quantity) => {
    let from = q.qualifierFirst;
    while (from > 0 && !endsClause(tokens, from - 1)) from--;
    let to = q.last;
    while (to < tokens.length && !endsClause(tokens, to)) to++;
    const clause = tokens.slice(from, to);
    if (clause.some((t) => isWarWord(t.norm))) return false;
    if (clause.some((t) => DISASTERS.has(t.norm))) return true;
    // "… caused a 40-vehicle pile-up, and we treated 300 casualties": a disaster named anywhere in a sentence
    // that has no word of war is the toll's cause.
    if (namesDisaster(tokens) && !tokens.some((t) => isWarWord(t.norm))) return true;
    // "Road deaths rose … on the nation's roads. A further 29,400 were seriously injured": with no word of its own
    // on the cause, a toll goes on with the sentence before.
    if (before.words.some((w) => WAR_CONTEXT.has(w) && !TOLL_SHARED.has(w))) return false;
    // "… could prevent about 100 deaths a year" in a report on road safety: with no cause named near it, a toll
    // is of what the text is about.
    return before.words.some((w) => DISASTERS.has(w)) || document.speaksOfDisaster();
  };
  // "drive one of 12 unlockable tanks", "5,000 extras": games and films, whose wars are make-believe.
  const makeBelieve = tokens.some((t) => MAKE_BELIEVE.has(t.norm)) || document.tellsAStory();
  // On a page of everyday life, a count is war's only where its sentence, or the one before, names war or a side.
  const warNamedHere = () =>
    namesWarItself(tokens) || namesWarItself(before.tokens) || mentions.some(namesASide);
  // "a colony of army ants … an army of 500,000 soldiers", "a hive of 50,000 workers and a few hundred drones".
  // A sentence with no word of war goes on with the insects of the one before ("We watch thousands of drones").
  let insectsHere: boolean | undefined;
  const insects = () =>
    (insectsHere ??= tokens.some((t) => INSECTS.has(t.norm)) || (before.words.some((w) => INSECTS.has(w)) && !tokens.some((t) => isWarWord(t.norm) && !nounSense(t.norm)?.category)));
  quantities.forEach((q, i) => {
    const sense = senses[i];
    if (!sense.category) return;
    if (sense.warOnly && !spokenOfWar(q, i)) return;
    if (sense.category === 'casualties' && disasterToll(q)) return;
    const at = tokens[q.qualifierFirst].start;
    if (makeBelieve || inCrosswordClue(text, at) || onAddressLine(text, at) || opensFootnote(text, at)) return;
    // "about 2,700 rounds per gun", "~600 shells per container": a share of each thing, not a count of them ("1,000
    // casualties per day" is a rate of the war, and stays).
    if (perUnit(tokens, Math.max(sense.nounEnd, q.last))) return;
    if (document.speaksOfCivilLife() && !warNamedHere()) return;
    if ((sense.category === 'troops' || sense.kind === 'drones') && insects()) return;
    const owner = owners[i];
    // "(11,000) North Korean soldiers": a count glossed in brackets is shown with them, its noun after them.
    const bracketed = tokens[q.qualifierFirst - 1]?.text === '(' && sense.nounEnd > q.last + 1 && tokens[q.last]?.text === ')';
    const start = tokens[bracketed ? q.qualifierFirst - 1 : q.qualifierFirst].start;
    const end = tokens[sense.apart ? q.last - 1 : Math.max(sense.nounEnd, q.last) - 1].end;
    // Two flat arrays, not a pair per word: a long page has hundreds of thousands of these.
    const words: string[] = [];
    const distances: number[] = [];
    // Cues farther than CUE_WINDOW tokens are not read: keeps a figure's work bounded however long its sentence.
    const from = Math.max(0, q.qualifierFirst - CUE_WINDOW);
    const to = Math.min(tokens.length, Math.max(sense.nounEnd, q.last) + CUE_WINDOW);
    for (let k = from; k < to; k++) {
      if (!isCueWord(tokens, k) || sourceWord[k] || (k >= q.last && comparedWithRecord(tokens, k))) continue;
      const distance = distanceTo(k, i);
      // A word nearer another figure of the sentence describes that one ("add 25,000 troops to the 11,000 first sent").
      words.push(cueWord(tokens[k]));
      const own = reach(k, i) <= nearestDistance[k] && !inOtherClause(k, i) && !inAsideOf(k, q) && !putForAnother(k, i) && !inComparison(k, q) && !inCellOfAnother(k, q);
      distances.push(own ? distance : inAnother(k, i) ? BEYOND_FIGURE_DISTANCE : OTHER_FIGURE_DISTANCE);
    }
    // "forty thousand more than in November": the count is an increase, whatever word the sentence uses.
    // "several million more in reserve" are others, held back; not an increase.
    const inReserve = sense.kind === 'reservists' && tokens[q.last + 1]?.norm === 'in';
    // "has received roughly 12 million more from North Korea": weapons more from a supplier are its delivery, not a rise.
    const moreFrom = sense.category === 'munitions' && tokens[q.last]?.norm === 'more' && tokens[q.last + 1]?.norm === 'from';
    // "another 50,000": more of them, beside the others, which is not a rise over time.
    // "25-30k more could come": more of them arriving, beside the others, as "another" says.
    // "perhaps 40,000 additional soldiers into Ukraine since November": more of them, as "another" says.
    const another = tokens[q.qualifierFirst - 1]?.norm === 'another' || (tokens[q.last]?.norm === 'more' && moreArrive(tokens, q.last + 1)) || /^(additional|extra)$/.test(tokens[q.last]?.norm ?? '');
    // "that's up forty thousand since last November": a copula's "up" or "down" before the count.
    const upBy = upOrDownAfterCopula(tokens, q.qualifierFirst - 1);
    const change = (/^(more|higher|up|fewer|down)$/.test(tokens[sense.nounEnd]?.norm ?? '') && !moreFrom) || (tokens[q.last]?.norm === 'more' && !inReserve && !moreFrom) || changedBy(tokens, q.qualifierFirst) || another || upBy;
    if (change) {
      words.push(another ? 'additional' : 'increase');
      distances.push(0);
    }
    // A noun lent by another count comes last, where the matcher knows it for one (see Figure.lentWords).
    for (const w of sense.labelWords ?? []) {
      words.push(w);
      distances.push(LABEL_DISTANCE);
    }
    const ownPlaces = placesOf(i);
    figures.push({
      text: text.slice(start, end),
      start,
      end,
      value: sense.scale ? { low: q.value.low * sense.scale, high: q.value.high * sense.scale } : q.value,
      qualifier: q.qualifier,
      category: sense.category,
      unit: sense.unit,
      kind: sense.kind,
      scope: sense.category === 'casualties' ? scopeOf(i) : undefined,
      change,
      level: isLevel(tokens, q.qualifierFirst),
      past: setInPast(q) || undefined,
      hypothetical: isHypothetical(tokens, q) || undefined,
      intercepted: intercepted[i],
      part: sense.part || (sense.category === 'munitions' && oneShipment(tokens, q)) || undefined,
      sum: sumOfPartsAfter(i) || undefined,
      partOfPrevious: partNamedByWhom(i) || undefined,
      actors: victimsCountry(
        sense,
        withThere(enemyOfSpeaker(withLede(actorScores(tokens, q, sense, mentions, owner, otherOwners(i), neighbours, askedActors()), document), tokens, mentions, neighbours.previous, document), thereIs),
        () => (ownPlaces.length > 0 ? ownPlaces : thereIs.length > 0 ? thereIs : placesIn(before.mentions)),
      ),
      places: thereIs.length > 0 ? thereIs : ownPlaces,
      sentencePlaces: thereIs.length > 0 ? thereIs : placesInReach(i, ownPlaces),
      tailPlaces: tailPlacesOf(i),
      attribution: attributionIn(tokens, text, mentions, q.qualifierFirst),
      sentence: span,
      words,
      distances,
      nearbyWords,
      wordsBefore: wordsBefore.length,
      lentWords: sense.labelWords?.length || undefined,
    });
  });
  return figures;
}
