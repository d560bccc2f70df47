import { defaultNerModel, type NerModel } from '../models/ner/model.ts';
import { acronym, allInitials } from './entities.ts';
import type { Label } from '../models/ner/tags.ts';
import type { Doc, EntityType, Mention, Stage } from '../types.ts';
import { tokenize } from './tokens.ts';

/**
 * Named entities: people, organizations and places, by the statistical recognizer in models/ner (trained on
 * CoNLL-2003). The whole document is tagged at once so that document-level features see every sentence; the title,
 * when there is one, is tagged with it for context, but mentions are only taken from the body. MISC (nationalities,
 * events, works) is recognized by the model but not emitted.
 */

const TYPES: Partial<Record<Label, EntityType>> = { PER: 'person', ORG: 'organization', LOC: 'place' };

export function recognizeEntities(model: NerModel, doc: Doc): void {
  const sentences = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const title = doc.title?.trim() ? tokenize(doc.title).map((r) => doc.title!.slice(r.start, r.end)) : [];
  const offset = title.length ? 1 : 0;
  const spans = model.recognize(title.length ? [title, ...sentences] : sentences);
  doc.sentences.forEach((s, si) => {
    for (const span of spans[si + offset]!) {
      const type = TYPES[span.label];
      if (!type) continue;
      const start = doc.tokens[s.tokenStart + span.start]!.start;
      const end = doc.tokens[s.tokenStart + span.end - 1]!.end;
      doc.mentions.push({ start, end, text: doc.body.slice(start, end), type, kind: 'name', entity_id: null });
    }
  });
  compoundNames(model, doc);
  newsAgencies(doc);
  knownBodies(model, doc);
  bodiesByWhich(model, doc);
  acronymsOfBodies(doc);
  dropStorms(doc);
  notNames(doc);
  datesInNames(model, doc);
  conjoinedNames(doc);
}

/** Capitalised abbreviations of things, units and times, which name no person, body or place. */
const COMMON_ACRONYMS = new Set([
  'AI', 'UTC', 'GMT', 'BST', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'CET', 'CEST', 'IST', 'AEST', 'AEDT', 'RSV', 'MMR',
  'HIV', 'COVID', 'COVID-19', 'GDP', 'CEO', 'CFO', 'COO', 'CTO', 'IPO', 'EV', 'EVs', 'SUV', 'SUVs', 'DNA', 'RNA', 'TV',
  'GPS', 'PC', 'LGBTQ', 'LGBTQ+', 'ESG', 'VAT', 'PPE', 'ICU', 'MRI', 'PCR', 'API', 'CPI', 'FAQ', 'DIY', 'ATM', 'ATMs',
  'CBD', 'THC', 'NFT', 'NFTs', 'VPN', 'AM', 'PM', 'OK', 'MVP', 'GOAT', 'VAR', 'DRS', 'ICE', 'LNG', 'CO2', 'PFAS', 'ADHD',
  'SMS', 'MMS', 'KYC', 'OTP', 'OTPs', 'PIN', 'PINs', 'SIM', 'URL', 'PDF', 'QR', 'USB', 'LED', 'GPU', 'CPU', 'RAM', 'SSD', 'HDMI', 'NDA', 'NDAs', 'FAQs',
]);
/** Words for a role or a relation that open a sentence before a name ("Rookie Arjun Menon won", "Owner Lakeshore Partners said"). */
const ROLE_OPENERS = new Set([
  'Owner', 'Owners', 'Rival', 'Rivals', 'Rookie', 'Partner', 'Client', 'Customer', 'Supplier', 'Buyer', 'Seller', 'Parent',
  'Competitor', 'Veteran', 'Newcomer', 'Freshman', 'Sophomore', 'Champion', 'Challenger', 'Incumbent', 'Teammate',
  'Striker', 'Defender', 'Midfielder', 'Goalkeeper', 'Forward', 'Winger', 'Playmaker', 'Quarterback', 'Pitcher',
  'Landlord', 'Tenant', 'Developer', 'Contractor', 'Insurer', 'Lender', 'Retailer', 'Chipmaker', 'Automaker', 'Carmaker',
]);

/**
 * What the recognizer took for a name and is not one: an abbreviation of a thing, a unit or a time ("AI safety
 * laws", "the MMR vaccine", "04:17 UTC"), a holiday's possessive ("the All Saints’ holiday", "St Patrick's Day",
 * "Valentine's Day"; not "Day One"), and a word for a role opening the sentence before the name ("Rookie Arjun Menon", "Owner Lakeshore Atomic Partners": the name is the rest).
 */
