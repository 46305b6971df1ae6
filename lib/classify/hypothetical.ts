// Counts no one claims happened: a condition's, a forecast's threshold, what one of a kind typically holds. They stay
// figures of their category, and no measure is theirs.
import type { Quantity } from '../extract/numbers';
import type { Token } from '../extract/tokenize';
import { SAYING_VERBS } from './actors';

/** Words that open a sentence of a condition: "If …", "Were Pyongyang to send …", "Had Seoul released …". */
const CONDITIONS = new Set(['if', 'were', 'had', 'should', 'unless']);
/** Inversions that make a whole sentence counterfactual, with its "would": "Had Seoul released …, … would". */
const INVERSIONS = new Set(['were', 'had', 'should']);
/** A sentence about one of a kind opens with one of these, and says what it "typically" holds. */
const TYPICAL_OPENERS = new Set(['a', 'an', 'each', 'every']);
const TYPICALLY = new Set(['typically', 'usually', 'normally', 'ordinarily', 'generally']);
/** Modals of what may come: "could top", "may pass", "will exceed". */
const MODALS = new Set(['could', 'may', 'might', 'will', 'would', 'should', 'can']);
/** Words that make a "to" before a threshold a forecast's: "is expected to reach 20,000" ("thought to hold" is not). */
const FORECASTING = new Set(['expected', 'projected', 'forecast', 'predicted', 'likely', 'set', 'poised', 'due', 'bound']);
/** Verbs that set a threshold a count may cross: "losses could top 10,000". */
const THRESHOLDS = new Set(['top', 'pass', 'exceed', 'surpass', 'reach', 'hit', 'cross', 'break', 'approach']);
const RISING = new Set(['rise', 'climb', 'grow', 'swell', 'increase']);
/** Words a modal and its verb may stand across: "could easily top", "will likely pass". */
const HEDGES = new Set(['easily', 'likely', 'soon', 'well', 'even', 'still', 'eventually', 'quickly', 'yet', 'also', 'not', 'never']);
/** Words that make the count after them in a condition one already given: "If the full 30,000 additional troops …". */
const DEFINITE = new Set(['the', 'those', 'these', 'that', 'this', 'its', 'their', 'his', 'her', 'our', 'all']);
/** Words that end a condition's clause: the consequence starts. */
const CONSEQUENCES = new Set(['then', 'would', 'could', 'will', 'might']);
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Modals of a consequence only supposed. */
const SUPPOSED = new Set(['would']);
/** Questions of what will be, which ask of a threshold: "Will North Korea have more than 50,000 …?". */
const FUTURE_QUESTIONS = new Set(['will', 'would', 'shall']);

const opener = (tokens: Token[]) => tokens[tokens[0]?.norm === 'and' || tokens[0]?.norm === 'but' ? 1 : 0];

/** Whether the count q stands in a condition, a forecast or a sizing of one of a kind, as its sentence tells it. */
export function isHypothetical(tokens: Token[], q: Quantity): boolean {
  const before = tokens.slice(0, q.qualifierFirst);
  const first = opener(tokens)?.norm ?? '';
  // "If North Korea tripled its deployment, that would mean some 33,000 troops": a condition's consequence.
  if (CONDITIONS.has(first) && before.some((t) => t.norm === 'would')) return true;
  // "Had Seoul released a tenth of that stock, three million rounds, Ukraine's gunners would …", not "Were Seoul to
  // release even a tenth of its 30 million-shell stockpile": a count the condition takes up is what it is.
  if (INVERSIONS.has(first) && tokens.some((t) => t.norm === 'would') && !takenUp(tokens, q)) return true;
  // "A North Korean infantry division typically has 10,000 to 12,000 soldiers": one of a kind, no force sent anywhere.
  if (TYPICAL_OPENERS.has(tokens[0]?.norm ?? '') && before.some((t) => TYPICALLY.has(t.norm))) return true;
  if (inCondition(tokens, q) || afterThreshold(tokens, q) || wishedFor(tokens, q) || neededIfDone(tokens, q)) return true;
  // "Will North Korea have more than 50,000 military personnel in Russia on 1 July 2026?": a threshold a question of
  // what will be sets ("Will Pyongyang really send 30,000 more troops?" asks of a count reported).
  const threshold = q.qualifier === 'more-than' || q.qualifier === 'at-least' || isThresholdVerb(tokens[q.qualifierFirst - 1]);
  return threshold && FUTURE_QUESTIONS.has(first) && tokens.at(-1)?.text === '?';
}

