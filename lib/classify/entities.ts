/**
 * Gazetteer of actors and places that war reporting names. Each phrase maps to an actor id (whose forces),
 * a place id, or both (a country is either, depending on how the sentence uses it).
 */
export interface Entity {
  actor?: string;
  place?: string;
  /** "Russian", "North Korean": always names an actor, never a place. */
  adjective?: boolean;
  /** Only when written in capitals ("US", "U.S.", not "us"). */
  caseSensitive?: boolean;
  /** A person, who can be given things ("promised Vladimir Putin 8,000 soldiers"), as a people's adjective cannot. */
  person?: boolean;
  /**
   * A surname many people share, which names this person only alone: "Kim" is Kim Jong Un, but "Rep. Kim" and
   * "Kim Byung-kee" are South Korean lawmakers. The given names that keep it this person's.
   */
  sharedSurname?: readonly string[];
  /** A weapon family's maker ("KN-23" is North Korea's): it owns the count whose noun it is, and no other. */
  maker?: boolean;
  /**
   * A country the wars of the claim data seldom name: it owns the counts it names ("Burundi, which has some 3,000
   * troops in Somalia", "15,000 Nepali men"), so they are never lent to a side named nearby; naming it makes no
   * text war reporting.
   */
  bystander?: boolean;
}

/** Places inside other places, so "in Russia" is compatible with a count about Kursk. */
export const PLACE_PARENT: ReadonlyMap<string, string> = new Map([
  ['kursk', 'russia'], ['belgorod', 'russia'], ['bryansk', 'russia'], ['moscow', 'russia'], ['rostov', 'russia'], ['sudzha', 'kursk'],
  ['pokrovsk', 'donetsk'], ['bakhmut', 'donetsk'], ['avdiivka', 'donetsk'], ['chasiv-yar', 'donetsk'], ['toretsk', 'donetsk'],
  ['kramatorsk', 'donetsk'], ['kostiantynivka', 'donetsk'], ['mariupol', 'donetsk'], ['vuhledar', 'donetsk'], ['siversk', 'donetsk'],
  ['donetsk', 'donbas'], ['luhansk', 'donbas'], ['donbas', 'ukraine'], ['kyiv', 'ukraine'], ['kharkiv', 'ukraine'],
  ['kupiansk', 'kharkiv'], ['zaporizhzhia', 'ukraine'], ['huliaipole', 'zaporizhzhia'], ['kherson', 'ukraine'], ['odesa', 'ukraine'],
  ['sumy', 'ukraine'], ['lviv', 'ukraine'], ['dnipro', 'ukraine'], ['crimea', 'ukraine'], ['pyongyang', 'north-korea'],
  ['wonsan', 'north-korea'], ['rajin', 'north-korea'], ['nampo', 'north-korea'], ['chongjin', 'north-korea'],
  ['sunan', 'north-korea'], ['vladivostok', 'russia'], ['dunai', 'russia'], ['khasan', 'russia'], ['seoul', 'south-korea'],
]);

/** The country a place lies in, or the place itself when it is a country. */
export function countryOf(place: string): string {
  let p = place;
  for (let guard = 0; guard < 8 && PLACE_PARENT.has(p); guard++) p = PLACE_PARENT.get(p)!;
  return p;
}

/** Whether `inner` is `outer` or lies inside it. */
export function placeWithin(inner: string, outer: string): boolean {
  let p: string | undefined = inner;
  for (let guard = 0; guard < 8 && p; guard++) {
    if (p === outer) return true;
    p = PLACE_PARENT.get(p);
  }
  return false;
}

/** Country ids double as actor ids, so a place's country is the actor that owns it. */
const COUNTRY_ACTOR: ReadonlyMap<string, string> = new Map([['north-korea', 'dprk']]);
export const actorOfCountry = (country: string) => COUNTRY_ACTOR.get(country) ?? country;

const country = (actor: string, place = actor): Entity => ({ actor, place });
const adjective = (actor: string): Entity => ({ actor, adjective: true });
const person = (actor: string): Entity => ({ actor, adjective: true, person: true });
const place = (id: string): Entity => ({ place: id });
/** A capital stands for its government ("Moscow said") or for the city ("strikes on Kyiv"). */
const capital = (actor: string, id: string): Entity => ({ actor, place: id });

