/** Deterministic generated inputs for the benchmarks: news-like text and claim databases of any size. */
import type { ClaimDatabase } from '../lib/claims/schema';

/** A small seeded PRNG (mulberry32), so every run measures the same text. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENERS = ['Officials in Kyiv said', 'According to Western intelligence,', 'A spokesman for the ministry noted that', 'Analysts cautioned that', 'Satellite images suggest that', 'Reporters on the ground saw that', 'The defence ministry added that', 'In a statement, the general staff said'];
const SUBJECTS = ['Russian forces', 'Ukrainian units', 'North Korean troops', 'the brigade', 'local authorities', 'the artillery crews', 'engineers', 'the convoy'];
const VERBS = ['moved toward', 'dug in near', 'withdrew from', 'shelled positions around', 'repaired the bridge at', 'were seen outside', 'held the line at', 'regrouped behind'];
const PLACES = ['Pokrovsk', 'the Kursk region', 'Kupiansk', 'the Donbas', 'Kharkiv', 'the southern front', 'Zaporizhzhia', 'a village east of the river'];
const TAILS = ['as winter approached.', 'despite heavy rain.', 'after days of fighting.', 'under constant drone surveillance.', 'while talks stalled in the capital.', 'amid fresh sanctions.', 'before dawn on Tuesday.', 'with little air cover.'];
const FIGURES = [
  'about 11,000 North Korean soldiers', 'some 4,000 killed or wounded', '25,000 to 30,000 troops', 'more than 100 ballistic missiles',
  'twelve million shells', '728 drones', 'up to 5,000 military personnel', 'around 110,000 troops', 'nearly one million casualties',
  '1.28 million active personnel', '300,000 reservists', 'tens of thousands of soldiers', '1,500 North Korean soldiers',
];
const TRAPS = ['in 2024', 'on 17 June', 'for $2,500 a month', '20 percent of the territory', 'its 152-mm guns', 'KN-23 missiles', 'the 810th brigade', '45,000 fans', 'a three-day visit', '40 km away'];

/** News-like prose of about `bytes` characters: paragraphs of plain sentences, a figure in about one in three, traps in one in four. */
export function newsText(bytes: number, seed = 1): string {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const sentences: string[] = [];
    for (let i = 0, n = 3 + Math.floor(r() * 4); i < n; i++) {
      let s = `${pick(OPENERS)} ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(PLACES)}`;
      if (r() < 0.33) s += `, with ${pick(FIGURES)} involved`;
      if (r() < 0.25) s += `, ${pick(TRAPS)}`;
      sentences.push(`${s} ${pick(TAILS)}`);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    length += p.length + 1;
  }
  return paragraphs.join('\n');
}

const EVERYDAY = [
  'The bakery on the corner sold 1,200 loaves on Saturday, twice its usual trade.',
  'Preheat the oven to 220 degrees and bake the bread for 35 minutes.',
  'The council approved a budget of 4.5 million for the new library in 2025.',
  'About 45,000 fans watched the final, which went to extra time.',
  'The train leaves at 7:15 and takes three hours to reach the coast.',
  'Rents rose by 6 percent last year, the steepest climb in a decade.',
  'The museum reopens on 12 March after a two-year renovation.',
  'Neighbours planted some 3,000 trees along the river this spring.',
];

/** Everyday prose full of numbers and free of anything the extension tracks: the page most people read most days. */
export function everydayText(bytes: number, seed = 5): string {
  const r = random(seed);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const p = Array.from({ length: 3 + Math.floor(r() * 3) }, () => EVERYDAY[Math.floor(r() * EVERYDAY.length)]).join(' ');
    paragraphs.push(p);
    length += p.length + 1;
  }
  return paragraphs.join('\n');
}

const ACTORS = ['dprk', 'russia', 'ukraine', 'south-korea', 'us', 'uk', 'china', 'iran', 'belarus', 'poland', 'germany', 'france', 'israel', 'syria', 'sudan', 'taiwan', 'japan', 'india', 'pakistan', 'turkey'];
const KINDS: Record<string, Array<string | undefined>> = { troops: [undefined, 'sappers', 'builders', 'reservists'], casualties: [undefined, 'civilians'], munitions: ['shells', 'missiles', 'drones', 'containers', 'artillery-systems', 'tanks'] };
const CUES = ['additional', 'initial', 'first', 'new', 'total', 'pledged', 'shipped', 'delivered', 'record', 'daily', 'monthly', 'front', 'offensive', 'border', 'reserve', 'active', 'mobilised', 'stockpile', 'arsenal', 'transfer'];

/** The bundled database grown with generated measures and reports to `reports` reports (five reports a measure). */
export function grownDatabase(base: ClaimDatabase, reports: number, seed = 7): ClaimDatabase {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const db: ClaimDatabase = { ...base, measures: [...base.measures], reports: [...base.reports] };
  for (let m = 0; db.reports.length < reports; m++) {
    const category = pick(['troops', 'casualties', 'munitions'] as const);
    const id = `generated-${m}`;
    db.measures.push({
      id,
      name: `Generated measure ${m}`,
      category,
      unit: category === 'munitions' ? 'items' : 'people',
      topic: pick(base.topics).id,
      actor: pick(ACTORS),
      counterparts: [],
      kind: pick(KINDS[category]),
      aliases: [pick(CUES), pick(CUES), `${pick(CUES)} ${pick(CUES)}`],
      requires: [],
      excludes: [],
    });
    for (let k = 0; k < 5 && db.reports.length < reports; k++) {
      const v = Math.round(10 ** (1 + r() * 6));
      db.reports.push({ id: `${id}-r${k}`, measure: id, value: { low: v, high: v }, qualifier: null, attributedTo: 'generated', publication: base.publications[0].id, quote: `generated quote ${m} ${k}` });
    }
  }
  return db;
}
