import { QMark, normToken, quoteState } from './features.ts';
import { PERSON_ROLES } from './lexicon.ts';
import { loadSyntaxModel } from './syntax.ts';
import type { Analysis, SeqToken } from './features.ts';

/**
 * Conventions of attribution applied to the tagger's BIO labels.
 *
 * Pull quotes and testimonials: a quotation followed by a dash and a name (“…” — Jane Doe) is that
 * person's quotation; the dash is the cue and the name the source. The name is one to four capitalised
 * words or initials ending the paragraph, the sentence, or followed by the next quotation.
 *
 * Addressees: after "told" (tell, tells, telling) a capitalised word is whom the speaker told, not what
 * (PolNeAR train: 4 contents in 245 such places); a content the tagger begins there starts at its first
 * "that", colon or opening quotation mark, or is dropped.
 *
 * Inverted attributions: after a quotation and its cue (“…,” said Jane Doe after the race; “…,” said one
 * person during public comment), a name or a short description the tagger began a content with is the source;
 * the words after it are not reported speech.
 */

const DASHES = new Set(['—', '–', '-']);
/** Token texts that are dashes before normalisation (normToken maps the others to these). */
const DASH_TEXTS = new Set(['—', '–', '-', '―', '--']);

function isNameWord(w: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(w);
}

export function applyConventions(tokens: readonly SeqToken[], labels: string[], a: Analysis | null = null): string[] {
  if (a) {
    interruptedSubjects(a, labels);
    cutClauses(a, labels);
  }
  accordingToLast(tokens, labels);
  accordingToFirst(tokens, labels);
  namedThenDescribed(tokens, labels);
  asTheyPutIt(tokens, labels);
  narrationBeforeAnd(tokens, labels);
  endFrames(tokens, labels);
  coordinatedCues(tokens, labels);
  discourseMarkers(tokens, labels);
  asISaid(tokens, labels);
  pullQuotes(tokens, labels);
  addressees(tokens, labels);
  adjunctsBeforeThat(tokens, labels);
  occasionBeforeColon(tokens, labels);
  invertedSources(tokens, labels);
  quotationThenSpeaker(tokens, labels);
  subjectless(tokens, labels);
  relativeSpeakers(tokens, labels);
  partOfThem(tokens, labels);
  if (a) {
    appositionAfterFrame(a, labels);
    toldClause(a, labels);
    relativeInSubject(a, labels);
  }
  dropUncued(tokens, labels);
  return labels;
}

/**
 * An attribution has a cue: a content span with no cue in its sentence or the sentences next to it is
 * dropped (on PolNeAR dev such content spans are right one time in seven), and so is a source span with
 * no cue in its own sentence (PolNeAR train: 19 of 19,570 gold sources have none).
 */
function dropUncued(tokens: readonly SeqToken[], labels: string[]): void {
  const cueSentences = new Set<number>();
  const cueTokenSentences = new Set<number>();
  labels.forEach((l, i) => {
    if (l === 'B-cue') cueSentences.add(tokens[i]!.sentence);
    if (l.endsWith('-cue')) cueTokenSentences.add(tokens[i]!.sentence);
  });
  const nearContent = (s: number): boolean => cueSentences.has(s) || cueSentences.has(s - 1) || cueSentences.has(s + 1);
  const nearSource = (s: number): boolean => cueTokenSentences.has(s);
  for (let i = 0; i < labels.length; ) {
    const l = labels[i]!;
    if (!l.startsWith('B-') || l === 'B-cue') {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < labels.length && labels[e] === `I-${l.slice(2)}`) e++;
    const near = l === 'B-source' ? nearSource : nearContent;
    let keep = false;
    for (let k = i; k < e && !keep; k++) keep = near(tokens[k]!.sentence);
    if (!keep) for (let k = i; k < e; k++) labels[k] = 'O';
    i = e;
  }
}

/** The POS tag of each token of the analysis, by index. */
function posTags(a: Analysis): (k: number) => string {
  const tags = loadSyntaxModel().posTags;
  return (k) => tags[a.posId[k]!] ?? '';
}

/** Where the content span that begins at x ends (the index after its last token). */
function contentEnd(labels: readonly string[], x: number): number {
  let y = x + 1;
  while (y < labels.length && labels[y] === 'I-content') y++;
  return y;
}

const NOUN_PHRASE_START = /^(?:DT|PRP\$|JJ|JJS|JJR|NN|NNS|NNP|NNPS|CD)$/;
const FINITE = /^(?:VBD|VBZ|VBP|MD)$/;
const CLOSING = new Set([',', '"', '”', "''"]);

/**
 * "Deforestation fell 18% in the year to July, the institute said on Friday, the third annual decline in a row": a
 * noun phrase without a verb after a frame that follows the content it frames is the writer's apposition to that
 * content or to the source ("…, according to Layoffs.fyi, a website that tracks layoffs"), not a second report.
 */
function appositionAfterFrame(a: Analysis, labels: string[]): void {
  const pos = posTags(a);
  for (let x = 2; x < a.n; x++) {
    if (labels[x] !== 'B-content' || a.norm[x - 1] !== ',') continue;
    // The frame before it: a cue with words of time after it, or "according to" and its source.
    let c = x - 2;
    while (c > x - 6 && c > 0 && labels[c] === 'O' && a.norm[c] !== ',') c--;
    while (c > x - 12 && c > 0 && labels[c]!.endsWith('-source')) c--;
    if (!labels[c]!.endsWith('-cue')) continue;
    let cs = c;
    while (cs > 0 && labels[cs] !== 'B-cue') cs--;
    let s = cs - 1;
    while (s > 0 && labels[s]!.endsWith('-source')) s--;
    // The content before the frame, in the same sentence.
    if (a.norm[s] !== ',' || a.sentStart[s] !== a.sentStart[x]) continue;
    let before = false;
    for (let k = a.sentStart[x]!; k < s && !before; k++) before = labels[k]!.endsWith('-content');
    if (!before) continue;
    const y = contentEnd(labels, x);
    // (A verb of a relative clause inside the phrase is the phrase's: "a website that tracks layoffs".)
    let verb = false;
    let relative = false;
    for (let k = x; k < y && !verb; k++) {
      relative ||= /^(?:WDT|WP|WP\$)$/.test(pos(k));
      verb = (!relative && /^(?:VB|MD)/.test(pos(k))) || !!a.qmark[k];
    }
    // (A phrase that goes on with the content is not one: "It was, he said, one of his bitterest failures", "…,
    // she said, but also the flow of drugs"; what is said of a figure is: "…, according to Freddie Mac, up from
    // 6.64% in early September".)
    const figure = /^(?:up|down)$/.test(a.lower[x]!) && /^(?:from|by)$/.test(a.lower[x + 1] ?? '');
    if (!verb && (/^(?:the|a|an)$/.test(a.lower[x]!) || figure)) for (let k = x; k < y; k++) labels[k] = 'O';
    x = y - 1;
  }
}

/**
 * A content the tagger ended right before the verb of its last clause ("that it would trim 5% of its staff, and
 * Kestrel Systems | has cut …"): the clause joined by ", and" or ", but" with a name as its subject is the
 * writer's own, and the content ends before it.
 */
