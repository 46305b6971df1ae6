import type { Category, Unit } from '../claims/schema';
import type { Token } from '../extract/tokenize';

/** What a noun after a number says about the count. `category: null` marks nouns that are known not to be tracked. */
export interface NounSense {
  category: Category | null;
  unit: Unit;
  kind?: string;
  /** People who are tracked only as casualties ("11 civilians killed"), never as troops. */
  casualtyOnly?: boolean;
}

const troops = (kind?: string): NounSense => ({ category: 'troops', unit: 'people', kind });
/** Formations of one size: two brigades are not two divisions. */
const formations = (kind: string): NounSense => ({ category: 'troops', unit: 'formations', kind });
const casualties: NounSense = { category: 'casualties', unit: 'people' };
const munitions = (kind?: string): NounSense => ({ category: 'munitions', unit: 'items', kind });
const untracked: NounSense = { category: null, unit: 'items' };
const bystanders = (kind?: string): NounSense => ({ category: null, unit: 'people', kind, casualtyOnly: true });

/**
 * People of any calling. Police and company officers are officers too, volunteers also run marathons, and convicts
 * are soldiers only when a militia recruits them ("Wagner had fifty thousand convicts recruited"): these count as
 * troops only in a military clause, and as a toll only where war is spoken of. So do cadets, whom schools have too.
 */
export const ANYONES: ReadonlySet<string> = new Set(['men', 'officers', 'volunteers', 'guys', 'lads', 'convicts', 'inmates', 'cadets']);

