/**
 * Tense of the clause around a time expression, from the verbs near it (no part-of-speech tagger:
 * auxiliaries, a list of irregular past forms and the -ed ending). Used to decide whether "Monday",
 * "August" or "the third quarter" lies before or after the reference date.
 */

/**
 * 'prospective': ahead of a moment in the past ("was expected to arrive Friday", "hoped to finish by Friday"): the
 * time lies after the expectation, which may be before or after the reference date, so the nearest reading wins.
 */
export type Tense = 'past' | 'present' | 'future' | 'prospective' | null;

const FUTURE_AUX = new Set(['will', 'shall', "'ll", '’ll', 'wo', "won't", 'would', "wouldn't", "shan't", "'d", '’d', 'gonna']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "hadn't", "didn't", "wasn't", "weren't"]);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'does', 'do', "isn't", "aren't", "doesn't", "don't"]);
const PERFECT_AUX = new Set(['has', 'have', "hasn't", "haven't", "'ve", '’ve']);
const MODALS = new Set(['must', 'can', 'could', 'should', 'may', 'might', "can't", 'cannot', "couldn't", "shouldn't", 'ought']);
/** Verbs that look to the future when followed by "to" ("expected to", "plans to"). */
const FUTURE_TO = new Set([
  'expected', 'scheduled', 'set', 'due', 'plans', 'plan', 'planning', 'intends', 'intend', 'going', 'hopes', 'hope',
  'hoping', 'aims', 'aim', 'aiming', 'wants', 'want', 'likely', 'poised', 'slated', 'expects', 'expect', 'promises',
  'vows', 'pledges', 'threatens', 'agrees', 'decides', 'preparing', 'ready', 'about', 'forecast', 'predicted', 'projected',
]);
/** Past forms that look ahead when followed by "to" ("hoped to", "vowed to"). */
const HOPED_TO = new Set(['hoped', 'vowed', 'pledged', 'promised', 'intended', 'aimed', 'wanted', 'threatened', 'prepared', 'expected']);
/** Past forms whose object lies ahead ("expected a ruling by Friday"). */
const ANTICIPATED = new Set(['expected', 'anticipated', 'predicted', 'forecast', 'projected', 'hoped']);
const FUTURE_WORDS = new Set(['tomorrow', 'upcoming', 'forthcoming', 'coming', 'next', 'soon']);
const PAST_WORDS = new Set(['ago', 'yesterday', 'last', 'previously', 'earlier']);

const IRREGULAR_PAST = new Set(
  ('said told met made took came went gave began held left saw won lost sold bought thought brought became found ' +
    'felt kept led meant paid ran sent set spent stood struck took understood wrote fought flew fell grew knew ' +
    'rose shot sought spoke stole swore threw woke wore broke chose drove froze hid rode shook stuck swept taught ' +
    'tore withdrew overtook undertook forgot forgave got hit hurt let put quit read shut split spread cut cost ' +
    'built dealt heard laid lent lit slept sat slid won wound upheld overthrew arose awoke bore beat bent bit bled ' +
    'bred clung crept dug fed fled flung hung knelt leapt meant sank sang shrank sprang stank stung strode strove ' +
    'swam swung unveiled died lied tied was were had did drew caught knew blew crept wept drank ate rang spun shone ' +
    'overcame oversaw foresaw withheld misled dwelt sped outran overran rebuilt retold foretold forbade mistook wove forecast').split(/\s+/),
);
/** Past forms that are also present forms or nouns. */
const AMBIGUOUS_PAST = new Set(['cut', 'hit', 'set', 'put', 'let', 'cost', 'spread', 'read', 'hurt', 'quit', 'shut', 'split', 'bet', 'cast', 'bid', 'burst', 'fit', 'shed', 'upset', 'left', 'forecast']);
/** Words that follow a noun rather than a transitive verb. */
const NOUN_AFTER = new Set([
  'in', 'on', 'at', 'of', 'for', 'by', 'from', 'with', 'to', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should',
  'has', 'had', 'have', 'and', 'or', 'but', 'than', 'which', 'as', 'since', 'after', 'before', 'during', 'until', 'this',
  'next', 'last', 'may', 'might', 'can', 'must',
]);
const NOT_VERB_ED = new Set([
  'need', 'speed', 'feed', 'bed', 'seed', 'hundred', 'indeed', 'proceed', 'succeed', 'exceed', 'breed', 'shed', 'wed',
  'red', 'bred', 'greed', 'deed', 'weed', 'reed', 'sled', 'fled', 'led', 'ted', 'naked', 'wicked', 'sacred', 'rugged',
  'beloved', 'aged', 'skilled', 'based', 'united', 'limited', 'related', 'so-called', 'detailed', 'advanced', 'armed',
  'talented', 'concerned', 'interested', 'unprecedented', 'alleged', 'supposed', 'unexpected', 'sophisticated',
  'dedicated', 'experienced', 'qualified', 'complicated', 'crowded', 'embed', 'infrared', 'hatred', 'kindred',
  'mixed', 'fixed', 'married', 'retired', 'tired', 'injured', 'wounded', 'wanted', 'speed',
]);
const SKIP = new Set(['not', "n't", 'also', 'already', 'still', 'just', 'be', 'been', 'being', 'have', 'then', 'now', 'never', 'ever', 'reportedly', 'previously', 'since', 'recently', 'finally', 'later', 'soon', 'only', 'even']);
/** Words that open a subordinate clause. */
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'although', 'though', 'whereas', 'if', 'unless']);
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '--', '"', '“', '”', '(', ')']);