function cutClauses(a: Analysis, labels: string[]): void {
  const pos = posTags(a);
  for (let x = 0; x < a.n; x++) {
    if (labels[x] !== 'B-content') continue;
    const y = contentEnd(labels, x);
    if (y >= a.n || labels[y] !== 'O' || a.sentStart[y] !== a.sentStart[y - 1] || !FINITE.test(pos(y))) {
      x = y - 1;
      continue;
    }
    let m = y - 2;
    while (m > x && m >= y - 6 && !(a.norm[m] === ',' && /^(?:and|but)$/.test(a.lower[m + 1]!))) m--;
    // The new subject is a name ("Kestrel Systems"): a common noun the tagger took for a verb is the content's own.
    let named = m > x && m + 2 < y;
    for (let k = m + 2; k < y && named; k++) named = isNameWord(a.norm[k]!);
    if (named && a.norm[m] === ',') for (let k = m; k < y; k++) labels[k] = 'O';
    x = y - 1;
  }
}

/** Whether a frame begins at k: a cue, or a source with its cue right after it. */
function frameAt(labels: readonly string[], k: number): boolean {
  if (labels[k] === 'B-cue') return true;
  if (labels[k] !== 'B-source') return false;
  let e = k + 1;
  while (labels[e] === 'I-source') e++;
  return labels[e] === 'B-cue';
}

/**
 * "Police said the suspect, who was not named, had been arrested": after a verb of saying with its subject
 * before it, a noun phrase interrupted by something set off by commas (a relative clause, an apposition, an age,
 * a place: "the university, in Providence, Rhode Island, had notified …") and going on with a finite verb that is
 * no verb of saying is the subject of the reported clause; the clause, up to a frame set off by a comma (",
 * according to …", ", officials said"), a quotation mark or the sentence's end, is the content (the tagger tends
 * to read such a subject as the source of an attribution of its own, and the verb as its cue: "Investigators said
 * the pilot, whose licence had lapsed, did not file …"). After "said" with no subject before it ("…,” said Jo
 * Reyes, who …") the name is the speaker, as the tagger reads it; an interruption with a verb of saying in it is
 * a frame of its own ("the plan, he added, would fail").
 */
function interruptedSubjects(a: Analysis, labels: string[]): void {
  const pos = posTags(a);
  const n = a.n;
  const sentenceOf = (k: number): number => a.sentStart[k]!;
  for (let c = 1; c + 4 < n; c++) {
    if (!labels[c]!.endsWith('-cue') || labels[c + 1]!.endsWith('-cue')) continue;
    let cs = c;
    while (cs > 0 && labels[cs] !== 'B-cue') cs--;
    if (cs === 0 || sentenceOf(cs - 1) !== sentenceOf(cs) || CLOSING.has(a.norm[cs - 1]!)) continue;
    // The cue's verb of saying ("said", "said in a statement").
    let verb = -1;
    for (let k = cs; k <= c && verb < 0; k++) if (a.cueKind[k] === 1 && /^VB[DZP]$/.test(pos(k))) verb = k;
    // (Not a cue ending in a preposition or a colon: "asked about", "to worry about:".)
    if (verb < 0 || /^(?:IN|:)$/.test(pos(c)) || a.norm[c] === ':') continue;
    // "told reporters the negotiations, …, were …": the one told is part of the cue (see addressees).
    let told = 0;
    if (verb === c && /^(?:told|tells|tell)$/.test(a.lower[c]!)) {
      if (!/^(?:NNS|NNP|NNPS|PRP)$/.test(pos(c + 1)) || !(a.lower[c + 2] === 'that' || NOUN_PHRASE_START.test(pos(c + 2)))) continue;
      told = 1;
    }
    let p = c + 1 + told;
    if (a.lower[p] === 'that') p++;
    if (!NOUN_PHRASE_START.test(pos(p))) continue;
    // The noun phrase: up to eight words, with "of", "and" and a participle after a determiner or an adjective
    // inside ("one of her clients", "the cool conditions and a revised course").
    let q = p;
    const inPhrase = (k: number): boolean =>
      /^[\p{L}\d]|^['’]s$/u.test(a.norm[k]!) && !/^(?:VB|MD|IN|CC|WDT|WP|TO|RB)/.test(pos(k)) || a.lower[k] === 'of' || (a.lower[k] === 'and' && k > p) || (/^VB[NG]$/.test(pos(k)) && /^(?:DT|PRP\$|JJ|RB)$/.test(pos(k - 1)));
    while (q < p + 8 && q < n && a.norm[q] !== ',' && !a.qmark[q] && inPhrase(q)) q++;
    if (q === p || a.norm[q] !== ',') continue;
    // The interruption ends at the first comma after which a finite verb (not one of saying) goes on.
    let v = -1;
    // (An interruption with a verb of its own is a relative or subordinate clause: "the letter, which …", "the
    // scandal, while troublesome, …", not "Mr. Trump, the misgivings were mutual: …"; a past form other than
    // "was", "were", "had", "did" may be a participle: "the stock, at 20 million shares traded, …".)
    const clause = /^(?:WDT|WP|WP\$|WRB|IN)$/.test(pos(q + 1));
    for (let r = q + 2; r < n && r < q + 30 && v < 0; r++) {
      if (sentenceOf(r) !== sentenceOf(c) || a.qmark[r] || /^[.:;]$/.test(a.norm[r]!) || (a.cueKind[r] === 1 && /^VB/.test(pos(r))) || (!clause && FINITE.test(pos(r)) && (pos(r) !== 'VBD' || /^(?:was|were|had|did)$/.test(a.lower[r]!)))) break;
      if (a.norm[r] !== ',') continue;
      let w = r + 1;
      while (w < n && w < r + 3 && pos(w) === 'RB') w++;
      if (w < n && FINITE.test(pos(w)) && a.cueKind[w] !== 1 && sentenceOf(w) === sentenceOf(c)) v = w;
    }
    if (v < 0) continue;
    let e = v + 1;
    while (e < n && sentenceOf(e) === sentenceOf(c) && !a.qmark[e] && !(a.norm[e] === ',' && frameAt(labels, e + 1))) e++;
    while (e > v + 1 && /^[,.;:!?]$/.test(a.norm[e - 1]!)) e--;
    if (told) labels[c + 1] = 'I-cue';
    for (let k = c + 1 + told; k < e; k++) labels[k] = k === c + 1 + told ? 'B-content' : 'I-content';
    c = e - 1;
  }
}

/**
 * "“…,” Dr. Sobhi Skaik, the director of the hospital, said": a content the tagger ran from a quotation on over
 * the name after it, up to the cue, ends with the quotation; the name (to its first comma) is the source and
 * the apposition after it is neither.
 */
function quotationThenSpeaker(tokens: readonly SeqToken[], labels: string[]): void {
  const n = tokens.length;
  let qs: ReturnType<typeof quoteState> | null = null;
  for (let b = 0; b < n; b++) {
    if (labels[b] !== 'B-content') continue;
    let e = b + 1;
    while (e < n && labels[e] === 'I-content') e++;
    const cueAfter = labels[e] === 'B-cue' || (normToken(tokens[e]?.text ?? '') === ',' && labels[e + 1] === 'B-cue');
    if (!cueAfter) {
      b = e - 1;
      continue;
    }
    qs ??= quoteState(tokens.map((t) => normToken(t.text)), tokens.map((t) => t.spaceBefore));
    if (qs.qmark[b] !== QMark.Open) continue;
    let c = b + 1;
    while (c < e && qs.qmark[c] !== QMark.Close) c++;
    const name = normToken(tokens[c + 1]?.text ?? '');
    if (c + 1 >= e || !isNameWord(name) || name === 'I') {
      b = e - 1;
      continue;
    }
    // The name: capitalised words (and initials) up to a comma or the content's end; anything else after the
    // quotation ("“The Apprentice,” Donald Trump repeatedly demeaned …") is the content going on.
    let s = c + 1;
    while (s < e && isNameWord(normToken(tokens[s]!.text))) s++;
    const cue = labels[e] === 'B-cue' ? e : e + 1;
    if ((s < e && normToken(tokens[s]!.text) !== ',') || tokens[cue]!.text.toLowerCase() === 'according' || c - b < 4) {
      b = e - 1;
      continue;
    }
    for (let k = c + 1; k < e; k++) labels[k] = k === c + 1 ? 'B-source' : k < s ? 'I-source' : 'O';
    b = e - 1;
  }
}

/** Sentence openers built on verbs of saying that report nothing ("That said, …", "Needless to say, …", "Let's say …"). */
const DISCOURSE_MARKERS: readonly (readonly string[])[] = [
  ['that', 'said'],
  ['having', 'said', 'that'],
  ['that', 'being', 'said'],
  ['this', 'said'],
  ['needless', 'to', 'say'],
  ['that', 'is', 'to', 'say'],
  ['let', '’s', 'say'],
  ["let", "'s", 'say'],
];
/** The first words of the markers, as they may be written at a sentence's start. */
const MARKER_STARTS = new Set(DISCOURSE_MARKERS.flatMap((m) => [m[0]!, m[0]![0]!.toUpperCase() + m[0]!.slice(1), m[0]!.toUpperCase()]));
/** Markers that need no comma after them ("Let's say you have …"). */
const BARE_MARKERS = new Set(['let']);

/** "That said, the malware leaves files unencrypted": no source, no cue, and the clause after it is no content. */
function discourseMarkers(tokens: readonly SeqToken[], labels: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence) continue;
    if (!MARKER_STARTS.has(tokens[i]!.text)) continue;
    const marker = DISCOURSE_MARKERS.find(
      (m) => m.every((w, k) => tokens[i + k]?.text.toLowerCase() === w) && (BARE_MARKERS.has(m[0]!) || normToken(tokens[i + m.length]?.text ?? '') === ','),
    );
    if (!marker) continue;
    const sentence = tokens[i]!.sentence;
    let e = i;
    while (e < tokens.length && tokens[e]!.sentence === sentence) e++;
    const after = i + marker.length + (normToken(tokens[i + marker.length]?.text ?? '') === ',' ? 1 : 0);
    clearMarker(labels, i, after, e);
  }
}

