/**
 * Tense of the clause around a time expression, from the verbs near it (no part-of-speech tagger:
 * auxiliaries, a list of irregular past forms and the -ed ending). Used to decide whether "Monday",
 * "August" or "the third quarter" lies before or after the reference date.
 */

export type Tense = 'past' | 'present' | 'future' | null;

const FUTURE_AUX = new Set(['will', 'shall', "'ll", '’ll', 'wo', "won't", 'would', "wouldn't", "shan't", "'d", '’d', 'gonna']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "hadn't", "didn't", "wasn't", "weren't"]);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'does', 'do', "isn't", "aren't", "doesn't", "don't"]);
const PERFECT_AUX = new Set(['has', 'have', "hasn't", "haven't", "'ve", '’ve']);
const MODALS = new Set(['must', 'can', 'could', 'should', 'may', 'might', "can't", 'cannot', "couldn't", "shouldn't", 'ought']);
/** Verbs that look to the future when followed by "to" ("expected to", "plans to"). */
const FUTURE_TO = new Set([
  'expected', 'scheduled', 'set', 'due', 'plans', 'plan', 'planning', 'intends', 'intend', 'going', 'hopes', 'hope',
  'hoping', 'aims', 'aim', 'aiming', 'wants', 'want', 'likely', 'poised', 'slated', 'expects', 'expect', 'promises',
  'vows', 'pledges', 'threatens', 'agrees', 'decides', 'preparing', 'ready', 'about',
]);
const FUTURE_WORDS = new Set(['tomorrow', 'upcoming', 'forthcoming', 'coming', 'next', 'soon']);
const PAST_WORDS = new Set(['ago', 'yesterday', 'last', 'previously', 'earlier']);

const IRREGULAR_PAST = new Set(
  ('said told met made took came went gave began held left saw won lost sold bought thought brought became found ' +
    'felt kept led meant paid ran sent set spent stood struck took understood wrote fought flew fell grew knew ' +
    'rose shot sought spoke stole swore threw woke wore broke chose drove froze hid rode shook stuck swept taught ' +
    'tore withdrew overtook undertook forgot forgave got hit hurt let put quit read shut split spread cut cost ' +
    'built dealt heard laid lent lit slept sat slid won wound upheld overthrew arose awoke bore beat bent bit bled ' +
    'bred clung crept dug fed fled flung hung knelt leapt meant sank sang shrank sprang stank stung strode strove ' +
    'swam swung unveiled was were had did').split(/\s+/),
);
const NOT_VERB_ED = new Set([
  'need', 'speed', 'feed', 'bed', 'seed', 'hundred', 'indeed', 'proceed', 'succeed', 'exceed', 'breed', 'shed', 'wed',
  'red', 'bred', 'greed', 'deed', 'weed', 'reed', 'sled', 'fled', 'led', 'ted', 'naked', 'wicked', 'sacred', 'rugged',
  'beloved', 'aged', 'skilled', 'based', 'united', 'limited', 'related', 'so-called', 'detailed', 'advanced', 'armed',
  'talented', 'concerned', 'interested', 'unprecedented', 'alleged', 'supposed', 'unexpected', 'sophisticated',
  'dedicated', 'experienced', 'qualified', 'complicated', 'crowded', 'embed', 'infrared', 'hatred', 'kindred',
  'mixed', 'fixed', 'married', 'retired', 'tired', 'injured', 'wounded', 'wanted', 'speed',
]);
const SKIP = new Set(['not', "n't", 'also', 'already', 'still', 'just', 'be', 'been', 'being', 'have', 'then', 'now', 'never', 'ever', 'reportedly', 'previously', 'since', 'recently', 'finally', 'later', 'soon', 'only', 'even']);
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '--', '"', '“', '”', '(', ')']);

interface Cue {
  i: number;
  tense: Exclude<Tense, null>;
  /** A verb (weight 2) or an adverb hint (weight 1). */
  strong: boolean;
  /** A verb of planning ("planned", "scheduled"): what follows it in its clause lies ahead. */
  plan?: boolean;
}

/** Verbs whose object or complement is a plan: "planned a rally on Saturday", "scheduled a vote Thursday". */
const PLAN_VERBS = new Set([
  'planned', 'planning', 'plans', 'plan', 'scheduled', 'schedules', 'scheduling', 'slated', 'intended', 'intends',
  'postponed', 'delayed', 'arranged', 'rescheduled',
]);

