// Air-defence reports count two things in one breath: what was launched and what was brought down ("Russia
// launched 728 drones …; 718 were shot down"). A count of the second is not a count of the first, and must never
// be judged against it.
import type { Quantity } from '../extract/numbers';
import type { Token } from '../extract/tokenize';
import { AUXILIARIES } from './category';
import { nounSense } from './nouns';

/** What air defences bring down; a tank or a jet "lost" or "destroyed" is a loss, which measures count as such. */
const PROJECTILES = new Set(['missiles', 'rockets', 'drones', 'bombs']);

/** Whether a count's sense is of projectiles, which may be counted as launched or as brought down. */
export const isProjectile = (sense: { category: string | null; kind?: string }) => sense.category === 'munitions' && PROJECTILES.has(sense.kind ?? '');

/** Verbs that say munitions were brought down, one word each: "intercepted 296", "476 were downed". */
const INTERCEPTION_VERBS = new Set([
  'intercepted', 'intercepting', 'downed', 'downing', 'destroyed', 'destroying', 'neutralised', 'neutralized', 'jammed',
  'repelled', 'repulsed', 'eliminated', 'suppressed', 'lost',
]);

/** Second words of two-word verbs: "shot down", "brought down", "taken out". */
const PARTICLES = new Map([
  ['down', new Set(['shot', 'shoot', 'shooting', 'brought', 'bring', 'bringing', 'knocked', 'taken'])],
  ['out', new Set(['taken', 'took', 'knocked'])],
]);

/** Words between a verb and the count it takes: "shot down all 13", "had intercepted some 300". */
const FILLERS_BEFORE = new Set(['all', 'some', 'successfully', 'reportedly', 'also']);

/** Auxiliaries of a passive: "476 were shot down", "seven had reportedly been intercepted". */
const PASSIVE = new Set([...AUXILIARIES, 'be']);

/** Words that may stand in a passive between its auxiliary and the verb: "were either shot down or jammed". */
const FILLERS_AFTER = new Set([...PASSIVE, 'all', 'reportedly', 'also', 'either', 'successfully', 'later', 'then', 'subsequently', 'now', 'already']);

/** Words that, among a measure's cues, make it a measure of munitions brought down ("drones shot down"). */
export const INTERCEPTION_CUES: readonly string[] = ['intercepted', 'interceptions', 'shot', 'downed', 'neutralised', 'neutralized', 'jammed'];

/** Whether tokens[k] ends an interception verb, reading backwards from it. */
function endsVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word') return false;
  if (INTERCEPTION_VERBS.has(t.norm)) return true;
  return PARTICLES.get(t.norm)?.has(tokens[k - 1]?.norm ?? '') ?? false;
}

/** Whether tokens[k] starts an interception verb: "shot down", "intercepted". */
function startsVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word') return false;
  if (INTERCEPTION_VERBS.has(t.norm)) return true;
  const particle = tokens[k + 1]?.norm ?? '';
  return PARTICLES.get(particle)?.has(t.norm) ?? false;
}

/**
 * Whether a count of projectiles is of projectiles brought down: the verb before it ("shot down 718 of the drones",
 * "intercepted all 13 missiles") or a passive after its phrase ("476 were shot down", "718 of them had been
 * intercepted"). After the count only a passive will do: in "60 missiles destroyed homes" the missiles hit.
 * `phraseEnd` is the token index just past the count's own noun phrase.
 */
export function countsInterceptions(tokens: Token[], q: Quantity, phraseEnd: number): boolean {
  let k = q.qualifierFirst - 1;
  for (let steps = 0; k >= 0 && steps < 2 && FILLERS_BEFORE.has(tokens[k].norm); steps++) k--;
  if (endsVerb(tokens, k)) return true;
  k = afterPartitive(tokens, phraseEnd);
  if (!PASSIVE.has(tokens[k]?.norm ?? '')) return false;
  for (let steps = 0; k < tokens.length && steps < 4 && FILLERS_AFTER.has(tokens[k].norm); steps++) k++;
  return startsVerb(tokens, k);
}

/** Past a partitive's "of the drones" or "of them" at `k`, whose passive after it is the part's: "718 of the drones were shot down". */
function afterPartitive(tokens: Token[], k: number): number {
  if (tokens[k]?.norm !== 'of') return k;
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    const t = tokens[j];
    if (t.kind === 'punct') return k;
    if (t.norm === 'them' || t.norm === 'those' || PROJECTILES.has(nounSense(t.norm)?.kind ?? '')) return j + 1;
  }
  return k;
}

/**
 * Whether tokens[from, to) only join one munitions count to the next: "718 of the drones and seven", "718
 * drones, 12 cruise missiles and". A verb between them would start a clause of its own.
 */
export function joinsMunitions(tokens: Token[], from: number, to: number): boolean {
  let joined = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.norm === 'and') joined = true;
    else if (t.kind === 'punct' ? t.text !== '-' : PASSIVE.has(t.norm) || (/(ed|ing)$/.test(t.norm) && nounSense(t.norm)?.category !== 'munitions')) return false;
  }
  return joined;
}