/**
 * A marker [from, after) is neither source nor cue, and the rest of its sentence, up to `end`, reports nothing
 * unless a cue of its own follows there.
 */
function clearMarker(labels: string[], from: number, after: number, end: number): void {
  for (let k = from; k < after; k++) labels[k] = 'O';
  if (!labels.slice(after, end).some((l) => l.endsWith('-cue'))) for (let k = after; k < end; k++) labels[k] = 'O';
}

const AS_LIKE = new Set(['as', 'As', 'like', 'Like', 'AS', 'LIKE']);

/**
 * "Well, like I said, we started back in 2017", "As we mentioned earlier, …": a speaker pointing back at their
 * own words reports nothing new; the marker is neither source nor cue and the clause after it no content, unless
 * it has a cue of its own.
 */
function asISaid(tokens: readonly SeqToken[], labels: string[]): void {
  const lower = (k: number): string => tokens[k]?.text.toLowerCase() ?? '';
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!AS_LIKE.has(tokens[i]!.text) || !/^(?:i|we)$/.test(lower(i + 1)) || !/^(?:said|say|mentioned|noted|explained)$/.test(lower(i + 2))) continue;
    let e = i + 3;
    if (/^(?:before|earlier|previously|already)$/.test(lower(e))) e++;
    if (normToken(tokens[e]?.text ?? '') !== ',' && i > 0 && normToken(tokens[i - 1]!.text) !== ',') continue;
    // Inside someone else's quotation it is part of their words.
    if (labels[i] === 'I-content' || labels[i + 1] === 'I-content') continue;
    const sentence = tokens[i]!.sentence;
    let end = e;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    clearMarker(labels, i, e, end);
    i = end - 1;
  }
}

/**
 * "as she later put it, “two suitcases, one good coat and no English at all”": the one who put it so is the source,
 * "put it" the cue and the quotation after it the content.
 */