interface Cue {
  i: number;
  tense: Exclude<Tense, null>;
  /** A verb (weight 2) or an adverb hint (weight 1). */
  strong: boolean;
  /** A verb of planning ("planned", "scheduled"): what follows it in its clause lies ahead. */
  plan?: boolean;
  /** Governs a date before it only: a verb of a relative clause. */
  leftOnly?: boolean;
  /** An auxiliary ("was", "will"), not a verb form. */
  aux?: boolean;
}

/** Verbs whose object or complement is a plan: "planned a rally on Saturday", "scheduled a vote Thursday". */
const PLAN_VERBS = new Set([
  'planned', 'planning', 'plans', 'plan', 'scheduled', 'schedules', 'scheduling', 'slated', 'intended', 'intends',
  'postponed', 'delayed', 'arranged', 'rescheduled',
]);

/**
 * Verbs of scheduled events. Their present simple and present progressive speak of what is planned
 * ("the leaders meet Monday", "the summit opens Thursday", "the team is playing Sunday"), so a date they
 * govern lies ahead; reporting verbs ("says") are not among them.
 */
const EVENT_VERBS = (
  'meet vote open close begin start end finish resume reopen return leave arrive travel visit tour play face host hold ' +
  'launch take go head fly depart expire convene reconvene decide rule testify appear speak sign attend kick wrap ' +
  'debut premiere air run sit hear unveil announce release publish land sail compete race perform graduate marry ' +
  'retire step move begin kick-off strike march rally gather continue ' +
  // what weather and markets may do ("another 3 to 5 inches could fall Tuesday night")
  'fall rise drop reach peak weaken strengthen intensify dump bring linger clear spread'
).split(' ');
/** Present-simple forms that are far more often plural nouns ("votes", "visits"); they count only after a pronoun. */
const NOUNLIKE_3SG = new Set([
  'votes', 'returns', 'visits', 'plays', 'faces', 'hosts', 'holds', 'heads', 'rules', 'signs', 'runs', 'ends', 'starts',
  'releases', 'leaves', 'takes', 'airs', 'lands', 'races', 'strikes', 'marches', 'rallies', 'steps', 'moves', 'tours',
  'closes', 'finishes', 'debuts', 'premieres', 'kicks',
]);
const DOUBLED_ING: Record<string, string> = { begin: 'beginning', run: 'running', sit: 'sitting', step: 'stepping' };

function thirdPerson(v: string): string {
  if (v === 'go') return 'goes';
  if (/(?:s|sh|ch|x|z)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}
function ingForm(v: string): string {
  if (DOUBLED_ING[v]) return DOUBLED_ING[v];
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (/[^e]e$/.test(v)) return `${v.slice(0, -1)}ing`;
  return `${v}ing`;
}
const EVENT_BASE = new Set(EVENT_VERBS);
const EVENT_3SG = new Set(EVENT_VERBS.map(thirdPerson));
const EVENT_ING = new Set([...EVENT_VERBS.map(ingForm), 'travelling']);

/** Words after which a present form is not a verb with a subject ("a vote", "the end", "to meet", "his visits"). */
const NOT_SUBJECT = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'of', 'for', 'to', 'in',
  'on', 'at', 'by', 'with', 'from', 'into', 'about', 'after', 'before', 'during', 'and', 'or', 'but', 'than', 'as', 'no',
  'any', 'each', 'every', 'some', 'next', 'last', 'first', 'final', 'open', 'close', 'early', 'late', 'whose',
  'despite', 'amid', 'among', 'over', 'under', 'against', 'without', 'within', 'like', 'unlike', 'via', 'per', 'since',
  'until', 'through', 'throughout', 'across', 'behind', 'beyond', 'near', 'toward', 'towards', 'upon', 'onto', 'off',
  'out', 'up', 'down', 'around', 'along', 'between', 'if', 'when', 'while', 'because', 'so', 'not', 'also', 'all',
]);
/** Words that open a noun phrase: a determiner or a number ("moving eight points", "leaving the leaders"). */
const OBJECT_START = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'several', 'many',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
]);
/** What a company reports on a day set in advance: "reports results", "report quarterly earnings". */
const RESULTS_AFTER = new Set(['results', 'earnings', 'figures', 'profits', 'profit', 'sales', 'its', 'their', 'quarterly', 'annual', 'first', 'second', 'third', 'fourth', 'full', 'half']);
/** Past verbs of perception or causation that take an object and a bare infinitive. */
const BARE_INF_GOVERNORS = new Set(['saw', 'watched', 'heard', 'felt', 'noticed', 'made', 'let', 'helped', 'had']);
const PLURAL_SUBJECT = new Set(['they', 'we', 'you', 'i', 'people', 'police', 'men', 'women', 'children', 'who', 'that']);
const SINGULAR_SUBJECT = new Set(['he', 'she', 'it', 'who', 'which', 'that']);

/**
 * A present-simple event verb with a subject before it: the base form after a plural subject ("leaders meet",
 * "they return"), the third person after a singular one ("the summit opens", "Parliament votes").
 */