const entries: Array<[string[], NounSense]> = [
  [['pers', 'troop', 'troops', 'soldier', 'soldiers', 'serviceman', 'servicemen', 'servicemembers', 'servicewomen', 'personnel', 'fighters', 'combatants', 'conscripts', 'recruits', 'mercenaries', 'marines', 'paratroopers', 'infantrymen', 'infantry', 'commandos', 'forces', 'draftees', 'guardsmen', 'sailors', 'airmen', 'aircrew', 'crewmen', 'occupiers', 'invaders', 'reinforcements', 'replacements', 'militants', 'militiamen', 'operators', 'specialists', 'instructors', 'advisers', 'advisors', 'contractors', 'regulars', 'legionnaires', 'legionaries', 'gunners', 'snipers', 'tankers', 'pilots', 'peacekeepers', 'force', 'contingent', 'army', 'strong', 'strength', 'man', 'troop',
    // "11-12k KPA deployed": an army named by its initials, counted in its soldiers.
    'kpa',
    // "from 400 bayonets to maybe 90": a unit's fighting strength, as Ukrainian and Russian commanders count it.
    'bayonets'], troops()],
  [[...ANYONES], { category: 'troops', unit: 'people', kind: 'demonym' }],
  [
    [
      'koreans', 'russians', 'ukrainians', 'americans', 'chinese', 'iranians', 'belarusians', 'palestinians', 'israelis',
      'syrians', 'iraqis', 'afghans', 'yemenis', 'sudanese', 'lebanese', 'georgians', 'poles', 'germans', 'britons',
      'indians', 'pakistanis', 'japanese', 'taiwanese', 'vietnamese', 'somalis', 'ethiopians', 'eritreans', 'libyans',
      'armenians', 'azerbaijanis', 'azeris', 'kurds', 'chechens', 'moldovans', 'lithuanians', 'latvians', 'estonians',
      'finns', 'romanians', 'hungarians', 'serbs', 'croats', 'turks', 'egyptians', 'saudis', 'cubans', 'nepalis',
      'nepalese', 'europeans', 'africans', 'rohingya', 'uyghurs', 'tigrayans', 'congolese', 'malians', 'nigerians',
      // Foreign fighters and recruits come from everywhere: a demonym counts only in a military clause.
      'colombians', 'brazilians', 'argentines', 'argentinians', 'venezuelans', 'peruvians', 'mexicans', 'chileans',
      'ecuadorians', 'bolivians', 'uruguayans', 'paraguayans', 'guatemalans', 'hondurans', 'salvadorans',
      'nicaraguans', 'panamanians', 'dominicans', 'haitians', 'jamaicans', 'canadians', 'australians', 'frenchmen',
      'italians', 'spaniards', 'portuguese', 'greeks', 'dutch', 'belgians', 'austrians', 'czechs', 'slovaks',
      'slovenians', 'bulgarians', 'albanians', 'bosnians', 'kosovars', 'montenegrins', 'macedonians', 'serbians',
      'danes', 'swedes', 'norwegians', 'icelanders', 'irish', 'scots', 'englishmen', 'belarussians', 'kazakhs',
      'uzbeks', 'tajiks', 'kyrgyz', 'turkmens', 'mongolians', 'buryats', 'tuvans', 'dagestanis', 'ossetians',
      'abkhazians', 'tatars', 'bashkirs', 'yakuts', 'crimeans', 'filipinos', 'indonesians', 'malaysians', 'thais',
      'cambodians', 'laotians', 'burmese', 'bangladeshis', 'lankans', 'jordanians', 'kuwaitis', 'emiratis', 'qataris',
      'omanis', 'bahrainis', 'tunisians', 'algerians', 'moroccans', 'mauritanians', 'chadians', 'nigeriens',
      'senegalese', 'togolese', 'ivorians', 'ghanaians', 'cameroonians', 'guineans', 'liberians', 'kenyans',
      'ugandans', 'rwandans', 'burundians', 'tanzanians', 'zambians', 'zimbabweans', 'mozambicans', 'angolans',
      'namibians', 'djiboutians', 'gambians', 'beninese', 'centrafricans',
      // Armies of history: "roughly 50,000 Prussians" at Waterloo.
      'prussians', 'saxons', 'bavarians', 'hessians', 'confederates',
    ],
    { category: 'troops', unit: 'people', kind: 'demonym' },
  ],
  // "1,000 mine-clearers": the hyphened "mine" modifies them (see PAIRED_NOUNS for "mine clearers").
  [['sapper', 'sappers', 'deminers', 'de-miners', 'clearers'], troops('sappers')],
  // A weapon's crews are a part of an army no total counts (see category.ts for the crews peace has).
  [['crews'], troops('crews')],
  [['engineers', 'builders'], troops('builders')],
  [['reservists', 'reserves', 'reserve', 'mobilised', 'mobilized'], troops('reservists')],
  [['division', 'divisions'], formations('divisions')],
  [['brigade', 'brigades'], formations('brigades')],
  [['battalion', 'battalions'], formations('battalions')],
  [['regiment', 'regiments'], formations('regiments')],
  [['corps'], formations('corps')],
  [['casualties', 'casualty', 'losses', 'dead', 'deaths', 'fatalities', 'killed', 'wounded', 'injured', 'injuries', 'kia', 'wia', 'mia', 'pows', 'prisoners', 'captives', 'bodies', 'graves', 'missing'], casualties],
  [['shell', 'shells', 'rounds', 'projectiles', 'ammunition', 'ammo'], munitions('shells')],
  [['munitions', 'weapons', 'arms'], munitions()],
  // "est. 50 SRBMs": short-, medium- and intermediate-range ballistic missiles, and their like, by their acronyms.
  [['missile', 'missiles', 'icbms', 'icbm', 'srbms', 'srbm', 'mrbms', 'mrbm', 'irbms', 'irbm', 'slbms', 'slbm', 'alcms', 'slcms', 'glcms', 'atgms', 'warheads', 'iskanders', 'kinzhals', 'kalibrs', 'scuds', 'tomahawks', 'atacms'], munitions('missiles')],
  [['rocket', 'rockets'], munitions('rockets')],
  [['drone', 'drones', 'uavs', 'uav', 'shaheds', 'shahed', 'gerans', 'quadcopters', 'loitering', 'unmanned', 'decoys', 'gerberas'], munitions('drones')],
  [['bomb', 'bombs', 'grenades', 'mines', 'landmines'], munitions('bombs')],
  [['container', 'containers', 'wagons', 'railcars', 'shipments'], munitions('containers')],
  [['howitzer', 'howitzers', 'guns', 'mortars', 'cannons', 'artillery', 'arty', 'koksan', 'koksans', 'tubes'], munitions('artillery-systems')],
  // "27 TELs": transporter-erector-launchers, as imagery analysts count missile launchers.
  [['launchers', 'launcher', 'mlrs', 'tels', 'tel'], munitions('launchers')],
  [['tank', 'tanks'], munitions('tanks')],
  [['vehicles', 'apcs', 'ifvs', 'armour', 'armor', 'carriers', 'transporters'], munitions('vehicles')],
  [['aircraft', 'jets', 'warplanes', 'helicopters', 'fighter-jets', 'bombers', 'airplanes', 'aeroplanes', 'planes'], munitions('aircraft')],
  [['warships', 'ships', 'vessels', 'submarines', 'boats'], munitions('ships')],
  [['civilians', 'civilian'], bystanders('civilians')],
  [['people', 'persons', 'residents', 'children', 'women', 'villagers', 'inhabitants', 'citizens', 'migrants', 'passengers', 'patients', 'others', 'crew', 'crewmen', 'seafarers', 'members'], bystanders()],
  [['workers', 'labourers', 'laborers', 'employees', 'staff'], bystanders('workers')],
  [
    ['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'hrs', 'minutes', 'min', 'mins', 'seconds', 'sec', 'secs', 'comments', 'shares', 'likes', 'readers', 'results', 'replies', 'reposts', 'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters', 'feet', 'tonnes', 'tons', 'hectares', 'acres', 'square', 'fans', 'supporters', 'scouts', 'cubs', 'brownies', 'cells', 'bacteria', 'viruses', 'particles', 'molecules', 'genes', 'neurons', 'antibodies', 'workforce', 'spectators', 'crowd', 'crowds', 'audience', 'rally', 'protesters', 'protestors', 'demonstrators', 'refugees', 'voters', 'votes', 'students', 'tourists', 'visitors', 'cases', 'times', 'pages', 'homes', 'houses', 'buildings', 'villages', 'towns', 'points', 'calories', 'words', 'seats', 'delegates', 'lawmakers', 'signatures', 'followers', 'subscribers', 'views', 'barrels', 'litres', 'liters', 'gallons', 'degrees', 'dollars', 'euros', 'gb', 'mb', 'tb', 'kb', 'gigabytes', 'megabytes', 'terabytes', 'px', 'pixels', 'dpi', 'mph', 'kph', 'hz', 'mhz', 'ghz', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'steps', 'rounds-of-talks', 'sanctions', 'companies', 'firms', 'jobs', 'laws', 'countries', 'nations', 'articles', 'reports', 'documents', 'videos', 'images', 'photos', 'satellites', 'cars', 'trucks', 'trains', 'flights',
      // Places that hold munitions are not munitions: "3 ammunition depots", "two shell factories".
      'depot', 'depots', 'warehouse', 'warehouses', 'factory', 'factories', 'plants', 'facility', 'facilities', 'dumps', 'workshops'],
    untracked,
  ],
];