function asTheyPutIt(tokens: readonly SeqToken[], labels: string[]): void {
  const lower = (k: number): string => tokens[k]?.text.toLowerCase() ?? '';
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (lower(i) !== 'as') continue;
    // The speaker: a pronoun or up to three capitalised words.
    let k = i + 1;
    if (/^(?:he|she|they|we|i)$/.test(lower(k))) k++;
    else while (k < i + 4 && isNameWord(tokens[k]!.text)) k++;
    if (k === i + 1) continue;
    const src = k;
    if (/^(?:later|once|often|memorably|famously|herself|himself|itself|themselves)$/.test(lower(k))) k++;
    if (!/^(?:put|puts)$/.test(lower(k)) || lower(k + 1) !== 'it') continue;
    let q = k + 2;
    if (normToken(tokens[q]?.text ?? '') === ',' || normToken(tokens[q]?.text ?? '') === ':') q++;
    if (!/^[“"]$/.test(normToken(tokens[q]?.text ?? ''))) continue;
    let e = q + 1;
    while (e < tokens.length && !/^[”"]$/.test(normToken(tokens[e]!.text))) e++;
    if (e >= tokens.length || e - q > 80) continue;
    for (let j = i + 1; j < src; j++) labels[j] = j === i + 1 ? 'B-source' : 'I-source';
    labels[k] = 'B-cue';
    labels[k + 1] = 'I-cue';
    for (let j = q; j <= e; j++) labels[j] = j === q ? 'B-content' : 'I-content';
    i = e;
  }
}

/**
 * "…, according to X." ends a sentence with its frame: "according to" is the cue, X (up to a comma) the source and the
 * clause before it the content. Applied where the tagger's labels there do not already read so ("Analysts/source
 * on/cue average/content had expected $3.46, according/cue to/content data compiled by Kestrel Analytics").
 */
function accordingToLast(tokens: readonly SeqToken[], labels: string[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'according' || tokens[i + 1]!.text.toLowerCase() !== 'to' || tokens[i - 1]!.text !== ',') continue;
    const sentence = tokens[i]!.sentence;
    let s0 = i - 1;
    while (s0 > 0 && tokens[s0 - 1]!.sentence === sentence) s0--;
    // (Or the clause before it opens with stray labels: "Some/source average/cue Americans/content would …".)
    const broken = labels.slice(s0, Math.min(s0 + 3, i - 1)).some((l) => /-(?:source|cue)$/.test(l)) && labels.slice(s0 + 3, i - 1).every((l) => /-content$/.test(l));
    let e = i + 2;
    while (e < tokens.length && tokens[e]!.sentence === sentence && !/^[,.;:!?]$/.test(tokens[e]!.text)) e++;
    // An apposition of the source may end the sentence ("…, according to Moneyfacts, the financial information service.").
    let apposition = false;
    if (tokens[e]?.text === ',' && /^(?:the|a|an)$/i.test(tokens[e + 1]?.text ?? '')) {
      let a = e + 2;
      while (a < tokens.length && a - e <= 8 && tokens[a]!.sentence === sentence && /^[\p{L}'’-]+$/u.test(tokens[a]!.text) && !AUXILIARIES.has(tokens[a]!.text.toLowerCase()) && !/^(?:that|which|who|said|says)$/i.test(tokens[a]!.text)) a++;
      if (/^[.!?]$/.test(tokens[a]?.text ?? '') && tokens[a]!.sentence === sentence) {
        e = a;
        apposition = true;
      }
    }
    const appositionAsContent = apposition && labels.slice(i + 2, e).some((l) => l.endsWith('-content'));
    if (labels[i] === 'B-cue' && labels[i + 1] === 'I-cue' && labels[i + 2] === 'B-source' && !broken && !appositionAsContent) continue;
    // Only at the end of its sentence, after a clause of some length.
    if (e === i + 2 || (tokens[e] && tokens[e]!.sentence === sentence && !/^[.!?]$/.test(tokens[e]!.text)) || i - 1 - s0 < 3 || /^(?:which|whom|whose)$/i.test(tokens[i + 2]!.text)) continue;
    for (let k = s0; k < i - 1; k++) labels[k] = k === s0 ? 'B-content' : 'I-content';
    labels[i] = 'B-cue';
    labels[i + 1] = 'I-cue';
    for (let k = i + 2; k < e; k++) labels[k] = k === i + 2 ? 'B-source' : 'I-source';
  }
}

/**
 * "According to a statement from SA Rugby, Mthembu will undergo a scan on Monday.": a sentence that opens with its
 * frame — "According to" the cue, what follows up to the comma the source, the clause after it the content — where
 * the tagger read a cue or a source inside that clause instead.
 */
function accordingToFirst(tokens: readonly SeqToken[], labels: string[]): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i]!.text !== 'According' || tokens[i + 1]!.text.toLowerCase() !== 'to') continue;
    const sentence = tokens[i]!.sentence;
    if (i > 0 && tokens[i - 1]!.sentence === sentence) continue;
    let c = i + 2;
    while (c < tokens.length && c - i <= 14 && tokens[c]!.sentence === sentence && tokens[c]!.text !== ',') c++;
    if (tokens[c]?.text !== ',' || c === i + 2) continue;
    // An apposition after a name belongs to the source ("According to Jerry Steinman, the newsletter publisher, …").
    if (/^\p{Lu}/u.test(tokens[c - 1]!.text) && /^(?:the|a|an|\p{Ll}+)$/u.test(tokens[c + 1]?.text ?? '')) {
      let c2 = c + 1;
      while (c2 < tokens.length && c2 - c <= 9 && tokens[c2]!.sentence === sentence && /^[\p{L}'’.-]+$/u.test(tokens[c2]!.text) && !AUXILIARIES.has(tokens[c2]!.text.toLowerCase())) c2++;
      if (tokens[c2]?.text === ',' && tokens[c2]!.sentence === sentence) c = c2;
    }
    let e = c + 1;
    while (e < tokens.length && tokens[e]!.sentence === sentence) e++;
    while (e > c + 1 && /^[.!?]$/.test(tokens[e - 1]!.text)) e--;
    if (e - (c + 1) < 3) continue;
    // Only where the clause after the comma holds a cue or a source of the tagger's (its own report is left alone when
    // it has a content of its own: "According to X, Y said that …").
    const clause = labels.slice(c + 1, e);
    if ((!clause.some((l) => /-(?:cue|source)$/.test(l)) && labels[i + 2] !== 'I-cue') || clause.some((l, k) => l === 'B-cue' && /^(?:said|says|told)$/i.test(tokens[c + 1 + k]!.text))) continue;
    labels[i] = 'B-cue';
    labels[i + 1] = 'I-cue';
    for (let k = i + 2; k < c; k++) labels[k] = k === i + 2 ? 'B-source' : 'I-source';
    labels[c] = 'O';
    for (let k = c + 1; k < e; k++) labels[k] = k === c + 1 ? 'B-content' : 'I-content';
  }
}

/**
 * "Northwind, a Denver-based developer backed by …, says the project …": a name opening the sentence, then its
 * apposition and the cue. The tagger may read the name as content and the apposition alone as the source; the
 * source is the name with its apposition.
 */
function namedThenDescribed(tokens: readonly SeqToken[], labels: string[]): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (labels[i] !== 'B-content' || (i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence)) continue;
    let e = i + 1;
    while (e < tokens.length && labels[e] === 'I-content') e++;
    if (e - i > 4 || !tokens.slice(i, e).every((t) => /^\p{Lu}[\p{L}'’.&-]*$/u.test(t.text)) || tokens[e]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[e + 1]?.text ?? '')) continue;
    let k = e + 1;
    while (k < tokens.length && k - e <= 16 && tokens[k]!.sentence === tokens[i]!.sentence && !labels[k]!.endsWith('-cue')) k++;
    if (labels[k] !== 'B-cue' || tokens[k - 1]!.text !== ',' || !labels.slice(e + 1, k - 1).every((l) => l.endsWith('-source') || l === 'O') || labels[e + 1] !== 'B-source') continue;
    for (let j = i; j < k - 1; j++) labels[j] = j === i ? 'B-source' : 'I-source';
    labels[k - 1] = 'O';
  }
}

/**
 * A relative clause's subject as the source ("…, which said …", "…, who told reporters …") speaks for the noun before
 * it, and the clause the noun ends is the writer's, not what was said: "The contract went to Halcyon Vaccines, |
 * which said in a statement that it had followed every rule."
 */
function relativeSpeakers(tokens: readonly SeqToken[], labels: string[]): void {
  for (let b = 0; b < labels.length; b++) {
    if (labels[b] !== 'B-content') continue;
    let e = b + 1;
    while (e < labels.length && labels[e] === 'I-content') e++;
    if (tokens[e]?.text !== ',' || !/^(?:which|who)$/i.test(tokens[e + 1]?.text ?? '') || labels[e + 1] !== 'B-source' || labels[e + 2] !== 'B-cue') continue;
    // (Not the content of a report of its own before it: "The Times cited a book by Joe Conason, who detailed …".)
    let own = false;
    for (let j = b - 1; j >= 0 && tokens[j]!.sentence === tokens[b]!.sentence && !own; j--) own = labels[j]!.endsWith('-cue');
    if (own) continue;
    for (let j = b; j < e; j++) labels[j] = 'O';
  }
}

/**
 * "14 people had been injured, | two of them seriously": a phrase after a content's comma that tells part of what the
 * content counted ("two of them …", "most of whom …") is part of the content, up to the sentence's end (when no cue
 * or content follows it).
 */
function partOfThem(tokens: readonly SeqToken[], labels: string[]): void {
  for (let b = 0; b < labels.length; b++) {
    if (labels[b] !== 'B-content') continue;
    const e = contentEnd(labels, b);
    const q = tokens[e + 1]?.text.toLowerCase() ?? '';
    if (tokens[e]?.text !== ',' || tokens[e]!.sentence !== tokens[b]!.sentence || !(/^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|all|most|some|many|none|several|both|half|each)$/.test(q)) || tokens[e + 2]?.text !== 'of' || !/^(?:them|whom|those)$/i.test(tokens[e + 3]?.text ?? '')) continue;
    let k = e;
    // (The tagger may read the phrase as a source, with no cue after it.)
    while (k < tokens.length && tokens[k]!.sentence === tokens[b]!.sentence && (labels[k] === 'O' || labels[k]!.endsWith('-source'))) k++;
    if (k < tokens.length && tokens[k]!.sentence === tokens[b]!.sentence) continue;
    while (k > e && /^[.!?]$/.test(tokens[k - 1]!.text)) k--;
    for (let j = e; j < k; j++) labels[j] = 'I-content';
    b = k;
  }
}

/** Auxiliary and modal verbs: a clause that begins with one has lost its subject. */
const AUXILIARIES = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall']);

/**
 * A clause joined by ", and", ", but" or ", though" to a report that has its content after the cue is the writer's,
 * not part of that report: "The Gunners have spent more than £120m this summer, | and manager Luis Ortega said last week that
 * Okafor would be …".
 */
function narrationBeforeAnd(tokens: readonly SeqToken[], labels: string[]): void {
  for (let b = 0; b < labels.length; b++) {
    if (labels[b] !== 'B-content') continue;
    let e = b + 1;
    while (e < labels.length && labels[e] === 'I-content') e++;
    if (tokens[e]?.text !== ',' || !/^(?:and|but|though|although|while|whereas)$/.test(tokens[e + 1]?.text ?? '') || labels[e + 2] !== 'B-source') continue;
    let k = e + 3;
    while (k < labels.length && labels[k] === 'I-source') k++;
    if (labels[k] !== 'B-cue') continue;
    k++;
    while (k < labels.length && labels[k] === 'I-cue') k++;
    // The report's own content follows in the sentence (after at most a time phrase).
    let c = k;
    while (c < labels.length && c < k + 4 && labels[c] === 'O' && tokens[c]!.sentence === tokens[b]!.sentence) c++;
    if (labels[c] !== 'B-content' || tokens[c]!.sentence !== tokens[b]!.sentence) continue;
    // (Not the content of a report of its own before it: "Pelosi has said A, and Republicans said B".)
    let own = false;
    for (let j = b - 1; j >= 0 && tokens[j]!.sentence === tokens[b]!.sentence && !own; j--) own = labels[j]!.endsWith('-cue');
    if (own) continue;
    for (let j = b; j < e; j++) labels[j] = 'O';
  }
}

/** Verbs of saying proper, whose report a frame at the end of the sentence does not take over. */
const SAY_CUES = /^(?:said|says|say|told|tells|added|adds|according|wrote|writes|announced|reported|stated|claimed|noted|warned|insisted|argued|explained|confirmed)$/i;

/** Verbs that end a sentence as its frame ("…, the team reported."). */
const END_FRAME_VERBS = new Set([
  'said', 'says', 'reported', 'reports', 'announced', 'announces', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes',
  'confirmed', 'confirms', 'stated', 'states', 'explained', 'warned', 'claimed', 'claims', 'argued', 'insisted', 'estimated',
  'estimates', 'concluded', 'concludes', 'found', 'finds', 'told', 'tweeted', 'predicted', 'predicts',
]);
/** Prepositions of the medium of a report after its verb ("said in an alert", "wrote on its website"). */
const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'via', 'through']);
/** Words of the time or manner of a report after its verb ("announced on Wednesday", "said in a statement"). */
const FRAME_TAIL = /^(?:on|in|at|last|this|late|early|a|an|the|statement|interview|email|release|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|night|morning|afternoon|evening)$/i;

