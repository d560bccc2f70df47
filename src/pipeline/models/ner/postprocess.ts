import type { Label, LabelSpan } from './tags.ts';

/**
 * Document-level corrections after decoding.
 *
 * - A name given one type in at least two thirds of its mentions in the article takes that type in all of them,
 *   so that one name is one entity (CoNLL-2003 dev F1 −0.1: sports results there use country names for teams).
 * - A name the model labels MISC in one place and PER, ORG or LOC elsewhere in the same document takes the
 *   label it has elsewhere when it stands before a lower-case word ("Hezbollah drone attack" next to "strikes
 *   against Hezbollah"): the MISC reading there is the attributive use of the same name.
 * - Offices named by a title and a possessive ("the Prime Minister's Office", "the Attorney General's Office"),
 *   which newswire training data hardly has: capitalised words the model left unlabelled, a possessive, and
 *   capitalised words ending in an organization noun form one organization.
 * - A numbered resolution or act is not part of the organization that issued it: "UN Security Council
 *   Resolution 1701" names the council "UN Security Council".
 * - Titles are not part of names: a leading personal title is cut from a person or organization name and what
 *   is left is a person ("Senator Warren", "Queen Elizabeth II"); a title ending a name is cut ("US Secretary"
 *   → "US"), and a determiner, one word and a title are a description ("the Conservative MP"); a title followed by "of" is an office, not a name ("Secretary of State").
 * - Interjections, question words and lone titles ("Yeah", "Um", "What", "Senator") are no names, nor a party and
 *   state after a politician's name ("D-N.Y.").
 * - A name right after a common noun for a publication or company ("the news web site Al-Akhbar", "the newspaper
 *   Haaretz", "the firm Palantir") is an organization, and so are its other mentions in the article.
 * - A person whose name ends in a building noun ("… Hospital", "… Palace") is a place, and one whose name ends like
 *   a news organization's or another body's ("Agence France-Presse", "… News Agency") is an organization.
 * - A hyphenated modifier that is capitalised only because it starts the sentence ("Fourteen-year-old Zoe") is
 *   not part of the name after it: the tokenizer keeps it whole, so it is cut from the front of a person,
 *   organization or place name. (Alone, such a word may be a name: "Silpa-archa".)
 */

const ORG_HEADS = new Set([
  'office', 'department', 'ministry', 'bureau', 'agency', 'council', 'commission', 'cabinet', 'secretariat', 'court',
  'party', 'army', 'church', 'college', 'university', 'hospital', 'school', 'foundation', 'fund', 'union', 'association',
]);

/**
 * Words that are never names on their own: interjections and question words that start transcribed speech
 * ("Yeah, we did", "Um, …", "What?") and titles standing alone as organizations or places ("the Senator said"; a lone "King" may be a person's name).
 */
const CLOSED_CLASS = new Set([
  'yeah', 'yes', 'yep', 'no', 'nope', 'oh', 'um', 'uh', 'ah', 'er', 'hmm', 'okay', 'ok', 'wow', 'hey', 'hi', 'hello', 'well',
  'so', 'sure', 'thanks', 'please', 'sorry', 'what', 'why', 'how', 'who', 'where', 'when', 'which', 'whatever',
]);

function closedClassWord(words: readonly string[], s: LabelSpan): boolean {
  if (s.end - s.start !== 1) return false;
  // A party and state after a politician's name ("D-N.Y.", "R-Ky.") names neither.
  if (/^[DRI]-[A-Z][\w.]*\.$/.test(words[s.start]!)) return true;
  // Nor does a genus's initial ("E. coli", "S. aureus").
  if (/^[A-Z]\.$/.test(words[s.start]!) && /^\p{Ll}{3,}$/u.test(words[s.end] ?? '')) return true;
  const w = words[s.start]!.toLowerCase();
  // Nor a participle opening the sentence ("Born in Scheveningen").
  if (s.start === 0 && /^(?:born|raised|based|located|founded|headquartered|educated)$/.test(words[s.start]!.toLowerCase())) return true;
  // Nor a holiday ("orders placed by Christmas"), nor a road's word before its number ("across Route 9").
  if (HOLIDAYS.has(w) || (/^(?:route|highway|interstate|exit|junction)$/.test(w) && /^\d/.test(words[s.end] ?? ''))) return true;
  return CLOSED_CLASS.has(w) || (TITLES.has(w) && s.label !== 'PER');
}

const HOLIDAYS = new Set(['christmas', 'easter', 'thanksgiving', 'ramadan', 'diwali', 'hanukkah', 'eid', 'passover', 'halloween', 'xmas']);

/** Last words of the names of laws and treaties, which are neither places nor bodies ("the Geneva Conventions"). */
const LAW_LAST_WORDS = new Set(['convention', 'conventions', 'accord', 'accords', 'treaty', 'protocol', 'act', 'bill', 'charter', 'declaration', 'amendment', 'agreement']);

/** Lower-case nouns that, right before a name, say it names a publication or a company. */
const ORG_DESCRIPTORS = new Set([
  'newspaper', 'daily', 'weekly', 'tabloid', 'magazine', 'site', 'website', 'broadcaster', 'channel', 'outlet', 'network',
  'company', 'firm', 'carmaker', 'automaker', 'retailer', 'airline', 'conglomerate', 'startup', 'publisher', 'group',
]);

/** Last words of organization names (for the words before a title inside a person span). */
const ORG_ENDINGS = new Set([...ORG_HEADS, 'institute', 'organization', 'organisation', 'corporation', 'company', 'inc.', 'group', 'committee', 'service', 'centre', 'center', 'partnership', 'network', 'bank']);

/** The same before a title, where "House" ends an institution's name ("White House Press Secretary"), not a person's. */
const INSTITUTION_ENDINGS = new Set([...ORG_ENDINGS, 'house']);