/** A threshold's verb in any person: "exceeds", "passes", "tops". */
const isThresholdVerb = (t: Token | undefined) =>
  !!t && t.kind === 'word' && (THRESHOLDS.has(t.norm) || THRESHOLDS.has(t.norm.replace(/s$/, '')) || THRESHOLDS.has(t.norm.replace(/es$/, '')));

/** Whether a determiner before the count makes it one already given: "its 30 million", "the full 30,000". */
const takenUp = (tokens: Token[], q: Quantity) => [1, 2].some((back) => DEFINITE.has(tokens[q.qualifierFirst - back]?.norm ?? ''));

/**
 * "If Pyongyang sent 50,000, it would have to strip units": a count new in the clause of a condition whose
 * consequence is only supposed ("would", not "will": "If North Korea keeps sending waves of tens of thousands, Moscow
 * will have solved …" tells of what is); not one the condition takes up ("If the full 30,000 additional troops were
 * paid the same"), nor one a source is right about.
 */
function inCondition(tokens: Token[], q: Quantity): boolean {
  let k = q.qualifierFirst - 1;
  for (; k >= 0; k--) {
    const word = tokens[k].norm;
    if (word === 'if') break;
    if (CONSEQUENCES.has(word) || CLAUSE_MARKS.has(tokens[k].text)) return false;
    // ("If Seoul is right that 11,000 were sent": the condition is on a source, whose count is its claim.)
    if (/^(right|correct|true|accurate|confirmed)$/.test(word)) return false;
  }
  if (k < 0 || takenUp(tokens, q)) return false;
  // ("If Pyongyang really sent 30,000 more soldiers, as Kyiv's intelligence service warned, …": a claim.)
  if (sourcedFrom(tokens, k)) return false;
  return tokens.slice(q.last).some((t) => SUPPOSED.has(t.norm));
}

/** How far after "as" its source's verb may stand: "as Kyiv's military intelligence service warned". */
const AS_REACH = 7;

/** Whether an "as … said" after tokens[from] gives the count a source: "If, as Kyiv warned, 30,000 more go …". */
function sourcedFrom(tokens: Token[], from: number): boolean {
  const as = tokens.findIndex((t, k) => k >= from && t.norm === 'as');
  return as >= 0 && tokens.slice(as + 1, as + AS_REACH).some((t) => SAYING_VERBS.has(t.norm));
}

/** Words of a request, after which a count is what someone wants, not what is: "asked Moscow to request 12,000". */
const WISHING = new Set(['request', 'requests', 'requested', 'requesting']);
const ASKING = new Set(['ask', 'asks', 'asked', 'asking', 'appeal', 'appealed', 'appealing', 'call', 'called', 'calling']);

/** "asked Moscow to request 12,000 from Pyongyang", "Kyiv has asked for 500 more launchers". */
function wishedFor(tokens: Token[], q: Quantity): boolean {
  const k = q.qualifierFirst - 1;
  return WISHING.has(tokens[k]?.norm ?? '') || (tokens[k]?.norm === 'for' && ASKING.has(tokens[k - 1]?.norm ?? ''));
}

/** "a further 2,000 deminers would be needed to finish the border strip": what a plan says it would take. */
function neededIfDone(tokens: Token[], q: Quantity): boolean {
  const after = tokens.slice(q.last, q.last + 6).map((t) => t.norm);
  const would = after.findIndex((w) => w === 'would' || w === 'will');
  return would >= 0 && after[would + 1] === 'be' && /^(needed|required|necessary)$/.test(after[would + 2] ?? '');
}

/** "Losses could top 10,000", "will likely pass a million", "is expected to reach 20,000": a threshold ahead. */
function afterThreshold(tokens: Token[], q: Quantity): boolean {
  let k = q.qualifierFirst - 1;
  // "could rise to 20,000", "may climb to".
  if (tokens[k]?.norm === 'to' && RISING.has(tokens[k - 1]?.norm ?? '')) k--;
  else if (!THRESHOLDS.has(tokens[k]?.norm ?? '')) {
    // "resolves Yes if … the number … exceeds 50,000": a threshold a condition sets, in any tense.
    return isThresholdVerb(tokens[k]) && tokens.slice(0, k).some((t) => t.norm === 'if' || t.norm === 'whether' || t.norm === 'unless');
  }
  k--;
  while (k >= 0 && HEDGES.has(tokens[k].norm)) k--;
  return k >= 0 && (MODALS.has(tokens[k].norm) || (tokens[k].norm === 'to' && FORECASTING.has(tokens[k - 1]?.norm ?? '')));
}