function notNames(doc: Doc): void {
  doc.mentions = doc.mentions.filter((m) => m.kind !== 'name' || (!COMMON_ACRONYMS.has(m.text) && !/^['’](?:\s+(?:holiday|holidays|festival|feast|day)\b|s?\s+(?:Day|Eve)\b(?!\s+(?:One|1)\b))/.test(doc.body.slice(m.end, m.end + 16))));
  for (const m of doc.mentions) {
    if (m.kind !== 'name') continue;
    const first = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u.exec(m.text);
    if (!first || !ROLE_OPENERS.has(first[1]!)) continue;
    const t = doc.tokens.findIndex((x) => x.start === m.start);
    if (t < 0 || doc.sentences[doc.tokens[t]!.sentence]!.tokenStart !== t) continue;
    m.start += first[0].length;
    m.text = doc.body.slice(m.start, m.end);
  }
}

/**
 * A weekday, a month or a holiday written inside a longer name, after a word of the name, is part of the name, no
 * date: "former Sheffield Wednesday manager", "according to the Baltimore Sun", "the Great Orchestra of Christmas
 * Charity". (A name that opens with the word is left alone: "Easter Island", and "Today's ruling" where the
 * recognizer ran a sentence's first word into a name. Dates with digits, "the Act of 1869", stay dates.) So is a
 * weekday after a place the recognizer did not join it to, when the two modify a noun: "former Leeds Tuesday coach"
 * (a club named after its town), not "met in Leeds Tuesday to discuss", "arrived in Leeds Tuesday night".
 */
function datesInNames(model: NerModel, doc: Doc): void {
  if (doc.dates.length === 0) return;
  const names = doc.mentions.filter((m) => m.kind === 'name');
  doc.dates = doc.dates.filter((d) => {
    if (/\d/.test(d.text)) return true;
    if (names.some((m) => m.start < d.start && d.end <= m.end)) return false;
    if (!/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(d.text)) return true;
    const before = /(?:^|[^\p{L}])(\p{L}+\s+)?(\p{Lu}\p{Ll}+)\s+$/u.exec(doc.body.slice(Math.max(0, d.start - 40), d.start));
    const after = /^\s+(\p{Ll}+)/u.exec(doc.body.slice(d.end, d.end + 24));
    if (!before || !after || NOT_A_NOUN_AFTER.test(after[1]!) || /^(?:in|at|from|to|near|into|outside|across|around|through|of|for|on|by)\s+$/i.test(before[1] ?? '')) return true;
    return !model.lexicon.inGazetteer(before[2]!, PLACE_LISTS);
  });
}

/** Words after a weekday that are no noun it modifies: a part of the day, a preposition, a conjunction, a verb form. */
const NOT_A_NOUN_AFTER = /^(?:morning|afternoon|evening|night|and|or|but|to|in|at|on|for|from|with|by|of|after|before|that|when|as|while|said|says|\w+ed|\w+s)$/;

/**
 * A one-word "person" no list knows as a first or last name that is followed by ", which" or is owned ("Jetstar, which
 * is owned by the Qantas Group, said") is a body, in all its mentions: "which" is not said of people.
 */
function bodiesByWhich(model: NerModel, doc: Doc): void {
  const names = new Set<string>();
  for (const m of doc.mentions) {
    if (m.type !== 'person' || m.kind !== 'name' || !/^\p{Lu}[\p{L}\p{N}-]+$/u.test(m.text)) continue;
    if (!/^,\s+which\b|^\s+(?:is|was)\s+(?:owned|a\s+subsidiary)\b/.test(doc.body.slice(m.end, m.end + 24))) continue;
    if (model.lexicon.inGazetteer(m.text, PERSON_AND_PLACE_LISTS) || /^(?:Earth|Mars|Venus|Jupiter|Saturn|Mercury|Neptune|Uranus|Pluto|Moon|Sun)$/.test(m.text)) continue;
    names.add(m.text);
  }
  if (names.size) for (const m of doc.mentions) if (m.type === 'person' && names.has(m.text)) m.type = 'organization';
}

const PERSON_AND_PLACE_LISTS = ['person-first', 'person-last', 'place-country', 'place-city', 'place-town', 'place-region'];

/**
 * A one-word name the lexicon knows only as an organization's ("Google", "Facebook", "Hamas") is one: where the model
 * typed it a place or a person, and where it missed it inside a sentence ("ordering Google to identify …").
 */
function knownBodies(model: NerModel, doc: Doc): void {
  const lexicon = model.lexicon;
  const cache = new Map<string, boolean>();
  const known = (w: string): boolean => {
    const code = w.charCodeAt(0);
    if (code >= 97 && code <= 122) return false; // lower case: no name (the common case, checked first)
    let hit = cache.get(w);
    if (hit === undefined) {
      hit = /^\p{Lu}[\p{L}\p{N}]+$/u.test(w) && lexicon.inGazetteer(w, ['organization-known']) && !lexicon.inGazetteer(w, PERSON_AND_PLACE_LISTS);
      cache.set(w, hit);
    }
    return hit;
  };
  for (const m of doc.mentions) if (m.type !== 'organization' && known(m.text)) m.type = 'organization';
  const added: Mention[] = [];
  doc.tokens.forEach((tok, i) => {
    if (!known(tok.text)) return;
    const first = doc.sentences[tok.sentence]!.tokenStart === i || /^[“"‘(—–-]$/.test(doc.tokens[i - 1]?.text ?? '');
    if (first || doc.mentions.some((m) => m.start < tok.end && tok.start < m.end)) return;
    added.push({ start: tok.start, end: tok.end, text: tok.text, type: 'organization', kind: 'name', entity_id: null });
  });
  addMentions(doc, added);
}

/**
 * An acronym in capitals that the model left out is the organization the article names in full with those initials
 * ("the World Health Organization … A WHO spokesperson said", "the Department of Environmental Protection … DEP").
 */
/** Acronyms of offices and titles, which name a person's role ("One MP told the BBC"), not a body. */
const TITLE_ACRONYMS = new Set(['MP', 'MEP', 'MSP', 'MLA', 'MPP', 'MNA', 'PM', 'VP', 'DA', 'AG', 'CEO', 'CFO']);

function acronymsOfBodies(doc: Doc): void {
  const bodies = doc.mentions.filter((m) => m.type === 'organization' && m.kind === 'name' && m.text.includes(' '));
  const initials = new Set(bodies.map((m) => acronym(m.text)).filter((a) => a.length >= 2));
  // Initials with the small words in lower case ("DfT" for the "Department for Transport", "MoD" for the "Ministry of
  // Defence").
  const mixed = new Set(bodies.map((m) => allInitials(m.text)).filter((a) => /\p{Ll}/u.test(a)));
  if (initials.size === 0) return;
  const added: Mention[] = [];
  for (const tok of doc.tokens) {
    const known = (/^\p{Lu}{2,6}$/u.test(tok.text) && initials.has(tok.text)) || (/^\p{Lu}\p{Ll}{1,2}\p{Lu}/u.test(tok.text) && mixed.has(tok.text));
    if (!known || TITLE_ACRONYMS.has(tok.text) || doc.mentions.some((m) => m.start < tok.end && tok.start < m.end)) continue;
    added.push({ start: tok.start, end: tok.end, text: tok.text, type: 'organization', kind: 'name', entity_id: null });
  }
  addMentions(doc, added);
}

/** News agencies named by their short names (the model, trained on 1996 Reuters copy, misses most of them). */
const NEWS_AGENCIES = new Set(['AFP', 'UPI', 'DPA', 'dpa', 'ANSA', 'EFE', 'Xinhua', 'TASS', 'Tass', 'PTI', 'IANS', 'ANI', 'Kyodo', 'Yonhap', 'Bernama', 'Antara', 'KCNA', 'IRNA', 'WAFA', 'MENA', 'Interfax', 'RIA', 'Anadolu', 'ANP', 'APA', 'CTK', 'PAP', 'BTA', 'MTI', 'SANA', 'QNA', 'KUNA', 'SPA', 'NHK']);

/** "told AFP", "LISBON (AFP) —", "the AP reported": a news agency's short name is an organization. */
function newsAgencies(doc: Doc): void {
  const added: Mention[] = [];
  doc.tokens.forEach((tok, i) => {
    const prev = doc.tokens[i - 1]?.text ?? '';
    const agency = NEWS_AGENCIES.has(tok.text) || (tok.text === 'AP' && /^(?:\(|the|The|told|to|by|tells)$/.test(prev));
    if (!agency || doc.mentions.some((m) => m.start < tok.end && tok.start < m.end)) return;
    added.push({ start: tok.start, end: tok.end, text: tok.text, type: 'organization', kind: 'name', entity_id: null });
  });
  addMentions(doc, added);
}

/** Words that name a storm before its name ("Hurricane Idalia", "Tropical Storm Delphine", "Typhoon Haiyan"). */
const STORM = /\b(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Tropical\s+Depression|Superstorm|Storm)\s+(\p{Lu}\p{Ll}+)\b/gu;

/** The names of the storms a text names ("Idalia" of "Hurricane Idalia"). */
export function stormNames(body: string): Set<string> {
  const names = new Set<string>();
  for (const m of body.matchAll(STORM)) names.add(m[1]!);
  return names;
}

/**
 * A storm is neither a person, an organization nor a place: "Hurricane Idalia" and, in the same article, "Idalia"
 * alone ("Delphine's remnants") are no entity.
 */
function dropStorms(doc: Doc): void {
  const names = stormNames(doc.body);
  if (names.size === 0) return;
  doc.mentions = doc.mentions.filter((m) => {
    const text = m.text.replace(/['’]s?$/, '');
    const storm = STORM.exec(text);
    STORM.lastIndex = 0;
    return !(names.has(text) || (storm && storm.index === 0 && storm[0] === text));
  });
}

/**
 * Two bodies joined by "and" are two names ("requires Apple and Google to allow …"), where the article names each of
 * them alone elsewhere ("Google said …", "Apple declined …"); not a name whose parts the article never uses alone
 * ("Marks and Spencer").
 */
function conjoinedNames(doc: Doc): void {
  const added: Mention[] = [];
  doc.mentions = doc.mentions.filter((m) => {
    const pair = m.kind === 'name' && m.type === 'organization' ? /^(\p{Lu}[\p{L}.&-]*) and (\p{Lu}[\p{L}.&-]*)$/u.exec(m.text) : null;
    if (!pair) return true;
    const alone = (w: string): boolean => new RegExp(`(?<![\\p{L}-]|and )${w.replace(/[.&-]/g, '\\$&')}(?![\\p{L}-]| and )`, 'gu').test(doc.body.slice(0, m.start) + ' '.repeat(m.text.length) + doc.body.slice(m.end));
    if (!alone(pair[1]!) || !alone(pair[2]!)) return true;
    const second = m.start + m.text.length - pair[2]!.length;
    added.push({ ...m, end: m.start + pair[1]!.length, text: pair[1]! }, { ...m, start: second, text: pair[2]! });
    return false;
  });
  addMentions(doc, added);
}

/** Adds name mentions found after the model, keeping the document's mentions in order. */
function addMentions(doc: Doc, added: readonly Mention[]): void {
  if (added.length === 0) return;
  doc.mentions.push(...added);
  doc.mentions.sort((a, b) => a.start - b.start);
}

/** Words after a hyphen that make a name a modifier: "Denver-based", "Iran-backed", "Texas-born". */
const COMPOUND_SUFFIX = /^(?:based|born|bred|backed|led|funded|owned|run|bound|area|headquartered|registered|flagged|made|built|controlled|held|allied|aligned|supported|sponsored|affiliated)$/i;
const PLACE_LISTS = ['place-country', 'place-city', 'place-region', 'place-town'];

/**
 * A name inside a hyphenated modifier is one token ("a Denver-based developer", "New York-based", "Iran-backed
 * militias"); it is a mention of the name when the article names it elsewhere (with that type) or when it is a
 * known place. The mention covers the name only.
 */
function compoundNames(model: NerModel, doc: Doc): void {
  const byText = new Map<string, EntityType>();
  for (const m of doc.mentions) {
    byText.set(m.text, m.type);
    if (m.type === 'person') byText.set(m.text.split(' ').at(-1)!, 'person');
  }
  const taken = (start: number, end: number): boolean => doc.mentions.some((m) => m.start < end && start < m.end);
  const added: Mention[] = [];
  doc.tokens.forEach((tok, i) => {
    if (!tok.text.includes('-')) return;
    const m = /^(\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*)-(\p{L}+)$/u.exec(tok.text);
    if (!m || !COMPOUND_SUFFIX.test(m[2]!)) return;
    // Capitalised words right before it are part of the name when the whole is known ("New York-based").
    let start = tok.start;
    let name = m[1]!;
    for (let j = i - 1, words = m[1]!; j >= 0 && j >= i - 2; j--) {
      const prev = doc.tokens[j]!;
      if (!/^\p{Lu}[\p{L}\p{M}.]*$/u.test(prev.text) || doc.body.slice(prev.end, doc.tokens[j + 1]!.start) !== ' ') break;
      words = `${prev.text} ${words}`;
      if (byText.has(words) || model.lexicon.inGazetteer(words, PLACE_LISTS)) {
        start = prev.start;
        name = words;
      }
    }
    const end = tok.start + m[1]!.length;
    const type = byText.get(name) ?? (model.lexicon.inGazetteer(name, PLACE_LISTS) && !/^(?:[A-Z]|The|A|An)$/.test(name) ? 'place' : undefined);
    if (!type || taken(start, end)) return;
    added.push({ start, end, text: doc.body.slice(start, end), type, kind: 'name', entity_id: null });
  });
  addMentions(doc, added);
}

/** A NER stage over the given model (or a function that loads it on first use). */
export function createNerStage(model: NerModel | (() => NerModel)): Stage {
  const get = typeof model === 'function' ? model : () => model;
  return { name: 'ner', languages: ['en'], run: (doc) => recognizeEntities(get(), doc) };
}

/** The NER stage with the shipped model, loaded once per process on first use. */
export const nerStage: Stage = createNerStage(defaultNerModel);