/** Forms of address that only stand before people's names. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss']);

/** Share of a name's mentions that decides its type for all of them. */
const VOTE = 2 / 3;
const norm = (w: string) => w.replace(/[’‘`]/g, "'");
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isPossessive = (w: string) => /^['’]s$/i.test(w);

export function harmonize(
  sentences: readonly (readonly string[])[],
  input: LabelSpan[][],
  headline: readonly boolean[],
  /** Whether a word is a given name (the lexicon's list): "Tom Lake" is a person. */
  firstName: (word: string) => boolean = () => false,
  /** Whether a capitalised word is a common English word and no known organization's name ("Mines", not "Microsoft"). */
  commonWord: (word: string) => boolean = () => false,
): LabelSpan[][] {
  const spans = input.map((list, si) => list.filter((s) => !closedClassWord(sentences[si]!, s)).flatMap((s) => trimTitles(sentences[si]!, s)));
  const seen = new Map<string, Map<Label, number>>();
  const text = (si: number, s: LabelSpan) => sentences[si]!.slice(s.start, s.end).map(norm).join(' ');
  const described = new Set<string>();
  spans.forEach((list, si) => {
    const w = sentences[si]!;
    for (const s of list) {
      if (s.label !== 'PER') continue;
      // "the newspaper Haaretz"; or in apposition, "the utility company, Nova Power, said".
      const appositive = w[s.start - 1] === ',' && w[s.end] === ',' && w.slice(Math.max(0, s.start - 5), s.start - 2).some((x) => /^(?:the|a|an|its)$/i.test(x));
      if (ORG_DESCRIPTORS.has(w[s.start - 1] ?? '') || (appositive && ORG_DESCRIPTORS.has(w[s.start - 2] ?? ''))) described.add(text(si, s));
    }
  });
  if (described.size) {
    for (let si = 0; si < spans.length; si++) spans[si] = spans[si]!.map((s) => (s.label === 'PER' && described.has(text(si, s)) ? { ...s, label: 'ORG' } : s));
  }
  // A name written after "Mr." or "Mrs." is a person's wherever it stands ("the Bush administration" made the
  // model say organization twice as often as person in one article).
  const addressed = new Set<string>();
  spans.forEach((list, si) => {
    for (const s of list) {
      const name = sentences[si]!.slice(s.start, s.end);
      const before = sentences[si]![s.start - 1] ?? '';
      if (s.label !== 'MISC' && isCapitalised(before) && HONORIFICS.has(before.toLowerCase()) && name.length <= 3 && name.every(isCapitalised)) addressed.add(text(si, s));
    }
  });
  spans.forEach((list, si) => {
    for (const s of list) {
      if (s.label === 'MISC') continue;
      const key = text(si, s);
      let m = seen.get(key);
      if (!m) seen.set(key, (m = new Map()));
      m.set(s.label, (m.get(s.label) ?? 0) + 1);
    }
  });
  const typed = spans.map((list, si) => {
    const words = sentences[si]!;
    let out = list.map((s) => {
      const m = seen.get(text(si, s));
      if (!m) return s;
      const [label, count] = [...m].sort((a, b) => b[1] - a[1])[0]!;
      if (s.label !== 'MISC') {
        if (addressed.has(text(si, s))) return s.label === 'PER' ? s : { ...s, label: 'PER' as const };
        if (s.label === label) return s;
        let total = 0;
        for (const c of m.values()) total += c;
        return count >= VOTE * total ? { ...s, label } : s;
      }
      // Only the attributive use: the name directly before a lower-case word ("Hezbollah drone attack").
      if (!/^\p{Ll}/u.test(words[s.end] ?? '')) return s;
      return { ...s, label };
    });
    if (!headline[si]) out = toldOutlets(words, namedUnits(words, commonWord, unlabelledBodies(words, missionsOfCountries(words, facilitiesOfPlaces(words, saintNamedPlaces(words, districtBodies(words, bodiesOfPlaces(words, commonWord, corporateNames(words, bodiesWithFor(words, joinNameParticles(words, speakingAcronyms(words, institutionsBeforeTitles(words, theNamedSources(words, possessiveOffices(words, out)))))))))))))));
    if (!headline[si]) out = out.map((s) => datelinePlace(words, s));
    return out.flatMap((s) => trimDocumentNumber(words, workTitle(words, s))).flatMap((s) => splitAtNear(words, s)).map((s) => officeOfPerson(words, firstName, s)).map((s) => leadingThe(words, lawName(words, namedLikeBody(words, naturalFeature(words, firstName, appositionBody(words, firstName, facilityAsPlace(words, trimHyphenatedModifier(words, leadingLowerCase(words, s)))))))));
  });
  // What the words before a name say it is holds for the name throughout ("the town of Groom" … "Groom").
  // So does a dateline's place ("DENVER (AP) —" … "at Denver"), however it is written.
  const byContext = new Map<string, Label>();
  typed.forEach((list, si) => {
    for (const s of list) {
      const t = typedByContext(sentences[si]!, s);
      if (t.label !== s.label) byContext.set(text(si, s), t.label);
      if (!headline[si] && datelinePlace(sentences[si]!, { ...s, label: 'ORG' }).label === 'LOC') byContext.set(text(si, s).toLowerCase(), 'LOC');
    }
  });
  const contextLabel = (si: number, s: LabelSpan): Label | undefined => byContext.get(text(si, s)) ?? byContext.get(text(si, s).toLowerCase());
  const contextual = byContext.size ? typed.map((list, si) => list.map((s) => (s.label !== 'MISC' && contextLabel(si, s) ? { ...s, label: contextLabel(si, s)! } : s))) : typed;
  return contextual.map((list, si) => list.map((s) => theNamedBody(sentences[si]!, s)));
}

/** Lower-case words that follow a name rather than make it a modifier ("the Ledger that …", "the Ledger said"). */
const AFTER_NAME = /^(?:that|which|who|and|or|but|on|in|at|for|to|of|with|from|by|as|about|after|before|said|says|reported|reports|wrote|writes|has|had|have|is|was|were|will|would|could|can|also)$/;

/**
 * A person is not "the Ledger": one capitalised word after "the", followed by punctuation or a word that does not make
 * it a modifier ("the Clinton administration", "the Clinton White House"), and neither a family ("the Kennedys", "the
 * Turpin's offspring") nor a title ("the Pope"), is a publication or some other body. (Only where it stands: "Clinton"
 * elsewhere is still the person.)
 */
function theNamedBody(words: readonly string[], s: LabelSpan): LabelSpan {
  if (s.label !== 'PER' || s.end - s.start !== 1 || !/^the$/i.test(words[s.start - 1] ?? '')) return s;
  const w = words[s.start]!;
  const next = words[s.end] ?? '.';
  if (/s$/.test(w) || TITLES.has(w.toLowerCase()) || isPossessive(norm(next))) return s;
  return /^[\p{L}\p{N}]/u.test(next) && !AFTER_NAME.test(next) ? s : { ...s, label: 'ORG' };
}

function possessiveOffices(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  const labelled = new Array<LabelSpan | null>(words.length).fill(null);
  for (const s of spans) for (let i = s.start; i < s.end; i++) labelled[i] = s;
  let out = spans;
  for (let j = 1; j + 1 < words.length; j++) {
    if (!isPossessive(words[j]!)) continue;
    let start = j;
    while (start > 0 && isCapitalised(words[start - 1]!) && !labelled[start - 1]) start--;
    if (start === j) continue;
    let end = j + 1;
    while (end < words.length && isCapitalised(words[end]!) && (!labelled[end] || labelled[end]!.label === 'ORG')) end++;
    // The office noun ends the name, or starts it ("Office of …" would be labelled by the model).
    let head = -1;
    for (let k = end - 1; k > j; k--) if (ORG_HEADS.has(words[k]!.toLowerCase())) head = k;
    if (head < 0) continue;
    const last = Math.max(head + 1, ...out.filter((s) => s.start > j && s.start < end).map((s) => s.end));
    out = out.filter((s) => s.end <= start || s.start >= last);
    out.push({ start, end: last, label: 'ORG' });
    out.sort((a, b) => a.start - b.start);
    j = last;
  }
  return out;
}

/** Verbs after which, and words before which, an unlabelled "The …" name is a source (a publication). */
const SOURCE_VERBS = new Set(['said', 'says', 'reported', 'reports', 'wrote', 'writes', 'noted', 'notes', 'added', 'published', 'revealed', 'quoted', 'cited', 'claimed', 'stated']);
const SOURCE_BEFORE = new Set(['to', 'by', 'told']);

/**
 * A capitalised "The" inside a sentence starts a name; when the model left the name unlabelled and it is cited
 * ("according to The Guardian", "a report by The Atlantic", "The Hill reported"), it is a publication: an
 * organization, named without its article as the other names are.
 */
function theNamedSources(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  // Unlabelled words, or a MISC name (the model's reading of "The Guardian" as a title).
  const free = (i: number): boolean => !spans.some((s) => s.start <= i && i < s.end && s.label !== 'MISC');
  let out = spans;
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== 'The' || /^[.!?:;"“‘'(]$/.test(words[i - 1]!) || !free(i + 1)) continue;
    let e = i + 1;
    while (e < words.length && e - i <= 3 && isCapitalised(words[e]!) && !isTitle(words[e]) && free(e)) e++;
    if (e === i + 1) continue;
    if (!SOURCE_BEFORE.has(words[i - 1]!.toLowerCase()) && !SOURCE_VERBS.has((words[e] ?? '').toLowerCase())) continue;
    // A MISC span must lie within the name.
    if (out.some((s) => s.label === 'MISC' && s.start < e && i + 1 < s.end && (s.start < i + 1 || s.end > e))) continue;
    out = [...out.filter((s) => !(s.start >= i + 1 && s.end <= e)), { start: i + 1, end: e, label: 'ORG' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Last words of company names. */
const CORPORATE_ENDINGS = new Set([
  'communications', 'technologies', 'technology', 'systems', 'industries', 'holdings', 'airlines', 'airways', 'pharmaceuticals',
  'motors', 'networks', 'partners', 'capital', 'media', 'energy', 'inc', 'inc.', 'corp', 'corp.', 'co.', 'ltd', 'ltd.', 'llc',
  'plc', 'financial', 'securities', 'insurance', 'foods', 'brands', 'entertainment', 'studios', 'laboratories', 'software',
  'telecom', 'petroleum', 'electronics', 'enterprises', 'ventures', 'investments',
]);

/**
 * Two to four capitalised words the model left unlabelled that end like a company's name are an organization
 * ("Pathway Communications, which has maintained the site, said").
 */
function corporateNames(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  let out = spans;
  const free = (i: number): boolean => !out.some((s) => s.start <= i && i < s.end);
  for (let e = 1; e < words.length; e++) {
    if (!CORPORATE_ENDINGS.has(words[e]!.toLowerCase()) || !isCapitalised(words[e]!) || !free(e)) continue;
    let b = e;
    while (b > 0 && e - b < 3 && isCapitalised(words[b - 1]!) && free(b - 1) && !/^(?:The|A|An)$/.test(words[b - 1]!)) b--;
    if (b === e || (e + 1 < words.length && isCapitalised(words[e + 1]!) && free(e + 1))) continue;
    out = [...out, { start: b, end: e + 1, label: 'ORG' as const }].sort((x, y) => x.start - y.start);
  }
  return out;
}

/**
 * A person's name runs on over lower-case particles and the capitalised words after them, when the model stopped
 * before them ("Erik | ten Hag", "Ludwig | van Beethoven").
 */
function joinNameParticles(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'PER') continue;
    let k = s.end;
    while (k < words.length && k - s.end < 2 && NAME_PARTICLES.has(words[k]!)) k++;
    if (k === s.end) continue;
    let e = k;
    while (e < words.length && e - k < 3 && isCapitalised(words[e]!) && !isTitle(words[e])) e++;
    if (e === k || out.some((x) => x !== s && x.start < e && s.end < x.end && x.label !== 'PER')) continue;
    const merged: LabelSpan = { start: s.start, end: Math.max(e, ...out.filter((x) => x.start >= s.end && x.start < e).map((x) => x.end)), label: 'PER' };
    out = [...out.filter((x) => x !== s && !(x.start >= s.end && x.start < e)), merged].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** First words of bodies whose names go on with "for": "Court of Arbitration for Sport", "Center for Disease Control". */
const FOR_HEADS = new Set(['Court', 'Council', 'Centre', 'Center', 'Department', 'Office', 'Institute', 'Commission', 'Ministry', 'Agency', 'Alliance', 'Coalition', 'Society', 'Fund', 'Foundation', 'Committee', 'Association', 'Campaign', 'Bureau', 'Board', 'Secretary', 'Commissioner', 'Federation', 'Union', 'League', 'Network', 'Trust', 'Partnership']);

/**
 * A body's name goes on over "for" and the capitalised words after it when the model stopped before them ("Court of
 * Arbitration | for Sport", "U.S. Court of Appeals | for the Sixth Circuit"): the name has an "of" or opens with a
 * word for a body.
 */
function bodiesWithFor(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'ORG' || words[s.end] !== 'for') continue;
    const name = words.slice(s.start, s.end);
    if (!name.includes('of') && !FOR_HEADS.has(name[0]!) && !FOR_HEADS.has(name[1] ?? '')) continue;
    let k = s.end + 1;
    if (words[k] === 'the') k++;
    let e = k;
    while (e < words.length && e - k < 4 && isCapitalised(words[e]!) && !isTitle(words[e])) e++;
    // (Not a person after it: "Court of Appeals for Judge …" would have stopped at the title.)
    if (e === k || out.some((x) => x !== s && x.start < e && s.end < x.end && x.label === 'PER')) continue;
    const merged: LabelSpan = { start: s.start, end: Math.max(e, ...out.filter((x) => x.start >= s.end && x.start < e).map((x) => x.end)), label: 'ORG' };
    out = [...out.filter((x) => x !== s && !(x.start >= s.end && x.start < e)), merged].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * An acronym the model left unlabelled that says or reports something ("The WHO said", "according to FEMA") is an
 * organization: people are not named by acronyms. (Not in a sentence written in capitals, and not "I", "US" or
 * Roman numerals.)
 */
function speakingAcronyms(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  if (words.filter((w) => /^\p{Lu}{2,}$/u.test(w)).length > words.length / 3) return spans;
  let out = spans;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^[A-Z]{2,6}$/.test(w) || isTitle(w) || POST_NOMINALS.test(w) || /^(?:US|UK|EU|UN|USA|TV|OK|AM|PM|DJ|GP|[IVXLC]+)$/.test(w) || out.some((s) => s.start <= i && i < s.end)) continue;
    const cited = /^(?:to|by)$/i.test(words[i - 1] ?? '') || (/^the$/i.test(words[i - 1] ?? '') && /^(?:to|by)$/i.test(words[i - 2] ?? ''));
    if (!SOURCE_VERBS.has((words[i + 1] ?? '').toLowerCase()) && !(cited && /^according$/i.test(words[i - (words[i - 1]?.toLowerCase() === 'the' ? 3 : 2)] ?? ''))) continue;
    out = [...out, { start: i, end: i + 1, label: 'ORG' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * Capitalised words the model left unlabelled before a title and a person, ending like an organization's name,
 * are the organization the person speaks for ("White House Press Secretary Karine Jean-Pierre", "Justice
 * Department spokesman Peter Carr").
 */
function institutionsBeforeTitles(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  const free = (i: number): boolean => !spans.some((s) => s.start <= i && i < s.end);
  const out = [...spans];
  for (const p of spans) {
    if (p.label !== 'PER') continue;
    let k = p.start;
    while (k > 0 && isTitle(words[k - 1]) && free(k - 1)) k--;
    if (k === p.start) continue;
    while (k > 0 && TITLE_MODIFIERS.has(words[k - 1]!.toLowerCase()) && free(k - 1)) k--;
    const end = k;
    if (end === 0 || !INSTITUTION_ENDINGS.has(words[end - 1]!.toLowerCase())) continue;
    while (k > 0 && end - k < 4 && isCapitalised(words[k - 1]!) && !/^(?:the|a|an)$/i.test(words[k - 1]!) && !isTitle(words[k - 1]) && free(k - 1)) k--;
    // The organization's own name, not only its head noun ("the Department" is no name).
    if (end - k < 2 || !words.slice(k, end).every((w) => isCapitalised(w))) continue;
    out.push({ start: k, end, label: 'ORG' });
  }
  return out.length === spans.length ? spans : out.sort((a, b) => a.start - b.start);
}

/** Head nouns of bodies named with "of" and what they are of ("Government of Iraq", "House of Representatives"). */
const BODY_HEADS = new Set([
  ...ORG_HEADS, 'government', 'house', 'committee', 'institute', 'board', 'chamber', 'federation', 'league', 'academy',
  'society', 'assembly', 'parliament', 'congress', 'bank', 'organization', 'organisation', 'centre', 'center', 'centers',
  'centres', 'authority', 'tribunal', 'directorate', 'administration', 'ministries', 'institutes', 'conference', 'coalition',
  'alliance', 'panel', 'forum', 'corps',
  // Members a body is named after ("Communications Workers of America", "Pharmaceutical Research and Manufacturers of
  // America").
  'workers', 'employees', 'manufacturers', 'producers', 'teachers', 'nurses', 'engineers', 'machinists', 'growers',
  'retailers', 'dealers', 'physicians', 'surgeons', 'pilots', 'veterans', 'scouts', 'mayors', 'governors', 'realtors',
]);
/** Heads that also name their subject with "on" or "for" ("Commission on International Religious Freedom", "Centers for Disease Control"). */
const SUBJECT_HEADS: Record<string, ReadonlySet<string>> = {
  on: new Set(['commission', 'committee', 'council', 'panel', 'conference', 'forum', 'institute']),
  for: new Set([
    'commission', 'committee', 'council', 'centre', 'center', 'centers', 'centres', 'institute', 'foundation', 'fund', 'agency',
    'office', 'union', 'coalition', 'alliance', 'society', 'association', 'organization', 'organisation', 'party', 'league',
    'campaign', 'movement', 'federation', 'ministry', 'department', 'board', 'authority',
  ]),
  of: BODY_HEADS,
};
const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)$/;

/**
 * A nationality before "Embassy", "Consulate" or "Mission" names a country's mission ("The Russian Embassy in Ottawa"),
 * one organization, where the model read the nationality alone.
 */
function missionsOfCountries(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  return spans.map((s) => (s.label === 'MISC' && s.end - s.start === 1 && /^(?:Embassy|Consulate|Mission)$/.test(words[s.end] ?? '') ? { start: s.start, end: s.end + 1, label: 'ORG' } : s));
}

/** Producers named by what they make, in an apposition ("one of the country's largest egg producers"). */
const PRODUCER_HEADS = /^(?:producers|makers|manufacturers|companies|firms|retailers|banks|lenders|insurers|employers|exporters|importers|suppliers|chains|operators|carriers|airlines|developers|publishers|brands|groups)$/;

/**
 * Capitalised words opening a sentence that the model left unlabelled, set beside a business ("Highveld Eggs, one of
 * the country's largest egg producers, said …", "Kelvo Foods, the snack maker, said …"), are an organization's name.
 * (Not a single word, which may be any word opening a sentence; not with a function word among them.)
 */
function unlabelledBodies(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  if (spans.some((s) => s.start < 4)) return spans;
  let end = 0;
  while (end < words.length && end < 4 && /^\p{Lu}[\p{Ll}]+$/u.test(words[end]!) && !/^(?:The|A|An|In|On|At|For|But|And|This|That|It|He|She|They|We|When|After|Before|Its|His|Her|Their)$/.test(words[end]!)) end++;
  if (end < 2 || words[end] !== ',') return spans;
  let k = end + 1;
  const one = words[k] === 'one' && words[k + 1] === 'of' && words[k + 2] === 'the';
  if (one) k += 3;
  else if (/^(?:the|a|an)$/.test(words[k] ?? '')) k += 1;
  else return spans;
  for (let j = k; j < Math.min(words.length, k + 6); j++) {
    const w = words[j]!;
    // ("the party's 2018 nominee" is a person; "one of the country's largest" is fine.)
    if (/^['’]s?$/.test(w)) {
      if (one) continue;
      return spans;
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return spans;
    if ((one ? PRODUCER_HEADS.test(w) : BODY_APPOSITION_HEADS.has(w)) && !/^['’]s?$/.test(words[j + 1] ?? '')) return [{ start: 0, end, label: 'ORG' }, ...spans];
  }
  return spans;
}

/** Words that name a facility after the place it serves ("Gold Coast Airport", "Kings Cross Station"). */
const FACILITY_AFTER_PLACE = new Set(['Airport', 'Station', 'Bridge', 'Stadium', 'Arena', 'Hospital', 'Dam', 'Prison', 'Port', 'Harbour', 'Harbor', 'Pier', 'Terminal', 'Airfield', 'Racecourse', 'Speedway', 'Raceway', 'Reservoir']);

/** A facility named after its place is one name with it, a place, where the model stopped at the place ("Gold Coast | Airport"). */
function facilitiesOfPlaces(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  return spans.map((s, k) => {
    const next = words[s.end];
    if (s.label !== 'LOC' || !next || !FACILITY_AFTER_PLACE.has(next) || spans[k + 1]?.start === s.end) return s;
    return { ...s, end: s.end + 1 };
  });
}

/** Heads of the institutions and buildings named after a saint ("St Brigid's General Hospital", "St. Mary's College"). */
const SAINT_NAMED_HEADS = new Set([
  'hospital', 'hospitals', 'infirmary', 'clinic', 'hospice', 'college', 'school', 'academy', 'university', 'seminary',
  'church', 'cathedral', 'basilica', 'chapel', 'abbey', 'priory', 'parish', 'park', 'hall', 'square', 'stadium', 'station',
  'centre', 'center', 'home', 'primary', 'secondary', 'gate', 'road', 'street', 'terrace', 'place', 'island',
]);

/**
 * An institution or building named after a saint is one name over the saint's possessive ("St Brigid's General
 * Hospital", "Saint Patrick's Cathedral"), where the model split it into the saint and the rest or stopped at the
 * saint; its type is the one the model gave the part with the head, else that of a name with such a head (a
 * hospital or a church is a place, a school or a college a body). Not without such a head ("St Patrick's Day").
 */
function saintNamedPlaces(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  let out = spans;
  for (let i = 0; i + 3 < words.length; i++) {
    if (!/^(?:St\.?|Saint|Ste\.?|Sainte)$/.test(words[i]!) || !isCapitalised(words[i + 1]!) || !isPossessive(words[i + 2]!)) continue;
    let end = i + 3;
    while (end < words.length && isCapitalised(words[end]!)) end++;
    let head = -1;
    for (let k = i + 3; k < end; k++) if (SAINT_NAMED_HEADS.has(words[k]!.toLowerCase())) head = k;
    if (head < 0) continue;
    end = head + 1;
    if (out.some((s) => s.start < end && s.end > end) || out.some((s) => s.start < i && s.end > i)) continue;
    const part = out.find((s) => s.start <= head && s.end > head && s.start > i);
    const label: LabelSpan['label'] = part && (part.label === 'ORG' || part.label === 'LOC') ? part.label : /^(?:college|school|academy|university|seminary|primary|secondary)$/i.test(words[head]!) ? 'ORG' : 'LOC';
    out = [...out.filter((s) => s.end <= i || s.start >= end), { start: i, end, label }].sort((a, b) => a.start - b.start);
    i = end - 1;
  }
  return out;
}

/** Special districts that are bodies ("Boise School District", "Thompson-Nicola Regional District"). */
const DISTRICT_KINDS = new Set(['School', 'Regional', 'Water', 'Fire', 'Sanitation', 'Transit', 'Library', 'Hospital', 'Irrigation', 'Utility', 'Park', 'Parks', 'Conservation']);

/**
 * A special district is an organization, with the place it is named after ("Boise | School District", "Poudre School
 * District", "Thompson-Nicola Regional District"), where the model took the place alone or nothing.
 */
function districtBodies(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  let out = spans;
  for (let k = 2; k < words.length; k++) {
    if (words[k] !== 'District' || !DISTRICT_KINDS.has(words[k - 1]!)) continue;
    let b = k - 1;
    while (b > 0 && k - b < 6 && isCapitalised(words[b - 1]!) && !/^(?:The|A|An)$/.test(words[b - 1]!) && !isTitle(words[b - 1]) && !CALENDAR_WORDS.test(words[b - 1]!)) b--;
    // ("Unified School District", "Independent School District" are part of it.)
    if (b === k - 1 || (b === k - 2 && /^(?:Unified|Independent|Public|Joint|Consolidated)$/.test(words[b]!))) continue;
    const inside = out.filter((x) => x.start <= k && b < x.end);
    if (inside.some((x) => x.start < b || x.end > k + 1 || x.label === 'PER')) continue;
    out = [...out.filter((x) => !inside.includes(x)), { start: b, end: k + 1, label: 'ORG' as const }].sort((x, y) => x.start - y.start);
  }
  return out;
}

/**
 * A body's name written with "of", "on" or "for" is one organization, where the model cut it or took a part
 * for a place: capitalised words ending in a body's head noun, the preposition, and capitalised words ("United
 * States | House of Representatives", "Government of | Iraq", "High Court of | England | and Wales", "United
 * States Commission | on International Religious Freedom"). Not over a person's name, a date ("the Council on
 * Monday") or a name that runs on past either end.
 */
function bodiesOfPlaces(words: readonly string[], commonWord: (word: string) => boolean, spans: LabelSpan[]): LabelSpan[] {
  let out = spans;
  for (let k = 1; k + 1 < words.length; k++) {
    const heads = SUBJECT_HEADS[words[k]!];
    if (!heads || !heads.has(words[k - 1]!.toLowerCase()) || !isCapitalised(words[k - 1]!)) continue;
    // The model's own start of a name that holds the head ("Remarked | Center for Biological Diversity"),
    // else the capitalised words before it.
    const named = out.find((s) => s.start < k && k - 1 < s.end);
    let b = k - 1;
    if (named) {
      // and a place or body named right before it ("United States | House of Representatives").
      const before = out.find((s) => s.end === named.start && s.label !== 'PER');
      b = before ? before.start : named.start;
    } else while (b > 0 && k - b < 5 && isCapitalised(words[b - 1]!) && !/^(?:The|A|An)$/.test(words[b - 1]!) && !isTitle(words[b - 1])) b--;
    let e = k + 1;
    const part = (i: number) => i < words.length && isCapitalised(words[i]!) && !CALENDAR_WORDS.test(words[i]!) && !isTitle(words[i]);
    if (!part(e)) continue;
    // "and" joins the parts of one name ("England and Wales", "Mathematics and Statistics"), not a second
    // body or person the model named ("the University of Miami and Apex Shark Expeditions"; but a common word
    // alone is no body: "Ministry of Energy and | Mines").
    const another = (i: number) => out.some((s) => s.start === i && (s.label === 'ORG' || s.label === 'PER') && !(s.end === i + 1 && commonWord(words[i]!)));
    while (e - k <= 6) {
      if (part(e)) e++;
      else if (/^(?:and|&|of)$/.test(words[e] ?? '') && part(e + 1) && part(e - 1) && !another(e + 1)) e += 2;
      else if (words[e] === ',' && part(e - 1) && listOfFields(words, e, commonWord) > e) e = listOfFields(words, e, commonWord);
      else break;
    }
    // Only the capitalised words and the body: nothing labelled that reaches outside, no person inside.
    const inside = out.filter((s) => s.start < e && b < s.end);
    if (inside.some((s) => s.start < b || s.end > e || s.label === 'PER') || (e < words.length && isCapitalised(words[e]!) && !CALENDAR_WORDS.test(words[e]!))) continue;
    if (inside.length === 1 && inside[0]!.start === b && inside[0]!.end === e && inside[0]!.label === 'ORG') continue;
    out = [...out.filter((s) => !inside.includes(s)), { start: b, end: e, label: 'ORG' as const }].sort((x, y) => x.start - y.start);
    k = e - 1;
  }
  return out;
}

/**
 * The end of a list of fields a body's name goes on with after its first one ("Department of Culture | ,
 * Communications and Sport"): from the comma at `i`, capitalised common words, each after a comma, the last after
 * "and"; `i` when the words there are no such list (a name or a lower-case word in it: "the Ministry of Health,
 * Novartis and Pfizer").
 */
function listOfFields(words: readonly string[], i: number, commonWord: (word: string) => boolean): number {
  const field = (k: number) => k < words.length && isCapitalised(words[k]!) && commonWord(words[k]!);
  let k = i;
  while (words[k] === ',' && field(k + 1)) k += 2;
  if (k === i || !/^(?:and|&)$/.test(words[k] ?? '') || !field(k + 1)) return i;
  return k + 2;
}

/** Bodies named by a common word alone ("the Senate"), besides BODY_HEADS. */
const LEGISLATURES = /^(?:Senate|Police|Navy|Army|Military|Cabinet|Legislature|Judiciary|Presidency)$/;

/** Lower-case nouns for a unit of a body, after the unit's capitalised name ("the city's Parks and Recreation department"). */
const UNIT_NOUNS = /^(?:department|division|office|agency|unit|bureau|committee|commission|board|team|authority|service|services|directorate|program|programme)$/;

/**
 * A body or unit named by fields joined by "and" is one organization, where the model took a part for a name of
 * its own: capitalised common words, "and", capitalised common words and a lower-case word for a unit ("the city's
 * Community Planning and Development department", which the model read as a place "Community Planning"); or
 * capitalised common words and "and" before a body's name the model began after them ("The Composers and | Authors
 * Society of Singapore"). After "the" or a possessive only, and over no person.
 */
function namedUnits(words: readonly string[], commonWord: (word: string) => boolean, spans: LabelSpan[]): LabelSpan[] {
  let out = spans;
  const opener = (k: number) => k === 0 || /^(?:the|The|['’]s)$/.test(words[k - 1]!);
  const person = (b: number, e: number) => out.some((s) => s.start < e && b < s.end && s.label === 'PER');
  // Runs of capitalised common words: [start, end).
  const fieldsFrom = (k: number, max: number): number => {
    let e = k;
    while (e < words.length && e - k < max && isCapitalised(words[e]!) && commonWord(words[e]!)) e++;
    return e;
  };
  for (let k = 0; k < words.length; k++) {
    if (!opener(k) || !isCapitalised(words[k]!) || !commonWord(words[k]!) || /^(?:The|A|An)$/.test(words[k]!)) continue;
    const e1 = fieldsFrom(k, 3);
    if (!/^(?:and|&)$/.test(words[e1] ?? '')) continue;
    const e2 = fieldsFrom(e1 + 1, 3);
    // (A name the model ran on over the unit's noun loses it.)
    if (e2 > e1 + 1 && UNIT_NOUNS.test(words[e2] ?? '') && !person(k, e2) && !out.some((s) => s.start <= e2 && k < s.end && (s.start < k || s.end > e2 + 1))) {
      out = [...out.filter((s) => !(s.start <= e2 && k < s.end)), { start: k, end: e2, label: 'ORG' as const }].sort((x, y) => x.start - y.start);
      k = e2;
      continue;
    }
    // (Not two bodies: "the Senate and House of Representatives".)
    const body = out.find((s) => s.start === e1 + 1 && s.label === 'ORG' && s.end - s.start >= 2 && words.slice(s.start + 1, s.end).some((w) => BODY_HEADS.has(w.toLowerCase())) && !BODY_HEADS.has(words[s.start]!.toLowerCase()));
    if (body && !person(k, e1) && !words.slice(k, e1).some((w) => BODY_HEADS.has(w.toLowerCase()) || LEGISLATURES.test(w))) {
      out = [...out.filter((s) => !(s.start < e1 && k < s.end) && s !== body), { start: k, end: body.end, label: 'ORG' as const }].sort((x, y) => x.start - y.start);
      k = body.end;
    }
  }
  return out;
}

/** Nouns that end the name of a building or a geographical feature (places, as CoNLL-2003 marks hospitals, hotels and museums). */
const FACILITY_HEADS = new Set([
  'hospital', 'hotel', 'museum', 'airport', 'stadium', 'arena', 'palace', 'mosque', 'cathedral', 'prison', 'monastery',
  'synagogue', 'basilica', 'island', 'islands', 'river', 'lake', 'peninsula', 'county', 'province', 'valley', 'desert',
  'canyon', 'volcano', 'glacier', 'ocean', 'strait', 'gulf', 'avenue', 'boulevard', 'highway', 'mountains',
]); // not nouns that are also surnames (Park, Temple, Castle, Tower, Bridge, Bay, Hill, Street)

/** Last words (or last parts of a hyphenated word) of the names of news organizations and other bodies. */
const ORG_LAST_WORDS = new Set([...ORG_ENDINGS, 'press', 'presse', 'news', 'agency', 'times', 'herald', 'tribune', 'gazette', 'journal', 'reporter', 'foundation', 'sports', 'records', 'pictures', 'studios', 'films']);

/**
 * A person whose name ends in a building noun is the building ("Tupua Tamasese Meaole Hospital"); one whose name
 * ends like an organization's or a company's is the organization ("Agence France-Presse", "Greek Reporter", "Anselm
 * Partners").
 */
function facilityAsPlace(words: readonly string[], s: LabelSpan): LabelSpan {
  // A street is a place ("Riverside Drive", "Elm Street"), whatever the model said.
  if ((s.label === 'PER' || s.label === 'ORG') && s.end - s.start >= 2 && /^(?:Street|Drive|Road|Avenue|Boulevard)$/.test(words[s.end - 1]!)) return { ...s, label: 'LOC' };
  // So are a county and a stadium ("Larimer County", "Aviva Stadium"), which the model often reads as bodies (not a
  // club in a table of scores: "Notts County 0 York 1").
  if (s.label === 'ORG' && s.end - s.start >= 2 && /^(?:County|Parish|Oblast|Township|Stadium|Arena)$/.test(words[s.end - 1]!) && !/^\d/.test(words[s.end] ?? '')) return { ...s, label: 'LOC' };
  if (s.label !== 'PER' || s.end - s.start < 1) return s;
  const last = words[s.end - 1]!.toLowerCase();
  if (s.end - s.start >= 2 && FACILITY_HEADS.has(last)) return { ...s, label: 'LOC' };
  // "Press" and "Times" are also surnames (Bill Press): alone as the last word they say nothing.
  const tail = last.includes('-') ? last.slice(last.lastIndexOf('-') + 1) : s.end - s.start >= 2 && last !== 'press' && last !== 'times' ? last : '';
  if (ORG_LAST_WORDS.has(tail)) return { ...s, label: 'ORG' };
  // Or like a company's ("Anselm Partners", "Harwood Research").
  if (s.end - s.start >= 2 && (CORPORATE_ENDINGS.has(last) || BUSINESS_LAST_WORDS.has(last))) return { ...s, label: 'ORG' };
  return s;
}

/** Nouns of businesses and groups a name is set beside ("Lumora, the cloud-software company, said"). */
const BODY_APPOSITION_HEADS = new Set([
  'company', 'firm', 'startup', 'start-up', 'maker', 'manufacturer', 'retailer', 'chain', 'bakery', 'restaurant', 'cafe', 'café',
  'band', 'label', 'agency', 'operator', 'carrier', 'airline', 'bank', 'lender', 'insurer', 'publisher', 'newspaper', 'broadcaster',
  'charity', 'nonprofit', 'non-profit', 'union', 'party', 'club', 'provider', 'platform', 'forum', 'app', 'website',
  'network', 'brand', 'studio', 'brewery', 'winery', 'shop', 'store', 'supermarket', 'conglomerate', 'utility', 'distributor', 'co-operative',
  'supplier', 'automaker', 'carmaker', 'group', 'organization', 'organisation', 'consultancy', 'fund', 'insurer', 'exchange',
]);

/**
 * A name set beside a business or a group ("Lumora, the cloud-software company", "Panadería Delgado, the bakery
 * she opened", "Transtejo, the ferry operator") is an organization's.
 */
function appositionBody(words: readonly string[], firstName: (word: string) => boolean, s: LabelSpan): LabelSpan {
  if (s.label === 'ORG' || words[s.end] !== ',' || !/^(?:the|a|an)$/i.test(words[s.end + 1] ?? '')) return s;
  // (Not a person with a given name, nor a name in a phrase before the subject: "In the United States, the team …",
  // "Society Corp. of Cleveland, the bank said".)
  if ((s.label === 'PER' && firstName(words[s.start]!)) || /^(?:in|at|from|of|for|to|on|by|near|across|throughout|outside|inside|within)$/i.test(words[words[s.start - 1] === 'the' ? s.start - 2 : s.start - 1] ?? '')) return s;
  // (Nor the last of a list of places: "in Randolph, New Hampshire, United States, a pickup truck and a group …".)
  if (words[s.start - 1] === ',' && /^\p{Lu}/u.test(words[s.start - 2] ?? '')) return s;
  let head = '';
  for (let k = s.end + 2; k < Math.min(words.length, s.end + 7); k++) {
    const w = words[k]!;
    // ("the party's 2018 nominee" names a person.)
    if (/^['’]s?$/.test(w)) return s;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || /^(?:that|which|who|in|of|based|with|for|from|founded|owned|run|she|he|they|it|said|says)$/.test(w)) break;
    head = w;
  }
  return BODY_APPOSITION_HEADS.has(head) ? { ...s, label: 'ORG' } : s;
}

/**
 * "Secretary of Agriculture Jolene Marsh", "Minister of Health Ana Reyes", "Minister for Health Ciarán Moloney": the
 * office's complement and the person's name read as one body's name ("Agriculture Jolene Marsh"); the person is the
 * name from its given name on.
 */
function officeOfPerson(words: readonly string[], firstName: (word: string) => boolean, s: LabelSpan): LabelSpan {
  // "U.S. Attorney Gloria Featherstone", "State Treasurer Ana Ruiz" read as one body's name: the person is the name from
  // the given name after the office on.
  if (s.label === 'ORG' || s.label === 'MISC') {
    for (let k = s.start + 1; k + 2 < s.end + 1 && k < s.end - 1; k++) {
      const office = words[k]!.toLowerCase();
      if (!(TITLES.has(office) || office === 'attorney' || office === 'marshal') || NAMES_TOO.has(office) || !firstName(words[k + 1]!)) continue;
      if (s.end - (k + 1) >= 2 && s.end - (k + 1) <= 3 && words.slice(k + 1, s.end).every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) return { ...s, start: k + 1, label: 'PER' };
    }
  }
  // ("for" after a minister's or a secretary's office only: "a spokesman for HSE West and North West" is a body.)
  const office = (words[s.start - 2] ?? '').toLowerCase();
  if (s.label === 'PER' || !TITLES.has(office) || !(words[s.start - 1] === 'of' || (words[s.start - 1] === 'for' && /^(?:minister|secretary|commissioner)$/.test(office)))) return s;
  for (let k = s.start + 1; k < s.end - 1; k++) {
    const department = k - s.start <= 2 && words.slice(s.start, k).every((w) => OFFICE_COMPLEMENTS.has(w)) && s.end - k <= 3;
    if ((firstName(words[k]!) || department) && words.slice(k, s.end).every((w) => /^\p{Lu}/u.test(w))) return { ...s, start: k, label: 'PER' };
  }
  return s;
}

/** Words of a portfolio or a rank before an office ("Federal Transport Minister", "Resident Electoral Commissioner"). */
const PORTFOLIO_WORDS = new Set(['Federal', 'Shadow', 'Junior', 'Deputy', 'Union', 'Resident', 'Electoral', 'Provincial', 'Regional', 'Cabinet', 'Assistant', 'Associate', 'Principal', 'Chief', 'Police', 'Prisons', 'Revenue', 'Financial', 'Digital', 'Climate', 'Social', 'Welfare', 'Family', 'Children', 'Local']);

/** What an office is "of" ("Secretary of Agriculture", "Minister of Foreign Affairs"). */
const OFFICE_COMPLEMENTS = new Set([
  'Agriculture', 'State', 'Health', 'Defense', 'Defence', 'Education', 'Labor', 'Labour', 'Energy', 'Transportation', 'Transport',
  'Commerce', 'Interior', 'Treasury', 'Justice', 'Finance', 'Foreign', 'Home', 'Affairs', 'Housing', 'Environment', 'Trade',
  'Industry', 'Tourism', 'Culture', 'Homeland', 'Security', 'Veterans', 'Public', 'Works', 'Safety', 'Information', 'Economy',
  'Planning', 'Fisheries', 'Forestry', 'Water', 'Mines', 'Communications', 'Immigration', 'Sport', 'Sports', 'Youth', 'Women',
]);

/** No name runs over "near": "the Presidential Range | near | Mount Madison" is two. */
function splitAtNear(words: readonly string[], s: LabelSpan): LabelSpan[] {
  for (let k = s.start + 1; k < s.end - 1; k++) {
    if (words[k] === 'near') return [{ ...s, end: k }, ...splitAtNear(words, { ...s, start: k + 1 })];
  }
  return [s];
}

/** Last words of the names of landforms, waters and protected lands ("Keaton Beach", "Presidential Range", "Niger Delta"). */
const NATURAL_LAST = new Set(['beach', 'beaches', 'range', 'delta', 'mountains', 'mountain', 'island', 'islands', 'river', 'lake', 'valley', 'desert', 'canyon', 'volcano', 'glacier', 'ocean', 'strait', 'gulf', 'peninsula', 'creek', 'falls', 'reservoir', 'plateau', 'ravine', 'gorge', 'fjord', 'lagoon', 'estuary', 'archipelago', 'atoll', 'reef', 'coast', 'highlands', 'lowlands', 'plains', 'steppe', 'sea']);
/** Protected lands after "National" or "State" ("Deschutes National Forest", "Acadia National Park"). */
const PROTECTED_LAST = new Set(['forest', 'park', 'monument', 'seashore', 'preserve', 'refuge', 'wilderness', 'recreation', 'lakeshore', 'grassland']);
/** First words of the names of waters and islands written "… of" their place ("Bay of Fundy", "Firth of Forth"). */
const NATURAL_OF = new Set(['bay', 'gulf', 'sea', 'strait', 'straits', 'isle', 'isles', 'firth', 'bight', 'lake', 'cape', 'bays']);
/** First words of the names of mountains, lakes and capes ("Mount Madison", "Lake Tahoe", "Cape Cod"). */
const NATURAL_FIRST = new Set(['mount', 'mt.', 'lake', 'cape', 'isle', 'monte', 'loch', 'glen']);

/**
 * A person's or a body's name that names a landform is a place ("Keaton Beach", "Mount Madison", "Deschutes National
 * Forest", "Bay of Fundy"), unless it ends like a body or a building ("Mount Washington Observatory", "Lake Forest College").
 */
function naturalFeature(words: readonly string[], firstName: (word: string) => boolean, s: LabelSpan): LabelSpan {
  if ((s.label !== 'PER' && s.label !== 'ORG') || s.end - s.start < 2) return s;
  const last = words[s.end - 1]!.toLowerCase();
  const first = words[s.start]!.toLowerCase();
  const before = (words[s.end - 2] ?? '').toLowerCase();
  // (Not a person with a first name: "Tom Lake", "Denise Range"; "Lake Sakakawea" is a lake, whoever is called Lake.)
  if (/^\p{Ll}/u.test(words[s.end - 1]!) || (s.label === 'PER' && firstName(words[s.start]!) && !/^(?:lake|mount|mt\.|cape|isle|loch)$/.test(first))) return s;
  if (NATURAL_LAST.has(last) || (PROTECTED_LAST.has(last) && (before === 'national' || before === 'state'))) return { ...s, label: 'LOC' };
  // So is a water or an island named "… of" its place ("Bay of Fundy", "Strait of Hormuz", "Isle of Wight").
  if (NATURAL_OF.has(first) && words[s.start + 1] === 'of' && s.end - s.start >= 3) return { ...s, label: 'LOC' };
  if (NATURAL_FIRST.has(first) && s.end - s.start <= 3 && !ORG_LAST_WORDS.has(last) && !FACILITY_HEADS.has(last) && !INSTITUTION_ENDINGS.has(last) && !/^(?:observatory|college|school|university|club|academy|hotel|resort|airport|company|corporation)$/.test(last)) return { ...s, label: 'LOC' };
  return s;
}

/**
 * A law or a treaty is no place nor body ("the Geneva Conventions", "the Urban Growth and Infrastructure Bill"), nor the
 * name a law's title begins with ("the | Urban Growth | and Infrastructure Bill").
 */
/**
 * "The" before a body's name is no part of it ("— The Financial Markets Commission"); a newspaper's keeps it, and so
 * does one that would begin with a title ("The Justice Department", which would be read as a person's title).
 */
function leadingThe(words: readonly string[], s: LabelSpan): LabelSpan {
  // ("A Treasury spokesperson": an article is no part of a name.)
  if ((s.label === 'ORG' || s.label === 'LOC') && s.end - s.start >= 2 && /^(?:A|An)$/.test(words[s.start]!) && /^\p{Lu}/u.test(words[s.start + 1]!)) return { ...s, start: s.start + 1 };
  return s.label === 'ORG' && s.end - s.start >= 3 && words[s.start] === 'The' && !isTitle(words[s.start + 1]) && ORG_ENDINGS.has(words[s.end - 1]!.toLowerCase()) ? { ...s, start: s.start + 1 } : s;
}

function lawName(words: readonly string[], s: LabelSpan): LabelSpan {
  if (s.label === 'MISC' || s.label === 'PER') return s;
  // (A time zone is no body either: "Coordinated Universal Time", "Eastern Time"; and the planets are places.)
  if (s.end - s.start >= 2 && words[s.end - 1] === 'Time') return { ...s, label: 'MISC' };
  if (s.end - s.start === 1 && /^(?:Earth|Mars|Venus|Jupiter|Saturn|Uranus|Neptune)$/.test(words[s.start]!)) return { ...s, label: 'LOC' };
  const law = (e: number): boolean => LAW_LAST_WORDS.has(words[e - 1]!.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(words[e - 1]!) && !isCapitalised(words[e] ?? '.');
  // (Or a title it begins, over "and" or "of" only: "Mayor Bill de Blasio" is no law.)
  let e = s.end;
  if (words[e] === 'and' || words[e] === 'of') while (e < words.length && e - s.end < 4 && (isCapitalised(words[e]!) || words[e] === 'and' || words[e] === 'of')) e++;
  return law(s.end) || (e > s.end && law(e)) ? { ...s, label: 'MISC' } : s;
}

const DASH = /^(?:-|--|—|–)$/;

/**
 * A dateline names the place a story was filed from ("DENVER (AP) —", "HARLOW, Pa. —", "WASHINGTON —"): a name in
 * capitals opening a sentence, before a news agency in brackets, a state or a dash, is a place.
 */
function datelinePlace(words: readonly string[], s: LabelSpan): LabelSpan {
  const caps = (w: string): boolean => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(w);
  if (s.start !== 0 || !words.slice(0, s.end).every(caps)) return s;
  // (The model may take only the first word of the place: "HARLAN | SPRINGS —".)
  let end = s.end;
  while (end < words.length && end - s.end < 3 && caps(words[end]!)) end++;
  if (s.label === 'LOC' && end === s.end) return s;
  const rest = words.slice(end, end + 6);
  const agency = rest[0] === '(' && rest.indexOf(')') > 1 && DASH.test(rest[rest.indexOf(')') + 1] ?? '');
  const state = rest[0] === ',' && /^\p{Lu}/u.test(rest[1] ?? '') && (DASH.test(rest[2] ?? '') || (rest[2] === '.' && DASH.test(rest[3] ?? '')));
  return agency || state || DASH.test(rest[0] ?? '') ? { ...s, end, label: 'LOC' } : s;
}

/** Last words no person's name has, of businesses and periodicals ("Benton Builders", "Environmental Microbiology Letters"). */
const BUSINESS_LAST_WORDS = new Set([
  'research', 'builders', 'contractors', 'developers', 'construction', 'engineering', 'logistics', 'solutions', 'consulting',
  'associates', 'properties', 'realty', 'therapeutics', 'biosciences', 'robotics', 'aerospace', 'mining', 'resources',
  'utilities', 'letters', 'review', 'quarterly', 'magazine', 'bulletin', 'albion', 'rovers', 'wanderers', 'athletic', 'hotspur',
  'rangers', 'united', 'academicals', 'gallery', 'paper', 'chronicle', 'sentinel', 'ledger', 'courier', 'coalition', 'homes',
]);

/** Last words that make a place or other name an organization's: bodies, companies, news outlets. */
const BODY_LAST_WORDS = new Set([
  'federation', 'association', 'committee', 'council', 'ministry', 'party', 'corporation', 'inc.', 'inc', 'ltd', 'ltd.', 'llc',
  'plc', 's.a.', 'gmbh', 'ag', 'corp.', 'news', 'reporter', 'times', 'herald', 'journal', 'gazette', 'tribune', 'telegraph',
  'agency', 'broadcasting', 'airlines', 'airways', 'bank', 'institute', 'foundation', 'commission', 'chronicle', 'sentinel',
  'ledger', 'courier', 'observer', 'capital', 'partners', 'coalition', 'homes',
]);

const COMPANY_OR_OUTLET = new Set([
  'inc.', 'inc', 'ltd', 'ltd.', 'llc', 'plc', 's.a.', 'gmbh', 'ag', 'corp.', 'news', 'reporter', 'herald', 'journal', 'gazette', 'tribune', 'telegraph',
  'broadcasting', 'airlines', 'airways', 'chronicle', 'sentinel', 'ledger', 'courier', 'observer', 'capital', 'partners', 'coalition', 'homes',
]);

/**
 * A place or a miscellaneous name ending like a body, a company or a news outlet is an organization ("Sputnik News",
 * "Georgian Tennis Federation", "Cipriani S.A."); a one-word name is left to the model.
 */
function namedLikeBody(words: readonly string[], s: LabelSpan): LabelSpan {
  if (s.label === 'ORG' || s.end - s.start < 2) return s;
  const last = words[s.end - 1]!.toLowerCase();
  if (!BODY_LAST_WORDS.has(last)) return s;
  // A place or a person only when the ending is a company's or a news outlet's ("the West Bank", "the Russian
  // Federation" are places).
  if (s.label !== 'MISC' && !COMPANY_OR_OUTLET.has(last)) return s;
  return { ...s, label: 'ORG' };
}

/** Nouns of settlements and districts before "of" and a name ("the town of Pell Crossing", "the mayor of X"). */
const PLACE_OF = /^(?:town|city|village|hamlet|suburb|borough|county|province|region|district|municipality|island|state|mayor|outskirts|residents|streets)$/;
/** Nouns of businesses and groups written right before their names ("airline Jetstar", "the streamer Netflix"). */
const BODY_BEFORE_NAME = new Set([
  'company', 'firm', 'startup', 'start-up', 'retailer', 'airline', 'carrier', 'lender', 'insurer', 'bank', 'union', 'charity',
  'streamer', 'broadcaster', 'publisher', 'brand', 'chain', 'automaker', 'carmaker', 'manufacturer', 'supermarket', 'conglomerate',
  'nonprofit', 'non-profit', 'app', 'platform', 'utility', 'outlet', 'newspaper',
]);
/** People who work at an organization ("an analyst at Belmont Securities", "economists at Harwell Capital"). */
const WORKERS_AT = /^(?:analysts?|economists?|strategists?|researchers?|professors?|\p{L}*scientists?|engineers?|executives?|employees?|staff|lecturers?|spokes(?:man|woman|person))$/iu;

/**
 * What the words before a name say it is: "the town of X", "mayor of X", "downtown X" name places; "an analyst at X",
 * "the journal X" an organization (a name the model typed otherwise; a miscellaneous one is left alone).
 */
function typedByContext(words: readonly string[], s: LabelSpan): LabelSpan {
  const w1 = words[s.start - 1] ?? '';
  const w2 = words[s.start - 2] ?? '';
  if (s.label !== 'LOC' && s.label !== 'MISC' && ((w1 === 'of' && PLACE_OF.test(w2)) || w1 === 'downtown')) {
    // (Not a body of the place: "the city of London Corporation".)
    if (!ORG_LAST_WORDS.has(words[s.end - 1]!.toLowerCase())) return { ...s, label: 'LOC' };
  }
  if ((s.label === 'LOC' || s.label === 'PER') && w1 === 'at' && WORKERS_AT.test(w2)) return { ...s, label: 'ORG' };
  // "payments start-up Paylinq", "budget airline Jetstar", "the shopworkers' union Usdaw": a business or a group
  // named right after the noun for it (a modifier or a determiner before that noun).
  // (A person's name has two words: "game developer Perttu Ahola".)
  if ((s.label === 'LOC' || (s.label === 'PER' && s.end - s.start === 1)) && BODY_BEFORE_NAME.has(w1) && /^(?:the|a|an|\p{Ll}[\p{Ll}-]*|['’])$/u.test(w2)) return { ...s, label: 'ORG' };
  // "the journal Neurology Today", "the newspaper La Jornada".
  if (s.label === 'LOC' && /^(?:the|a)$/i.test(w2) && (ORG_DESCRIPTORS.has(w1) || w1 === 'journal')) return { ...s, label: 'ORG' };
  // "based in Stamford, Connecticut", "from Boise, Idaho": a town and its state.
  if (s.label !== 'LOC' && s.label !== 'MISC' && /^(?:in|from|near|of|outside)$/.test(w1) && words[s.end] === ',' && US_STATES.has(words[s.end + 1] ?? '')) return { ...s, label: 'LOC' };
  if (s.label !== 'LOC' && s.label !== 'MISC' && !ORG_LAST_WORDS.has(words[s.end - 1]!.toLowerCase())) {
    // "at nearby Bowen", "in western Michigan": what lies near or in a part of something is a place; so is where someone
    // named with their age is from ("Linda Boutilier, 67, of Eastern Passage").
    if ((w1 === 'nearby' && s.label === 'PER') || (COMPASS_PARTS.test(w1) && /^(?:in|of|across|from|to|throughout|around)$/.test(w2))) return { ...s, label: 'LOC' };
    if (w1 === 'of' && w2 === ',' && /^\d{1,3}$/.test(words[s.start - 3] ?? '') && words[s.start - 4] === ',' && /^[,.;]?$/.test(words[s.end] ?? '')) return { ...s, label: 'LOC' };
  }
  return s;
}

/**
 * "whose song Satu Malam had been shortlisted", "the film Alien": a work's title, no person, where it stands (elsewhere
 * the same words may name the person the work is named after). Not "the song Adele wrote", where the person is the
 * subject of a relative clause.
 */
function workTitle(words: readonly string[], s: LabelSpan): LabelSpan {
  if (s.label !== 'PER' || !WORK_NOUNS.test(words[s.start - 1] ?? '')) return s;
  return /^(?:wrote|sang|made|recorded|released|performed|produced|directed|penned|composed|sings|writes|\p{Ll}+ed)$/u.test(words[s.end] ?? '') ? s : { ...s, label: 'MISC' };
}

/** Last words of newspapers' names, which a story cites by them alone ("told the Gazette", "told the Post"). */
const NEWSPAPER_WORDS = /^(?:Gazette|Post|Times|Tribune|Herald|Ledger|Courier|Guardian|Journal|Chronicle|Standard|Observer|Telegraph|Independent|Star|Mirror|Express|Globe|Examiner|Register|Inquirer|Dispatch|Bulletin|Sentinel|Mercury|Argus|Advertiser|Citizen|Press|Echo|Enquirer|Daily)$/;

/**
 * The one told, named by "the" and a newspaper's name, is the newspaper, an organization ("told the Gazette", which the
 * model read as a place or missed).
 */
function toldOutlets(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  let out = spans;
  for (let i = 0; i + 2 < words.length; i++) {
    if (!/^(?:told|tells|tell|telling)$/i.test(words[i]!) || words[i + 1] !== 'the') continue;
    const b = i + 2;
    let e = b;
    while (e < words.length && e - b < 3 && isCapitalised(words[e]!)) e++;
    if (e === b || !NEWSPAPER_WORDS.test(words[e - 1]!)) continue;
    const inside = out.filter((s) => s.start < e && b < s.end);
    if (inside.some((s) => s.start !== b || s.end !== e || s.label === 'PER')) continue;
    out = [...out.filter((s) => !inside.includes(s)), { start: b, end: e, label: 'ORG' as const }].sort((x, y) => x.start - y.start);
  }
  return out;
}

/** Parts of a region by compass point ("western Michigan", "north-eastern Nigeria"). */
const COMPASS_PARTS = /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|inland|coastal|rural)$/;
/** Nouns for works, whose title may follow them ("the song Satu Malam", "the novel Emma"). */
const WORK_NOUNS = /^(?:song|single|album|track|film|movie|book|novel|memoir|play|musical|opera|series|show|sitcom|documentary|painting|poem|podcast)$/;

const US_STATES = new Set(
  ('Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky ' +
    'Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee ' +
    'Texas Utah Vermont Virginia Washington Wisconsin Wyoming Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. ' +
    'Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Tex. Vt. Va. Wash. Wis. Wyo.').split(' '),
);

const NUMBERED = new Set(['resolution', 'resolutions', 'act', 'decree', 'directive', 'regulation', 'order']);

function trimDocumentNumber(words: readonly string[], s: LabelSpan): LabelSpan[] {
  if (s.label !== 'ORG' || s.end - s.start < 2) return [s];
  const last = words[s.end - 1]!;
  // A union's local goes by its number ("Teamsters Local 413", "… Public Employees Local 122").
  if (/^(?:Local|Lodge|Chapter|Branch|District|Post)$/.test(last) && /^\d{1,5}[A-Z]?$/.test(words[s.end] ?? '')) return [{ ...s, end: s.end + 1 }];
  if (!NUMBERED.has(last.toLowerCase()) || !/^\d/.test(words[s.end] ?? '')) return [s];
  return [{ ...s, end: s.end - 1 }];
}

/** A name begins with a capital: a lower-case word the model put before one is not part of it ("the federal | Pipeline and Hazardous Materials Safety Administration"). */
function leadingLowerCase(words: readonly string[], s: LabelSpan): LabelSpan {
  const w = words[s.start]!;
  return s.end - s.start >= 2 && /^\p{Ll}+$/u.test(w) && !NAME_PARTICLES.has(w) && /^\p{Lu}/u.test(words[s.start + 1]!) ? { ...s, start: s.start + 1 } : s;
}

/** "Fourteen-year-old", "Kurdish-led", "Berlin-based": a capitalised first part, then lower-case parts only. */
const HYPHENATED_MODIFIER = /^\p{Lu}[\p{L}\p{N}]*(?:-[\p{Ll}\p{N}]+)+$/u;

function trimHyphenatedModifier(words: readonly string[], s: LabelSpan): LabelSpan {
  if (s.label === 'MISC' || s.end - s.start < 2) return s;
  // (Also after the words of a place it ends: "the Cape Town-based | Institute for Food Justice".)
  // (Only a modifier's own ending there: not "Man-kei" in "Amnesty International's Man-kei Tam", nor "Co-operation".)
  for (let k = s.end - 2; k > s.start; k--) if (HYPHENATED_MODIFIER.test(words[k]!) && /-(?:based|led|backed|owned|run|born|funded|linked|affiliated|controlled|headquartered|registered|listed|made)$/.test(words[k]!)) return { ...s, start: k + 1 };
  return HYPHENATED_MODIFIER.test(words[s.start]!) ? { ...s, start: s.start + 1 } : s;
}

/** Personal titles and offices ("Premier", "General" and "Justice" also start names of organizations). */
const TITLES = new Set([
  'president', 'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor',
  'queen', 'king', 'prince', 'princess', 'pope', 'sultan', 'sheikh', 'emir', 'judge', 'chancellor', 'secretary', 'minister',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'commissioner', 'dr', 'dr.',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'professor', 'prof.', 'director', 'ceo', 'mp', 'mep', 'msp', 'mla', 'mpp', 'mna',
  // British police and council ranks ("Det Ch Insp Helen Ward", "Cllr Jane Doe").
  'det', 'det.', 'insp', 'insp.', 'supt', 'supt.', 'sgt', 'sgt.', 'ch', 'cllr', 'dci', 'inspector', 'detective',
  'superintendent', 'sergeant', 'constable', 'councillor', 'garda', 'pcso',
  // Other ranks and roles written before a name ("Manager Rita Gomes", "Councilmember Dana Ortiz").
  'manager', 'coach', 'councilmember', 'councilman', 'councilwoman', 'alderman', 'alderwoman', 'premier',
  // County and municipal offices, and abbreviated ranks ("County Clerk Janelle Brooks", "Coun. Tessa Morrow", "Const. Derek Lawson").
  'clerk', 'sheriff', 'treasurer', 'coroner', 'assessor', 'comptroller', 'coun', 'coun.', 'const', 'const.', 'ald', 'ald.',
]);
/** Ranks and honours written after a name. */
const POST_NOMINALS = /^(?:KC|QC|OBE|MBE|CBE|KBE|DBE)$/;
/** Titles that are also surnames or stand for one known person ("King", "Judge", "the Pope"). */
const NAMES_TOO = new Set(['queen', 'king', 'prince', 'princess', 'pope', 'sultan', 'sheikh', 'emir', 'judge', 'manager', 'coach', 'premier', 'garda']);
/** Offices that end a phrase ("US Secretary"); not "King" or "Judge", which also end people's names. */
const TRAILING_TITLES = new Set([
  'president', 'senator', 'governor', 'mayor', 'chancellor', 'secretary', 'minister', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'commissioner', 'mp', 'mep', 'msp', 'mla', 'mpp', 'mna',
  // Post-nominal ranks and honours ("Rebecca Stone KC", "John Major OBE").
  'kc', 'qc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe',
]);
/** Words before a title that belong to it ("Press Secretary", "Deputy Spokesman", "Chief Executive"). */
const TITLE_MODIFIERS = new Set(['press', 'deputy', 'assistant', 'vice', 'chief', 'senior', 'acting', 'principal', 'executive', 'communications', 'foreign', 'general', 'managing', 'national', 'security', 'associate']);
/** Lower-case particles inside people's names. */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'bint', 'al', 'el', 'la', 'le']);
const isTitle = (w: string | undefined) => w !== undefined && TITLES.has(w.toLowerCase());

function trimTitles(words: readonly string[], s: LabelSpan): LabelSpan[] {
  if (s.label === 'LOC' && s.end - s.start >= 3) return splitAtTitle(words, s);
  // A portfolio before an office is part of the title ("Federal Transport Minister Ben Rowley", "Resident Electoral
  // Commissioner").
  if (s.label === 'ORG' && s.end - s.start >= 2 && TRAILING_TITLES.has((words[s.end] ?? '').toLowerCase()) && words.slice(s.start, s.end).every((w) => OFFICE_COMPLEMENTS.has(w) || PORTFOLIO_WORDS.has(w))) return [];
  // So is one word of a portfolio before a minister's or a secretary's office ("Labour Minister Élise Fournier"; not
  // the party of "Labour MP").
  if (s.label === 'ORG' && s.end - s.start === 1 && OFFICE_COMPLEMENTS.has(words[s.start]!) && /^(?:minister|secretary|commissioner)$/i.test(words[s.end] ?? '')) return [];
  // A post-nominal after a name ("Rebecca Stone | KC", "John Major | OBE") names no one.
  if (s.end - s.start === 1 && POST_NOMINALS.test(words[s.start]!) && /^\p{Lu}\p{Ll}/u.test(words[s.start - 1] ?? '')) return [];
  // A title alone ("The Governor thanked him", "Governor, …") names no one: it is a description of someone.
  if (s.label === 'PER' && s.end - s.start === 1 && TITLES.has(words[s.start]!.toLowerCase()) && !NAMES_TOO.has(words[s.start]!.toLowerCase())) return [];
  if (s.label === 'MISC' || s.label === 'LOC' || s.end - s.start < 2) return [s];
  let { start, end } = s;
  let label = s.label;
  if (isTitle(words[start])) {
    if (/^\p{Ll}/u.test(words[start + 1]!)) {
      // "Secretary of State": an office; "Sheriff of Milwaukee County", "Mayor of London": an office of a place.
      const ofPlace = words[start + 1] === 'of' && start + 2 < end && /^(?:mayor|governor|sheriff|premier|president)$/i.test(words[start]!) && /^\p{Lu}/u.test(words[start + 2]!);
      return ofPlace ? [{ start: start + 2, end, label: 'LOC' }] : [];
    }
    if (ORG_HEADS.has(words[end - 1]!.toLowerCase()) || /^(?:league|cup|championship|series|conference|division)$/i.test(words[end - 1]!)) return [s]; // "Mayor's Office"-like names, "Premier League"
    if (/^(?:síochána|siochana)$/i.test(words[start + 1]!)) return [{ ...s, label: 'ORG' }]; // the Irish police force
    while (start < end && isTitle(words[start])) start++;
    if (start === end) return [];
    label = 'PER';
  }
  if (TRAILING_TITLES.has(words[end - 1]!.toLowerCase())) {
    // "the Conservative MP", "a Republican senator": a description, not a name.
    // An acronym stays a name ("the US Secretary" → "US").
    if (start === s.start && end - start === 2 && /^(?:the|a|an)$/i.test(words[start - 1] ?? '') && !/^[\p{Lu}.]+$/u.test(words[start]!)) return [];
    while (end - start > 1 && TRAILING_TITLES.has(words[end - 1]!.toLowerCase())) end--;
  }
  return splitAtTitle(words, { start, end, label });
}

/**
 * A title inside one name joins two names ("U.S. Representative Tulsi Gabbard of Hawaii", "Apple Chairman Tim
 * Cook"): what stands before the title is an organization, the capitalised words after it are a person, and a
 * place after "of" closes the phrase.
 */
function splitAtTitle(words: readonly string[], s: LabelSpan): LabelSpan[] {
  if (s.end - s.start < 3) return [s];
  let k = s.start + 1;
  while (k < s.end - 1 && !(isTitle(words[k]) && isCapitalised(words[k + 1]!) && !isTitle(words[k + 1]))) k++;
  if (k >= s.end - 1 || ORG_HEADS.has(words[s.end - 1]!.toLowerCase())) return [s];
  let e = k + 1;
  // Capitalised words and name particles before one ("Bill de Blasio").
  while (e < s.end && (isCapitalised(words[e]!) || (NAME_PARTICLES.has(words[e]!) && e + 1 < s.end && isCapitalised(words[e + 1]!)))) e++;
  const person: LabelSpan = { start: k + 1, end: e, label: 'PER' };
  // A place with a title inside is a place and a person ("New York City Mayor Bill de Blasio").
  if (s.label === 'LOC') return e === s.end ? [{ start: s.start, end: k, label: 'LOC' }, person] : [s];
  // In a person span, the words before the title are an organization only when they end like one
  // ("Amazon Environmental Research Institute Director Ane Alencar"); "US President Joe Biden" keeps the person alone.
  // Words that make the title a compound one ("White House Press Secretary", "Kremlin Deputy Spokesman") are part of it.
  let b = k;
  while (b - 1 > s.start && TITLE_MODIFIERS.has(words[b - 1]!.toLowerCase())) b--;
  if (s.label === 'PER' && !INSTITUTION_ENDINGS.has(words[b - 1]!.toLowerCase())) return [person];
  // A level of government alone is part of the title ("County Clerk Janelle Brooks", "City Manager …").
  if (b - s.start === 1 && /^(?:county|city|state|town|district|federal|provincial|regional|municipal|national)$/i.test(words[s.start]!)) return [person];
  const out: LabelSpan[] = [{ start: s.start, end: b, label: 'ORG' }, person];
  if (e + 1 < s.end && words[e] === 'of' && isCapitalised(words[e + 1]!)) out.push({ start: e + 1, end: s.end, label: 'LOC' });
  return out;
}
