import type { Doc, Entity, EntityType, Mention, Stage } from '../types.ts';
import { genderOfFirstName } from './coref.ts';
import { defaultNerModel } from '../models/ner/model.ts';
import { lexiconKey } from '../models/ner/lexicon.ts';
import { DEMONYMS } from '../models/quotes/lexicon.ts';

/**
 * Groups the name mentions of one article into entities: "Benjamin Netanyahu" and "Netanyahu" are one
 * person, "Prime Minister's Office" and "PMO" one organization, "United States", "US" and "U.S." one place,
 * "UN Security Council", "U.N. Security Council" and "Security Council" one organization.
 * Pronoun and nominal mentions that earlier stages already linked keep their entity.
 */

const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|rev|sen|rep|gov|gen|col|lt|sgt|capt|adm|det|ch|insp|supt|cllr|president|prime minister|minister|secretary|senator|governor|king|queen|prince|princess|pope|judge|justice|chancellor|mayor|detective|inspector|superintendent|sergeant|constable|councillor)\.?\s+/i;

/** Lower-case, fold diacritics and typographic apostrophes, drop a possessive and a leading "the". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/'s$|'$/i, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const PLACE_ALIASES: Record<string, string> = {
  us: 'united states', 'u.s.': 'united states', usa: 'united states', 'u.s.a.': 'united states', america: 'united states',
  'united states of america': 'united states',
  uk: 'united kingdom', 'u.k.': 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  uae: 'united arab emirates', 'u.a.e.': 'united arab emirates',
  // The Associated Press's abbreviations of US states, as datelines write them ("PERRY, Fla. (AP) —").
  ...Object.fromEntries(
    Object.entries({
      ala: 'alabama', ariz: 'arizona', ark: 'arkansas', calif: 'california', colo: 'colorado', conn: 'connecticut', del: 'delaware',
      fla: 'florida', ga: 'georgia', ill: 'illinois', ind: 'indiana', kan: 'kansas', kans: 'kansas', ky: 'kentucky', la: 'louisiana',
      md: 'maryland', mass: 'massachusetts', mich: 'michigan', minn: 'minnesota', miss: 'mississippi', mo: 'missouri', mont: 'montana',
      neb: 'nebraska', nev: 'nevada', 'n.h': 'new hampshire', 'n.j': 'new jersey', 'n.m': 'new mexico', 'n.y': 'new york',
      'n.c': 'north carolina', 'n.d': 'north dakota', okla: 'oklahoma', ore: 'oregon', pa: 'pennsylvania', 'r.i': 'rhode island',
      's.c': 'south carolina', 's.d': 'south dakota', tenn: 'tennessee', tex: 'texas', vt: 'vermont', va: 'virginia', wash: 'washington',
      'w.va': 'west virginia', wis: 'wisconsin', wyo: 'wyoming',
    }).flatMap(([k, v]) => [[k, v], [`${k}.`, v]]),
  ),
};

const ORG_ALIASES: Record<string, string> = {
  un: 'united nations', 'u.n.': 'united nations', eu: 'european union', 'e.u.': 'european union',
};

/** Leading country or union names in organization names, spelled one way: "U.N. Security Council" → "un security council". */
const ORG_PREFIXES: [RegExp, string][] = [
  [/^(?:u\.n\.|united nations)\s+/, 'un '],
  [/^(?:u\.s\.|united states)\s+/, 'us '],
  [/^(?:e\.u\.|european union)\s+/, 'eu '],
  [/^(?:u\.k\.|united kingdom)\s+/, 'uk '],
];

function stripHonorifics(name: string): string {
  let out = name;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(HONORIFICS, '');
  }
  return out;
}

/** The key two name mentions of the same type must share to be the same entity outright. */
export function entityKey(type: EntityType, text: string): string {
  let n = normalizeName(text);
  if (type === 'person') n = normalizeName(stripHonorifics(n));
  if (type === 'place') n = PLACE_ALIASES[n] ?? n;
  if (type === 'organization') {
    n = ORG_ALIASES[n] ?? n;
    for (const [re, prefix] of ORG_PREFIXES) n = n.replace(re, prefix);
  }
  return n;
}