/**
 * Other countries, as [name, id, adjectives and demonyms…]. Names that are as often people's or common words ("Chad",
 * "Jordan", "Niger", "Guinea") are left out.
 */
const BYSTANDERS: ReadonlyArray<readonly string[]> = [
  ['nepal', 'nepal', 'nepali', 'nepalese', 'nepalis'], ['bangladesh', 'bangladesh', 'bangladeshi', 'bangladeshis'],
  ['sri lanka', 'sri-lanka', 'sri lankan', 'sri lankans'], ['kenya', 'kenya', 'kenyan', 'kenyans'],
  ['nigeria', 'nigeria', 'nigerian', 'nigerians'], ['ghana', 'ghana', 'ghanaian', 'ghanaians'],
  ['somalia', 'somalia', 'somali', 'somalis'], ['burundi', 'burundi', 'burundian', 'burundians'],
  ['uganda', 'uganda', 'ugandan', 'ugandans'], ['rwanda', 'rwanda', 'rwandan', 'rwandans'],
  ['democratic republic of the congo', 'drc', 'congolese'], ['drc', 'drc'], ['congo', 'congo'],
  ['mali', 'mali', 'malian', 'malians'], ['libya', 'libya', 'libyan', 'libyans'],
  ['egypt', 'egypt', 'egyptian', 'egyptians'], ['eritrea', 'eritrea', 'eritrean', 'eritreans'],
  ['south sudan', 'south-sudan', 'south sudanese'], ['mozambique', 'mozambique', 'mozambican'],
  ['south africa', 'south-africa', 'south african', 'south africans'], ['cameroon', 'cameroon', 'cameroonian'],
  ['senegal', 'senegal', 'senegalese'], ['burkina faso', 'burkina-faso', 'burkinabe'],
  ['central african republic', 'car'], ['zimbabwe', 'zimbabwe', 'zimbabwean'], ['tanzania', 'tanzania', 'tanzanian'],
  ['algeria', 'algeria', 'algerian'], ['morocco', 'morocco', 'moroccan'], ['tunisia', 'tunisia', 'tunisian'],
  ['cuba', 'cuba', 'cuban', 'cubans'], ['brazil', 'brazil', 'brazilian', 'brazilians'],
  ['colombia', 'colombia', 'colombian', 'colombians'], ['mexico', 'mexico', 'mexican', 'mexicans'],
  ['canada', 'canada', 'canadian', 'canadians'], ['australia', 'australia', 'australian', 'australians'],
  ['new zealand', 'new-zealand', 'new zealanders'], ['italy', 'italy', 'italian', 'italians'],
  ['spain', 'spain', 'spanish'], ['netherlands', 'netherlands', 'dutch'],
  ['belgium', 'belgium', 'belgian', 'belgians'], ['norway', 'norway', 'norwegian', 'norwegians'],
  ['denmark', 'denmark', 'danish'], ['hungary', 'hungary', 'hungarian', 'hungarians'],
  ['slovakia', 'slovakia', 'slovak'], ['bulgaria', 'bulgaria', 'bulgarian'], ['greece', 'greece', 'greek'],
  ['portugal', 'portugal', 'portuguese'], ['austria', 'austria', 'austrian'], ['switzerland', 'switzerland', 'swiss'],
  ['ireland', 'ireland', 'irish'], ['croatia', 'croatia', 'croatian'], ['kazakhstan', 'kazakhstan', 'kazakh'],
  ['uzbekistan', 'uzbekistan', 'uzbek', 'uzbeks'], ['tajikistan', 'tajikistan', 'tajik', 'tajiks'],
  ['kyrgyzstan', 'kyrgyzstan', 'kyrgyz'], ['turkmenistan', 'turkmenistan', 'turkmen'],
  ['mongolia', 'mongolia', 'mongolian'], ['indonesia', 'indonesia', 'indonesian', 'indonesians'],
  ['malaysia', 'malaysia', 'malaysian', 'malaysians'],
  ['philippines', 'philippines', 'filipino', 'filipinos', 'philippine'], ['thailand', 'thailand', 'thai'],
  ['cambodia', 'cambodia', 'cambodian'], ['laos', 'laos', 'lao'], ['singapore', 'singapore', 'singaporean'],
  ['saudi arabia', 'saudi-arabia', 'saudi', 'saudis'], ['united arab emirates', 'uae', 'emirati'], ['uae', 'uae'],
  ['qatar', 'qatar', 'qatari'], ['kuwait', 'kuwait', 'kuwaiti'], ['bahrain', 'bahrain', 'bahraini'],
  ['oman', 'oman', 'omani'], ['cyprus', 'cyprus', 'cypriot'], ['fiji', 'fiji', 'fijian', 'fijians'],
  ['papua new guinea', 'png'],
];
const bystanders = (): Array<[string, Entity]> =>
  BYSTANDERS.flatMap(([name, id, ...adjectives]): Array<[string, Entity]> => [
    [name, { actor: id, place: id, bystander: true }],
    ...adjectives.map((a): [string, Entity] => [a, { actor: id, adjective: true, bystander: true }]),
  ]);

