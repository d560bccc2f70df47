import { readFileSync } from 'node:fs';
import { datelines } from '../dateline.ts';
import { stormNames } from './ner.ts';
import { CITY_STATE_MODIFIER, groupSubject } from '../groups.ts';
import { DEMONYMS, PERSONAL_PRONOUNS, PERSON_ROLES } from '../models/quotes/lexicon.ts';
import { findQuotations } from '../models/quotes/quotations.ts';
import { loadSyntaxModel, tagSyntax } from '../models/quotes/syntax.ts';
import type { Doc, Entity, EntityType, Mention, Stage } from '../types.ts';

/**
 * Coreference for people and organizations: third-person pronouns ("he", "her", "its", "they") and
 * definite descriptions ("the prime minister", "the secretary of state", "the company") are linked to
 * the article's entities by agreement (type, gender, number) and salience (recency, subject position,
 * speaking), and added to the document's and the entity's mentions with kind 'pronoun' or 'nominal'.
 */

const NAMES_URL = new URL('../../../data/lexicons/first-names-gender.json', import.meta.url);
let firstNames: Map<string, 'm' | 'f'> | null = null;

export function genderOfFirstName(name: string): 'm' | 'f' | null {
  if (!firstNames) {
    const data = JSON.parse(readFileSync(NAMES_URL, 'utf8')) as { m: string[]; f: string[] };
    firstNames = new Map();
    for (const n of data.m) firstNames.set(n, 'm');
    for (const n of data.f) firstNames.set(n, 'f');
  }
  return firstNames.get(name.toLowerCase()) ?? null;
}

/** Nouns naming an organization ("the company"). */
const ORG_NOUNS = new Set(
  `company firm group organization organisation agency ministry department office government administration
  campaign party committee commission council court bank network newspaper paper channel broadcaster union
  association alliance coalition movement army military navy force forces police service institute university
  school hospital board authority bureau team club club league federation corporation business startup zoo museum
  library festival theatre gallery orchestra
  manufacturer carrier airline regulator watchdog maker producer supplier retailer lender insurer thrift concern
  utility operator developer distributor chain publisher automaker carmaker charity promoter organizer organiser
  builder contractor museum gallery theatre theater orchestra foundation fund trust exchange center centre band duo trio
  laboratory lab observatory streamer start-up`.split(/\s+/).filter(Boolean),
);

const FEMALE_WORDS = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'actress', 'mother', 'wife', 'daughter', 'sister', 'widow']);
const MALE_WORDS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'businessman', 'father', 'husband', 'son', 'brother', 'widower']);

/**
 * Relatives and representatives named by a possessive ("Elian's father", "Trump's lawyer") with the gender the
 * noun gives them (null: either).
 */
const RELATIVES = new Map<string, 'm' | 'f' | null>([
  ...['father', 'dad', 'son', 'brother', 'husband', 'uncle', 'grandfather', 'grandson', 'nephew', 'boyfriend', 'spokesman', 'stepfather'].map((w) => [w, 'm'] as const),
  ...['mother', 'mum', 'mom', 'daughter', 'granddaughter', 'sister', 'wife', 'aunt', 'grandmother', 'niece', 'girlfriend', 'spokeswoman', 'stepmother', 'widow'].map((w) => [w, 'f'] as const),
  ...['lawyer', 'attorney', 'spokesperson', 'aide', 'adviser', 'advisor', 'partner', 'cousin', 'friend', 'assistant', 'bodyguard', 'doctor'].map((w) => [w, null] as const),
]);
/** The entity id of such a person: a pronoun resolved to them stays unresolved. */
const UNNAMED = '';
const named = (known: readonly Candidate[]): Candidate[] => known.filter((c) => c.info.entity.id !== UNNAMED);

interface EntityInfo {
  entity: Entity;
  gender: 'm' | 'f' | null;
  /** Lower-cased words of titles and appositions used with the entity's names. */
  roles: Set<string>;
}

interface Candidate {
  info: EntityInfo;
  mention: Mention;
  sentence: number;
  subject: boolean;
  /** Followed by a verb of saying ("Miller said"). */
  speaks?: boolean;
}