export function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:of|the|and|for)$/i.test(w))
    .map((w) => w[0])
    .join('');
}

/** The first letters of every word of a name, the small words' in lower case ("Department for Transport" → "DfT"). */
export function allInitials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !/^the$/i.test(w))
    .map((w) => (/^(?:of|for|and|on|in)$/.test(w) ? w[0]! : /^\p{Lu}/u.test(w) ? w[0]! : ''))
    .join('');
}

interface Group {
  type: EntityType;
  key: string;
  words: string[];
  names: Mention[];
  acronym: string;
  /** Short forms the article gives in brackets after the full name ("Sapa"). */
  aliases?: Set<string>;
}

function isPersonPart(group: Group, words: string[]): boolean {
  // "Netanyahu" or "Benjamin Netanyahu" refer to "Prime Minister Benjamin Netanyahu" when their words are a tail of it
  // (and "Security Council" to "UN Security Council").
  if (words.length === 0 || words.length >= group.words.length) return false;
  const tail = group.words.slice(group.words.length - words.length);
  return tail.every((w, i) => w === words[i]);
}

/** "Robert Mugabe" is "Robert Gabriel Mugabe": the same surname, and the other words in order among the fuller name's. */
function isPersonShortening(group: Group, words: string[]): boolean {
  if (isPersonPart(group, words)) return true;
  const g = group.words;
  if (words.length < 2 || words.length >= g.length || words[words.length - 1] !== g[g.length - 1]) return false;
  let k = 0;
  for (const w of g.slice(0, -1)) if (w === words[k]) k++;
  return k === words.length - 1;
}

