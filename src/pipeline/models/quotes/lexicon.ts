/**
 * General English word lists for attribution: reporting and cognition verbs, attribution nouns and
 * prepositions, pronouns. Written from general knowledge of English grammar (verbs that take a reported
 * clause or a quotation); nothing here is taken from a corpus.
 */

/** Verbs of saying, writing, reporting, believing and intending (lemmas). */
const SPEECH_VERBS = `
say tell add state claim argue insist note explain stress emphasize emphasise announce report write tweet post
warn caution declare assert contend maintain predict promise vow pledge urge ask question wonder respond reply answer
retort recall complain concede acknowledge admit deny confirm reveal disclose allege accuse charge counter testify
comment remark observe mention point describe call label brand dub joke quip boast brag lament lament mourn
concede conclude suggest propose recommend advise demand order instruct request plead beg implore
estimate calculate speculate guess reckon figure project forecast
believe think feel know consider suppose suspect assume presume doubt fear worry hope expect anticipate trust
want wish plan intend aim seek try decide agree disagree refuse threaten offer vow swear
show indicate find suggest demonstrate prove imply signal reveal
hear learn understand realize realise recognize recognise see notice discover
criticize criticise praise blame thank applaud welcome condemn denounce slam blast attack defend defended
reaffirm reiterate repeat echo clarify elaborate summarize summarise
shout yell scream cry chant whisper mutter murmur sing read exclaim
announce proclaim publish broadcast air release circulate
inform notify assure reassure remind convince persuade warn caution advise brief
email text message telephone phone
acknowledge affirm certify attest
highlight underscore underline outline detail specify cite quote
dismiss reject rebuff refute dispute contest challenge oppose support endorse back favor favour
complain protest object grumble
insist demand
`;

/** Nouns that head an attribution ("in a statement", "the report", "his view that"). */
const ATTRIBUTION_NOUNS = `
statement statements interview interviews report reports comment comments remarks remark speech speeches
testimony letter letters tweet tweets post posts memo release announcement announcements
claim claims argument arguments assertion allegation allegations accusation accusations
view views belief beliefs opinion opinions position stance assessment estimate estimates forecast prediction
warning warnings promise promises pledge pledges vow threat threats demand demands request plea call calls
suggestion proposal plan plans hope hopes fear fears concern concerns worry worries expectation expectations
intention goal aim wish desire decision conclusion finding findings analysis study survey poll polls data
message messages email emails note notes account accounts version story sources source spokesman spokeswoman
spokesperson
`;

/** Multi-word and prepositional cues: "according to", "in the view of". */
export const PREPOSITIONAL_CUES = new Set(['according', 'per', 'citing', 'quoting']);

export const SPEECH_VERB_LEMMAS: ReadonlySet<string> = new Set(SPEECH_VERBS.split(/\s+/).filter(Boolean));
export const ATTRIBUTION_NOUN_SET: ReadonlySet<string> = new Set(ATTRIBUTION_NOUNS.split(/\s+/).filter(Boolean));