const LEXICON: ReadonlyMap<string, NounSense> = new Map(entries.flatMap(([words, sense]) => words.map((w) => [w, sense] as const)));

/** Every word that can make a count tracked: the nouns of the three categories and the casualty words. */
export function trackedWords(): string[] {
  return [...LEXICON].filter(([, sense]) => sense.category || sense.casualtyOnly).map(([word]) => word);
}

/** The sense of a single word, or undefined when it is not a unit noun. */
export const nounSense = (word: string): NounSense | undefined => LEXICON.get(word);

/**
 * Two words that name together what neither names alone: "900,000 service members" are troops, though members
 * may be of anything; "537 aerial targets" are the drones and missiles an air force counts, not targets on the ground.
 */
const pairedNouns = (): ReadonlyMap<string, ReadonlyMap<string, NounSense>> =>
  new Map([
    ['service', new Map(['members', 'people', 'women', 'personnel'].map((w) => [w, troops()]))],
    ['aerial', new Map([['targets', munitions()]])],
    ['mine', new Map(['clearers', 'sweepers'].map((w) => [w, troops('sappers')]))],
    // "5,000 people of military construction manpower", as Korean reporting translates its builders.
    ['construction', new Map(['manpower', 'troops'].map((w) => [w, troops('builders')]))],
    // "at least 30 public bodies": organisations, not the dead.
    ...['public', 'governing', 'regulatory', 'professional', 'advisory', 'government', 'statutory', 'local', 'official'].map(
      (w): [string, ReadonlyMap<string, NounSense>] => [w, new Map([['bodies', { category: null, unit: 'items' }]])],
    ),
    ['air', new Map([['targets', munitions()]])],
    // Translations from German and Russian: "Artilleriegranaten" are shells, "ballistische Raketen" missiles.
    ['artillery', new Map(['grenades', 'grenade'].map((w) => [w, munitions('shells')]))],
    ['ballistic', new Map(['rockets', 'rocket'].map((w) => [w, munitions('missiles')]))],
    ['cruise', new Map(['rockets', 'rocket'].map((w) => [w, munitions('missiles')]))],
  ]);