const PHRASES: Array<[string, Entity]> = [
  ['north korea', country('dprk', 'north-korea')],
  ['dprk', country('dprk', 'north-korea')],
  // The Russian and Ukrainian initials (КНДР), transliterated: "KNDR soldiers".
  ['kndr', country('dprk', 'north-korea')],
  ['democratic people’s republic of korea', country('dprk', 'north-korea')],
  ["democratic people's republic of korea", country('dprk', 'north-korea')],
  ['north korean', adjective('dprk')],
  ['north koreans', adjective('dprk')],
  ['korean people’s army', adjective('dprk')],
  ["korean people's army", adjective('dprk')],
  ['kpa', adjective('dprk')],
  // "11 thsd. of Korean military", as translations say it: in this war's reporting a Korean soldier is a North
  // Korean one. The Korean War and the peninsula name no side.
  ['korean', adjective('dprk')],
  ['korean war', {}],
  ['korean peninsula', {}],
  ['n korea', country('dprk', 'north-korea')],
  ['n korean', adjective('dprk')],
  ['kim', { ...person('dprk'), sharedSurname: ['jong', 'yo', 'il', 'sung'] }],
  ['kim jong un', person('dprk')],
  ['kim jong-un', person('dprk')],
  ['kim jung-un', person('dprk')],
  ['pyongyang', capital('dprk', 'pyongyang')],
  // North Korea's missile families, whoever fires them: "82 KN-23/KN-24 strikes", "Hwasong-11 missiles".
  ['kn', { actor: 'dprk', maker: true, caseSensitive: true }],
  ['hwasong', { actor: 'dprk', maker: true }],
  // The border between the Koreas: troops posted there are no deployment abroad.
  ['dmz', place('dmz')],
  ['demilitarized zone', place('dmz')],
  ['demilitarised zone', place('dmz')],
  ['wonsan', place('wonsan')],
  ['rajin', place('rajin')],
  ['rason', place('rajin')],
  ['nampo', place('nampo')],
  ['chongjin', place('chongjin')],
  ['sunan', place('sunan')],
  ['vladivostok', place('vladivostok')],
  ['dunai', place('dunai')],
  ['khasan', place('khasan')],
  ['south korea', country('south-korea')],
  ['south korean', adjective('south-korea')],
  ['south koreans', adjective('south-korea')],
  ['republic of korea', country('south-korea')],
  ['rok', adjective('south-korea')],
  // Forum and wire shorthand: "~11k NK troops", "going by SK intel".
  ['nk', { ...adjective('dprk'), caseSensitive: true }],
  ['sk', { ...adjective('south-korea'), caseSensitive: true }],
  ['seoul', capital('south-korea', 'seoul')],
  ['russia', country('russia')],
  ['russian', adjective('russia')],
  ['russians', adjective('russia')],
  ['russian federation', country('russia')],
  // The short forms of tickers and threads ("RU lost 1.5m?", "RF Armed Forces", "grouping in UA"), in capitals only.
  ['ru', { ...country('russia'), caseSensitive: true }],
  ['rf', { ...country('russia'), caseSensitive: true }],
  ['moscow', capital('russia', 'moscow')],
  ['kremlin', adjective('russia')],
  ['putin', person('russia')],
  ['vladimir putin', person('russia')],
  ['wagner', adjective('russia')],
  ['shoigu', person('russia')],
  ['lavrov', person('russia')],
  ['gerasimov', person('russia')],
  ['peskov', person('russia')],
  ['belousov', person('russia')],
  ['medvedev', person('russia')],
  ['ukraine', country('ukraine')],
  ['ua', { ...country('ukraine'), caseSensitive: true }],
  ['syrskyi', person('ukraine')],
  ['umerov', person('ukraine')],
  ['budanov', person('ukraine')],
  ['zaluzhnyi', person('ukraine')],
  ['ukrainian', adjective('ukraine')],
  // The Armed Forces of Ukraine by their initials, in English and transliterated (ЗСУ).
  ['afu', adjective('ukraine')],
  ['zsu', adjective('ukraine')],
  ['ukrainians', adjective('ukraine')],
  ['kyiv', capital('ukraine', 'kyiv')],
  ['kiev', capital('ukraine', 'kyiv')],
  ['zelensky', person('ukraine')],
  ['volodymyr zelensky', person('ukraine')],
  ['zelenskyy', person('ukraine')],
  ['united states', country('us')],
  ['us', { ...country('us'), caseSensitive: true }],
  ['usa', country('us')],
  ['america', country('us')],
  ['american', adjective('us')],
  ['americans', adjective('us')],
  ['washington', capital('us', 'washington')],
  ['pentagon', adjective('us')],
  ['united kingdom', country('uk')],
  ['uk', country('uk')],
  ['britain', country('uk')],
  ['british', adjective('uk')],
  ['china', country('china')],
  ['chinese', adjective('china')],
  ['beijing', capital('china', 'beijing')],
  ['pla', adjective('china')],
  ['iran', country('iran')],
  ['iranian', adjective('iran')],
  ['tehran', capital('iran', 'tehran')],
  // Whose enemy depends on who speaks: an actor no measure has, so that a figure "the enemy" owns is never given
  // to whoever else the passage names ("the enemy's losses amounted to 76,000 … the Korean People's Army").
  ['enemy', adjective('enemy')],
  // Ukraine's words for Russia's forces, which no other side's reporting uses of Ukraine's.
  ['occupiers', adjective('occupier')],
  ['occupier', adjective('occupier')],
  ['invaders', adjective('occupier')],
  ['invader', adjective('occupier')],
  // "the grouping of the occupying forces", "the occupation troops", as Ukrainian channels translate.
  ['occupying', adjective('occupier')],
  ['occupation forces', adjective('occupier')],
  ['occupation troops', adjective('occupier')],
  ['aggressor', adjective('enemy')],
  ['belarus', country('belarus')],
  ['belarusian', adjective('belarus')],
  ['minsk', capital('belarus', 'minsk')],
  ['nato', adjective('nato')],
  ['european union', adjective('eu')],
  ['eu', { ...adjective('eu'), caseSensitive: true }],
  ['czech', adjective('czechia')],
  ['czechia', country('czechia')],
  ['czech republic', country('czechia')],
  ['prague', capital('czechia', 'prague')],
  ['israel', country('israel')],
  ['israeli', adjective('israel')],
  ['idf', adjective('israel')],
  ['gaza', place('gaza')],
  ['hamas', adjective('hamas')],
  ['hezbollah', adjective('hezbollah')],
  ['lebanon', country('lebanon')],
  ['syria', country('syria')],
  ['syrian', adjective('syria')],
  ['houthis', adjective('houthis')],
  ['houthi', adjective('houthis')],
  ['yemen', country('yemen')],
  ['sudan', country('sudan')],
  ['sudanese', adjective('sudan')],
  ['rsf', adjective('rsf')],
  ['taiwan', country('taiwan')],
  ['taiwanese', adjective('taiwan')],
  ['japan', country('japan')],
  ['japanese', adjective('japan')],
  ['india', country('india')],
  ['indian', adjective('india')],
  ['pakistan', country('pakistan')],
  ['pakistani', adjective('pakistan')],
  ['turkey', country('turkey')],
  ['turkish', adjective('turkey')],
  ['poland', country('poland')],
  ['polish', adjective('poland')],
  ['germany', country('germany')],
  ['german', adjective('germany')],
  ['france', country('france')],
  ['french', adjective('france')],
  ['finland', country('finland')],
  ['finnish', adjective('finland')],
  ['sweden', country('sweden')],
  ['baltic', place('baltic')],
  ['lithuania', country('lithuania')],
  ['latvia', country('latvia')],
  ['estonia', country('estonia')],
  ['romania', country('romania')],
  ['moldova', country('moldova')],
  ['georgia', country('georgia')],
  ['armenia', country('armenia')],
  ['azerbaijan', country('azerbaijan')],
  ['iraq', country('iraq')],
  ['afghanistan', country('afghanistan')],
  // The Soviet Union's wars are not Russia's of today: "In Afghanistan the Soviet Union kept about 100,000 troops".
  ['soviet union', country('ussr')],
  ['ussr', country('ussr')],
  ['soviet', adjective('ussr')],
  ['soviets', adjective('ussr')],
  ['ethiopia', country('ethiopia')],
  ['myanmar', country('myanmar')],
  ['venezuela', country('venezuela')],
  ['serbia', country('serbia')],
  ['vietnam', country('vietnam')],
  ['africa', place('africa')],
  ['europe', place('europe')],
  ['kursk', place('kursk')],
  ['sudzha', place('sudzha')],
  ['belgorod', place('belgorod')],
  ['bryansk', place('bryansk')],
  ['rostov', place('rostov')],
  ['pokrovsk', place('pokrovsk')],
  ['bakhmut', place('bakhmut')],
  ['avdiivka', place('avdiivka')],
  ['chasiv yar', place('chasiv-yar')],
  ['toretsk', place('toretsk')],
  ['kramatorsk', place('kramatorsk')],
  ['kostiantynivka', place('kostiantynivka')],
  ['mariupol', place('mariupol')],
  ['vuhledar', place('vuhledar')],
  ['siversk', place('siversk')],
  ['donetsk', place('donetsk')],
  ['luhansk', place('luhansk')],
  ['donbas', place('donbas')],
  ['donbass', place('donbas')],
  ['kharkiv', place('kharkiv')],
  ['kupiansk', place('kupiansk')],
  ['zaporizhzhia', place('zaporizhzhia')],
  ['huliaipole', place('huliaipole')],
  ['kherson', place('kherson')],
  ['odesa', place('odesa')],
  ['odessa', place('odesa')],
  ['sumy', place('sumy')],
  ['lviv', place('lviv')],
  ['dnipro', place('dnipro')],
  ['crimea', place('crimea')],
  ...bystanders(),
];

/** The country an actor is, for the actors that are countries: "dprk" is North Korea, "nato" is none. */
const ACTOR_COUNTRY: ReadonlyMap<string, string> = new Map(
  PHRASES.filter(([, e]) => e.actor && e.place && !e.adjective && actorOfCountry(e.place) === e.actor).map(([, e]) => [e.actor!, e.place!]),
);
export const countryOfActor = (actor: string): string | undefined => ACTOR_COUNTRY.get(actor);

/** Phrases keyed by their first word, longest first, for a single left-to-right pass over tokens. */
export const ENTITY_INDEX: ReadonlyMap<string, ReadonlyArray<{ words: string[]; entity: Entity; text: string }>> = (() => {
  const index = new Map<string, Array<{ words: string[]; entity: Entity; text: string }>>();
  for (const [text, entity] of PHRASES) {
    const words = text.split(/[ -]/).map((w) => w.replace(/['’]s$/, ''));
    const list = index.get(words[0]) ?? [];
    list.push({ words, entity, text });
    index.set(words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();