/** Verbs most typical of direct speech, used by the quotation rules (a subset of the above). */
export const SAY_VERB_LEMMAS: ReadonlySet<string> = new Set(
  `say tell add state claim argue insist note explain stress emphasize emphasise announce write tweet post warn declare
  assert contend maintain predict promise vow pledge urge ask wonder respond reply answer retort recall complain concede
  acknowledge admit deny confirm reveal allege accuse charge counter testify comment remark observe mention joke quip
  boast lament conclude suggest propose recommend demand plead continue shout yell scream cry chant whisper mutter
  exclaim reaffirm reiterate repeat clarify highlight underscore caution proclaim insist`.split(/\s+/).filter(Boolean),
);

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', felt: 'feel',
  knew: 'know', known: 'know', saw: 'see', seen: 'see', heard: 'hear', found: 'find', spoke: 'speak', spoken: 'speak',
  understood: 'understand', meant: 'mean', taught: 'teach', sought: 'seek', swore: 'swear', sworn: 'swear',
  sang: 'sing', sung: 'sing', read: 'read', forecast: 'forecast', broadcast: 'broadcast', learnt: 'learn',
  shown: 'show', proven: 'prove', gave: 'give', given: 'give', made: 'make', took: 'take', taken: 'take',
  went: 'go', gone: 'go', came: 'come', got: 'get', gotten: 'get', held: 'hold', kept: 'keep', left: 'leave',
  led: 'lead', brought: 'bring', bought: 'buy', began: 'begin', begun: 'begin', became: 'become', ran: 'run',
  was: 'be', were: 'be', is: 'be', are: 'be', am: 'be', been: 'be', being: 'be', has: 'have', had: 'have',
  having: 'have', did: 'do', does: 'do', done: 'do', cried: 'cry', replied: 'reply', denied: 'deny', implied: 'imply',
  testified: 'testify', clarified: 'clarify', certified: 'certify', notified: 'notify', specified: 'specify',
  tried: 'try', worried: 'worry', applied: 'apply', identified: 'identify', justified: 'justify',
};

/**
 * A lemma good enough for lexicon lookups: irregular forms from a table, regular inflections by
 * stripping -s/-es/-ed/-ing (with e-restoration and undoubling) until a known lemma appears.
 */
export function lemma(lower: string, known: ReadonlySet<string> = SPEECH_VERB_LEMMAS): string {
  const irr = IRREGULAR[lower];
  if (irr) return irr;
  if (known.has(lower)) return lower;
  const cands: string[] = [];
  if (lower.endsWith('ies')) cands.push(lower.slice(0, -3) + 'y');
  if (lower.endsWith('ied')) cands.push(lower.slice(0, -3) + 'y');
  if (lower.endsWith('es')) cands.push(lower.slice(0, -2));
  if (lower.endsWith('s') && !lower.endsWith('ss')) cands.push(lower.slice(0, -1));
  if (lower.endsWith('ed')) {
    const stem = lower.slice(0, -2);
    cands.push(stem, stem + 'e');
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) cands.push(stem.slice(0, -1));
  }
  if (lower.endsWith('ing')) {
    const stem = lower.slice(0, -3);
    cands.push(stem, stem + 'e');
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) cands.push(stem.slice(0, -1));
  }
  for (const c of cands) if (known.has(c)) return c;
  return lower;
}

export const PERSONAL_PRONOUNS: Record<string, { number: 'sg' | 'pl'; gender: 'm' | 'f' | 'n' | 'x'; person: 1 | 2 | 3 }> = {
  he: { number: 'sg', gender: 'm', person: 3 }, him: { number: 'sg', gender: 'm', person: 3 }, his: { number: 'sg', gender: 'm', person: 3 },
  himself: { number: 'sg', gender: 'm', person: 3 },
  she: { number: 'sg', gender: 'f', person: 3 }, her: { number: 'sg', gender: 'f', person: 3 }, hers: { number: 'sg', gender: 'f', person: 3 },
  herself: { number: 'sg', gender: 'f', person: 3 },
  it: { number: 'sg', gender: 'n', person: 3 }, its: { number: 'sg', gender: 'n', person: 3 }, itself: { number: 'sg', gender: 'n', person: 3 },
  they: { number: 'pl', gender: 'x', person: 3 }, them: { number: 'pl', gender: 'x', person: 3 }, their: { number: 'pl', gender: 'x', person: 3 },
  theirs: { number: 'pl', gender: 'x', person: 3 }, themselves: { number: 'pl', gender: 'x', person: 3 },
  i: { number: 'sg', gender: 'x', person: 1 }, me: { number: 'sg', gender: 'x', person: 1 }, my: { number: 'sg', gender: 'x', person: 1 },
  we: { number: 'pl', gender: 'x', person: 1 }, us: { number: 'pl', gender: 'x', person: 1 }, our: { number: 'pl', gender: 'x', person: 1 },
  you: { number: 'sg', gender: 'x', person: 2 }, your: { number: 'sg', gender: 'x', person: 2 },
};