// Built on first use, so that the watcher, which needs only the single words, does not carry them.
let paired: ReadonlyMap<string, ReadonlyMap<string, NounSense>> | undefined;
/** The sense of the words `first second` read as one noun, if they make one. */
export const pairedNounSense = (first: string, second: string): NounSense | undefined => (paired ??= pairedNouns()).get(first)?.get(second);

/** Nouns that name a figure itself: "the correct figure is 11,000", "a figure of 110,000 for the grouping". */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set(['figure', 'number', 'total', 'estimate', 'count', 'tally', 'toll', 'figures', 'numbers', 'totals', 'estimates', 'counts', 'tallies', 'assessment', 'assessments']);

/** Words that extend a weapon noun without changing it: "artillery systems", "artillery pieces". */
export const COMPOUND_TAILS: ReadonlySet<string> = new Set(['systems', 'pieces', 'units', 'installations']);

/** Words between a troop noun and a weapon's that make one compound of the three: "infantry fighting vehicles". */
export const EQUIPMENT_MODIFIERS: ReadonlySet<string> = new Set(['fighting', 'combat', 'assault', 'mobility', 'transport', 'aerial', 'surface', 'underwater', 'military', 'naval', 'ballistic', 'cruise', 'guided', 'hypersonic']);

/** Words that make "30,000 North Koreans" or "10,000 men" a body of troops rather than a crowd. */
export const MILITARY_CONTEXT: ReadonlySet<string> = new Set([
  'front', 'frontline', 'front-line', 'troops', 'soldiers', 'fighting', 'fight', 'war', 'combat', 'battlefield', 'deployed',
  'deploy', 'deployment', 'army', 'military', 'offensive', 'reinforcements', 'trenches', 'battle', 'sent', 'send',
  'dispatched', 'uniform', 'armed', 'arms', 'division', 'brigade', 'forces', 'force', 'units', 'battalion', 'regiment',
  'divisions', 'brigades', 'battalions', 'regiments', 'troop', 'soldier', 'garrisons', 'warfare', 'frontlines',
  'corps', 'garrison', 'mobilised', 'mobilized', 'conscripted', 'assault', 'mobilisation', 'mobilization', 'call-up',
  'conscription', 'draft', 'drafted', 'grouping', 'groupings', 'recruit', 'recruits', 'recruited', 'recruiting', 'recruitment',
  'enlist', 'enlisted', 'enlisting', 'legion', 'legionnaires', 'enlistment', 'infantry', 'platoon', 'platoons', 'squad', 'squads',
  // "some 6,000 tanks and nearly two million men clashed around the Kursk salient".
  'fought', 'clashed', 'battled', 'salient', 'tanks', 'artillery',
  // "some 9,300 North Koreans would have been left, about 85% of the original contingent".
  'contingent', 'contingents',
  // "The North's reserves amount to no more than 600,000 trained men".
  'reserves', 'reservists',
]);

/**
 * Words of war, any one of which in a figure's sentence or the one before makes a toll of people a war's toll:
 * "At least 12 people were killed" after "A missile hit a block of flats in Dnipro".
 */
export const WAR_CONTEXT: ReadonlySet<string> = new Set([
  'front', 'frontline', 'front-line', 'troops', 'soldiers', 'fighting', 'combat', 'battlefield', 'army', 'military',
  'offensive', 'trenches', 'battle', 'armed', 'brigade', 'division', 'regiment', 'battalion', 'forces', 'war',
  'brigades', 'divisions', 'regiments', 'battalions', 'wars', 'battles', 'warfare', 'frontlines', 'soldier', 'troop',
  'wartime', 'strike', 'strikes', 'airstrike', 'airstrikes', 'air-strike', 'attack', 'attacks', 'attacked',
  'shelling', 'shelled', 'shell', 'shells', 'missile', 'missiles', 'drone', 'drones', 'bomb', 'bombs', 'bombed',
  'bombing', 'bombings', 'bombardment', 'rocket', 'rockets', 'artillery', 'invasion', 'invaded', 'occupied',
  'occupation', 'militants', 'militia', 'insurgents', 'gunmen', 'sniper', 'shahed', 'shaheds', 'kamikaze', 'mortar',
  'mortars', 'grenade', 'landmine', 'landmines', 'siege', 'massacre', 'ceasefire', 'truce', 'hostilities', 'shrapnel',
  'casualties', 'wounded', 'warplanes', 'incursion', 'fighters', 'combatants', 'paramilitary', 'paramilitaries',
  'rebels', 'rebel', 'militias', 'insurgency', 'mobilisation', 'mobilization', 'conscription', 'reservists',
]);