function sentenceOfOffset(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * When the pronoun at token i speaks the quotation just before it ("“… not the British,” he declared"), the
 * character offset where that quotation opens: the speaker is not someone named inside his own words.
 */
function quotationBefore(doc: Doc, i: number): number | null {
  let k = i - 1;
  while (k >= 0 && /^[,—–-]$/.test(doc.tokens[k]!.text)) k--;
  const close = doc.tokens[k];
  if (!close || !(close.text === '”' || (close.text === '"' && k > 0 && doc.tokens[k - 1]!.end === close.start))) return null;
  const block = doc.sentences[close.sentence]!.block;
  for (let j = k - 1; j >= 0 && doc.sentences[doc.tokens[j]!.sentence]!.block === block; j--) {
    const t = doc.tokens[j]!.text;
    if (t === '“' || t === '"') return doc.tokens[j]!.start;
    if (t === '”') return null;
  }
  return null;
}

const SPEECH_AFTER = /^(?:said|says|told|added|stressed|noted|explained|wrote|argued|insisted|warned|claimed|announced|asked|replied|responded|continued|emphasized|emphasised|tweeted|stated|joked|quipped|laughed|admitted|conceded|recalled|remarked|observed|confirmed|acknowledged|posted|shouted)$/i;

/** What the article says about each entity: gender (first names, honorifics, gendered roles) and role words. */
function describe(doc: Doc): EntityInfo[] {
  return doc.entities.map((entity) => {
    const roles = new Set<string>();
    let m = 0;
    let f = 0;
    // A person the article only ever names with one word ("Meghan", "Harry") is named by a first name.
    const firstNameOnly = entity.type === 'person' && entity.mentions.every((x) => x.kind !== 'name' || !/\s/.test(x.text.trim()));
    for (const mention of entity.mentions) {
      if (mention.kind !== 'name') continue;
      const ti = tokenIndexAt(doc, mention.start);
      const sent = doc.tokens[ti]?.sentence;
      // Title words before the name ("US Secretary of State Antony Blinken") and inside the mention.
      // (Not the words of an organization's own name: "the government" is not the "Local Government Association".)
      const words: string[] = entity.type === 'organization' ? [] : mention.text.split(/\s+/).slice(0, -1).map((w) => w.toLowerCase().replace(/[.’']s?$/, ''));
      for (let k = ti - 1; k >= 0 && k >= ti - 6; k--) {
        const t = doc.tokens[k]!;
        // Capitalised titles, and lower-case role nouns ("billionaire Michael Bloomberg", "former mayor X").
        // (a role noun only right before the name or a title word: not "director for the Trump campaign").
        const role = PERSON_ROLES.has(t.text) && !/^(?:of|the|and|de|for)$/.test(doc.tokens[k + 1]!.text);
        if (t.sentence !== sent || !(/^(?:\p{Lu}[\p{L}.-]*|of|the|and|de|for|former)$/u.test(t.text) || role)) break;
        words.push(t.text.toLowerCase().replace(/\.$/, ''));
      }
      // An apposition after the name: "Jafari, the former commander in chief of the IRGC,".
      const end = tokenIndexAt(doc, mention.end - 1);
      // (Not after a name that a sentence opens with a preposition: "Without Tāmaki First, | the coalition would …".)
      const fronted = ti > 0 && doc.tokens[ti - 1]!.sentence === sent && doc.sentences[sent!]!.tokenStart === ti - 1 && /^(?:without|with|after|before|unlike|like|for|despite|besides|beyond|against|under|since|until|among|behind)$/i.test(doc.tokens[ti - 1]!.text);
      if (!fronted && doc.tokens[end + 1]?.text === ',' && /^(?:the|a|an|his|her|its)$/i.test(doc.tokens[end + 2]?.text ?? '')) {
        // (Up to a preposition: the role, not whom it is about — "a longtime critic of the mayor" is no mayor,
        // "an adviser to the president" no president.)
        // (Nor the subject of a frame after the name: "…, backed by Al Rayyan Sports Holdings, the club confirmed".)
        const appositionWords: string[] = [];
        let frame = false;
        for (let k = end + 3; k < doc.tokens.length && k <= end + 12; k++) {
          const t = doc.tokens[k]!;
          if (t.sentence !== sent || /^[,.;:()]$/.test(t.text) || /^(?:of|for|to|at|with|on|from|about|against)$/i.test(t.text)) break;
          if (FRAME_VERBS.test(t.text)) {
            frame = true;
            break;
          }
          appositionWords.push(t.text.toLowerCase());
        }
        if (!frame) words.push(...appositionWords);
      }
      // The kind of body written after its name: "the RMT union", "the Kestrel group" are "the union", "the group".
      const after = doc.tokens[end + 1];
      if (entity.type === 'organization' && after && after.sentence === sent && ORG_NOUNS.has(after.text) && !/^(?:of|for)$/i.test(doc.tokens[end + 2]?.text ?? '')) words.push(after.text);
      for (const w of words) {
        roles.add(w);
        // An abbreviated rank is the rank ("Lt. Mark Dubois" is "the lieutenant").
        const full = RANK_ABBREVIATIONS[w];
        if (full) roles.add(full);
        if (FEMALE_WORDS.has(w)) f += 2;
        if (MALE_WORDS.has(w)) m += 2;
      }
      if (entity.type === 'person') {
        const first = mention.text.replace(/^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen)\.?\s+)+/, '').split(/\s+/)[0] ?? '';
        const g = mention.text.split(/\s+/).length > 1 || firstNameOnly ? genderOfFirstName(first) : null;
        if (g === 'm') m++;
        if (g === 'f') f++;
      }
    }
    const gender = m > f ? 'm' : f > m ? 'f' : null;
    return { entity, gender, roles };
  });
}

function mentionOf(doc: Doc, start: number, end: number, type: EntityType, kind: 'pronoun' | 'nominal', entity: Entity): Mention {
  return { start, end, text: doc.body.slice(start, end), type, kind, entity_id: entity.id };
}

export function resolveCoreference(doc: Doc): void {
  if (doc.entities.length === 0 || doc.tokens.length === 0) return;
  const infos = describe(doc);
  const infoOf = new Map(infos.map((i) => [i.entity.id, i]));
  const taken = doc.mentions.map((m) => [m.start, m.end] as const);
  const isTaken = (s: number, e: number): boolean => taken.some(([a, b]) => a < e && s < b);
  // A description may hold the place it names its subject by ("The Rockford, Ill., maker of fasteners").
  const places = doc.mentions.filter((m) => m.type === 'place').map((m) => [m.start, m.end] as const);
  const takenByOther = (s: number, e: number): boolean => taken.some(([a, b]) => a < e && s < b && !places.some(([c, d]) => c === a && d === b));
  // Mentions seen so far, in text order; resolved pronouns and nominals join them as we go.
  const known: Candidate[] = [];
  const firstInSentence = new Map<number, number>();
  const clauseSubject = new Set<number>();
  // A dateline ("BRUSSELS (AP) —", "SAN FRANCISCO, May 2 (Reuters) -") places the story; it is not the sentence's
  // subject, and the name after it may be.
  const filed = datelines(doc);
  const isDateline = (m: Mention): boolean => filed.some(([a, b]) => m.start >= a && m.end <= b);
  // Nor is a name that only qualifies a person's title ("Brennock manager Pieter van Aalst", "Apple CEO Tim Cook").
  const qualifiesTitle = (m: Mention, k: number): boolean => {
    const next = doc.mentions[k + 1];
    if (!next || next.type !== 'person' || m.type === 'person') return false;
    // (Opening the sentence: not "At a news conference with US Vice President Al Gore, Mr. Netanyahu said".)
    const s0 = doc.sentences[sentenceOfOffset(doc, m.start)]!.tokenStart;
    if (doc.tokens[s0]!.start !== m.start) return false;
    const gap = doc.body.slice(m.end, next.start).trim().split(/\s+/);
    return gap.length >= 1 && gap.length <= 3 && gap.every((w) => /^[\p{L}-]+$/u.test(w)) && gap.some((w) => PERSON_ROLES.has(w.toLowerCase()));
  };
  // Nor a name inside a clause the sentence opens with ("Asked about facing Lindahl, who beat him in Miami, | Ferraz
  // smiled", "When Smith arrived, | Jones left"): the subject is the name after a comma that a verb follows.
  const opensWithClause = (s: number): boolean => /^(?:Asked|\p{Lu}\p{Ll}+ing|When|While|After|Before|Although|Though|Because|Since|Once|Despite|Unlike|Following)$/u.test(doc.tokens[doc.sentences[s]!.tokenStart]?.text ?? '');
  const mainSubject = (m: Mention): boolean => {
    const ti = tokenIndexAt(doc, m.start);
    const te = tokenIndexAt(doc, m.end - 1);
    return doc.tokens[ti - 1]?.text === ',' && /^\p{Ll}+$/u.test(doc.tokens[te + 1]?.text ?? '') && !/^(?:who|which|whose|and|or|but|of|in|at)$/.test(doc.tokens[te + 1]!.text);
  };
  doc.mentions.forEach((m, k) => {
    if (!m.entity_id || isDateline(m) || qualifiesTitle(m, k)) return;
    const s = sentenceOfOffset(doc, m.start);
    if (opensWithClause(s)) {
      if (mainSubject(m) && (!firstInSentence.has(s) || !clauseSubject.has(s))) {
        firstInSentence.set(s, m.start);
        clauseSubject.add(s);
      }
      if (!clauseSubject.has(s) && !firstInSentence.has(s)) firstInSentence.set(s, m.start);
      return;
    }
    if (!firstInSentence.has(s)) firstInSentence.set(s, m.start);
  });
  const byStart = [...doc.mentions].filter((m) => m.entity_id).sort((a, b) => a.start - b.start);
  // Part-of-speech tags of a sentence, computed only where a plural pronoun needs them.
  const posCache = new Map<number, string[]>();
  const posOf = (ti: number): string => {
    const s = doc.tokens[ti]!.sentence;
    let tags = posCache.get(s);
    if (!tags) {
      const { tokenStart, tokenEnd } = doc.sentences[s]!;
      const words = doc.tokens.slice(tokenStart, tokenEnd).map((t) => t.text);
      const model = loadSyntaxModel();
      tags = tagSyntax(words, words.map(() => 0), model).pos.map((p) => model.posTags[p]!);
      posCache.set(s, tags);
    }
    return tags[ti - doc.sentences[s]!.tokenStart]!;
  };
  /**
   * Whether a plural pronoun at token `ti` should not go to the organization mentioned at `m`: the name
   * only modifies a noun ("the UN Security Council resolution"), or a plural noun stands between them
   * ("… allows civilians to return to their homes": "their" is the civilians'), or a sentence between them is about a
   * group of people ("The union said … Hundreds of angry fishermen gathered outside its offices. They said …").
   */
  const pluralBlocked = (m: Mention, ti: number): boolean => {
    const after = tokenIndexAt(doc, m.end);
    if (after < ti && /^NNP/.test(posOf(after)) && doc.tokens[after]!.start <= m.end + 1) return true;
    for (let k = after; k < ti; k++) if (doc.tokens[k]!.sentence === doc.tokens[ti]!.sentence && /^NNP?S$/.test(posOf(k))) return true;
    const ms = sentenceOfOffset(doc, m.start);
    for (let s = ms; s < doc.tokens[ti]!.sentence; s++) {
      if (insideQuotation(doc.sentences[s]!.tokenStart)) continue;
      const group = groupSubject(doc, s);
      if (group && (s > ms || group[1] <= m.start)) return true;
    }
    return false;
  };
  /** A name that only modifies the common noun after it ("above Wall Street estimates"): not what "it" refers to. */
  const attributive = (m: Mention): boolean => {
    // A name inside a hyphenated modifier ("a Denver-based developer", "The Columbus, Ohio-based retailer") is one too.
    if (/^-\p{L}/u.test(doc.body.slice(m.end, m.end + 2)) || CITY_STATE_MODIFIER.test(doc.body.slice(m.end, m.end + 40))) return true;
    const after = tokenIndexAt(doc, m.end);
    const t = doc.tokens[after];
    if (!t || t.start !== m.end + 1 || t.sentence !== sentenceOfOffset(doc, m.start)) return false;
    if (/^\p{Ll}+$/u.test(t.text) && /^NNS?$/.test(posOf(after))) return true;
    // Or a title before a person's name ("U.S. District Judge Eleanor Marsh").
    for (let k = after; k < after + 4 && doc.tokens[k]?.sentence === t.sentence && /^\p{Lu}/u.test(doc.tokens[k]!.text); k++) {
      const start = doc.tokens[k + 1]?.start;
      if (start !== undefined && doc.mentions.some((x) => x.kind === 'name' && x.type === 'person' && x.start === start)) return true;
    }
    return false;
  };
  const quotations = findQuotations(doc);
  const insideQuotation = (i: number): boolean => quotations.some((q) => i > q.open && i < (q.close >= 0 ? q.close : q.last + 1));
  const personAt = (k: number): Mention | undefined => {
    const t = doc.tokens[k];
    return t && doc.mentions.find((m) => m.kind === 'name' && m.type === 'person' && m.start === t.start);
  };
  const personEndingAt = (k: number): Mention | undefined => {
    const t = doc.tokens[k];
    return t && doc.mentions.find((m) => m.kind === 'name' && m.type === 'person' && m.end === t.end);
  };
  /** The entity of the person named as the speaker of the quotation around token i: "“…,” Hollis said", "“…,” said Hollis", "Hollis said: “…”". */
  const quotationSpeaker = (i: number): string | null => {
    const at = quotations.findIndex((x) => i > x.open && i < (x.close >= 0 ? x.close : x.last + 1));
    return at < 0 ? null : framedSpeaker(at);
  };
  const framedSpeaker = (at: number): string | null => {
    const q = quotations[at]!;
    // (The frame is in the closing mark's sentence: "… took it.” ¶ Ben Affleck tweeted" frames the next quotation.)
    if (q.close >= 0 && doc.tokens[q.close + 1]?.sentence === doc.tokens[q.close]!.sentence) {
      let k = q.close + 1;
      if (doc.tokens[k]?.text === ',') k++;
      if (SPEECH_AFTER.test(doc.tokens[k]?.text ?? '')) return personAt(k + 1)?.entity_id ?? null;
      // The name, after a title of up to four words ("City manager Graham Hollis said").
      for (let j = k; j <= k + 4 && doc.tokens[j] && doc.tokens[j]!.sentence === doc.tokens[k]!.sentence && /^[\p{L}.-]+$/u.test(doc.tokens[j]!.text); j++) {
        const m = personAt(j);
        if (!m) continue;
        const after = tokenIndexAt(doc, m.end);
        if (SPEECH_AFTER.test(doc.tokens[after]?.text ?? '')) return m.entity_id;
        break;
      }
    }
    let k = q.open - 1;
    if (/^[:,]$/.test(doc.tokens[k]?.text ?? '')) k--;
    // (Over the time of the speech: "Chuck Schumer, said on Friday “…”".)
    const time = doc.dates.find((d) => d.end === doc.tokens[k]?.end);
    if (time) {
      while (k > 0 && doc.tokens[k]!.start >= time.start) k--;
      if (/^(?:on|at|in)$/i.test(doc.tokens[k]!.text)) k--;
    }
    if (k > 0 && SPEECH_AFTER.test(doc.tokens[k]!.text) && doc.sentences[doc.tokens[k]!.sentence]!.block === q.firstBlock) {
      const m = personEndingAt(k - 1) ?? (doc.tokens[k - 1]?.text === ',' ? personEndingAt(k - 2) : undefined);
      return m?.entity_id ?? null;
    }
    // The second part of a split quotation is the first part's speaker's: "“…,” Hollis said. “He’s been waiting …”",
    // "said “…” and “…”".
    const p = quotations[at - 1];
    if (p && p.close >= 0 && q.open - p.close <= 8 && p.lastBlock === q.firstBlock && /^(?:\.|and)$/.test(doc.tokens[q.open - 1]?.text ?? '')) return framedSpeaker(at - 1);
    return null;
  };
  let next = 0;
  const added: Mention[] = [];
  const addKnown = (m: Mention): void => {
    const info = infoOf.get(m.entity_id!);
    if (!info) return;
    const s = sentenceOfOffset(doc, m.start);
    const ti = tokenIndexAt(doc, m.end);
    const after = doc.tokens[ti]?.text ?? '';
    // The first name in a sentence, unless a preposition puts it in a phrase before the subject ("On the
    // Toronto Stock Exchange yesterday, Magna shares closed up").
    // A possessor there is still the topic ("In Hajjaj’s case, she decided").
    const fronted =
      /(?:^|\s)(?:on|in|at|from|for|with|by|to|of|after|before|during|under|over|across|near)\s+(?:the\s+)?$/i.test(doc.body.slice(Math.max(0, m.start - 16), m.start)) &&
      !/^['’]s?\b/.test(doc.body.slice(m.end, m.end + 2));
    // (An organization a speaker is "of" or "at" is no subject: "Tom Giordano of Westlake Capital said", "Analysts at
    // Crestline Partners wrote".)
    const employer = m.type === 'organization' && /\s(?:of|at|from|with)\s+(?:the\s+)?$/i.test(doc.body.slice(Math.max(0, m.start - 12), m.start)) &&
      (/\b(?:analysts?|economists?|strategists?)\s+(?:of|at|from|with)\s+(?:the\s+)?$/i.test(doc.body.slice(Math.max(0, m.start - 30), m.start)) ||
        doc.mentions.some((x) => x.type === 'person' && x.kind === 'name' && x.end <= m.start && /^\s+(?:of|at|from|with)\s+(?:the\s+)?$/i.test(doc.body.slice(x.end, m.start))));
    // (A name set off by commas right before the verb of saying speaks too: "ESA's director of Earth observation,
    // Lucia Ferraro, said".)
    const apposedSpeaker = m.type === 'person' && after === ',' && SPEECH_AFTER.test(doc.tokens[ti + 1]?.text ?? '') && /,\s*$/.test(doc.body.slice(Math.max(0, m.start - 3), m.start));
    // (A relative named right after the possessive is the subject, not the possessor: "Kelsey's mum, Carol Marlowe, …".)
    const relativeNamed = m.type === 'person' && /['’]s?\s+(\p{Ll}+)\s*,\s*$/u.exec(doc.body.slice(Math.max(0, m.start - 30), m.start));
    const isRelative = !!relativeNamed && RELATIVES.has(relativeNamed[1]!);
    const subject = (firstInSentence.get(s) === m.start && !fronted && !isDateline(m)) || (SPEECH_AFTER.test(after) && !employer) || isRelative;
    // "Elian's father also criticized …": the subject is a person the article does not name, and "he" in what
    // follows is that person, not the possessor.
    const possessed = /^['’]s?$/.test(after) ? RELATIVES.get(doc.tokens[ti + 1]?.text.toLowerCase() ?? '') : undefined;
    // (Unless the relative is named right after: "Ortega's mother, Elena Ortega, wept" is Elena Ortega.)
    const namedRelative = doc.tokens[ti + 2]?.text === ',' && doc.mentions.some((x) => x.kind === 'name' && x.type === 'person' && x.start === doc.tokens[ti + 3]?.start);
    if (possessed !== undefined && info.entity.type === 'person' && namedRelative) {
      known.push({ info, mention: m, sentence: s, subject: false });
      return;
    }
    if (possessed !== undefined && info.entity.type === 'person' && !namedRelative) {
      known.push({ info, mention: m, sentence: s, subject: false });
      known.push({ info: { entity: { ...info.entity, id: UNNAMED }, gender: possessed, roles: new Set() }, mention: m, sentence: s, subject, speaks: SPEECH_AFTER.test(doc.tokens[ti + 2]?.text ?? '') });
      return;
    }
    known.push({ info, mention: m, sentence: s, subject, speaks: SPEECH_AFTER.test(after) || apposedSpeaker });
  };

  // An organization the article does not name opening a sentence ("The hospital said it had treated 40 patients"):
  // the "it" that follows is that one, not the organization or place named before.
  const unnamedBody = (i: number): void => {
    const sentence = doc.tokens[i]!.sentence;
    if (doc.sentences[sentence]!.tokenStart !== i || insideQuotation(i)) return;
    const nominal = nominalAt(doc, i);
    if (!nominal || !ORG_NOUNS.has(nominal.head) || PERSON_ROLES.has(nominal.head)) return;
    const start = doc.tokens[i]!.start;
    const end = doc.tokens[nominal.end - 1]!.end;
    // (Not one the phrase names: "The newly created Life and Liberty Party".)
    if (doc.mentions.some((m) => m.kind === 'name' && m.type !== 'place' && m.start < end && start < m.end)) return;
    const mention: Mention = { start, end, text: doc.body.slice(start, end), type: 'organization', kind: 'nominal', entity_id: null };
    known.push({ info: { entity: { id: UNNAMED, type: 'organization', name: '', mentions: [] }, gender: null, roles: new Set() }, mention, sentence, subject: true });
  };
  const storms = stormNames(doc.body);
  for (let i = 0; i < doc.tokens.length; i++) {
    const tok = doc.tokens[i]!;
    while (next < byStart.length && byStart[next]!.end <= tok.start) addKnown(byStart[next++]!);
    if (isTaken(tok.start, tok.end)) continue;
    const lower = tok.text.toLowerCase();
    const pron = PERSONAL_PRONOUNS[lower];
    if (pron && pron.person === 3) {
      // ("her" before a preposition or a stop is the object: "Day's son, Terry Melcher, predeceased her in 2004".)
      const objectHer = lower === 'her' && /^(?:[.,;:!?)”"]|in|on|at|to|for|with|from|by|and|or|but|as|after|before|when|that|again|too|back|off|out|up|down|over|about|into|last|this|because|if)$/i.test(doc.tokens[i + 1]?.text ?? '.');
      const possessive = /^(?:his|her|hers|its|their|theirs)$/.test(lower) && !objectHer;
      // Reflexive plurals bind inside their clause; "it is/was …" is mostly impersonal.
      // (So is "it might be days", "it would be difficult to …", "it could take weeks".)
      const pleonastic =
        lower === 'it' &&
        (/^(?:is|was|'s|’s|seems|seemed|appears|appeared|remains|takes|took)$/i.test(doc.tokens[i + 1]?.text ?? '') ||
          (/^(?:will|would|could|might|may|should|can|must)$/i.test(doc.tokens[i + 1]?.text ?? '') &&
            (/^(?:take|cost)$/i.test(doc.tokens[i + 2]?.text ?? '') ||
              (doc.tokens[i + 2]?.text === 'be' && /^(?:days|weeks|hours|months|years|a|too|difficult|hard|easy|possible|impossible|necessary|important|better|best|safe|wise|unlikely|likely|some|several)$/i.test(doc.tokens[i + 3]?.text ?? '')))));
      // Inside a quotation "it" belongs to the speaker's own words ("… and that was it," she said), not to the article.
      const quotedIt = pron.gender === 'n' && pron.number !== 'pl' && insideQuotation(i);
      // Inside a quotation "he" or "she" is not the one who speaks it ("“He’s been waiting for his chance,” Hollis said").
      const speaking = pron.gender === 'm' || pron.gender === 'f' ? quotationSpeaker(i) : null;
      // An object pronoun is not the subject of its own clause ("Terry Melcher predeceased her": not Melcher; but "X has
      // sued the government for ousting her" may be X).
      const objectOf = (objectHer || /^(?:him|them)$/.test(lower)) ? (c: Candidate): boolean => c.subject && c.sentence === tok.sentence && !doc.tokens.slice(tokenIndexAt(doc, c.mention.end) + (doc.tokens[tokenIndexAt(doc, c.mention.end)]?.text === ',' ? 1 : 0), i).some((x) => /^(?:,|;|that|who|which|and|but|when|because|if|said|says|told|to|\p{Ll}+ing)$/iu.test(x.text)) : null;
      const blockedBase =
        pron.number === 'pl' ? (c: Candidate): boolean => pluralBlocked(c.mention, i)
        : pron.gender === 'n' ? (c: Candidate): boolean => attributive(c.mention) || (c.info.entity.type === 'place' && isDateline(c.mention))
        : speaking ? (c: Candidate): boolean => c.info.entity.id === speaking
        : null;
      const blocked = objectOf ? (c: Candidate): boolean => objectOf(c) || !!blockedBase?.(c) : blockedBase;
      const quoted = possessive ? null : quotationBefore(doc, i);
      const speaks = SPEECH_AFTER.test(doc.tokens[i + 1]?.text ?? '');
      const picked = /^(?:themselves|theirs)$/.test(lower) || pleonastic || quotedIt ? null : pickAntecedent(known, tok.sentence, tok.start, pron, possessive, blocked, quoted, speaks);
      const best = picked?.info.entity.id === UNNAMED ? null : picked;
      if (best) {
        const m = mentionOf(doc, tok.start, tok.end, best.info.entity.type, 'pronoun', best.info.entity);
        added.push(m);
        // ("Her daughter, Lucia Delgado-Harris, … said": the possessor of a relative or of someone in a role is not the
        // sentence's subject; the one named after is.)
        const owner = possessive && (RELATIVES.has(doc.tokens[i + 1]?.text.toLowerCase() ?? '') || PERSON_ROLES.has(doc.tokens[i + 1]?.text.toLowerCase() ?? '')) && doc.tokens[i + 2]?.text === ',';
        known.push({ info: best.info, mention: m, sentence: tok.sentence, subject: !owner && (firstInSentence.get(tok.sentence) === undefined || firstInSentence.get(tok.sentence)! > tok.start), speaks });
        if (!owner && (!firstInSentence.has(tok.sentence) || firstInSentence.get(tok.sentence)! > tok.start)) firstInSentence.set(tok.sentence, tok.start);
        if (pron.gender === 'm' || pron.gender === 'f') best.info.gender ??= pron.gender;
      }
      continue;
    }
    // A storm is no entity, but what "it" refers to after "Typhoon Phanfone hit …" (not the place it hit).
    const stormWord = /^(?:Hurricane|Typhoon|Cyclone|Superstorm|Storm)$/.test(tok.text) && storms.has(doc.tokens[i + 1]?.text ?? '') && doc.tokens[i + 1]!.sentence === tok.sentence;
    if (stormWord || (storms.has(tok.text) && !/^(?:Hurricane|Typhoon|Cyclone|Superstorm|Storm)$/.test(doc.tokens[i - 1]?.text ?? ''))) {
      const from = stormWord && doc.tokens[i - 1]?.text === 'Tropical' ? i - 1 : i;
      const start = doc.tokens[from]!.start;
      const end = doc.tokens[stormWord ? i + 1 : i]!.end;
      const mention: Mention = { start, end, text: doc.body.slice(start, end), type: 'organization', kind: 'nominal', entity_id: null };
      known.push({ info: { entity: { id: UNNAMED, type: 'organization', name: '', mentions: [] }, gender: null, roles: new Set() }, mention, sentence: tok.sentence, subject: from - doc.sentences[tok.sentence]!.tokenStart <= 1 });
      // (It is the first thing its sentence names: the subject, not the place after it.)
      if (!firstInSentence.has(tok.sentence) || firstInSentence.get(tok.sentence)! > start) firstInSentence.set(tok.sentence, start);
      if (stormWord) i++;
      continue;
    }
    // Someone unnamed who speaks ("A neighbour, who did not want to be named, told the BBC …"): the "she" of the
    // next quotation is that one, not the last woman named before.
    // (Not inside a quotation: "“… One official told me …,” Daoud Makkawi told Reuters. He said …")
    // "A company spokesman said", "a union official told …": the body of the spokesperson is the one the story is
    // about, as "the company" would be (the word for the body is the mention).
    if ((lower === 'a' || lower === 'an') && REPRESENTED_BODIES.has(doc.tokens[i + 1]?.text ?? '') && REPRESENTATIVE.test(doc.tokens[i + 2]?.text ?? '') && !insideQuotation(i)) {
      const body = doc.tokens[i + 1]!;
      const best = pickNominal(doc, named(known), tok.sentence, body.text, [body.text]);
      if (best && !isTaken(body.start, body.end)) {
        const m = mentionOf(doc, body.start, body.end, best.info.entity.type, 'nominal', best.info.entity);
        added.push(m);
        known.push({ info: best.info, mention: m, sentence: tok.sentence, subject: false });
        i++;
        continue;
      }
    }
    if ((lower === 'a' || lower === 'an' || lower === 'one') && doc.sentences[tok.sentence]!.tokenStart === i && !insideQuotation(i)) {
      const speaker = unnamedSpeaker(doc, i);
      if (speaker) known.push({ info: { entity: { id: UNNAMED, type: 'person', name: '', mentions: [] }, gender: speaker.gender, roles: new Set() }, mention: speaker.mention, sentence: tok.sentence, subject: true, speaks: true });
      // So is an unnamed organization ("A software company said on Monday it would cut 300 jobs"): "it" is that one.
      else unnamedBody(i);
      continue;
    }
    if (lower === 'the' || lower === 'this') {
      const nominal = nominalAt(doc, i);
      if (!nominal) {
        // A thing that opens its sentence as the subject ("The bill passed 77-19. … called it …"): what a later "it"
        // refers to, not the organization named before it.
        const thing = doc.sentences[tok.sentence]!.tokenStart === i && !insideQuotation(i) ? thingSubject(doc, i) : null;
        if (thing) known.push({ info: { entity: { id: UNNAMED, type: 'organization', name: '', mentions: [] }, gender: null, roles: new Set() }, mention: thing, sentence: tok.sentence, subject: true });
        continue;
      }
      const { end, head } = nominal;
      const startC = tok.start;
      const endC = doc.tokens[end - 1]!.end;
      if (ORG_NOUNS.has(head) && !PERSON_ROLES.has(head) ? takenByOther(startC, endC) || isTaken(startC, tok.end) : isTaken(startC, endC)) continue;
      // "The prime minister, Boris Johnson,": the name follows as an apposition.
      // It introduces that name, which is the mention ("The Czech foreign minister, Jan Kavan," is not the Polish one
      // named before).
      const appositive = doc.tokens[end]?.text === ',' && /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '');
      if (appositive && doc.mentions.some((x) => x.kind === 'name' && x.start === doc.tokens[end + 1]!.start)) continue;
      // (Also after its complement: "The chair of the committee, Ambassador Luis Fernando Echeverría, appealed", "The
      // electoral commissioner in Kano State, Musa Bello, said".)
      {
        let k = end;
        if (/^(?:of|in|at|for|from|on)$/.test(doc.tokens[k]?.text ?? '')) while (k < end + 5 && doc.tokens[k] && doc.tokens[k]!.text !== ',' && doc.tokens[k]!.sentence === tok.sentence) k++;
        const named = k > end && doc.tokens[k]?.text === ',' && doc.mentions.some((x) => x.kind === 'name' && x.type === 'person' && (x.start === doc.tokens[k + 1]?.start || (/^\p{Lu}/u.test(doc.tokens[k + 1]?.text ?? '') && x.start === doc.tokens[k + 2]?.start)));
        if (named) continue;
      }
      const between = doc.tokens.slice(i + 1, end);
      // Capitalised words in the description name something ("the Kaufland chain", "the Al-Qaeda organization");
      // not a place or a nationality, which say where it is ("The Rockford, Ill., maker", "the Dutch chemical group").
      const inPlace = (t: { start: number; end: number }): boolean => doc.mentions.some((m) => m.type === 'place' && m.start <= t.start && t.end <= m.end);
      let headAt = between.length;
      while (headAt > 0 && between[headAt - 1]!.text.toLowerCase() !== head) headAt--;
      const proper = between
        .slice(0, Math.max(0, headAt - 1))
        .filter((t) => /^\p{Lu}/u.test(t.text) && !/-(?:based|born|owned|listed|headquartered|run|led)$/i.test(t.text) && !DEMONYMS.has(t.text) && !inPlace(t) && !/^[A-Z][a-z]{0,3}\.$/.test(t.text))
        .map((t) => t.text.toLowerCase());
      const best = pickNominal(doc, named(known), tok.sentence, head, between.map((t) => t.text.toLowerCase()), appositive, proper);
      if (!best) unnamedBody(i);
      if (best) {
        const m = mentionOf(doc, startC, endC, best.info.entity.type, 'nominal', best.info.entity);
        added.push(m);
        const first = firstInSentence.get(tok.sentence);
        known.push({ info: best.info, mention: m, sentence: tok.sentence, subject: first === undefined || first >= startC });
        if (first === undefined || first > startC) firstInSentence.set(tok.sentence, startC);
        // Places inside the description ("The Rockford, Ill., maker") are not what later pronouns refer to.
        while (next < byStart.length && byStart[next]!.start >= startC && byStart[next]!.end <= endC) next++;
        i = end - 1;
      }
    }
  }
  if (added.length === 0) return;
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  for (const m of added) byId.get(m.entity_id!)!.mentions.push(m);
  for (const e of doc.entities) e.mentions.sort((a, b) => a.start - b.start);
  doc.mentions = [...doc.mentions, ...added].sort((a, b) => a.start - b.start);
}

/** People nouns for someone unnamed in a story ("a neighbour", "one resident"), beyond the roles of PERSON_ROLES. */
const BYSTANDERS = new Set(['neighbour', 'neighbor', 'resident', 'passer-by', 'passerby', 'bystander', 'relative', 'friend', 'colleague', 'customer', 'worker', 'employee', 'woman', 'man', 'source', 'member', 'local', 'survivor', 'mother', 'father']);
const FEMALE_NOUNS = new Set(['woman', 'mother', 'spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman', 'actress']);
const MALE_NOUNS = new Set(['man', 'father', 'spokesman', 'chairman', 'businessman', 'congressman']);

/**
 * An indefinite person opening a sentence and saying something in it ("A neighbour, who …, told the BBC",
 * "One resident said"): the span and the gender its noun gives, if any.
 */
function unnamedSpeaker(doc: Doc, i: number): { mention: Mention; gender: 'm' | 'f' | null } | null {
  const sent = doc.tokens[i]!.sentence;
  for (let k = i + 1; k <= i + 4 && doc.tokens[k]?.sentence === sent; k++) {
    const w = doc.tokens[k]!.text.toLowerCase();
    // (An age and a nationality may stand before the noun: "A 19-year-old Sudanese woman, who …, said".)
    if (!/^[\p{Ll}-]+$/u.test(doc.tokens[k]!.text) && !/^\d{1,3}-year-old$/.test(doc.tokens[k]!.text) && !DEMONYMS.has(doc.tokens[k]!.text)) return null;
    if (!PERSON_ROLES.has(w) && !BYSTANDERS.has(w)) continue;
    // A verb of saying further on in the sentence, after at most a relative clause.
    const end = doc.sentences[sent]!.tokenEnd;
    let says = false;
    for (let j = k + 1; j < Math.min(end, k + 16) && !says; j++) says = SPEECH_AFTER.test(doc.tokens[j]!.text);
    if (!says) return null;
    const start = doc.tokens[i]!.start;
    const mention: Mention = { start, end: doc.tokens[k]!.end, text: doc.body.slice(start, doc.tokens[k]!.end), type: 'person', kind: 'nominal', entity_id: null };
    return { mention, gender: FEMALE_NOUNS.has(w) ? 'f' : MALE_NOUNS.has(w) ? 'm' : null };
  }
  return null;
}

/** Nouns of places, which later pronouns may refer to through the place's name ("The city has …"). */
const PLACE_NOUNS = new Set(['city', 'town', 'country', 'state', 'region', 'island', 'village', 'capital', 'province', 'county', 'nation', 'area', 'territory', 'kingdom', 'republic']);
/** Finite verbs and auxiliaries right after a subject's head. */
const SUBJECT_VERB = /^(?:is|was|are|were|will|would|has|had|could|can|should|may|might|must|does|did|\p{Ll}+ed)$/u;

/**
 * "The bill passed …", "The study was …": a definite noun phrase of lower-case words opening its sentence before its
 * verb, naming neither a person, an organization nor a place — its span, or null.
 */
function thingSubject(doc: Doc, i: number): Mention | null {
  const sent = doc.tokens[i]!.sentence;
  for (let k = i + 1; k <= i + 3; k++) {
    const t = doc.tokens[k];
    const next = doc.tokens[k + 1];
    if (!t || !next || t.sentence !== sent || !/^[\p{Ll}-]+$/u.test(t.text) || DESCRIPTION_STOPS.has(t.text)) return null;
    // (An adverb is no head: "The newly created …".)
    if (!SUBJECT_VERB.test(next.text) || /ly$/.test(t.text)) continue;
    const head = t.text;
    if (PERSON_ROLES.has(head) || ORG_NOUNS.has(head) || PLACE_NOUNS.has(head) || /s$/.test(head)) return null;
    const start = doc.tokens[i]!.start;
    return { start, end: t.end, text: doc.body.slice(start, t.end), type: 'organization', kind: 'nominal', entity_id: null };
  }
  return null;
}

function pickAntecedent(
  known: readonly Candidate[],
  sentence: number,
  offset: number,
  pron: (typeof PERSONAL_PRONOUNS)[string],
  possessive: boolean,
  blocked: ((c: Candidate) => boolean) | null,
  /** Where the quotation the pronoun speaks opens: mentions from there on are not its antecedent. */
  quoted: number | null = null,
  /** Whether the pronoun is followed by a verb of saying: "he said" mostly continues the last speaker. */
  speaks = false,
): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  const seen = new Map<string, number>();
  for (const c of known) seen.set(c.info.entity.id, (seen.get(c.info.entity.id) ?? 0) + 1);
  for (let k = known.length - 1; k >= 0; k--) {
    const c = known[k]!;
    const dist = sentence - c.sentence;
    if (dist > 3) break;
    if (quoted !== null && c.mention.start >= quoted) continue;
    const type = c.info.entity.type;
    if (pron.gender === 'm' || pron.gender === 'f') {
      if (type !== 'person' || blocked?.(c)) continue;
      if (c.info.gender && c.info.gender !== pron.gender) continue;
    } else if (pron.gender === 'n') {
      if (type === 'person' || blocked?.(c)) continue;
    } else if (pron.number === 'pl') {
      // "they" for an organization only when it is the subject just before; plural pronouns mostly mean groups of people.
      if (type !== 'organization' || dist > 1 || !c.subject || blocked?.(c)) continue;
    }
    const chars = offset - c.mention.end;
    // Possessives mostly point at the nearest fitting name ("Iran and its proxies"), and at the subject just
    // before them ("Gallant, in his meeting"); other pronouns at the subject.
    const subjectBonus = c.subject ? (possessive && dist === 0 ? (chars < 40 ? 4 : 1) : 4) : 0;
    let score = 10 - 3 * dist + subjectBonus + Math.min(2, (seen.get(c.info.entity.id) ?? 0) * 0.5) - Math.min(3, chars / 60);
    if (dist === 0 && !possessive) score -= 1;
    if (!c.info.gender && (pron.gender === 'm' || pron.gender === 'f')) score -= 1.5;
    if (speaks && c.speaks && dist <= 1) score += 2;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Words a description does not run over before its head noun. */
const DESCRIPTION_STOPS = new Set(['of', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'with', 'to', 'from', 'by', 'is', 'was', 'are', 'were', 'be', 'has', 'have', 'had', 'that', 'which', 'who']);

/** "the (former) prime minister", "the secretary of state", "the company": the span end and its head noun. */
function nominalAt(doc: Doc, i: number): { end: number; head: string } | null {
  const sent = doc.tokens[i]!.sentence;
  let reach = i + 4;
  for (let k = i + 1; k < doc.tokens.length && k <= reach; k++) {
    const t = doc.tokens[k]!;
    // "The Rockford, Ill., maker of fasteners": a place and its state between commas.
    if (t.text === ',' && k > i + 1 && /^\p{Lu}/u.test(doc.tokens[k - 1]!.text)) {
      const st = doc.tokens[k + 1];
      const close = doc.tokens[k + 2]?.text === '.' ? k + 3 : k + 2;
      if (st && /^\p{Lu}[\p{L}.]*$/u.test(st.text) && doc.tokens[close]?.text === ',' && doc.tokens[close]!.sentence === sent) {
        reach += close - k + 1;
        k = close;
        continue;
      }
      // "The Kearny, N.J.-based maker of hair accessories" ("N.J." "-" "based").
      if (st && /^\p{Lu}[\p{L}.]*$/u.test(st.text) && doc.tokens[k + 2]?.text === '-' && doc.tokens[k + 3]?.text === 'based' && st.sentence === sent) {
        reach += 4;
        k += 3;
        continue;
      }
    }
    // (Abbreviated words too: "The St. Louis company", "the U.S. carmaker".)
    if (t.sentence !== sent || !/^[\p{L}-]+$|^(?:\p{Lu}\p{Ll}{0,3}\.|(?:\p{Lu}\.)+|\d+|\d+-[\p{L}-]+)$/u.test(t.text)) return null;
    const w = t.text.toLowerCase();
    // "the German said", "the Dutchman added": a nationality standing for a person, as sports writing has it.
    // So does an age: "the 27-year-old told fans".
    if (k === i + 1 && (DEMONYMS.has(t.text) || /^(?:Dutch|French|English|Irish|Welsh|Scots|Swiss)(?:man|woman)$|^(?:Spaniard|Swede|Dane|Finn|Pole|Brit|Scot|Kiwi|Aussie)$|^\d{1,3}-year-old$/.test(t.text)) && SPEECH_AFTER.test(doc.tokens[k + 1]?.text ?? '')) {
      return { end: k + 1, head: w };
    }
    // A function word before the head ends the search: "the kitchen of the keeper's cottage", "The sea is company".
    if (DESCRIPTION_STOPS.has(w)) return null;
    if (PERSON_ROLES.has(w) || ORG_NOUNS.has(w)) {
      // A capitalised organization noun after a capitalised word ends a name, not a description ("the West Bank",
      // "the Labour Party"; "the Court" is one).
      if (!PERSON_ROLES.has(w) && /^\p{Lu}/u.test(t.text) && k > i + 1 && /^\p{Lu}/u.test(doc.tokens[k - 1]!.text)) return null;
      let end = k + 1;
      // "the Secretary of State": a capitalised "of" complement belongs to the title.
      if (doc.tokens[end]?.text === 'of' && /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '') && doc.tokens[end + 1]!.sentence === sent) end += 2;
      const after = doc.tokens[end];
      // A title right before a name ("the Prime Minister Benjamin Netanyahu") is part of a name mention, not a nominal.
      if (after && after.sentence === sent && /^\p{Lu}/u.test(after.text) && after.start === doc.tokens[end - 1]!.end + 1) return null;
      // "the company's" is fine; "the company of" something else is not a reference.
      return { end, head: w };
    }
  }
  return null;
}

/** Organization nouns that may refer to the organization the last sentences are about ("the company", "the maker"). */
const GENERIC_ORG_NOUNS = new Set(['streamer', 'start-up', 'promoter', 'organizer', 'organiser', 'builder', 'contractor', 'company', 'firm', 'group', 'organization', 'organisation', 'agency', 'party', 'union', 'bank', 'maker', 'producer', 'supplier', 'retailer', 'lender', 'insurer', 'thrift', 'concern', 'utility', 'operator', 'developer', 'distributor', 'chain', 'publisher', 'automaker', 'carmaker', 'manufacturer', 'airline', 'carrier', 'club', 'startup', 'charity', 'regulator', 'watchdog', 'broadcaster']);
/** Nouns that make a generic noun a group of another kind: study arms, age bands, chats ("the control group"). */
const GROUP_KIND = new Set(['control', 'intervention', 'walking', 'study', 'focus', 'age', 'test', 'treatment', 'placebo', 'comparison', 'working', 'support', 'peer', 'ethnic', 'income', 'risk', 'user', 'blood', 'target', 'sample', 'discussion', 'reading', 'chat', 'exercise', 'parent', 'parents', 'family', 'friendship', 'tour', 'school']);
/** Institutions, which "the group" does not refer to. */
const INSTITUTION = /\b(?:university|college|school|court|police|ministry|department|government|parliament|senate|congress|army|navy|hospital|institute|museum|agency|bureau|office|commission)\b/i;
/** Names of workers' bodies, which "the union" may refer to. */
const LABOUR_BODY = /\b(?:workers|union|unions|federation|guild|teamsters|employees|local|association|confederation|congress|nurses|teachers|drivers|pilots|unite|unison)\b/i;
/** News outlets, which report on the organizations a story is about. */
const NEWS_OUTLET = /^(?:the\s+)?(?:associated press|reuters|agence france-presse|afp|bbc|cnn|npr|nbc|abc|cbs|msnbc|pbs|bloomberg|al jazeera)$|\b(?:press|news|times|post|herald|tribune|gazette|journal|telegraph|guardian|courier|chronicle|standard|observer)$/i;
/** How many sentences back such a noun looks. */
const GENERIC_REACH = 3;
/**
 * Bodies someone speaks for ("a company spokesman", "a university spokesperson", "a hospital official"): the generic
 * nouns and the institutions named by their kind, whose noun ends their name ("Tyneside Metropolitan University").
 */
const REPRESENTED_BODIES = new Set([...GENERIC_ORG_NOUNS, 'university', 'college', 'school', 'hospital', 'council', 'ministry', 'department', 'museum', 'court', 'board', 'commission', 'authority', 'police']);
/** Those who speak for a body ("a company spokesman", "a union official"). */
const REPRESENTATIVE = /^(?:spokes(?:man|woman|person|people)|representative|official|officials|source|sources|executive|lawyer|statement)$/;

/** Names of central banks: "… Central Bank", "Reserve Bank of …", "Federal Reserve", and the national "Bank of …" ones. */
const CENTRAL_BANK = /\b(?:central|reserve)\b|\bbundesbank\b|\briksbank\b|^(?:the )?bank of (?:england|japan|canada|korea|israel|mexico|thailand|russia|italy|spain|france|greece|portugal|finland|ghana|uganda|tanzania|zambia|botswana|namibia|jamaica|mauritius|algeria|lithuania|latvia|estonia|slovenia|albania|jordan|lebanon|sudan)$/i;
/** Nouns of businesses, and names of public bodies they do not refer to ("the company" is not the Department of Environment). */
const BUSINESS_NOUNS = new Set(['company', 'firm', 'maker', 'producer', 'supplier', 'retailer', 'lender', 'insurer', 'thrift', 'concern', 'developer', 'distributor', 'chain', 'publisher', 'automaker', 'carmaker', 'manufacturer', 'airline', 'startup']);
const CORPORATE_NAME = /\b(?:corp|corporation|inc|co|ltd|llc|plc|ag|sa|nv|holdings?|group|bank|bancorp|savings|loan|trust|insurance|capital|partners)\b/i;
const PUBLIC_BODY = /\b(?:department|ministry|office|commission|council|authority|police|court|government|parliament|senate|congress|assembly|committee|bureau|agency|administration|board|service|army|navy|force|university|college|school|church|party|union|association|federation|institute|foundation|charity|regulator|municipality|county|city|state|republic|kingdom|nations|alliance|coalition|society|campaign|movement|center|centre)\b/i;

/** Verbs of a frame ("the club confirmed", "the company said"). */
const FRAME_VERBS = /^(?:said|says|confirmed|confirms|announced|announces|told|tells|added|adds|reported|reports|stated|wrote|writes|noted|notes|explained|insisted|warned|argued|claimed)$/;

/** Names of public bodies that govern or serve, which "the club" does not refer to. */
const GOVERNING_BODY = /\b(?:department|ministry|office|commission|council|authority|police|court|government|parliament|senate|congress|assembly|committee|bureau|agency|administration|service|army|navy|university|college|school|institute|regulator)\b/i;

/** Abbreviated ranks and titles before a name, lower-cased without their period. */
const RANK_ABBREVIATIONS: Record<string, string> = {
  lt: 'lieutenant', sgt: 'sergeant', det: 'detective', capt: 'captain', cpt: 'captain', gov: 'governor', sen: 'senator',
  rep: 'representative', gen: 'general', col: 'colonel', insp: 'inspector', supt: 'superintendent', cmdr: 'commander',
  adm: 'admiral', maj: 'major', dr: 'doctor', prof: 'professor', atty: 'attorney', cpl: 'corporal', pvt: 'private',
  amb: 'ambassador', pres: 'president', cllr: 'councillor', coun: 'councillor', const: 'constable', fr: 'father', rev: 'reverend', ald: 'alderman',
};

/** Offices one person holds at a time in a story's place ("the sheriff", "the mayor"). */
const OFFICES = new Set(['sheriff', 'mayor', 'governor', 'premier', 'president', 'chancellor', 'coroner', 'prosecutor', 'superintendent', 'commissioner', 'chairman', 'chairwoman', 'chair', 'coach', 'manager', 'captain', 'principal', 'ombudsman', 'auditor', 'treasurer', 'attorney', 'judge', 'magistrate', 'senator', 'congressman', 'congresswoman', 'councillor', 'councilor', 'alderman', 'headteacher', 'bishop', 'archbishop', 'ceo', 'chief']);

const ROLE_CHANGERS = new Set(['vice', 'deputy', 'assistant', 'acting', 'associate', 'co', 'under', 'lieutenant', 'junior', 'shadow', 'ex', 'interim']);

function pickNominal(doc: Doc, known: readonly Candidate[], sentence: number, head: string, words: readonly string[], appositive = false, proper: readonly string[] = []): Candidate | null {
  const isOrgNoun = ORG_NOUNS.has(head) && !PERSON_ROLES.has(head);
  // The organization the article is about so far: the one mentioned most, at least three times and more than any other.
  let topic: string | null = null;
  if (isOrgNoun && GENERIC_ORG_NOUNS.has(head)) {
    const counts = new Map<string, number>();
    for (const c of known) if (c.info.entity.type === 'organization') counts.set(c.info.entity.id, (counts.get(c.info.entity.id) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    // (Only when no organization is the subject of this sentence or the one before: "Alienware has a desktop with
    // an RTX 3090, and the company told PC Gamer …" is Alienware however often the article names the RTX.)
    const recentSubject = known.some((c) => c.info.entity.type === 'organization' && c.subject && sentence - c.sentence <= 1);
    if (!recentSubject && ranked[0] && ranked[0][1] >= 3 && ranked[0][1] > (ranked[1]?.[1] ?? 0)) topic = ranked[0][0];
  }
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (let k = known.length - 1; k >= 0; k--) {
    const c = known[k]!;
    const dist = sentence - c.sentence;
    const type = c.info.entity.type;
    const nameWords = c.info.entity.name.toLowerCase().split(/\s+/);
    // (A facility typed as a place is what its noun names: "the zoo" is "Brackenridge Zoo", "the hospital" "Mercy
    // Valley Hospital".)
    const facility = isOrgNoun && type === 'place' && nameWords.length >= 2 && nameWords.at(-1) === head;
    if (isOrgNoun ? type !== 'organization' && !facility : type !== 'person') continue;
    // ("the airline" is "Meridian Airlines", "the bank" "Barclays Bank", "the university" "University of Toronto", "the
    // police" "Paris Police Prefecture"; "the government" is not the "Local Government Association": the noun heads the
    // name.)
    const heads = isOrgNoun ? [nameWords.at(-1)!, 'police', ...nameWords.filter((w, j) => /^(?:of|for)$/.test(nameWords[j + 1] ?? ''))].filter((w) => nameWords.includes(w)) : nameWords;
    const roleMatch =
      c.info.roles.has(head) || heads.includes(head) || (isOrgNoun && heads.includes(`${head}s`)) || ((head === 'airline' || head === 'carrier') && /\b(?:air|airways|airlines|aviation)$/i.test(c.info.entity.name));
    const allMatch = words.every((w) => c.info.roles.has(w) || nameWords.includes(w) || /^(?:former|then|current|new|same|top|senior|local|of)$/.test(w));
    // "the vice president" is not the president: a word that changes the role must be one of the person's.
    if (words.some((w) => ROLE_CHANGERS.has(w) && !c.info.roles.has(w))) continue;
    // A name in the description must be the candidate's ("the Kaufland chain" is not Tesco).
    if (isOrgNoun && proper.some((w) => !nameWords.includes(w) && !c.info.roles.has(w))) continue;
    // "The central bank" is a central bank, not the lender the story is about ("the central bank said" after "The Reserve
    // Bank of India fined Konark Bank").
    if (head === 'bank' && words.includes('central') && !CENTRAL_BANK.test(c.info.entity.name)) continue;
    // A business or a club is no public body ("the club" is not the Department of Health).
    if (BUSINESS_NOUNS.has(head) && !c.info.roles.has(head) && PUBLIC_BODY.test(c.info.entity.name) && !CORPORATE_NAME.test(c.info.entity.name)) continue;
    // (Clubs are named after their towns: "Wexley City", "Harrowby County"; the holding company that buys one is none.)
    if (head === 'club' && !c.info.roles.has(head) && (GOVERNING_BODY.test(c.info.entity.name) || CORPORATE_NAME.test(c.info.entity.name)) && !/\bclub\b/i.test(c.info.entity.name)) continue;
    const isTopic = c.info.entity.id === topic;
    // ("the state environmental agency" is the "Department of Environmental Quality", not the company the story is
    // about: a word of the description in the name.)
    const described = isOrgNoun && !roleMatch && words.some((w) => w !== head && w.length > 4 && !/^(?:former|current)$/.test(w) && nameWords.includes(w)) ? 6 : 0;
    if (!roleMatch) {
      // Generic organization nouns may refer to the organization just mentioned, or to the one the article is about;
      // not with a noun of their own before them ("the control group", "the walking group"), and not to a news outlet
      // that reported ("told the Associated Press that the group was ready").
      if (!(isOrgNoun && (dist <= GENERIC_REACH || isTopic || described) && GENERIC_ORG_NOUNS.has(head))) continue;
      if (words.some((w) => GROUP_KIND.has(w)) || NEWS_OUTLET.test(c.info.entity.name)) continue;
      // ("the group" is no university, court or ministry; "the union" is a workers' body.)
      if (head === 'group' && INSTITUTION.test(c.info.entity.name)) continue;
      if (head === 'union' && !LABOUR_BODY.test(c.info.entity.name)) continue;
    }
    if (dist > 12) break;
    // A generic noun ("the chain", "the company") refers back to an organization the text is about: its subjects,
    // and the one it has named most ("an analyst at Pareto Securities said the company's guidance …" is the
    // article's company, not the analyst's).
    // (A plain "the bank" beside a central bank is rather the other one, which the story calls "the central bank" when it means it.)
    const plainBank = head === 'bank' && !words.includes('central') && CENTRAL_BANK.test(c.info.entity.name) ? 3 : 0;
    const score = (roleMatch ? 6 : 0) + (allMatch ? 3 : 0) + described + (!roleMatch && c.subject ? 2 : 0) + (!roleMatch && isTopic ? 1.5 : 0) - plainBank - 0.5 * dist - 0.001 * (known.length - k);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  // "The council said …" many sentences after "Wearvale County Council": the one organization whose name ends in the noun
  // (or heads its "of"), however far back it was named.
  if (!best && isOrgNoun && words.length === 1) {
    const ends = (c: Candidate): boolean => {
      const w = c.info.entity.name.toLowerCase().split(/\s+/);
      return c.info.entity.type === 'organization' && (w.at(-1) === head || w.some((x, j) => x === head && /^(?:of|for)$/.test(w[j + 1] ?? '')));
    };
    const far = [...new Set(known.filter(ends).map((c) => c.info.entity.id))];
    if (far.length === 1) return known.findLast((c) => c.info.entity.id === far[0])!;
  }
  if (best || isOrgNoun || appositive) return best;
  // Someone given the title further back still holds it ("Sheriff Wade Hollister said …" and, many paragraphs on, "The
  // sheriff said …"): not whoever the sentence before is about.
  // (An office alone — "the sheriff", "the mayor" —, not a word of a trade or a fame many share: "the singer".)
  if (words.length === 1 && OFFICES.has(head)) {
    for (let k = known.length - 1; k >= 0; k--) {
      const c = known[k]!;
      if (c.info.entity.type === 'person' && c.info.entity.id !== UNNAMED && c.info.roles.has(head)) return c;
    }
  }
  // No one has the title: the description may still introduce a role of the one person the sentence before
  // is about ("Chris Grayling warned … ¶ Speaking in the Commons, the Conservative MP said"), when that person is
  // its subject and no other person is named in the two sentences.
  const near = known.filter((c) => sentence - c.sentence <= 1 && c.info.entity.type === 'person');
  const people = new Set(near.map((c) => c.info.entity.id));
  // Its subject, or the one person it names right at its start ("Liverpool boss Jurgen Klopp was furious …").
  const opening = (c: Candidate): boolean => c.mention.kind === 'name' && tokenIndexAt(doc, c.mention.start) - doc.sentences[c.sentence]!.tokenStart <= 3;
  const subject = near.find((c) => c.subject && c.sentence === sentence - 1) ?? near.find((c) => c.sentence === sentence - 1 && opening(c));
  // Not when someone is already named in the description's own sentence ("Trump pointed to the former mayor's
  // contributions": the subject and the one it speaks of differ); a pronoun for the same person is no one else.
  // An age or a nationality ("the 46-year-old said", "the Dutchman said") stands for the one the sentence before is
  // about, whoever else it names.
  if (subject && subject.sentence === sentence - 1 && subject.subject && personByAgeOrOrigin(head)) return subject;
  if (people.size !== 1 || !subject || near.some((c) => c.sentence === sentence && c.mention.kind === 'name') || words.some((w) => ROLE_CHANGERS.has(w))) return null;
  return subject;
}

const DEMONYMS_LOWER = new Set([...DEMONYMS.keys()].map((d) => d.toLowerCase()));

/** An age or a nationality used for a person: "the 46-year-old", "the Dutchman", "the German". */
function personByAgeOrOrigin(head: string): boolean {
  return /^\d{1,3}-year-old$|^(?:dutch|french|english|irish|welsh|scots|swiss)(?:man|woman)$|^(?:spaniard|swede|dane|finn|pole|brit|scot|kiwi|aussie)$/.test(head) || DEMONYMS_LOWER.has(head);
}

export const corefStage: Stage = { name: 'coref', languages: ['en'], run: resolveCoreference };