/** Words that only say what kind of company a name is ("Industries", "Inc.", "Holdings"). */
const CORPORATE_WORDS = new Set(['inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'companies', 'ltd', 'ltd.', 'plc', 'llc', 'l.p.', 'lp', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'group', 'holdings', 'holding', 'industries', 'international', 'enterprises', 'incorporated', 'limited', '&', 'and', 'cos', 'cos.', 'bancorp', 'financial', 'systems', 'labs', 'laboratories', 'technologies', 'communications', 'networks', 'airlines', 'motors', 'pharmaceuticals', 'entertainment', 'media', 'technology', 'semiconductor', 'semiconductors', 'electronics', 'energy', 'therapeutics', 'biotech', 'software', 'petroleum', 'mining', 'resources', 'chemicals', 'steel', 'telecom', 'securities', 'insurance', 'capital', 'partners', 'ventures', 'brands', 'foods', 'airways', 'pharma']);

/** Words that say what trade a company is in, after its name ("Northern Crown Railways", "Norland Offshore Wind"). */
const TRADE_WORDS = new Set([...CORPORATE_WORDS, 'railways', 'railway', 'rail', 'ferries', 'ferry', 'shipping', 'lines', 'cruises', 'freight', 'logistics', 'transport', 'transit', 'buses', 'trains', 'aviation', 'aerospace', 'offshore', 'wind', 'solar', 'power', 'utilities', 'water', 'gas', 'oil', 'renewables', 'wireless', 'mobile', 'telecoms', 'broadband', 'digital', 'solutions', 'services', 'consulting', 'engineering', 'robotics', 'biosciences', 'medical', 'diagnostics', 'health', 'healthcare', 'pharmacy', 'retail', 'stores', 'supermarkets', 'homes', 'properties', 'construction', 'builders', 'automotive', 'studios', 'games', 'records', 'publishing', 'hotels', 'resorts', 'bank', 'insurance', 'mutual', 'motors', 'foods', 'farms', 'dairy', 'beverages', 'breweries', 'brewery', 'metals', 'minerals', 'biologics', 'vaccines', 'orbital', 'space', 'satellites', 'rockets']);

const NAME_LISTS = ['person-first', 'person-last', 'place-country', 'place-city', 'place-region', 'place-town'];

/** Words of the offices of a place ("Alachua Sheriff's Office"). */
const LOCAL_BODY_WORDS = /^(?:County|City|State|Sheriff|Sheriff['’]s|Police|Office|Department|Council|Government|Province|Municipality|Borough|District)$/;

function placeName(word: string): boolean {
  return defaultNerModel().lexicon.inGazetteer(word, NAME_LISTS.slice(2));
}

/** Whether a capitalised word is neither an English word nor a known person's or place's name (the NER lexicon's lists). */
function coinedWord(word: string): boolean {
  const lexicon = defaultNerModel().lexicon;
  return !lexicon.isWord(lexiconKey(word)) && !lexicon.inGazetteer(word, NAME_LISTS);
}

/** Words that follow a town's name in the names of sports clubs. */
const CLUB_WORDS = new Set(['united', 'city', 'rovers', 'athletic', 'wanderers', 'fc', 'a.f.c.', 'afc', 'town', 'county', 'albion', 'hotspur', 'rangers', 'villa', 'argyle', 'orient', 'athletico', 'sc', 'cf']);

/**
 * Whether a group's name is `words` followed by words of `kind` only: corporate words ("Elco Industries Inc." for
 * "Elco") or club words after a town ("Leeds United" for "Leeds").
 */
function isNameAnd(group: Group, words: string[], kind: ReadonlySet<string>): boolean {
  const g = group.words;
  if (words.length === 0 || words.length >= g.length || !words.every((w, i) => w === g[i])) return false;
  return g.slice(words.length).every((w) => kind.has(w));
}

/**
 * A child, a spouse or a sibling named right after the word for them ("her son, Peter Ellery", "his wife Jane", "his
 * sister, Lily Adeyemi"). (Not a
 * parent or an uncle: in a story about a child the bare surname is the adult's, "his father, Juan Miguel Gonzalez".)
 */
const KIN_BEFORE = /\b(?:son|daughter|wife|husband|widow|widower|nephew|niece|grandson|granddaughter|grandchild|stepson|stepdaughter|sister|brother|twin|cousin|sister-in-law|brother-in-law)\s*,?\s*$/i;

/** A relation set off after a full name: ", Paul's younger brother", ", her son". */
const KIN_AFTER = /^\s*,\s*(?:\p{Lu}[\p{L}'’-]*['’]s?|his|her|their)\s+(?:\p{Ll}+\s+)?(?:son|daughter|wife|husband|widow|widower|nephew|niece|grandson|granddaughter|stepson|stepdaughter|sister|brother|twin|cousin)\b/u;

/** A relation owned by the name before it: "'s father", "’s mother". */
const POSSESSOR_OF_KIN = /^['’]s?\s+(?:father|mother|parents|son|daughter|wife|husband|widow|brother|sister|uncle|aunt|grandmother|grandfather)\b/;

/** How close (in characters) a full name must come before a shorter one to count as just before it. */
const NEAR = 250;

/**
 * The person a shorter name ("Biden") stands for when several fuller names fit ("Joe Biden", "Hunter Biden"):
 * the one the article names most in full, with a bonus of one for one named in full just before it ("Theodore
 * Roosevelt … Roosevelt" in an article mostly on Franklin Roosevelt); then the one named first.
 */
function pickPerson(doc: Doc, candidates: readonly Group[], m: Mention, nWords: number): Group {
  const fuller = (x: Group): Mention[] => x.names.filter((n) => entityKey(n.type, n.text).split(' ').length > nWords);
  let recent: Group | null = null;
  let recentStart = -1;
  for (const x of candidates) {
    for (const n of fuller(x)) {
      if (n.start < m.start && n.start > recentStart) {
        recent = x;
        recentStart = n.start;
      }
    }
  }
  const first = (x: Group): number => Math.min(...x.names.map((n) => n.start));
  // A relative introduced as one ("her son, Peter Ellery") goes by the full name after: the bare surname is the
  // one the story is about.
  // (Or set off after the name as one: "Mark Hendry, Paul's younger brother and assistant manager".)
  const relative = (x: Group): boolean => {
    const n = x.names.find((y) => y.start === first(x));
    return !!n && (KIN_BEFORE.test(doc.body.slice(Math.max(0, n.start - 24), n.start)) || KIN_AFTER.test(doc.body.slice(n.end, n.end + 48)));
  };
  // A shorter name refers back: to someone named in full before it, when anyone is ("Bell described …" is Marcus
  // Bell, named in the lead, not his father, named further down).
  // (Not to a relative introduced as one, whom the full name is kept for.)
  const before = candidates.filter((x) => !relative(x) && fuller(x).some((n) => n.start < m.start));
  const pool = before.length ? before : candidates;
  // One named first as the possessor of a relative ("Elian Gonzalez's father said …") is not the one the story
  // follows: the relative is.
  const possessorOfKin = (x: Group): boolean => {
    const n = x.names.find((y) => y.start === first(x));
    return !!n && POSSESSOR_OF_KIN.test(doc.body.slice(n.end, n.end + 24));
  };
  const score = (x: Group): number => fuller(x).length + (x === recent && m.start - recentStart <= NEAR ? 1 : 0) - (relative(x) ? 3 : 0) - (possessorOfKin(x) ? 1 : 0);
  return pool.reduce((a, b) => (score(b) > score(a) || (score(b) === score(a) && first(b) < first(a)) ? b : a));
}

/** Words before a name that place something there ("in Washington"). */
const LOCATIVE = /(?:^|\s)(?:in|at|from|near|across|into|inside|outside|throughout|around)\s+(?:the\s+)?$/i;

/**
 * A one-word place or organization that is the surname of a person the article names in full ("Michael R.
 * Bloomberg … Bloomberg said", where the recognizer took "Bloomberg" for a place) is that person, unless one of
 * its mentions is used as a place ("in Bloomberg") or it also names something else in full.
 */
function mergeSurnames(doc: Doc, groups: Group[], groupOf: Map<Mention, Group>): void {
  for (const g of [...groups]) {
    if (g.type === 'person' || g.words.length !== 1) continue;
    const people = groups.filter((x) => x.type === 'person' && x.words.length >= 2 && x.words[x.words.length - 1] === g.key);
    if (people.length !== 1) continue;
    if (g.names.some((m) => LOCATIVE.test(doc.body.slice(Math.max(0, m.start - 20), m.start)))) continue;
    const person = people[0]!;
    for (const m of g.names) {
      m.type = 'person';
      person.names.push(m);
      groupOf.set(m, person);
    }
    groups.splice(groups.indexOf(g), 1);
  }
}

export function groupEntities(doc: Doc): void {
  const groups: Group[] = [];
  const names = doc.mentions.filter((m) => m.kind === 'name').sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const groupOf = new Map<Mention, Group>();
  for (const m of names) {
    const key = entityKey(m.type, m.text);
    const words = key.split(' ');
    let g = groups.find((x) => x.type === m.type && x.key === key);
    if (!g && m.type === 'person') {
      // "Mr Anderson" is not "Zoe Anderson": an honorific's gender against the fuller name's first name.
      const honorific = (/^(mr|mrs|ms|miss|sir|lady|dame|lord)\.?\s/i.exec(m.text) ?? /\b(mr|mrs|ms|miss|sir|lady|dame|lord)\.?\s+$/i.exec(doc.body.slice(Math.max(0, m.start - 6), m.start)))?.[1]?.toLowerCase();
      const gender = honorific ? (/^(?:mr|sir|lord)$/.test(honorific) ? 'm' : 'f') : null;
      const fits = (x: Group): boolean => !gender || !x.words[0] || (genderOfFirstName(x.words[0]) ?? gender) === gender;
      const candidates = groups.filter((x) => x.type === 'person' && isPersonShortening(x, words) && fits(x));
      if (candidates.length >= 1) g = pickPerson(doc, candidates, m, words.length);
      // A first name alone ("Grace's family") is the one person the article names in full with it (when it is
      // nobody's surname).
      else if (words.length === 1) {
        const first = groups.filter((x) => x.type === 'person' && x.words.length >= 2 && x.words[0] === words[0]);
        if (first.length === 1) g = first[0];
      }
    }
    if (!g && m.type === 'organization') {
      // "State Department" is the "US State Department" of the same article when only one organization ends so,
      // and "Rovers" the "Blackburn Rovers"; "Leeds" is "Leeds United" (a club named by its town).
      // (Not the complement of an "of": "Parliament" is not the "Member of Parliament", "Justice" not the
      // "Department of Justice".)
      const complement = (x: Group): boolean => /^(?:of|for|on)$/.test(x.words[x.words.length - words.length - 1] ?? '');
      const candidates = groups.filter((x) => x.type === 'organization' && ((isPersonPart(x, words) && !complement(x)) || isNameAnd(x, words, CLUB_WORDS)));
      if (candidates.length === 1) g = candidates[0];
    }
    if (!g && m.type === 'organization') {
      // "Elco" is the "Elco Industries Inc." of the same article: the longer name is this one and corporate words. So
      // is "Northern Crown" the "Northern Crown Railways" named before it, with words of a trade (not "IBM", named
      // before "IBM Power", nor "Linux" before "Linux Engineering").
      const before = (x: Group): boolean => x.names.some((n) => n.start < m.start);
      const candidates = groups.filter((x) => x.type === 'organization' && (isNameAnd(x, words, CORPORATE_WORDS) || (isNameAnd(x, words, TRADE_WORDS) && before(x))));
      if (candidates.length === 1) g = candidates[0];
    }
    if (!g && m.type === 'place' && !placeName(m.text)) {
      // The same where the model read the short name as a place ("Meridian Ridge said in a statement" after
      // "Meridian Ridge Capital", "Lakeshore said" after "Lakeshore Health"): no known place's name, and the
      // company named in full before it.
      const before = (x: Group): boolean => x.names.some((n) => n.start < m.start);
      const candidates = groups.filter((x) => x.type === 'organization' && before(x) && isNameAnd(x, words, TRADE_WORDS));
      if (candidates.length === 1) {
        g = candidates[0];
        m.type = 'organization';
      }
    }
    if (!g && (m.type === 'organization' || m.type === 'person') && words.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(m.text)) {
      // "Corvale" is the "Corvale Wireless" of the same article, "Medrona" the "Medrona Therapeutics": a coined word
      // (no English word, no known person's or place's name: not "House" for the "House Intelligence Committee",
      // nor "Boston" for "The Boston Globe") that begins the name of one organization.
      // (The rest of the name is a name too, not a place's or an office's: "Netflix Japan", "Tesco Polska" and "Alachua
      // Sheriff's Office" are not "Netflix", "Tesco", "Alachua"; "Xbox game Gears" no name.)
      const rest = (x: Group): string[] => x.names[0]!.text.split(/\s+/).slice(1);
      const candidates = groups.filter((x) => x.type === 'organization' && x.words.length >= 2 && x.words[0] === words[0]);
      const named = candidates.length === 1 && rest(candidates[0]!).every((w) => /^\p{Lu}/u.test(w) && !LOCAL_BODY_WORDS.test(w)) && !rest(candidates[0]!).some((w) => placeName(w));
      if (named && coinedWord(m.text) && !DEMONYMS.has(m.text)) {
        g = candidates[0];
        m.type = 'organization';
      }
    }
    if (!g && m.type === 'organization' && words.length === 1 && /\bthe\s+$/i.test(doc.body.slice(Math.max(0, m.start - 4), m.start))) {
      // "the Bank" is the "Bank of England" of the same article, "the University" the "University of Toronto": the one
      // organization named with it and an "of" complement.
      const candidates = groups.filter((x) => x.type === 'organization' && x.words.length >= 3 && x.words[0] === words[0] && x.words[1] === 'of');
      if (candidates.length === 1) g = candidates[0];
    }
    if (!g && m.type === 'organization' && /^\p{Lu}\p{Ll}{1,2}\p{Lu}/u.test(m.text)) {
      // "DfT" is the "Department for Transport" of the same article, "MoD" the "Ministry of Defence".
      g = groups.find((x) => x.type === 'organization' && x.names.some((n) => allInitials(n.text) === m.text));
    }
    if (!g && m.type === 'organization' && /^\p{Lu}{2,}$/u.test(m.text.replace(/[.’'&]/g, ''))) {
      const a = m.text.replace(/[.’'&]/g, '');
      g = groups.find((x) => x.type === 'organization' && (x.acronym === a || x.names.some((n) => n.text === m.text)));
      // "California ISO" for the "California Independent System Operator": the acronym of the rest of the name,
      // after the same first words.
      g ??= groups.find((x) => {
        if (x.type !== 'organization' || a.length < 2 || x.acronym.length <= a.length || !x.acronym.endsWith(a)) return false;
        const lead = x.names[0]!.text.split(/\s+/).slice(0, x.acronym.length - a.length).join(' ');
        return doc.body.slice(Math.max(0, m.start - lead.length - 1), m.start) === `${lead} `;
      });
    }
    if (!g && /^\p{Lu}[\p{L}]{1,11}$/u.test(m.text)) {
      // "The South African Poultry Association (Sapa)": a short form in brackets right after an organization's name,
      // spelling its initials in any case, is that organization, and so is the short form wherever the article uses it.
      g = groups.find((x) => x.type === 'organization' && x.aliases?.has(m.text));
      if (!g && doc.body[m.start - 1] === '(' && doc.body[m.end] === ')') {
        const initials = m.text.toUpperCase();
        g = groups.find((x) => x.type === 'organization' && x.acronym === initials && x.names.some((n) => n.end <= m.start && /^\s*$/.test(doc.body.slice(n.end, m.start - 1))));
        if (g) (g.aliases ??= new Set()).add(m.text);
      }
      if (g) m.type = 'organization';
    }
    if (!g) {
      g = { type: m.type, key, words, names: [], acronym: acronym(stripHonorifics(m.text)) };
      groups.push(g);
    }
    g.names.push(m);
    groupOf.set(m, g);
  }
  mergeSurnames(doc, groups, groupOf);
  // Ids in order of first appearance.
  const firstStart = (g: Group): number => Math.min(...g.names.map((m) => m.start));
  groups.sort((a, b) => firstStart(a) - firstStart(b));
  const idOf = new Map<Group, string>();
  const entities: Entity[] = groups.map((g, i) => {
    const id = `e${i + 1}`;
    idOf.set(g, id);
    // The longest name, written as in running text rather than in capitals ("Hong Kong", not the dateline's "HONG KONG").
    const shouted = (m: Mention): boolean => /\p{Lu}{2}/u.test(m.text) && m.text === m.text.toUpperCase();
    const longest = g.names.reduce((a, b) => (b.text.length > a.text.length || (b.text.length === a.text.length && shouted(a) && !shouted(b)) ? b : a));
    // (Not from an organization's: "Justice Department" keeps its "Justice".)
    const plain = longest.text.replace(/['’]s$/, '').trim();
    let name = (g.type !== 'organization' ? stripHonorifics(plain) : plain) || longest.text;
    // A place named only in a dateline's capitals goes by its name as running text writes it ("JOHANNESBURG" is
    // "Johannesburg", "MEXICO CITY" "Mexico City"; not an abbreviation, "US").
    if (g.type === 'place' && shouted(longest) && name.split(/[\s-]+/).every((w) => w.length >= 4)) name = name.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    return { id, type: g.type, name, mentions: [] };
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  // Mentions linked by earlier stages to the old ids keep their link only if those ids still exist.
  for (const m of doc.mentions) {
    const g = groupOf.get(m);
    if (g) m.entity_id = idOf.get(g)!;
    const e = m.entity_id ? byId.get(m.entity_id) : undefined;
    if (e) e.mentions.push(m);
    else if (m.kind !== 'name') m.entity_id = null;
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  doc.mentions.sort((a, b) => a.start - b.start);
  doc.entities = entities;
}

export const entitiesStage: Stage = { name: 'entities', run: groupEntities };