const WORD_RE = /[A-Za-z]+(?:['’][a-z]+)?|['’](?:ll|d|ve|s)\b|[;:"“”()—–]|--/g;

function auxTense(w: string): Exclude<Tense, null> | null {
  if (FUTURE_AUX.has(w)) return 'future';
  if (PAST_AUX.has(w)) return 'past';
  // The present perfect does not take a definite past time ("has met on Monday" is not English): no clue.
  if (PERFECT_AUX.has(w)) return 'present';
  if (MODALS.has(w)) return 'present';
  if (PRESENT_AUX.has(w)) return 'present';
  return null;
}

function cues(words: string[], raw: string[]): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const aux = auxTense(w);
    if (aux) {
      // "is/are/was expected to", "has/have to": the infinitive's future wins; "is to" / "are to" are future.
      if ((w === 'is' || w === 'are' || w === 'am') && next === 'to') out.push({ i, tense: 'future', strong: true });
      else if ((w === 'is' || w === 'are' || w === 'am') && (next === 'going' || next === 'due' || next === 'set' || next === 'expected' || next === 'scheduled' || next === 'slated' || next === 'poised' || next === 'likely' || next === 'planned'))
        out.push({ i, tense: 'future', strong: true });
      else out.push({ i, tense: aux, strong: true });
      continue;
    }
    if (FUTURE_TO.has(w) && next === 'to') {
      // "was expected to", "had been due to" look ahead from the past: the auxiliary's tense stands.
      let j = i - 1;
      while (j >= 0 && j >= i - 3 && SKIP.has(words[j]!)) j--;
      if (!(j >= 0 && auxTense(words[j]!) === 'past' && !PERFECT_AUX.has(words[j]!))) out.push({ i, tense: 'future', strong: true });
      continue;
    }
    const isCap = /^[A-Z]/.test(raw[i]!) && i > 0;
    // "the originally planned launch" was the plan before it changed.
    const plan = PLAN_VERBS.has(w) && !/^(?:originally|previously|initially|first|earlier)$/.test(words[i - 1] ?? '');
    const pastForm = IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_VERB_ED.has(w) && !isCap);
    if (pastForm) {
      // A participle after an auxiliary takes the auxiliary's tense ("will be held", "has been delayed").
      let j = i - 1;
      while (j >= 0 && j >= i - 4 && SKIP.has(words[j]!)) j--;
      if (j >= 0 && auxTense(words[j]!)) continue; // the auxiliary itself is a cue
      if (j >= 0 && (words[j] === 'to' || words[j] === 'the' || words[j] === 'a' || words[j] === 'an')) continue;
      out.push({ i, tense: 'past', strong: true, plan });
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
const AHEAD_BEFORE = /\b(?:effective|as\s+(?:soon|early)\s+as|no\s+later\s+than|starting|beginning|scheduled\s+for|slated\s+for|set\s+for|due)\s+(?:on\s+|in\s+)?$/i;

export function tenseAt(text: string, sentStart: number, sentEnd: number, start: number, end: number): Tense {
  if (AHEAD_BEFORE.test(text.slice(Math.max(sentStart, start - 30), start))) return 'future';
  const raw: string[] = [];
  const pos: number[] = [];
  const sentence = text.slice(sentStart, sentEnd);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(sentence); m; m = WORD_RE.exec(sentence)) {
    const at = m.index + sentStart;
    if (at >= start && at < end) continue;
    raw.push(m[0]);
    pos.push(at);
  }
  const words = raw.map((w) => w.toLowerCase().replace(/’/g, "'"));
  const cs = cues(words, raw);
  if (cs.length === 0) return null;
  let split = pos.findIndex((p) => p >= end);
  if (split < 0) split = pos.length;
  const strong = cs.filter((c) => c.strong);
  const breakBetween = (a: number, b: number): boolean => {
    for (let k = a + 1; k < b; k++) if (CLAUSE_BREAK.has(words[k]!)) return true;
    return false;
  };
  const left = strong.filter((c) => c.i < split && !breakBetween(c.i, split)).at(-1);
  // "planned a rally on Saturday": the date belongs to the plan, which lies ahead.
  if (left && split - left.i <= 10) return left.plan ? 'future' : left.tense;
  const right = strong.find((c) => c.i >= split && !breakBetween(split - 1, c.i));
  if (right) return right.tense;
  if (left) return left.tense;
  const anyStrong = strong.at(-1);
  if (anyStrong) return anyStrong.tense;
  return cs[0]!.tense;
}