/**
 * A sentence the tagger left unlabelled that ends with its frame after a comma — a short description or a name and
 * a verb of saying ("In laboratory tests, the compound reduced … by as much as 87 per cent, the team reported.",
 * "…, the company announced on Wednesday.") — is that source's report.
 */
function endFrames(tokens: readonly SeqToken[], labels: string[]): void {
  for (let a = 0; a < tokens.length; ) {
    let b = a + 1;
    while (b < tokens.length && tokens[b]!.sentence === tokens[a]!.sentence) b++;
    const sentence: [number, number] = [a, b];
    a = b;
    const [s0, s1] = sentence;
    if (s1 - s0 < 8) continue;
    let e = s1;
    while (e > s0 && /^[.!?”"’']$/.test(tokens[e - 1]!.text)) e--;
    // The verb, then at most four words of its time or manner, or a phrase of its medium of up to ten words with
    // no comma ("LeoSight said in an alert sent to customers on Wednesday.").
    let v = e - 1;
    while (v > e - 5 && v > s0 && FRAME_TAIL.test(tokens[v]!.text)) v--;
    let medium = false;
    if (!END_FRAME_VERBS.has(tokens[v]!.text)) {
      v = e - 1;
      while (v > e - 12 && v > s0 && !END_FRAME_VERBS.has(tokens[v]!.text) && !/^[,;:“”"]$/.test(tokens[v]!.text)) v--;
      if (!END_FRAME_VERBS.has(tokens[v]!.text) || !MEDIUM_PREPOSITIONS.has(tokens[v + 1]?.text ?? '') || !/^(?:a|an|the|its|his|her|their)$/.test(tokens[v + 2]?.text ?? '')) continue;
      medium = true;
    }
    // The source: after the last comma, a description of up to five words ("the team") or a name of up to seven.
    let c = v - 1;
    while (c > s0 && c >= v - 8 && tokens[c]!.text !== ',') c--;
    // (A clause of three words needs a verb form: "Nobody was hurt, …", not "On Monday night, …".)
    if (tokens[c]!.text !== ',' || c === v - 1 || c - s0 < 3 || (c - s0 === 3 && !tokens.slice(s0, c).some((t) => VERB_FORM.test(t.text)))) continue;
    const src = tokens.slice(c + 1, v).map((t) => t.text);
    const description = src.length <= 5 && /^(?:the|a|an|its|their|his|her)$/i.test(src[0]!) && src.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w));
    // (A name, after "the" too: "the U.S. Consumer Product Safety Commission announced Wednesday".)
    const name = src.slice(/^the$/i.test(src[0]!) ? 1 : 0).every((w) => isNameWord(w)) && src.length <= 7;
    if (!description && !name) continue;
    // Not after a quotation mark: "“…,” the team reported." is the quotation rules' business.
    if (tokens.slice(s0, c).some((t) => /^[“”"]$/.test(t.text))) continue;
    // The tagger left the sentence unlabelled, or labelled its frame without a content and, before it, no more
    // than another source and cue of something that is not speech ("Harbor Home Goods is recalling about 40,000
    // space heaters, the company said.").
    const frame = labels.slice(c + 1, e);
    const before = labels.slice(s0, c);
    const labelledFrame =
      labels[c + 1] === 'B-source' && labels.slice(c + 2, v).every((l) => l === 'I-source') && labels[v] === 'B-cue' && labels.slice(v + 1, e).every((l) => l === 'O' || l === 'I-cue' || (medium && l.endsWith('-content')));
    const bare = frame.every((l) => l === 'O') || labelledFrame;
    if (!bare || (before.some((l) => l !== 'O') && before.some((l, j) => l.endsWith('-cue') && SAY_CUES.test(tokens[s0 + j]!.text)))) continue;
    if (before.some((l) => l !== 'O') && !before.some((l) => l.endsWith('-cue'))) continue;
    for (let k = s0; k < c; k++) labels[k] = k === s0 ? 'B-content' : 'I-content';
    for (let k = c + 1; k < v; k++) labels[k] = k === c + 1 ? 'B-source' : 'I-source';
    labels[v] = 'B-cue';
  }
  mediumAfterCue(tokens, labels);
}

/** Nouns of the medium a report was made in ("said in an alert sent to customers"). */
const MEDIUM_NOUNS = /^(?:alert|advisory|statement|email|e-mail|post|letter|note|memo|release|bulletin|notice|filing|message|tweet|video|update|blog|newsletter|notification|text)s?$/i;

/**
 * "ShipTrack said in an alert sent to subscribers on Tuesday": the medium of the report after its verb ("in an
 * alert …", "in a post on X") is neither what was said nor part of it, whatever the tagger made of it.
 */
function mediumAfterCue(tokens: readonly SeqToken[], labels: string[]): void {
  for (let x = 2; x < tokens.length; x++) {
    if (labels[x] !== 'B-content') continue;
    const det = /^(?:a|an|the|its|his|her|their)$/i.test(tokens[x]!.text) ? x : x - 1;
    if (det < 2 || det > x || !MEDIUM_PREPOSITIONS.has(tokens[det - 1]!.text) || !/^(?:a|an|the|its|his|her|their)$/i.test(tokens[det]!.text)) continue;
    if (!labels[det - 2]!.endsWith('-cue') && !(labels[det - 1]!.endsWith('-cue') && labels[det - 2]!.endsWith('-cue'))) continue;
    let k = det + 1;
    while (k < det + 3 && k < tokens.length && !MEDIUM_NOUNS.test(tokens[k]!.text) && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
    if (!MEDIUM_NOUNS.test(tokens[k]?.text ?? '')) continue;
    for (let m = x; m < tokens.length && (m === x || labels[m] === 'I-content'); m++) labels[m] = 'O';
  }
}

/** Verbs of saying in the simple past, which a speaker's second report opens with ("… and called …"). */
export const SECOND_REPORT: ReadonlySet<string> = new Set([
  'said', 'added', 'told', 'asked', 'urged', 'called', 'denied', 'warned', 'noted', 'promised', 'vowed', 'pledged', 'insisted',
  'accused', 'acknowledged', 'dismissed', 'described', 'argued', 'claimed', 'stressed', 'demanded', 'suggested', 'admitted',
  'conceded', 'predicted', 'announced', 'explained', 'complained', 'repeated', 'reiterated', 'declared',
]);
/** Words before "and" that end a verb phrase of the reported clause's own subject ("anyone came | and asked"). */
const CLAUSE_VERB_END = /^(?:\p{Ll}+ed|came|went|left|ran|sat|stood|got|took|made|said|did|was|were|is|are|be|been|comes|goes|says)$/u;

/**
 * A speaker's second report joined by "and" or "but" to the first ("The mayor said crime had fallen | and called
 * Salcedo's figures “fearmongering.”", "claimed a vaccine was near | and said people are …", "said the dressing room
 * was “gutted” | but insisted …") is a cue and a content of its own, not part of the first content; its source is the
 * first one's (inheritSources).
 */
function coordinatedCues(tokens: readonly SeqToken[], labels: string[]): void {
  let qs: ReturnType<typeof quoteState> | null = null;
  for (let b = 0; b < labels.length; b++) {
    if (labels[b] !== 'B-content') continue;
    let e = b + 1;
    while (e < labels.length && labels[e] === 'I-content') e++;
    // The content follows its own cue in the sentence.
    let c = b - 1;
    while (c >= 0 && labels[c] === 'O' && tokens[c]!.sentence === tokens[b]!.sentence && b - c <= 3) c--;
    if (c < 0 || !labels[c]!.endsWith('-cue') || tokens[c]!.sentence !== tokens[b]!.sentence) continue;
    for (let k = b + 2; k < e - 2; k++) {
      const verb = tokens[k + 1]!.text;
      if (!/^(?:and|but)$/.test(tokens[k]!.text) || !SECOND_REPORT.has(verb) || CLAUSE_VERB_END.test(tokens[k - 1]!.text)) continue;
      // Not inside quotation marks: a quotation's words are the speaker's own.
      qs ??= quoteState(tokens.map((t) => normToken(t.text)), tokens.map((t) => t.spaceBefore));
      if (qs.inQuote[k]) continue;
      const cueEnd = verb === 'called' && /^(?:on|for)$/.test(tokens[k + 2]!.text) ? k + 3 : k + 2;
      if (cueEnd >= e) break;
      let end = k;
      if (tokens[end - 1]!.text === ',') end--;
      for (let j = end; j < cueEnd; j++) labels[j] = 'O';
      for (let j = k + 1; j < cueEnd; j++) labels[j] = j === k + 1 ? 'B-cue' : 'I-cue';
      labels[cueEnd] = 'B-content';
      break;
    }
  }
}

/**
 * Reported clauses have subjects: a content the tagger begins with an auxiliary verb, in the middle of a
 * sentence with nothing labelled before it, or right after a source when the sentence names another source
 * after the content ("Turkey, Poland and Saba [have also been removed from the list], said Humza Yousaf"),
 * starts at the sentence's start instead.
 */
function subjectless(tokens: readonly SeqToken[], labels: string[]): void {
  for (let i = 1; i < labels.length; i++) {
    if (labels[i] !== 'B-content' || !AUXILIARIES.has(tokens[i]!.text.toLowerCase())) continue;
    const sentence = tokens[i]!.sentence;
    const inSentence = (k: number): boolean => k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence;
    let e = i + 1;
    while (e < labels.length && labels[e] === 'I-content') e++;
    let laterSource = false;
    for (let k = e; inSentence(k) && !laterSource; k++) laterSource = labels[k] === 'B-source';
    let b = i;
    while (inSentence(b - 1) && (labels[b - 1] === 'O' || (laterSource && labels[b - 1]!.endsWith('-source')))) {
      b--;
      if (labels[b] === 'B-source') break;
    }
    if (b === i || inSentence(b - 1)) continue;
    for (let k = b; k <= i; k++) labels[k] = k === b ? 'B-content' : 'I-content';
  }
}

/** Words a speaker's description begins with ("said one person", "said someone at the meeting"). */
const DESCRIPTION_STARTS = new Set(['a', 'an', 'the', 'one', 'another', 'someone', 'somebody', 'two', 'three', 'several', 'some', 'many']);
/** Words that end such a description: prepositions, punctuation, clauses. */
const DESCRIPTION_ENDS = new Set([',', '.', ';', ':', 'during', 'at', 'in', 'on', 'after', 'before', 'when', 'while', 'who', 'which', 'that', 'as', 'to', 'from', 'about', 'with', 'of', 'for', 'outside', 'inside', 'near', 'and', 'but']);

const INVERTING_CUES = new Set([
  'said', 'says', 'added', 'asked', 'wrote', 'explained', 'continued', 'recalled', 'replied', 'insisted', 'noted', 'stated', 'argued',
  'warned', 'declared', 'tweeted', 'commented', 'remarked', 'admitted', 'acknowledged', 'observed', 'cautioned', 'conceded', 'told',
]);

function invertedSources(tokens: readonly SeqToken[], labels: string[]): void {
  const n = tokens.length;
  let qs: ReturnType<typeof quoteState> | null = null;
  for (let c = 1; c + 1 < n; c++) {
    if (labels[c] !== 'B-cue' || labels[c + 1] !== 'B-content' || !INVERTING_CUES.has(tokens[c]!.text.toLowerCase())) continue;
    const first = normToken(tokens[c + 1]!.text);
    const described = DESCRIPTION_STARTS.has(first.toLowerCase()) && !isNameWord(first);
    if ((!isNameWord(first) || first === 'I') && !described) continue;
    qs ??= quoteState(tokens.map((t) => normToken(t.text)), tokens.map((t) => t.spaceBefore));
    const before = normToken(tokens[c - 1]!.text) === ',' && c > 1 ? c - 2 : c - 1;
    if (qs.qmark[before] !== QMark.Close && !(normToken(tokens[c - 1]!.text) === ',' && qs.qmark[c - 1] === QMark.Close)) continue;
    // The name: capitalised words (up to six); or a description up to a preposition or a clause ("one person
    // during public comment", "someone at the meeting").
    let e = c + 1;
    const inName = (k: number): boolean => (described ? !DESCRIPTION_ENDS.has(normToken(tokens[k]!.text).toLowerCase()) : isNameWord(normToken(tokens[k]!.text)));
    while (e < n && e - c <= 6 && labels[e]!.endsWith('-content') && inName(e)) e++;
    // "said Maryland-based product liability lawyer Jim Dunham": lower-case words up to a role, then the name.
    if (!described) {
      let r = e;
      while (r < n && r - e < 5 && labels[r]!.endsWith('-content') && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[r]!.text) && !PERSON_ROLES.has(tokens[r]!.text)) r++;
      if (r < n && PERSON_ROLES.has(tokens[r]!.text) && labels[r]!.endsWith('-content')) {
        let m = r + 1;
        while (m < n && m - r <= 4 && labels[m]!.endsWith('-content') && isNameWord(normToken(tokens[m]!.text))) m++;
        if (m > r + 1) e = m;
      }
    }
    // A description that runs on past six words is not one.
    if (described && e < n && labels[e] === 'I-content' && inName(e)) continue;
    for (let k = c + 1; k < e; k++) labels[k] = k === c + 1 ? 'B-source' : 'I-source';
    for (let k = e; k < n && labels[k] === 'I-content'; k++) labels[k] = 'O';
    c = e - 1;
  }
}

const TELL = new Set(['told', 'tell', 'tells', 'telling']);

function addressees(tokens: readonly SeqToken[], labels: string[]): void {
  for (let c = 0; c + 1 < labels.length; c++) {
    if (!labels[c]!.endsWith('-cue') || labels[c + 1]!.endsWith('-cue') || !TELL.has(tokens[c]!.text.toLowerCase())) continue;
    // The addressee: capitalised words after the cue ("told US Secretary of State …"), left outside or tagged as content.
    let j = c + 1;
    while (j < labels.length && j - c <= 3 && labels[j] === 'O' && isNameWord(normToken(tokens[j]!.text))) j++;
    if (labels[j] !== 'B-content') continue;
    const first = normToken(tokens[j]!.text);
    if (!isNameWord(first) || first === 'I') continue;
    let e = j + 1;
    while (e < labels.length && labels[e] === 'I-content') e++;
    let k = j + 1;
    while (k < e && !['that', ':', '“', '"'].includes(normToken(tokens[k]!.text).toLowerCase())) k++;
    for (let m = j; m < k; m++) labels[m] = 'O';
    if (k < e) labels[k] = 'B-content';
  }
}

/**
 * "confirmed that the Electric Car Grant, which offers up to £3,750 …, will fall to £2,500": a content the tagger
 * ended at its subject, before a relative clause set off by commas, goes on over that clause to the verb after it
 * and the sentence's end, where all of that is untagged (a subject with no verb is no report).
 */
function relativeInSubject(a: Analysis, labels: string[]): void {
  const pos = posTags(a);
  for (let x = 0; x < a.n; x++) {
    if (labels[x] !== 'B-content') continue;
    const y = contentEnd(labels, x);
    const s1 = a.sentEnd[x]!;
    if (y + 3 >= s1 || a.norm[y] !== ',' || !/^(?:which|who|whose)$/.test(a.lower[y + 1]!)) {
      x = y - 1;
      continue;
    }
    // The content so far has no finite verb after its "that": it is the subject alone.
    let verb = false;
    for (let k = a.lower[x] === 'that' ? x + 1 : x; k < y && !verb; k++) verb = FINITE.test(pos(k));
    let z = y + 2;
    while (z < s1 && a.norm[z] !== ',' && labels[z] === 'O' && a.qmark[z] === 0) z++;
    let last = s1;
    while (last > z && /^[.!?;]$/.test(a.norm[last - 1]!)) last--;
    let untagged = !verb && z + 1 < last && FINITE.test(pos(z + 1)) && a.norm[z] === ',';
    for (let k = y; k < last && untagged; k++) untagged = labels[k] === 'O' && a.qmark[k] === 0;
    if (untagged) for (let k = y; k < last; k++) labels[k] = 'I-content';
    x = y - 1;
  }
}

/** Object pronouns and nouns of an audience that stand as the one told ("told him", "told reporters"). */
const TOLD_OBJECT = /^(?:him|her|them|us|me|you|reporters|journalists|lawmakers|legislators|senators|councillors|councilors|members|supporters|parliament|delegates|investors|analysts|viewers|listeners|readers|students|staff|employees|workers|residents|voters|jurors|police|officers|officials|colleagues|friends|family|parents)$/i;
/** Subjects a reported clause opens with, before its finite verb ("told reporters it was …"). */
const CLAUSE_SUBJECT = /^(?:it|he|she|they|we|i|you|there|this|these|those)$/i;

/**
 * "Reyes told reporters it was an insult": after "told" and the one told (a name, an object pronoun, a noun of an
 * audience, or a short noun phrase), a clause with no "that" — a subject and a finite verb within four words, up to
 * the sentence's end — is what was told, where the tagger left the whole sentence after the cue untagged; where it
 * began the content with the one told or after the clause's subject ("told | the jury there was “not a shred of
 * evidence”", "told reporters it | was …"), the content begins at the subject.
 */
function toldClause(a: Analysis, labels: string[]): void {
  const pos = posTags(a);
  for (let c = 0; c + 3 < a.n; c++) {
    if (!labels[c]!.endsWith('-cue') || (labels[c + 1] !== 'O' && labels[c + 1] !== 'B-content') || !TELL.has(a.lower[c]!)) continue;
    const end = a.sentEnd[c]!;
    let last = end;
    while (last > c && /^[.!?;]$/.test(a.norm[last - 1]!)) last--;
    let untagged = true;
    for (let k = c + 1; k < end && untagged; k++) untagged = labels[k] === 'O' && a.qmark[k] === 0;
    // The one told: one to four words of a noun phrase, a name or an object pronoun.
    let j = c + 1;
    if (TOLD_OBJECT.test(a.norm[j]!)) j++;
    else {
      while (j < last && j - c <= 4 && (isNameWord(a.norm[j]!) || /^(?:DT|PRP\$|JJ|NN|NNS|NNP|NNPS|POS|CD)$/.test(pos(j))) && !CLAUSE_SUBJECT.test(a.norm[j]!) && !(j > c + 1 && /^(?:DT|PRP\$)$/.test(pos(j)))) j++;
    }
    if (j === c + 1 || j >= last) continue;
    // The reported clause: a subject, then a finite verb within four words, no comma before it.
    if (!CLAUSE_SUBJECT.test(a.norm[j]!) && !/^(?:DT|NNP|NNPS|PRP\$)$/.test(pos(j))) continue;
    let v = j;
    while (v < last && v <= j + 4 && !FINITE.test(pos(v)) && a.norm[v] !== ',') v++;
    if (v >= last || !FINITE.test(pos(v)) || v === j) continue;
    let stop = last;
    if (!untagged) {
      // The tagger's content, begun on the one told or on the clause's verb, nothing tagged before it.
      let b = c + 1;
      while (b <= v && labels[b] === 'O' && a.qmark[b] === 0) b++;
      if (b > v || labels[b] !== 'B-content' || (b !== c + 1 && b !== v)) continue;
      for (let k = c + 1; k < j; k++) if (a.qmark[k]) b = -1;
      if (b < 0) continue;
      stop = contentEnd(labels, b);
      for (let k = c + 1; k < j; k++) labels[k] = 'O';
    }
    for (let k = j; k < stop; k++) labels[k] = k === j ? 'B-content' : 'I-content';
    c = stop;
  }
}

/** Finite and participle verb forms (a crude test, for words the tagger put around a cue). */
const VERB_FORM = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|\p{Ll}+ed)$/u;

/** Prepositions of a time, place or occasion between a verb of saying and its "that" clause. */
const ADJUNCT_PREPOSITIONS = new Set(['after', 'before', 'during', 'following', 'outside', 'at', 'in', 'to']);

/**
 * "said after the verdict that she would appeal", "said during a visit to the site on Tuesday that the bridge would
 * reopen": a phrase of time or occasion between the verb and "that" is neither what was said nor its subject; the
 * content is the "that" clause and the phrase is neither cue nor content, as PolNeAR has it (a verb cue ending in
 * such a preposition, or a content opening with one, then at most ten words without a comma, a quotation mark or a
 * verb form before "that"; on PolNeAR dev one more exact content, the cue figure unchanged — as part of the cue it
 * lost two).
 */
function adjunctsBeforeThat(tokens: readonly SeqToken[], labels: string[]): void {
  for (let c = 0; c + 1 < labels.length; c++) {
    // (The preposition may be left out of both: "said | outside | the hearing that …".)
    const gap = labels[c + 1] === 'O' && labels[c + 2] === 'B-content' && (ADJUNCT_PREPOSITIONS.has(tokens[c + 1]!.text.toLowerCase()) || tokens[c + 1]!.text.toLowerCase() === 'when') && tokens[c + 1]!.text.toLowerCase() !== 'to' ? 1 : 0;
    // (So may a clause of the time: "said | when the hearings opened | that …".)
    const when = gap === 1 && tokens[c + 1]!.text.toLowerCase() === 'when';
    if (!labels[c]!.endsWith('-cue') || labels[c + 1 + gap] !== 'B-content') continue;
    const first = tokens[c + 1]!.text.toLowerCase();
    if (!ADJUNCT_PREPOSITIONS.has(tokens[c]!.text.toLowerCase()) && !ADJUNCT_PREPOSITIONS.has(first) && !when) continue;
    let k = c + 1 + gap;
    while (k < labels.length && k <= c + 11 && labels[k]!.endsWith('-content') && tokens[k]!.text.toLowerCase() !== 'that') {
      const w = tokens[k]!.text;
      if (/^[,;:“”"«»]$/.test(w) || (VERB_FORM.test(w) && !when)) break;
      k++;
    }
    if (k >= labels.length || tokens[k]!.text.toLowerCase() !== 'that' || labels[k] !== 'I-content' || k === c + 1 + gap) continue;
    // (A relative "that" is the phrase's own: "said in a documentary that showed off …".)
    if (gap && VERB_FORM.test(tokens[k + 1]?.text ?? '')) continue;
    if (gap && /^\p{Ll}+(?:ed|s)$/u.test(tokens[k + 1]?.text ?? '') && !/^(?:its|his|this|us|was|has|is|as)$/.test(tokens[k + 1]!.text)) continue;
    for (let m = c + 1; m < k; m++) labels[m] = 'O';
    labels[k] = 'B-content';
    // (Nor is the preposition the cue ended with: "said outside | the hearing that" → "said".)
    if (ADJUNCT_PREPOSITIONS.has(tokens[c]!.text.toLowerCase()) && tokens[c]!.text.toLowerCase() !== 'to' && labels[c] === 'I-cue' && SAY_CUES.test(tokens[c - 1]!.text)) labels[c] = 'O';
  }
}

/**
 * "Ruiz told reporters at the team's practice facility: “This was …”": a content the tagger began with the place or
 * occasion of the speech and ran on over a colon into a quotation begins at the quotation mark; the words before the
 * colon (up to twelve, no verb form among them) are neither cue nor content.
 */
function occasionBeforeColon(tokens: readonly SeqToken[], labels: string[]): void {
  const n = tokens.length;
  for (let b = 1; b < n; b++) {
    if (labels[b] !== 'B-content') continue;
    // The cue before it, with a subject of its own ("…,” said one farmer: “…” names the speaker after the cue).
    let j = b - 1;
    while (j > 0 && j >= b - 4 && labels[j] === 'O') j--;
    if (!labels[j]!.endsWith('-cue')) continue;
    while (j > 0 && labels[j] !== 'B-cue') j--;
    if (j === 0 || tokens[j - 1]!.sentence !== tokens[j]!.sentence || /^[,“”"«»]$/.test(normToken(tokens[j - 1]!.text))) continue;
    let k = b;
    while (k < n && k <= b + 12 && labels[k] === (k === b ? 'B-content' : 'I-content') && normToken(tokens[k]!.text) !== ':') {
      if (/^[“”"«»,;]$/.test(normToken(tokens[k]!.text)) || VERB_FORM.test(tokens[k]!.text)) break;
      k++;
    }
    if (k === b || normToken(tokens[k]?.text ?? '') !== ':' || labels[k] !== 'I-content' || labels[k + 1] !== 'I-content' || !/^[“"«]$/.test(normToken(tokens[k + 1]!.text))) continue;
    for (let m = b; m <= k; m++) labels[m] = 'O';
    labels[k + 1] = 'B-content';
    b = k + 1;
  }
}

function pullQuotes(tokens: readonly SeqToken[], labels: string[]): void {
  const n = tokens.length;
  if (n < 4 || !tokens.some((t) => DASH_TEXTS.has(t.text))) return;
  const norm = tokens.map((t) => normToken(t.text));
  let qs: ReturnType<typeof quoteState> | null = null;
  for (let i = 1; i + 1 < n; i++) {
    if (!DASHES.has(norm[i]!) || !isNameWord(norm[i + 1]!)) continue;
    qs ??= quoteState(norm, tokens.map((t) => t.spaceBefore));
    if (qs.qmark[i - 1] !== QMark.Close) continue;
    let e = i + 1;
    while (e < n && e - i <= 4 && isNameWord(norm[e]!) && qs.qmark[e] !== QMark.Open) e++;
    const after = e < n ? norm[e]! : '';
    if (e - i > 4 || !(after === '' || after === '.' || after === ',' || qs.qmark[e] === QMark.Open)) continue;
    if (e - (i + 1) < 2 && !/^\p{Lu}\p{Ll}+$/u.test(norm[i + 1]!)) continue;
    let open = i - 2;
    while (open >= 0 && qs.qmark[open] !== QMark.Open) open--;
    if (open < 0) continue;
    for (let k = open; k < i; k++) labels[k] = k === open ? 'B-content' : 'I-content';
    labels[i] = 'B-cue';
    for (let k = i + 1; k < e; k++) labels[k] = k === i + 1 ? 'B-source' : 'I-source';
    if (e < n && labels[e]!.startsWith('I-')) labels[e] = `B-${labels[e]!.slice(2)}`;
    i = e - 1;
  }
}