/**
 * Words that make a body of people civilian: fleeing or protesting ("hundreds of thousands of men fled"), or at
 * work in peace ("police said 300 officers were deployed").
 */
export const CIVILIAN_CONTEXT: ReadonlySet<string> = new Set([
  'flee', 'fled', 'fleeing', 'flight', 'exodus', 'protest', 'protested', 'protesting', 'emigrated', 'evacuated', 'refugees',
  'exile', 'exiled', 'emigration', 'emigrate', 'emigrating', 'displaced', 'evacuation',
  'voted', 'attended', 'police', 'policemen', 'policing', 'firefighters', 'rescuers', 'paramedics', 'festival', 'concert',
  'stadium', 'airline', 'company', 'firm', 'university', 'school', 'hospital', 'marathon', 'charity', 'tournament',
  // A school's cadet force: "140 cadets in its Army and RAF sections".
  'college', 'students', 'pupils', 'cadet',
]);

/** Kinds of military unit that share a word with civilian life: an "infantry company" is no firm. */
const UNIT_TYPES: ReadonlySet<string> = new Set(['infantry', 'rifle', 'tank', 'assault', 'mortar', 'sapper', 'engineer', 'artillery', 'marine', 'airborne', 'mechanised', 'mechanized', 'motorised', 'motorized', 'reconnaissance', 'recon', 'penal', 'storm']);

/** Whether any word of `tokens` makes the people around it civilians (see CIVILIAN_CONTEXT). */
export function namesCivilians(tokens: readonly Token[]): boolean {
  // (A "company commander" commands soldiers.)
  const unit = (k: number) => UNIT_TYPES.has(tokens[k - 1]?.norm ?? '') || /^(commander|commanders|commanding)$/.test(tokens[k + 1]?.norm ?? '');
  return tokens.some((t, k) => CIVILIAN_CONTEXT.has(t.norm) && !(t.norm === 'company' && unit(k)));
}

/** Words that say people were killed, hurt, lost or captured. */
export const CASUALTY_WORDS: ReadonlySet<string> = new Set([
  'killed', 'wounded', 'injured', 'dead', 'died', 'die', 'dies', 'perished', 'missing', 'captured', 'slain', 'lost', 'lose', 'loses', 'hurt', 'maimed',
  'casualties', 'losses', 'kia', 'wia', 'mia', 'killing', 'wounding', 'injuring', 'losing', 'suffered', 'suffering', 'sustained', 'kills',
  'killed-in-action', 'eliminated', 'neutralised', 'neutralized', 'destroyed', 'prisoner', 'captive', 'deaths',
  'fatalities', 'injuries', 'surrendered',
  // "the town had buried eleven of its residents"; "three jawans were martyred", as South Asian English says it.
  'buried', 'martyred',
  // Translated bulletins: "liquidated up to 140 servicemen", "eliminating up to 230 servicemen".
  'liquidated', 'liquidating', 'eliminating', 'neutralising', 'neutralizing',
]);

/** Words that say weapons were used against a target; "82 strikes by ... missiles" is a munitions count. */
export const STRIKE_WORDS: ReadonlySet<string> = new Set(['strikes', 'attacks', 'launches', 'salvos', 'barrages', 'hits']);

/** Whether a word after a noun makes one compound with it ("artillery shells"); "soldiers killed" is a clause. */
export function extendsCompound(t: Token | undefined): boolean {
  const sense = t?.kind === 'word' ? nounSense(t.norm) : undefined;
  return !!sense?.category && sense.category !== 'casualties';
}