function presentEventVerb(words: string[], raw: string[], joined: boolean[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  // The subject is the word right before, with nothing but a space between ("clothes, face masks" is a list).
  if (prev === undefined || !joined[i] || NOT_SUBJECT.has(prev) || /^\d/.test(prev) || CLAUSE_BREAK.has(prev) || prev === "'s") return false;
  if (auxTense(prev) || prev === 'to' || prev === 'not' || prev === "n't") return false;
  // A bare infinitive after a verb of perception or causation and its object ("saw its shares rise", "watched the
  // team play", "made them leave") takes that verb's tense.
  for (let k = Math.max(0, i - 4); k < i - 1; k++) if (BARE_INF_GOVERNORS.has(words[k]!) && !words.slice(k + 1, i).some((x) => CLAUSE_BREAK.has(x))) return false;
  // The noun phrase right after a participle is its object, no subject: "moving eight points clear", "leaving the
  // leaders' talks".
  for (let k = Math.max(0, i - 4); k < i - 1; k++) if (/^[a-z]{3,}ing$/.test(words[k]!) && OBJECT_START.has(words[k + 1]!) && !words.slice(k + 1, i).some((x) => CLAUSE_BREAK.has(x))) return false;
  // "Corvane Technologies reports results on Thursday": a company's results come out on a day set in advance.
  if (w === 'reports' || w === 'report') {
    if (!RESULTS_AFTER.has(words[i + 1] ?? '')) return false;
    if (w === 'report') return PLURAL_SUBJECT.has(prev) || /[^s'u]s$/.test(prev);
    return SINGULAR_SUBJECT.has(prev) || (/^[A-Z]/.test(raw[i - 1]!) && i > 1 && !/'s$/.test(prev)) || !/s$/.test(prev);
  }
  if (EVENT_BASE.has(w)) return PLURAL_SUBJECT.has(prev) || (/[^s'u]s$/.test(prev) && prev.length > 3 && !EVENT_3SG.has(prev));
  if (EVENT_3SG.has(w)) {
    if (SINGULAR_SUBJECT.has(prev)) return true;
    // "votes", "plays": a verb after a name or "the" and a singular noun ("the Senate votes", "the team plays").
    if (NOUNLIKE_3SG.has(w)) return ((/^[A-Z]/.test(raw[i - 1]!) && i > 1) || words[i - 2] === 'the') && !/s$/.test(prev) && prev.length > 2;
    // A singular noun or a name: not a plural, not an adjective-looking word in -ly, -al, -ive.
    // ("-al" after "the" is a noun: "the trial resumes", "the festival opens".)
    return (/^[A-Z]/.test(raw[i - 1]!) && i > 1) || ((!/(?:[^s]s|ly|al|ive|ous)$/.test(prev) || (/al$/.test(prev) && words[i - 2] === 'the')) && prev.length > 2);
  }
  return false;
}

/**
 * A modal before the verb it governs (word k) looks ahead whatever the verb, also inside a clause reported in the
 * past ("said Bell could make his debut on Friday", "warned that storms could hit the coast from Friday"): what may,
 * could or must happen has not happened yet. Not a modal perfect ("could have made": a past possibility), nor a
 * negated "could" ("could not reach him on Monday", "neither he nor his aides could be located Wednesday": the past of
 * "can"), nor "must" (an obligation, often one reported from a ruling told in the past).
 */
/** Verbs of asking or telling someone to do something ("urged residents to", "asked the court to"); past forms first. */
const DIRECTIVE_PAST = new Set(['urged', 'asked', 'told', 'ordered', 'advised', 'encouraged', 'instructed', 'invited', 'warned', 'pressed', 'directed', 'requested', 'reminded', 'allowed', 'permitted', 'called', 'appealed']);
const DIRECTIVE_PRESENT = new Set(['urge', 'urges', 'ask', 'asks', 'tell', 'tells', 'order', 'orders', 'advise', 'advises', 'encourage', 'encourages', 'instruct', 'instructs', 'invite', 'invites', 'warn', 'warns', 'press', 'presses', 'direct', 'directs', 'request', 'requests', 'remind', 'reminds', 'allow', 'allows', 'call', 'calls', 'appeal', 'appeals']);

/**
 * An infinitive after a verb of asking or telling and its object ("urged residents to", "asked the court to", "called
 * on voters to"): what is asked lies ahead of the asking, so 'prospective' after a past form (the nearer reading) and
 * 'future' after a present one; null when "to" is no such infinitive ("told it to the court").
 */
function directiveBefore(words: string[], i: number): Tense {
  // (The infinitive may open a quotation: urged residents to “make a plan now”.)
  const verb = words[i + 1] === '"' || words[i + 1] === '“' ? words[i + 2] : words[i + 1];
  if (verb === undefined || !/^[a-z]+$/.test(verb) || NOT_SUBJECT.has(verb) || auxTense(verb)) return null;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = words[k]!;
    if (CLAUSE_BREAK.has(w) || SUBORDINATORS.has(w) || auxTense(w)) return null;
    // ("called on voters to", "appealed to residents to": the object after a preposition.)
    if ((w === 'called' || w === 'calls' || w === 'call') && words[k + 1] !== 'on') continue;
    if ((w === 'appealed' || w === 'appeals' || w === 'appeal') && words[k + 1] !== 'to') continue;
    // The object stands between the verb and "to" ("asked to" alone is the verb's own infinitive, taken elsewhere).
    if (k === i - 1) continue;
    if (DIRECTIVE_PAST.has(w)) return 'prospective';
    if (DIRECTIVE_PRESENT.has(w)) return 'future';
  }
  return null;
}

const NEGATORS = new Set(['neither', 'nor', 'no', 'nobody', 'never', 'none']);

/** Adjectives of fear whose object lies ahead ("worried about", "concerned over"). */
const WORRIED = new Set(['worried', 'concerned', 'anxious', 'nervous', 'fearful', 'apprehensive']);
/** Participles of a passive expectation: "was expected on Friday", "were due in March", "was forecast for Sunday". */
const EXPECTED_PASSIVE = new Set(['expected', 'due', 'forecast', 'predicted', 'projected', 'scheduled', 'slated', 'anticipated']);
/** Verbs that report speech or thought, whose "that" clause backshifts the tense of what was said. */
const REPORTING = new Set([
  'said', 'told', 'added', 'adding', 'saying', 'warned', 'warning', 'explained', 'noted', 'stated', 'announced', 'insisted',
  'confirmed', 'predicted', 'estimated', 'believed', 'thought', 'wrote',
]);
/** Day words that date a report ("said on Monday that"): a clause reported on a named day is not read from now. */
const REPORT_DAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day|tonight|week|month|morning|afternoon|evening|night)$/;

/** "has warned", "have repeatedly cautioned": the present perfect before word i. */
function perfectBefore(words: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j >= i - 3 && SKIP.has(words[j]!)) j--;
  return j >= 0 && PERFECT_AUX.has(words[j]!) && words[j - 1] !== 'to';
}

/**
 * Word i opens a clause reported after a past verb of saying with "that" ("he said, adding that a cool change was not
 * expected", "told reporters that the plane was due"), whose report carries no day of its own: the past tense of the
 * clause is the backshift of the speaker's present, and the report is taken to be the story's own day.
 */
function reportedBefore(words: string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const w = words[k]!;
    if (CLAUSE_BREAK.has(w) && w !== '"' && w !== '“' && w !== '”') return false;
    if (w !== 'that') continue;
    for (let r = k - 1; r >= Math.max(0, k - 4); r--) {
      if (REPORT_DAY.test(words[r]!) || CLAUSE_BREAK.has(words[r]!)) return false;
      if (REPORTING.has(words[r]!)) return true;
    }
    return false;
  }
  return false;
}

function modalAhead(words: string[], i: number, k: number): boolean {
  const between = words.slice(i + 1, k);
  if (between.includes('have')) return false;
  if (words[i] === "couldn't" || (words[i] === 'could' && (between.includes('not') || between.includes("n't") || words.slice(Math.max(0, i - 6), i).some((x) => NEGATORS.has(x))))) return false;
  // ("ruled that he must be returned … and set Friday as the deadline": an obligation reported, not a possibility.)
  if (words[i] === 'must') return false;
  const verb = words[k];
  // A verb follows (not a clause break, a number or a word that only a noun phrase starts with).
  return verb !== undefined && /^[a-z]+$/.test(verb) && !NOT_SUBJECT.has(verb) && !auxTense(verb);
}

const WORD_RE = /[A-Za-z]+(?:['’][a-z]+)?|['’](?:ll|d|ve|s|re)\b|[;:"“”()—–]|--/g;

function auxTense(w: string): Exclude<Tense, null> | null {
  // ("I'll", "we'll", "it’ll": the clitic is "will".)
  if (FUTURE_AUX.has(w) || (w.endsWith('ll') && /^\p{L}+['’]ll$/u.test(w))) return 'future';
  if (PAST_AUX.has(w)) return 'past';
  // The present perfect does not take a definite past time ("has met on Monday" is not English): no clue.
  if (PERFECT_AUX.has(w)) return 'present';
  if (MODALS.has(w)) return 'present';
  if (PRESENT_AUX.has(w)) return 'present';
  return null;
}

function cues(words: string[], raw: string[], joined: boolean[]): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // The next word, if nothing but space stands between ("about | 7pm on Thursday | to a man" is no "about to").
    const next = joined[i + 1] ? words[i + 1] : undefined;
    if (w === 'is' || w === 'are' || w === 'am' || w === "'re" || /^(?:he|she|it|that|who|they|we|you)'(?:s|re)$/.test(w)) {
      // "is meeting Monday", "are playing Sunday": the present progressive of a scheduled event looks ahead.
      let k = i + 1;
      while (k < words.length && k <= i + 2 && SKIP.has(words[k]!)) k++;
      // (Not "is continuing to try to sell itself".)
      if (EVENT_ING.has(words[k] ?? '') && words[k + 1] !== 'to') {
        out.push({ i, tense: 'future', strong: true });
        i = k;
        continue;
      }
    }
    // "with more crews arriving on Monday": a participle with no auxiliary after "with" and its subject has no tense of
    // its own; what it tells of is under way or coming, so the nearer reading, or the future of a clause before it
    // that looks ahead ("would leave on Monday, with the third departing from August 6").
    // (Not a gerund after a preposition: "with a view to strengthening".)
    if (EVENT_ING.has(w) && words[i + 1] !== 'to' && !NOT_SUBJECT.has(words[i - 1] ?? 'the')) {
      const w4 = words.slice(Math.max(0, i - 5), i);
      const at = w4.lastIndexOf('with');
      if (at >= 0 && at < w4.length - 1 && !w4.slice(at).some((x) => CLAUSE_BREAK.has(x) || auxTense(x))) {
        out.push({ i, tense: out.some((c) => c.strong && c.tense === 'future') ? 'future' : 'prospective', strong: true });
        continue;
      }
    }
    // "could arrive on Sunday", "may open Tuesday": a modal before an event verb looks ahead.
    if (MODALS.has(w)) {
      let k = i + 1;
      while (k < words.length && k <= i + 3 && SKIP.has(words[k]!)) k++;
      if (EVENT_BASE.has(words[k] ?? '')) {
        out.push({ i, tense: 'future', strong: true });
        continue;
      }
      // Reported in the past ("said he could reinstate it Saturday"), ahead of the report: the nearer reading.
      if (modalAhead(words, i, k)) {
        out.push({ i, tense: out.some((c) => c.strong && c.tense === 'past') ? 'prospective' : 'future', strong: true });
        continue;
      }
    }
    const aux = auxTense(w);
    // "was to have given": a perfect infinitive takes the tense of what governs it.
    if (aux && PERFECT_AUX.has(w) && words[i - 1] === 'to') continue;
    // "would have a scan on Monday": "have" after a modal is the verb the modal governs, unless a participle follows
    // ("would have been held").
    if (w === 'have' && (FUTURE_AUX.has(words[i - 1] ?? '') || MODALS.has(words[i - 1] ?? '')) && !/^(?:been|had|\w+ed|\w+en)$/.test(words[i + 1] ?? '') && !IRREGULAR_PAST.has(words[i + 1] ?? '')) continue;
    if ((w === 'was' || w === 'were') && next !== undefined) {
      // "a cool change was not expected until late Saturday", "the ship was due on Friday": what was expected lies ahead
      // of the expecting; reported after "said that", it is the speaker's "is expected", ahead of the report.
      let k = i + 1;
      while (k < words.length && k <= i + 3 && SKIP.has(words[k]!)) k++;
      if (EXPECTED_PASSIVE.has(words[k] ?? '') && words[k + 1] !== 'to') {
        out.push({ i, tense: reportedBefore(words, i) ? 'future' : 'prospective', strong: true });
        i = k;
        continue;
      }
    }
    if (aux) {
      // "is/are/was expected to", "has/have to": the infinitive's future wins; "is to" / "are to" are future.
      if ((w === 'is' || w === 'are' || w === 'am') && next === 'to') out.push({ i, tense: 'future', strong: true });
      else if ((w === 'is' || w === 'are' || w === 'am') && (next === 'going' || next === 'due' || next === 'set' || next === 'expected' || next === 'scheduled' || next === 'slated' || next === 'poised' || next === 'likely' || next === 'planned' || next === 'forecast' || next === 'predicted' || next === 'projected'))
        out.push({ i, tense: 'future', strong: true });
      else out.push({ i, tense: aux, strong: true, aux: true });
      continue;
    }
    // "urged residents to make a plan before Friday": what someone is urged, asked or told to do lies ahead of the urging.
    if (w === 'to') {
      const d = directiveBefore(words, i);
      if (d !== null) {
        out.push({ i, tense: d, strong: true });
        continue;
      }
    }
    // "forecasters warned of snow by Saturday night": what is warned of lies ahead of the warning; a warning in the
    // present perfect is one of now ("the operator has warned of shortfalls on Thursday").
    if ((w === 'warned' || w === 'cautioned' || w === 'warns' || w === 'cautions') && next === 'of') {
      out.push({ i, tense: w.endsWith('s') || perfectBefore(words, i) ? 'future' : 'prospective', strong: true });
      continue;
    }
    // "was worried about her exams in May": what someone fears lies ahead of the fearing.
    if (WORRIED.has(w) && (next === 'about' || next === 'over')) {
      let j = i - 1;
      while (j >= 0 && j >= i - 3 && SKIP.has(words[j]!)) j--;
      const aux = j >= 0 ? auxTense(words[j]!) : null;
      if (aux) {
        out.push({ i, tense: aux === 'past' ? 'prospective' : 'future', strong: true });
        continue;
      }
    }
    if ((FUTURE_TO.has(w) || HOPED_TO.has(w)) && next === 'to') {
      // "was expected to", "had been due to", "hoped to" look ahead from a moment in the past.
      let j = i - 1;
      while (j >= 0 && j >= i - 3 && SKIP.has(words[j]!)) j--;
      const aux = j >= 0 ? auxTense(words[j]!) : null;
      const past = aux ? aux === 'past' && !PERFECT_AUX.has(words[j]!) : HOPED_TO.has(w);
      out.push({ i, tense: past ? 'prospective' : 'future', strong: true });
      continue;
    }
    if (presentEventVerb(words, raw, joined, i)) {
      // A relative clause after the date ("Tuesday's bid by Ford, which holds a stake") does not govern it.
      out.push({ i, tense: 'future', strong: true, leftOnly: /^(?:who|which|that)$/.test(words[i - 1]!) });
      continue;
    }
    const isCap = /^[A-Z]/.test(raw[i]!) && i > 0;
    // "the originally planned launch" was the plan before it changed.
    const plan = PLAN_VERBS.has(w) && !/^(?:originally|previously|initially|first|earlier)$/.test(words[i - 1] ?? '');
    // "cut", "hit", "set": as often a present form or a noun ("a rate cut in December", "the cost of") as a past.
    if (AMBIGUOUS_PAST.has(w) && (NOUN_AFTER.has(words[i + 1] ?? '.') || CLAUSE_BREAK.has(words[i + 1] ?? '.') || NOT_SUBJECT.has(words[i - 1] ?? 'the') || (words[i - 2] !== undefined && /^(?:a|an|the|its|their|his|her|our|this|that)$/.test(words[i - 2]!) && !joined[i - 1]))) continue;
    const pastForm = IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_VERB_ED.has(w) && !isCap);
    if (pastForm) {
      // A participle after an auxiliary takes the auxiliary's tense ("will be held", "has been delayed").
      let j = i - 1;
      while (j >= 0 && j >= i - 4 && SKIP.has(words[j]!)) j--;
      if (j >= 0 && auxTense(words[j]!)) {
        // "has scheduled a hearing Thursday", "is planned for Friday": a plan made now is for later; a plan
        // made in the past ("had scheduled") leaves the auxiliary's tense.
        if (plan && auxTense(words[j]!) !== 'past') out.push({ i, tense: 'future', strong: true, plan: true });
        continue; // otherwise the auxiliary itself is the cue
      }
      if (j >= 0 && (words[j] === 'to' || words[j] === 'the' || words[j] === 'a' || words[j] === 'an')) continue;
      // A participle between the verb a modal or "to" governs and a noun is an adjective of its object ("would publish
      // updated figures on Friday", "agreed to pay revised fees"), no past.
      if (i >= 2 && joined[i] && joined[i - 1] && (FUTURE_AUX.has(words[i - 2]!) || MODALS.has(words[i - 2]!) || words[i - 2] === 'to') && /^[a-z]+$/.test(words[i - 1]!) && !SKIP.has(words[i - 1]!) && !auxTense(words[i - 1]!) && /^[a-z]+$/.test(words[i + 1] ?? '') && joined[i + 1] && !NOUN_AFTER.has(words[i + 1]!)) continue;
      // ("better-than-expected", "as expected": no verb.)
      if (ANTICIPATED.has(w) && (words[i - 1] === 'than' || words[i - 1] === 'as')) continue;
      // "expected a ruling by Friday": what was expected lies ahead of the expecting.
      out.push({ i, tense: ANTICIPATED.has(w) ? 'prospective' : 'past', strong: true, plan });
      continue;
    }
    if (FUTURE_WORDS.has(w)) out.push({ i, tense: 'future', strong: false });
    else if (PAST_WORDS.has(w)) out.push({ i, tense: 'past', strong: false });
  }
  return out;
}

/**
 * The tense governing the span [start, end) of `text`, looking inside the sentence [sentStart, sentEnd).
 * The nearest verb to the left in the same clause wins ("he said on Monday", "will travel on Monday"),
 * otherwise the nearest verb to the right ("On Monday, he will …"); adverbs decide when there is no verb.
 */
/** Words right before a date that set it ahead ("effective Feb. 1", "as early as Tuesday"). */
const AHEAD_BEFORE = /\b(?:effective|no\s+later\s+than|scheduled\s+for|slated\s+for|set\s+for|due)\s+(?:on\s+|in\s+)?$/i;
/** A forecast's date lies ahead of the forecast ("rain is forecast for the weekend"); told in the past, the nearer reading. */
const FORECAST_BEFORE = /\b(?:forecast(?:ed)?|predicted)\s+for\s+$/i;
/** Look ahead unless the clause is told in the past ("had started … as early as March 8"). */
const AHEAD_UNLESS_PAST = /\b(?:as\s+(?:soon|early)\s+as|starting|beginning)\s+(?:on\s+|in\s+)?$/i;

/** The start of a span: "from" before it, an end after it ("from 7 p.m. Wednesday through 7 a.m. Saturday"). */
const RANGE_FROM_BEFORE = /\bfrom\s+$/i;
const RANGE_TO_AFTER = /^,?\s*(?:to|through|thru|until|till|[-–])\s*(?:\d|noon|midnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;
/** The end of a span after its start, both short: "from 10 a.m. to 4 p.m. Saturday", "from Monday to Friday". */
const RANGE_TO_BEFORE = /\bfrom\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?|noon|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?\s+(?:to|[-–])\s*$/i;

/** A copula right before a date makes it the predicate, which in news is a date ahead ("the vote is Tuesday"). */
const COPULA_BEFORE = /(?:^|[^\w'’])(?:is|are|['’]s|['’]re)\s+(?:(?:now|still|also|currently|tentatively)\s+)?(?:(?:on|in|set\s+for|slated\s+for|scheduled\s+for|planned\s+for|due(?:\s+on)?)\s+)?$/i;
/** A short parenthetical aside: "(the EU's capital)", "(WHO)". */
const PAREN_RE = /\([^()\n]{0,80}\)/g;

/**
 * A photo's credit in brackets or after a label at the end of its line ("(Supplied: Country Fire Authority)", "(AP
 * Photo/Jane Doe)", "Photo: Jane Doe/Reuters"): the line is a caption.
 */
const CAPTION_CREDIT =
  /(?:\((?:(?:supplied|photo(?:graph)?s?|pictures?|images?|credit|file(?:\s+photo)?|pool|handout)\b[^()\n]{0,80}|[^()\n]{0,40}\b(?:photo|getty\s+images|reuters|afp|epa|shutterstock|alamy)\b[^()\n]{0,40})\)|\b(?:photo(?:graph)?|picture|image|credit)\s*:\s*[^.\n:]{2,80})\.?\s*$/i;
/** Words that look ahead even in a caption ("will open on Monday"). */
const AHEAD_WORDS = /\b(?:will|shall|won['’]t|going\s+to|tomorrow|next|upcoming|due|expected|scheduled|planned)\b|['’]ll\b/i;

/**
 * A photo caption tells in the present what the picture shows, which was taken before it was published: "Smoke rises
 * over the town on Monday afternoon. (Supplied: Fire Authority)" is the Monday gone, not the present simple of an event
 * ahead. Applies to a line of at most 60 words ending with a credit, unless a word in it looks ahead.
 */
function captionLine(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  if (le - ls > 500) return false;
  const line = text.slice(ls, le);
  return CAPTION_CREDIT.test(line) && line.split(/\s+/).length <= 60 && !AHEAD_WORDS.test(line);
}

export function tenseAt(text: string, sentStart: number, sentEnd: number, start: number, end: number): Tense {
  if (captionLine(text, start, end)) return 'past';
  const before = text.slice(Math.max(sentStart, start - 30), start);
  if (AHEAD_BEFORE.test(before)) return 'future';
  if (COPULA_BEFORE.test(before) && !/\b(?:there|it|that|this|what)\s+(?:is|are|['’]s)\s+$/i.test(before)) return 'future';
  // "since May" looks back whatever the verb; "until Monday", "by March" look ahead unless told in the past.
  if (/\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(before)) return 'past';
  // So does a participle clause after "since" ("out of work since leaving the club in February").
  if (/\bsince\s+[a-z]{2,}ing\b[^.,;:!?()“”"—–]*$/i.test(text.slice(Math.max(sentStart, start - 80), start))) return 'past';
  // A price that closed is a past one ("a premium of 29% to its closing price on Friday").
  if (/\bclosing\s+(?:price|level|value)\s+(?:on\s+)?$/i.test(before)) return 'past';
  // An imperative opening the sentence looks ahead ("Ask me on Wednesday", "Come back on Friday").
  if (IMPERATIVE_START.test(text.slice(sentStart, sentStart + 12)) && IMPERATIVE.test(text.slice(sentStart, start)) && !/[.!?]["”]?\s/.test(text.slice(sentStart, start))) return 'future';
  const tense = clauseTense(text, sentStart, sentEnd, start, end);
  if (FORECAST_BEFORE.test(before)) return tense === 'past' || tense === 'prospective' ? 'prospective' : 'future';
  if (AHEAD_UNLESS_PAST.test(before)) return tense === 'past' ? 'past' : 'future';
  // Either end of a span ("runs from 10 a.m. to 4 p.m. Saturday", "has issued a warning from 7 p.m. Wednesday
  // through Saturday"): a span not told in the past is a schedule, which lies ahead.
  // A warning's span lies ahead of its issuing, also told in the past ("issued a winter weather advisory from 6 p.m.
  // Saturday to noon Sunday"): the nearer reading.
  const notice = (): boolean => tense === 'past' && NOTICE_BEFORE.test(text.slice(Math.max(sentStart, start - 120), start).replace(/\b([ap])\.m\./gi, '$1m'));
  if ((RANGE_FROM_BEFORE.test(before) && RANGE_TO_AFTER.test(text.slice(end, Math.min(sentEnd, end + 40)))) || RANGE_TO_BEFORE.test(text.slice(Math.max(sentStart, start - 50), start)))
    return notice() ? 'prospective' : tense === 'past' ? 'past' : 'future';
  // "could persist into Tuesday", "talks will stretch into the weekend": what lasts into a day not told in the past
  // lasts into one ahead ("an inquiry into Monday's crash" names an event).
  if (INTO_BEFORE.test(before) && !/^['’]s\b/.test(text.slice(end, end + 3))) return tense === 'past' ? 'past' : 'future';
  if (DEADLINE_BEFORE.test(before)) {
    // "extended the deadline until Tuesday", "postponed until Monday": a new deadline lies ahead even in the past.
    // So does one after a modal ("will remain closed until Monday", "could dump 6 inches through Saturday": "closed"
    // and "dump" are no past).
    const clause = text.slice(Math.max(sentStart, start - 100), start);
    if (tense !== 'past' || (/\b(?:until|till|through|thru)\s+(?:at\s+least\s+)?\S*\s*$/i.test(before) && (DELAY_BEFORE.test(clause) || MODAL_BEFORE.test(clause)))) return 'future';
    // An end not yet known lies ahead of the telling ("banning pool filling until at least the end of October"), and so
    // does a warning's ("issued a flood warning until 6 p.m. Sunday"): the nearer reading.
    if (/\b(?:until|till|through|thru)\s+at\s+least\s+(?:the\s+end\s+of\s+)?$/i.test(before) || notice()) return 'prospective';
  }
  return tense;
}

/** Verbs that open a command ("Ask me on Wednesday"), after an opening quotation mark, with what may follow them to the date. */
const IMPERATIVE_START = /^[“"‘']?\s*(?:Ask|Call|Come|Wait|Watch|Tell|Give|Join|Check|Meet|Look|Stay|Tune|Expect|Mark|Remember|Bring|Vote|Save|Don['’]t)\b/;
const IMPERATIVE = /^[“"‘']?\s*(?:Ask|Call|Come|Wait|Watch|Tell|Give|Join|Check|Meet|Look|Stay|Tune|Expect|Mark|Remember|Bring|Vote|Save|Don['’]t\s+miss)\s+[^,;:]*$/;

/**
 * Verbs that move a deadline, or give one ("gave them until Friday to respond", "granted the firm until March"; not one
 * given before a past told in the past perfect: "had given the government until Thursday, but the deadline passed").
 */
const DELAY_BEFORE = /\b(?:extend|postpon|delay|adjourn|suspend|defer|push(?:ed|es)?\s+back|reschedul|(?<!\bhad\s+(?:\w+\s+)?)(?:gave|give[ns]?\b|grant))\w*\b[^.;!?]*$/i;

/** "into" a time, after no noun of inquiry ("an investigation into Tuesday's …"). */
const INTO_BEFORE = /(?<!\b(?:inquiry|investigation|probe|look|insight|review|study|research|foray|raid|incursion)\s+)\binto\s+(?:early\s+|late\s+)?$/i;
/** A notice of what is coming, with no clause break after it: "a winter weather advisory", "a flood warning", "storm watch". */
const NOTICE_BEFORE = /\b(?:warnings?|advisor(?:y|ies)|watch(?:es)?|alerts?|forecasts?|outlooks?)\b[^.;:!?]*$/i;
/** A deadline: "until Monday", "by March", "no later than Friday". */
const DEADLINE_BEFORE = /\b(?:until|till|through|thru|by|no\s+later\s+than|not\s+later\s+than)\s+(?:at\s+least\s+)?(?:early\s+|late\s+|mid-?|the\s+end\s+of\s+)?$/i;
/** A modal or "going to" in the clause before a deadline, no clause boundary after it. */
const MODAL_BEFORE = /\b(?:will|would|could|may|might|should|shall|can|must|going\s+to|expected\s+to)\s+[^.;!?,]*$/i;

/** Conjunctions that open a clause of time and are no prepositions ("after the vote in March" has no verb). */
const TEMPORAL_OPENER = new Set(['when', 'once', 'whenever']);
const SUBJECT_PRONOUN = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'there']);

/** A past form: a past auxiliary, an irregular past or a verb in -ed. */
function pastWord(w: string): boolean {
  return PAST_AUX.has(w) || (IRREGULAR_PAST.has(w) && !AMBIGUOUS_PAST.has(w)) || (w.length > 4 && w.endsWith('ed') && !NOT_VERB_ED.has(w));
}

/**
 * A clause of time that opens the sentence speaks of the future in the present tense ("When the final report comes out
 * in September, we expect …", "Once the bridge reopens in March, buses will …"): a date inside it, before the comma that
 * closes it, lies ahead when nothing in the clause is past and the main clause after it is not told in the past (its
 * subject pronoun followed by a present or future verb, or else its first verb not past).
 */
function temporalClauseAhead(text: string, sentEnd: number, end: number, words: string[], pos: number[], strong: Cue[], split: number): boolean {
  let first = 0;
  while (first < words.length && CLAUSE_BREAK.has(words[first]!)) first++;
  if (!TEMPORAL_OPENER.has(words[first]!) || first >= split) return false;
  const comma = text.indexOf(',', end);
  if (comma < 0 || comma >= sentEnd) return false;
  // The date is in the opening clause: no comma between the opener and it.
  if (text.slice(pos[first]!, end).includes(',')) return false;
  const main = pos.findIndex((p) => p > comma);
  if (main < 0) return false;
  if (strong.some((c) => c.i > first && c.i < main && c.tense === 'past')) return false;
  const subject = words[main]!;
  if (SUBJECT_PRONOUN.has(subject) && words[main + 1] !== undefined) return !pastWord(words[main + 1]!);
  const verb = strong.find((c) => c.i >= main);
  return verb !== undefined && verb.tense !== 'past';
}

function clauseTense(text: string, sentStart: number, sentEnd: number, start: number, end: number): Tense {
  const raw: string[] = [];
  const pos: number[] = [];
  const sentence = text.slice(sentStart, sentEnd);
  // Parenthetical asides that do not hold the expression are left out; their brackets do not break the clause.
  const asides: [number, number][] = [];
  PAREN_RE.lastIndex = 0;
  for (let m = PAREN_RE.exec(sentence); m; m = PAREN_RE.exec(sentence)) {
    const a = m.index + sentStart;
    const b = a + m[0].length;
    if (!(a <= start && end <= b)) asides.push([a, b]);
  }
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(sentence); m; m = WORD_RE.exec(sentence)) {
    const at = m.index + sentStart;
    if (at >= start && at < end) continue;
    if (m[0] === '(' || m[0] === ')' || asides.some(([a, b]) => at >= a && at < b)) continue;
    raw.push(m[0]);
    pos.push(at);
  }
  const words = raw.map((w) => w.toLowerCase().replace(/’/g, "'"));
  // Whether each word follows the previous one across white space only (no comma), or a short parenthetical aside
  // ("The Kings (3-4) host the Nuggets on Wednesday").
  const joined = pos.map((p, k) => k > 0 && /^\s+(?:\([^()\n]{1,80}\)\s+)?$/.test(text.slice(pos[k - 1]! + raw[k - 1]!.length, p)));
  const cs = cues(words, raw, joined);
  if (cs.length === 0) return null;
  let split = pos.findIndex((p) => p >= end);
  if (split < 0) split = pos.length;
  const strong = cs.filter((c) => c.strong);
  if (temporalClauseAhead(text, sentEnd, end, words, pos, strong, split)) return 'future';
  // "on Thursday, when temperatures are forecast to top 44 degrees": a clause with "when" right after the date tells what
  // that day holds, and one that looks ahead puts the day ahead, whatever the verb before it.
  if (words[split] === 'when' && /^\s*,\s*$/.test(text.slice(end, pos[split]))) {
    const inner = strong.find((c) => c.i > split);
    if (inner && inner.tense === 'future' && !words.slice(split + 1, inner.i).some((x) => CLAUSE_BREAK.has(x))) return 'future';
  }
  const breakBetween = (a: number, b: number): boolean => {
    for (let k = a + 1; k < b; k++) if (CLAUSE_BREAK.has(words[k]!)) return true;
    return false;
  };
  let left = strong.filter((c) => c.i < split && !breakBetween(c.i, split)).at(-1);
  // A participle after what was expected keeps it ahead ("hoped to have power restored by Friday").
  const prospect = strong.filter((c) => c.tense === 'prospective' && c.i < split && split - c.i <= 10 && !breakBetween(c.i, split)).at(-1);
  if (prospect && left && left !== prospect && !strong.some((c) => c.i > prospect.i && c.i < split && (c.aux || c.tense !== 'past'))) left = prospect;
  // "planned a rally on Saturday": the date belongs to the plan, which lies ahead.
  if (left && split - left.i <= 10) return left.plan ? 'future' : left.tense;
  const right = strong.find((c) => c.i >= split && !c.leftOnly && !breakBetween(split - 1, c.i));
  // A verb of a clause that opens after the date does not govern it when the date's own clause has a verb ("told
  // residents at a drop-in session at the village hall on Monday | that officers would be visiting").
  const subordinate = (c: Cue): boolean => words.slice(split, c.i).some((w) => SUBORDINATORS.has(w));
  if (right && !(left && subordinate(right))) return right.tense;
  if (left) return left.tense;
  // No verb in the clause: the nearest verb of the sentence, then the nearest adverb.
  const dist = (c: Cue): number => (c.i < split ? split - c.i : c.i - split + 1);
  const nearest = (list: Cue[]): Cue | undefined => list.reduce<Cue | undefined>((best, c) => (!best || dist(c) < dist(best) ? c : best), undefined);
  const usable = (c: Cue): boolean => !(c.leftOnly && c.i >= split);
  return (nearest(strong.filter(usable)) ?? nearest(cs.filter(usable)) ?? { tense: null }).tense;
}