/** Nouns naming a role a person holds ("the minister") — general English. */
export const PERSON_ROLES: ReadonlySet<string> = new Set(
  `president minister secretary spokesman spokeswoman spokesperson official chairman chairwoman chair chief director
  ambassador envoy commander senator governor mayor leader premier chancellor king queen prince princess general
  lawyer attorney judge justice prosecutor executive founder candidate nominee congressman congresswoman lawmaker
  representative diplomat analyst expert professor researcher officer manager coach captain player pope bishop
  cardinal rabbi imam sheikh emir sultan ruler dictator monarch speaker adviser advisor aide negotiator mediator
  councillor councilor sheriff inspector detective minister-president defendant suspect victim witness author
  economist scientist doctor surgeon billionaire businessman businesswoman tycoon magnate entrepreneur investor
  banker activist campaigner journalist reporter editor columnist commentator host anchor strategist pollster
  consultant lobbyist actor actress singer rapper musician artist producer comedian athlete pastor priest
  cleric physician nurse teacher student veteran mp mep msp star celebrity celeb defender striker midfielder goalkeeper
  keeper winger boss skipper barrister solicitor counsel curator principal superintendent commissioner investigator
  engineer astronaut painter novelist poet director-general secretary-general lieutenant sergeant colonel admiral corporal
  constable trooper marshal ranger firefighter paramedic`.split(/\s+/).filter(Boolean),
);

/** Adjectives of nationality and the countries they name ("the Cuban government" speaks for Cuba). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  `American:United States;British:United Kingdom;Chinese:China;Russian:Russia;French:France;German:Germany;Italian:Italy;
  Spanish:Spain;Japanese:Japan;Indian:India;Pakistani:Pakistan;Iranian:Iran;Iraqi:Iraq;Israeli:Israel;Palestinian:Palestine;
  Syrian:Syria;Lebanese:Lebanon;Jordanian:Jordan;Egyptian:Egypt;Saudi:Saudi Arabia;Turkish:Turkey;Greek:Greece;
  Cypriot:Cyprus;Ukrainian:Ukraine;Polish:Poland;Czech:Czech Republic;Hungarian:Hungary;Romanian:Romania;Serbian:Serbia;
  Croatian:Croatia;Dutch:Netherlands;Belgian:Belgium;Swiss:Switzerland;Austrian:Austria;Swedish:Sweden;Norwegian:Norway;
  Danish:Denmark;Finnish:Finland;Irish:Ireland;Scottish:Scotland;Welsh:Wales;Portuguese:Portugal;Canadian:Canada;
  Mexican:Mexico;Cuban:Cuba;Brazilian:Brazil;Argentine:Argentina;Argentinian:Argentina;Chilean:Chile;Colombian:Colombia;
  Venezuelan:Venezuela;Peruvian:Peru;Australian:Australia;Zealand:New Zealand;Indonesian:Indonesia;Malaysian:Malaysia;
  Philippine:Philippines;Filipino:Philippines;Thai:Thailand;Vietnamese:Vietnam;Korean:Korea;Afghan:Afghanistan;
  Nigerian:Nigeria;Kenyan:Kenya;Ethiopian:Ethiopia;Somali:Somalia;Sudanese:Sudan;Libyan:Libya;Tunisian:Tunisia;
  Algerian:Algeria;Moroccan:Morocco;Tanzanian:Tanzania;Ugandan:Uganda;Rwandan:Rwanda;Congolese:Congo;Ghanaian:Ghana;
  Zimbabwean:Zimbabwe;Yemeni:Yemen;Qatari:Qatar;Emirati:United Arab Emirates;Kuwaiti:Kuwait;Bahraini:Bahrain;Omani:Oman;
  Belarusian:Belarus;Georgian:Georgia;Armenian:Armenia;Azerbaijani:Azerbaijan;Kazakh:Kazakhstan;Samoan:Samoa;Fijian:Fiji`
    .split(';')
    .map((x) => x.trim().split(':') as [string, string]),
);
