import type { Doc, Entity, Mention, Quote, QuoteKind, Speaker } from '../../types.ts';
import { quoteState, wordForm } from './features.ts';
import type { SeqToken, WordForm } from './features.ts';
import { datelines } from '../../dateline.ts';
import { CITY_STATE_MODIFIER, groupSubject } from '../../groups.ts';
import { ATTRIBUTION_NOUN_SET, DEMONYMS, PERSONAL_PRONOUNS, PERSON_ROLES, SAY_VERB_LEMMAS, SPEECH_VERB_LEMMAS as SPEECH_VERB_LEMMAS_ALL, lemma } from './lexicon.ts';
import { loadQuoteModel, tagParagraph } from './model.ts';
import type { QuoteModel } from './model.ts';
import { SECOND_REPORT } from './conventions.ts';
import { findQuotations } from './quotations.ts';
import { transcriptQuotes } from './transcript.ts';
import type { Quotation } from './quotations.ts';
import { entityKey } from '../../stages/entities.ts';
import { genderOfFirstName } from '../../stages/coref.ts';
import { loadSyntaxModel, tagSyntax } from './syntax.ts';

/**
 * From tagged spans to attributions: each cue gets its source and its content(s); quotations the
 * tagger missed are attributed by rules; quotations running over several paragraphs are joined; then
 * every content becomes a Quote with its kind, cue and speaker (resolved to an entity through the
 * mentions of the NER and coreference stages).
 */

export interface TokenSpan {
  type: 'source' | 'cue' | 'content';
  start: number;
  /** Exclusive. */
  end: number;
}

export interface Attribution {
  contents: TokenSpan[];
  cue: TokenSpan | null;
  source: TokenSpan | null;
  /** Set when the attribution continues an earlier one (a quotation in the next paragraph). */
  continues: Attribution | null;
}

const SPEECH_WORDS = new Set(['according', 'quoted', 'citing', 'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Words that are mostly nouns in their base and plural forms ("the state", "reports"): they signal speech only as -ed/-ing forms. */
const NOUNISH = new Set(['state', 'report', 'post', 'point', 'call', 'note', 'order', 'charge', 'question', 'answer', 'demand', 'claim', 'comment', 'promise', 'pledge', 'vow', 'mention', 'remark', 'counter', 'repeat', 'echo', 'label', 'brand', 'continue', 'describe', 'propose', 'plead', 'highlight', 'detail', 'outline', 'cite', 'quote']);

/** Forms of "point", a verb of saying in "point out" ("She pointed out that …"; see isSpeechCue). */
const POINT_FORMS = /^point(?:s|ed|ing)$/;

/**
 * Whether a paragraph can hold a quote as the product keeps them: quotation marks, a colon, "according
 * to", or a verb of saying (nouns like "the state" or "reports" only in their -ed/-ing forms).
 * Paragraphs with none of these are not tagged: the quotes there would be filtered out anyway.
 */
export function mayHoldQuote(tokens: readonly SeqToken[]): boolean {
  for (const t of tokens) if (isSpeechSignal(wordForm(t.text))) return true;
  return false;
}

function isSpeechSignal(form: WordForm): boolean {
  if (form.speech === undefined) {
    const w = form.lower;
    let v = false;
    // Quotation marks of every shape are normalised to these (see normToken).
    if (w === '"' || w === '“' || w === '”' || w === ':') v = true;
    else if (w.length >= 3 && /^[a-z]/.test(w)) {
      const l = lemma(w, SAY_VERB_LEMMAS);
      v = SPEECH_WORDS.has(w) || (SAY_VERB_LEMMAS.has(l) && (!NOUNISH.has(l) || w.endsWith('ed') || w.endsWith('ing'))) || POINT_FORMS.test(w);
    }
    form.speech = v;
  }
  return form.speech;
}

/**
 * The parts of a paragraph worth tagging for quotes: runs of sentences that hold a speech signal
 * (see mayHoldQuote), each with the sentence before and after it. Short paragraphs are taken whole.
 */
export function speechWindows(seq: readonly SeqToken[]): [number, number][] {
  const sentences: [number, number][] = [];
  for (let k = 0; k < seq.length; ) {
    let e = k + 1;
    while (e < seq.length && seq[e]!.sentence === seq[k]!.sentence) e++;
    sentences.push([k, e]);
    k = e;
  }
  // Sentences inside a quotation count as holding speech, whatever their words.
  const forms = seq.map((t) => t.form ?? wordForm(t.text));
  const { inQuote } = quoteState(forms.map((f) => f.norm), seq.map((t) => t.spaceBefore));
  // "Reported" is a weaker signal ("the incident was reported", "reported a loss"): its sentence alone is tagged.
  const reported = new Array<boolean>(sentences.length).fill(false);
  const hot = sentences.map(([a, b], s) => {
    if (inQuote[a] || inQuote[b - 1]) return true;
    for (let k = a; k < b; k++) {
      if (isSpeechSignal(forms[k]!)) return true;
      if (forms[k]!.lower === 'reported' || forms[k]!.lower === 'reporting') reported[s] = true;
    }
    return false;
  });
  for (let s = 0; s < sentences.length; s++) if (hot[s]) reported[s] = false;
  if (!hot.some(Boolean) && !reported.some(Boolean)) return [];
  if (sentences.length <= 3) return [[0, seq.length]];
  const keep = hot.map((h, k) => h || !!hot[k - 1] || !!hot[k + 1] || reported[k]!);
  const out: [number, number][] = [];
  for (let k = 0; k < sentences.length; k++) {
    if (!keep[k]) continue;
    const start = sentences[k]![0];
    while (k + 1 < sentences.length && keep[k + 1]) k++;
    const end = sentences[k]![1];
    const last = out[out.length - 1];
    if (last && last[1] === start) last[1] = end;
    else out.push([start, end]);
  }
  return out;
}

const ENTITY_CODE: Record<string, number> = { person: 1, organization: 2, place: 3 };

/** Per token of the document: the type of the named entity it is part of (1 person, 2 organization, 3 place) + 4 when it begins it. */
export function entityCodes(doc: Doc): Uint8Array {
  const codes = new Uint8Array(doc.tokens.length);
  const toks = doc.tokens;
  let k = 0;
  const names = doc.mentions.filter((m) => m.kind === 'name').sort((a, b) => a.start - b.start);
  for (const m of names) {
    const type = ENTITY_CODE[m.type];
    if (!type) continue;
    while (k < toks.length && toks[k]!.end <= m.start) k++;
    let first = true;
    for (let j = k; j < toks.length && toks[j]!.start < m.end; j++) {
      if (toks[j]!.end <= m.start) continue;
      codes[j] = type + (first ? 4 : 0);
      first = false;
    }
  }
  return codes;
}

/** BIO labels over all tokens of the document, paragraph by paragraph (`all`: also paragraphs without speech cues). */
export function tagDocument(doc: Doc, model: QuoteModel = loadQuoteModel(), all = false): string[] {
  const labels = new Array<string>(doc.tokens.length).fill('O');
  const ents = model.features.entities ? entityCodes(doc) : null;
  // A dateline opening a paragraph ("NEW YORK, June 6 —") is no part of its first sentence.
  const filed = datelines(doc);
  let i = 0;
  while (i < doc.tokens.length) {
    const block = doc.sentences[doc.tokens[i]!.sentence]!.block;
    const d = filed.find(([x, y]) => doc.tokens[i]!.start >= x && doc.tokens[i]!.start < y);
    if (d) {
      let k = i;
      while (k < doc.tokens.length && doc.tokens[k]!.start < d[1] && doc.sentences[doc.tokens[k]!.sentence]!.block === block) k++;
      if (k < doc.tokens.length && doc.sentences[doc.tokens[k]!.sentence]!.block === block) i = k;
    }
    let j = i;
    const seq: SeqToken[] = [];
    while (j < doc.tokens.length && doc.sentences[doc.tokens[j]!.sentence]!.block === block) {
      const t = doc.tokens[j]!;
      const e = ents ? ents[j]! : 0;
      // British "per cent" reads as the tagger's "percent" (its "per", as in "per a statement", is a cue).
      const text = PER_CENT.test(t.text) && doc.tokens[j + 1]?.text.toLowerCase() === 'cent' ? 'percent' : t.text.toLowerCase() === 'cent' && PER_CENT.test(doc.tokens[j - 1]?.text ?? '') ? 'percent' : t.text;
      seq.push({ text, sentence: t.sentence, spaceBefore: j === i || doc.tokens[j - 1]!.end < t.start, entity: e & 3, entityStart: e > 3, form: wordForm(text) });
      j++;
    }
    if (all) {
      const tags = tagParagraph(seq, model);
      for (let k = 0; k < tags.length; k++) labels[i + k] = tags[k]!;
    } else {
      for (const [a, b] of speechWindows(seq)) {
        const tags = tagParagraph(seq.slice(a, b), model);
        for (let k = 0; k < tags.length; k++) labels[i + a + k] = tags[k]!;
      }
    }
    i = j;
  }
  return labels;
}

export function spansOf(labels: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  labels.forEach((l, i) => {
    if (l.startsWith('B-')) {
      if (cur) out.push(cur);
      cur = { type: l.slice(2) as TokenSpan['type'], start: i, end: i + 1 };
    } else if (l.startsWith('I-') && cur && cur.type === l.slice(2)) cur.end = i + 1;
    else {
      if (cur) out.push(cur);
      cur = null;
    }
  });
  if (cur) out.push(cur);
  return out;
}

function gap(a: TokenSpan, b: TokenSpan): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

const PUNCT = /^[\p{P}\p{S}]+$/u;

/** Links sources and contents to cues (nearest in the same sentence), then quotations to what they continue. */
export function assemble(doc: Doc, spans: readonly TokenSpan[], quotations: readonly Quotation[]): Attribution[] {
  const sent = (i: number): number => doc.tokens[i]!.sentence;
  const blockOf = (i: number): number => doc.sentences[sent(i)]!.block;
  // A cue inside quotation marks is the quoted speaker's own wording, not the article's attribution.
  const insideQuotation = (c: TokenSpan): boolean => quotations.some((q) => c.start > q.open && c.end - 1 < (q.close >= 0 ? q.close : q.last + 1));
  // Nor is a capitalised word inside a name a cue ("Sultan Said bin Taimur").
  const names = doc.mentions.filter((m) => m.kind === 'name');
  const inName = (c: TokenSpan): boolean => {
    const t = doc.tokens[c.start]!;
    return /^\p{Lu}/u.test(t.text) && names.some((m) => m.start <= t.start && t.end <= m.end);
  };
  // Nor the verb of an anonymity clause ("a witness, who asked not to be identified, told …").
  const anonymity = (c: TokenSpan): boolean => /^(?:not\s+to\s+be\s+(?:named|identified)|(?:on\s+)?condition\s+of\s+anonymity)\b/i.test(doc.body.slice(doc.tokens[c.end - 1]!.end).trimStart());
  // Nor a passive report about someone ("with CNIEC said to be helping the trader", "he is thought to have fled").
  const saidToBe = (c: TokenSpan): boolean =>
    /^(?:said|reported|believed|thought|alleged|rumou?red|understood|known)$/i.test(doc.tokens[c.end - 1]!.text) && /^to\s+(?:be|have|been)\b/i.test(doc.body.slice(doc.tokens[c.end - 1]!.end).trimStart());
  // A verb of saying the tagger left at the end of the source belongs to the cue after it ("the 27-year-old told |
  // fans she was …": source "the 27-year-old", cue "told fans").
  for (const c of spans) {
    if (c.type !== 'cue') continue;
    const src = spans.find((x) => x.type === 'source' && x.end === c.start && x.end - x.start >= 2);
    if (src && /^(?:said|says|told|tells|wrote|writes|added|adds)$/i.test(doc.tokens[src.end - 1]!.text)) {
      src.end--;
      c.start--;
    }
  }
  // Nor is "there" or "here" after the source ("Union leaders there | told reporters …").
  for (const c of spans) {
    if (c.type !== 'cue' || c.end - c.start < 2 || !/^(?:there|here)$/i.test(doc.tokens[c.start]!.text)) continue;
    const src = spans.find((x) => x.type === 'source' && x.end === c.start);
    if (!src) continue;
    src.end++;
    c.start++;
  }
  // The unit a source names goes with it up to the cue ("The FBI's Milwaukee | field office | confirmed"): the
  // office speaks, and through it the body that owns it, not the city it is in.
  for (const c of spans) {
    if (c.type !== 'cue') continue;
    const src = spans.find((x) => x.type === 'source' && x.end < c.start && c.start - x.end <= 3);
    if (src && UNIT_AFTER_SOURCE.test(doc.body.slice(doc.tokens[src.end]!.start, doc.tokens[c.start - 1]!.end))) src.end = c.start;
  }
  // Nor is "at" of "at least" part of the cue before it ("said at | least 11 of the dead had been …").
  for (const c of spans) {
    if (c.type !== 'cue' || c.end - c.start < 2 || !/^at$/i.test(doc.tokens[c.end - 1]!.text) || !/^(?:least|most)$/i.test(doc.tokens[c.end]?.text ?? '')) continue;
    const t = spans.find((x) => x.type === 'content' && x.start === c.end);
    c.end--;
    if (t) t.start--;
  }
  const cues = spans.filter((s) => s.type === 'cue' && !insideQuotation(s) && !inName(s) && !anonymity(s) && !saidToBe(s));
  const byCue = new Map<TokenSpan, Attribution>();
  for (const c of cues) byCue.set(c, { contents: [], cue: c, source: null, continues: null });
  const sentencesOf = (s: TokenSpan): [number, number] => [sent(s.start), sent(s.end - 1)];
  const sameSentence = (a: TokenSpan, b: TokenSpan): boolean => {
    const [a0, a1] = sentencesOf(a);
    const [b0, b1] = sentencesOf(b);
    return a0 <= b1 && b0 <= a1;
  };

  // Sources: the nearest cue in the same sentence; a cue keeps its nearest source. A source right between two cues
  // goes to the one after it when the one before has a source of its own ("An IBM spokeswoman said the company
  // told customers …").
  const sources = spans.filter((x) => x.type === 'source');
  const subjectOf = (c: TokenSpan): boolean => sources.some((x) => x.end === c.start);
  for (const s of sources) {
    let best: TokenSpan | null = null;
    for (const c of cues) {
      if (!sameSentence(s, c)) continue;
      if (!best || gap(s, c) < gap(s, best)) best = c;
      else if (gap(s, c) === 0 && gap(s, best) === 0 && c.start === s.end && best.end === s.start && subjectOf(best) && opensWithSayingVerb(doc, c) && opensWithSayingVerb(doc, best)) best = c;
    }
    if (!best) continue;
    const a = byCue.get(best)!;
    if (!a.source || gap(s, best) < gap(a.source, best)) a.source = s;
  }

  // Contents: the nearest cue sharing a sentence with the content, else a cue in the neighbouring sentence
  // of the same paragraph that has no content yet.
  const orphans: TokenSpan[] = [];
  const anonymityClause = (t: TokenSpan): boolean => /^(?:not\s+to\s+be\s+(?:named|identified)|anonymity|(?:on\s+)?condition\s+of\s+anonymity)\b/i.test(doc.body.slice(doc.tokens[t.start]!.start, doc.tokens[t.end - 1]!.end));
  // (The "to be …" of a passive report is no content either.)
  const reportedToBe = (t: TokenSpan): boolean => spans.some((c) => c.type === 'cue' && c.end === t.start && saidToBe(c));
  const endsSentence = (c: TokenSpan): boolean => !doc.tokens[c.end] || sent(c.end) !== sent(c.start) || /^[.!?;]$/.test(doc.tokens[c.end]!.text);
  for (const t of spans.filter((x) => x.type === 'content' && !anonymityClause(x) && !reportedToBe(x))) {
    let best: TokenSpan | null = null;
    // (A clause opening with "that" follows its verb: "said in a statement after the recording became public | that the
    // comments do not reflect …, and he reiterated his regret".)
    const complement = doc.tokens[t.start]!.text === 'that' && cues.some((c) => c.end <= t.start && sameSentence(t, c));
    for (const c of cues) if (sameSentence(t, c) && !(complement && c.start >= t.end) && (!best || gap(t, c) < gap(t, best))) best = c;
    // A second "that" clause joined by "and" is reported by the verb of the first ("said in a statement that it had
    // offered raises …, which it called “…,” | and that all three hospitals would remain open").
    if (/^(?:and|but)$/.test(doc.tokens[t.start]!.text) && doc.tokens[t.start + 1]?.text === 'that') {
      const first = [...byCue.values()].find((a) => a.cue && a.contents.some((x) => x.end <= t.start && doc.tokens[x.start]!.text === 'that' && sameSentence(x, t)) && isSpeechCue(doc, a.cue));
      if (first) {
        t.start++;
        best = first.cue;
      }
    }
    // A verb ending the sentence right after the content, with no source of its own, is part of what was said
    // ("Pellucid said on Friday it would disable the feature, after regulators opened inquiries and thousands of users
    // | complained."), when a cue with a source frames the content before it.
    if (best && best.start === t.end && !byCue.get(best)!.source && endsSentence(best)) {
      const before = cues.filter((c) => c.end <= t.start && sameSentence(t, c) && byCue.get(c)!.source).at(-1);
      if (before) best = before;
    }
    if (!best) {
      const [t0, t1] = sentencesOf(t);
      for (const c of cues) {
        const [c0, c1] = sentencesOf(c);
        if (blockOf(c.start) !== blockOf(t.start)) continue;
        // (A quotation is reported by the sentence after it only when that sentence opens with its frame, "“…?”
        // King asked.", not by a verb further on: "“… the United States.” Members of the caucus met shortly after
        // Trump said he …" — that one continues the quote before it.)
        if (c0 === t1 + 1 && quotationEnds(doc, t) && c.start - t.end > 4) continue;
        // (Nor by a cue whose own sentence reports something of its own: "“…” He warned that the government …".)
        if (spans.some((x) => x.type === 'content' && x !== t && sameSentence(x, c))) continue;
        if ((c0 === t1 + 1 || c1 === t0 - 1) && byCue.get(c)!.contents.length === 0 && (!best || gap(t, c) < gap(t, best))) best = c;
      }
    }
    if (best) byCue.get(best)!.contents.push(t);
    else orphans.push(t);
  }
  const result = [...byCue.values()];
  // A verb that is no verb of saying, with no subject of its own, joined by "and" to a reported clause goes on with
  // that clause's subject ("said school officials had reviewed the plan last fall | and expected the new housing to
  // add about 60 students").
  for (const a of result) {
    const c = a.cue;
    if (!c || a.source || isSpeechCue(doc, c) || SECOND_REPORT.has(doc.tokens[c.start]!.text) || doc.tokens[c.start - 1]?.text !== 'and' || a.contents.length !== 1) continue;
    const next = a.contents[0]!;
    if (next.start !== c.end || !sameSentence(next, c)) continue;
    const owner = result.find((b) => b !== a && b.cue && b.source && isSpeechCue(doc, b.cue) && b.contents.some((x) => x.end === c.start - 1 && sameSentence(x, c) && !/^[”"]$/.test(doc.tokens[x.end - 1]!.text)));
    const before = owner?.contents.find((x) => x.end === c.start - 1);
    // (Only after a clause: "called for the nationalization of the Federal Reserve | and expressed concern …" is the
    // speaker's own act.)
    const clause = !!before && doc.tokens.slice(before.start, before.end).some((x) => FINITE_OPENERS.test(x.text) || /^\p{Ll}{3,}ed$/u.test(x.text));
    if (!owner || !before || !clause) continue;
    before.end = next.end;
    a.contents = [];
  }
  for (const a of result) tidyContents(doc, a, quotations);
  // (A source no cue took is no boundary: "Japanese Prime Minister Ryutaro Hashimoto left Brasilia …, the
  // penultimate stop …, a Brazilian Foreign Ministry spokeswoman said.")
  const sourcesTaken = new Set(result.map((a) => a.source));
  const bounding = spans.filter((x) => x.type !== 'source' || sourcesTaken.has(x));
  for (const a of result) extendToClauseStart(doc, a, bounding);
  for (const a of result) frontedPhrase(doc, a);
  for (const a of result) skipLeadingTime(doc, a);
  for (const a of result) skipAddressee(doc, a);
  for (const a of result) cueRunsToThat(doc, a);
  for (const a of result) quotedAsSaying(doc, a);
  for (const a of result) {
    if (a.cue && /^according$/i.test(doc.tokens[a.cue.start]!.text)) afterAccordingTo(doc, a, bounding);
    else subjectBeforeVerb(doc, a, bounding);
  }
  for (const a of result) writersComment(doc, a, bounding);

  // Quotations: align contents to the marks, join paragraphs, attribute what the tagger left out.
  const contentOwner = new Map<TokenSpan, Attribution>();
  for (const a of result) for (const t of a.contents) contentOwner.set(t, a);
  for (const q of quotations) {
    const qs: TokenSpan = { type: 'content', start: q.open, end: q.last + 1 };
    const inside = [...contentOwner.keys()].filter((t) => t.start < qs.end && qs.start < t.end);
    if (inside.length > 0) {
      // Contents that are the quotation give way to the quotation itself (all its paragraphs); contents with
      // words of their own outside the marks (partial quotes) stay as they are.
      if (!inside.every((t) => t.start >= qs.start - 2 && t.end <= qs.end + 1 && onlyLinkWords(doc, t, qs))) continue;
      const owner = inside.map((t) => contentOwner.get(t)!).find((a) => a.cue) ?? contentOwner.get(inside[0]!)!;
      for (const t of inside) {
        const a = contentOwner.get(t)!;
        a.contents = a.contents.filter((x) => x !== t);
        contentOwner.delete(t);
      }
      const merged: TokenSpan = { type: 'content', start: Math.min(qs.start, ...inside.map((t) => t.start)), end: qs.end };
      owner.contents.push(merged);
      contentOwner.set(merged, owner);
      continue;
    }
    // The tagger found no content here: a cue next to the quotation takes it, else it continues the previous quote.
    const nearCue = nearestCue(doc, cues, qs);
    // Short quoted phrases are titles, terms or scare quotes, unless a verb of saying frames them (“Never,” she says).
    const spoken = !!nearCue && q.close >= 0 && isSpeechCue(doc, nearCue) && framesShortQuote(doc, qs, byCue.get(nearCue)!);
    if (countWords(doc, qs.start, qs.end) < 4 && !spoken) continue;
    if (nearCue) {
      const a = byCue.get(nearCue)!;
      a.contents.push(qs);
      contentOwner.set(qs, a);
      continue;
    }
    const framed = framingAttribution(doc, q, qs);
    if (framed) {
      contentOwner.set(qs, framed);
      result.push(framed);
      continue;
    }
    const prev = previousDirect(result, contentOwner, qs, doc);
    if (prev && (paragraphIsQuotation(doc, q) || sentencesAreQuotation(doc, q, prev))) {
      const a: Attribution = { contents: [qs], cue: prev.cue, source: prev.source, continues: prev };
      contentOwner.set(qs, a);
      result.push(a);
    }
  }
  // Orphan contents inside quotation marks that follow an attributed quote continue it.
  for (const t of orphans) {
    if (![...contentOwner.keys()].every((x) => x.end <= t.start || t.end <= x.start)) continue;
    if (!isQuotedSpan(doc, t.start, t.end)) continue;
    const prev = previousDirect(result, contentOwner, t, doc);
    if (!prev) {
      // A quotation the tagger took for speech but no cue claims is kept, its speaker left to its frame; one that runs
      // on into the next paragraphs is kept whole.
      const q = quotations.find((x) => x.open <= t.start && t.end <= x.last + 1 && x.close >= 0 && x.last + 1 > t.end && doc.tokens[x.last]!.sentence !== doc.tokens[t.start]!.sentence);
      if (countWords(doc, t.start, t.end) >= 4 && (quotationEnds(doc, t) || q)) {
        const whole: TokenSpan = q ? { type: 'content', start: Math.min(t.start, q.open), end: q.last + 1 } : t;
        const a: Attribution = { contents: [whole], cue: null, source: null, continues: null };
        contentOwner.set(whole, a);
        result.push(a);
      }
      continue;
    }
    const a: Attribution = { contents: [t], cue: prev.cue, source: prev.source, continues: prev };
    contentOwner.set(t, a);
    result.push(a);
  }
  for (const a of result) {
    if (a.contents.length === 0 && a.cue) {
      const t = contentByRule(doc, a, contentOwner);
      if (t) {
        a.contents.push(t);
        contentOwner.set(t, a);
      }
    }
  }
  framedSources(doc, result);
  relativeClauseSubjects(doc, result);
  inheritSources(doc, result);
  // A list dash opening a content is no part of it ("-- Lehman analyst Blake Bath started …, his office said"), nor a
  // dateline ("BERLIN, March 4 (Reuters) - German carmaker Voltra AG is in talks …").
  const filed = datelines(doc);
  for (const a of result) {
    for (const t of a.contents) {
      const d = filed.find(([x, y]) => doc.tokens[t.start]!.start >= x && doc.tokens[t.start]!.start < y);
      if (d) while (t.end - t.start > 1 && doc.tokens[t.start]!.start < d[1]) t.start++;
      while (t.end - t.start > 1 && /^(?:-+|—|–)$/.test(doc.tokens[t.start]!.text)) t.start++;
      // Nor a clause with a subject of its own joined after a closing quotation mark: "was “like describing a smell to
      // someone who has no nose,” | and she rarely attended her own openings".
      for (let k = t.start + 2; k + 2 < t.end; k++) {
        if (!/^[”"]$/.test(doc.tokens[k]!.text) || !doc.tokens.slice(t.start, k).some((x) => /^[“"]$/.test(x.text))) continue;
        const j = doc.tokens[k + 1]!.text === ',' ? k + 2 : k + 1;
        if (/^(?:and|but)$/.test(doc.tokens[j]?.text ?? '') && /^(?:he|she|I|we)$/.test(doc.tokens[j + 1]?.text ?? '') && /^\p{Ll}+$/u.test(doc.tokens[j + 2]?.text ?? '')) {
          t.end = k + 1;
          break;
        }
      }
      // Nor the writer's description of what was said after it: "that there was “no ongoing threat to the public,” |
      // a statement that did little to calm residents".
      for (let k = t.start + 1; k + 2 < t.end; k++) {
        if (!/^[”"]$/.test(doc.tokens[k]!.text) || (doc.tokens[k + 1]!.text !== ',' && doc.tokens[k - 1]!.text !== ',')) continue;
        const c = doc.tokens[k + 1]!.text === ',' ? k + 2 : k + 1;
        if (/^(?:a|an|the|which|what)$/i.test(doc.tokens[c]?.text ?? '') && DESCRIBED_SPEECH.test(doc.tokens[c + 1]?.text ?? '')) {
          t.end = k + 1;
          break;
        }
      }
    }
  }
  return result.filter((a) => a.contents.length > 0);
}

/** Nouns a writer describes a quotation with ("…,” a statement that did little to calm residents). */
const DESCRIBED_SPEECH = /^(?:statement|comment|comments|remark|remarks|claim|assertion|view|position|sentiment|message|line|phrase|description|characterization|characterisation|promise|pledge|warning|reference|nod|jab|swipe|dig|allusion|apparent|veiled|thinly)$/i;

/** Whether a content ends with a closing quotation mark (its last token or the one before, "…,”"). */
function quotationEnds(doc: Doc, t: TokenSpan): boolean {
  const last = doc.tokens[t.end - 1]?.text ?? '';
  return last === '”' || last === '"' || (PUNCT.test(last) && ['”', '"'].includes(doc.tokens[t.end - 2]?.text ?? ''));
}

const LINK_WORDS = new Set(['that', ':', ',', '—', '-', 'and', 'saying', 'said']);

/** Whether the tokens of `t` outside the quotation `q` are only linking words ("that", a colon). */
function onlyLinkWords(doc: Doc, t: TokenSpan, q: TokenSpan): boolean {
  for (let i = t.start; i < t.end; i++) {
    if (i >= q.start && i < q.end) continue;
    const w = doc.tokens[i]!.text.toLowerCase();
    if (!LINK_WORDS.has(w) && !PUNCT.test(w)) return false;
  }
  return true;
}

/**
 * Contents of one attribution. A short fragment before an interposed attribution is the subject of the
 * reported clause, not speech ("Netanyahu, according to his office, spoke of …": the content is what
 * follows the attribution, here or by contentByRule); an unquoted content after the cue gives way to a
 * quotation before it ("“…,” he said during the meeting").
 */
function tidyContents(doc: Doc, a: Attribution, quotations: readonly Quotation[]): void {
  if (a.contents.length === 0 || !a.cue) return;
  const cue = a.cue;
  const quoted = (t: TokenSpan): boolean => quotations.some((q) => t.start <= q.open && q.last < t.end);
  const before = a.contents.filter((t) => t.end <= cue.start);
  const after = a.contents.filter((t) => t.start >= cue.end);
  if (before.some(quoted) && after.length && !after.some(quoted)) {
    a.contents = a.contents.filter((t) => !after.includes(t));
    return;
  }
  const w = (i: number): string => doc.tokens[i]?.text ?? '';
  const tail = Math.max(cue.end, a.source?.end ?? 0);
  const head = Math.min(cue.start, a.source?.start ?? Infinity);
  const interposed = (t: TokenSpan): boolean =>
    t.end === head - 1 && w(t.end) === ',' && w(tail) === ',' && doc.tokens[t.start]!.sentence === doc.tokens[tail]!.sentence;
  a.contents = a.contents.filter((t) => !(t.end <= cue.start && !quoted(t) && countWords(doc, t.start, t.end) <= 3 && interposed(t)));
  // Nor a phrase set off between the subject and its verb ("Hurley, on radio following the minutes-long ride to low
  // Earth orbit, said, “It was incredible”"), when the cue has a content after it.
  const src0 = a.source;
  if (src0 && src0.end <= cue.start && a.contents.some((t) => t.start >= cue.end)) {
    a.contents = a.contents.filter((t) => !(t.start > src0.end && t.end < cue.start && w(src0.end) === ',' && w(cue.start - 1) === ',' && !quoted(t)));
  }
  // Nor what stands between a subject with a relative clause and its verb ("Grace Atieno Odhiambo, who flew to Geneva
  // this week to shore | up support for the cap, | said …").
  const src3 = a.source;
  if (src3 && src3.end <= cue.start && doc.tokens.slice(src3.start, src3.end).some((x, k, all) => /^(?:who|which)$/.test(x.text) && all[k - 1]?.text === ',') && a.contents.some((t) => t.start >= cue.end)) {
    a.contents = a.contents.filter((t) => !(t.start >= src3.end && t.end <= cue.start && !quoted(t)));
  }
  // A frame inside a relative clause reports only what follows it: "she thanked her band and crew, who she said | would
  // be paid during the break".
  const src1 = a.source;
  if (src1 && src1.end <= cue.start && /^(?:who|whom|which|that)$/i.test(w(src1.start - 1)) && w(src1.start - 2) === ',' && a.contents.some((t) => t.start >= cue.end)) {
    a.contents = a.contents.filter((t) => t.start >= cue.end);
  }
  // Nor is a relative clause between the subject and its verb ("Mr. Drabinsky, who would have had the right to vote
  // those shares, said …").
  const source = a.source;
  a.contents = a.contents.filter(
    (t) => !(source && source.end === t.start - 1 && t.end <= cue.start && !quoted(t) && /^(?:who|whose|which)$/i.test(w(t.start)) && w(t.start - 1) === ',' && cue.start - t.end <= 1),
  );
}

/**
 * Reported speech before its attribution ("Israel is unlikely to make …, X said") is the whole clause
 * from the sentence start to the comma before the attribution: a content the tagger began mid-clause, or
 * ended early, is extended over the untagged words around it.
 */
function extendToClauseStart(doc: Doc, a: Attribution, spans: readonly TokenSpan[]): void {
  if (!a.cue || !a.source || !isSpeechCue(doc, a.cue)) return;
  const head = Math.min(a.cue.start, a.source.start);
  if (doc.tokens[head - 1]?.text !== ',') return;
  // (Not over the antecedent of a relative pronoun source, nor past a quotation's closing mark: "“It was chaos,” a
  // witness, who asked not to be identified, told …".)
  const relative = /^(?:who|which)$/.test(doc.tokens[a.source.start]!.text);
  for (const t of a.contents) {
    const closed = /^[”"»]$/.test(doc.tokens[t.end - 1]!.text) && isQuotedSpan(doc, t.start, t.end);
    if (!relative && !closed && t.end < head - 1 && doc.tokens[t.start]!.sentence === doc.tokens[head]!.sentence && !spans.some((x) => x !== t && x.start < head - 1 && x.end > t.end)) t.end = head - 1;
    if (t.end + 1 !== head) continue;
    const s0 = doc.sentences[doc.tokens[t.start]!.sentence]!.tokenStart;
    if (t.start === s0 || spans.some((x) => x.end > s0 && x.start < t.start)) continue;
    t.start = s0;
  }
}

/**
 * A phrase the sentence opens with before the source is no content ("In a civil complaint filed in federal court in
 * Manhattan, | the FMC said Desmond Halloran … directed …"): it says where, not what.
 */
function frontedPhrase(doc: Doc, a: Attribution): void {
  const { cue, source } = a;
  if (!cue || !source || source.end > cue.start) return;
  a.contents = a.contents.filter((t) => !(t.end === source.start - 1 && doc.tokens[t.end]!.text === ',' && isFrontedPhrase(doc, t)));
}

function isFrontedPhrase(doc: Doc, t: TokenSpan): boolean {
  const s0 = doc.sentences[doc.tokens[t.start]!.sentence]!.tokenStart;
  // A subordinate clause up to its comma says when or why ("When one of her triptychs sold at auction in 2007, | she
  // told a reporter …"); not a report with one inside it ("If the deal fails, the plant will close, the minister said").
  if (t.start === s0 && /^(?:When|While|Although|Though|Because|Once|Since|As|After|Before|Until|Whereas)$/.test(doc.tokens[t.start]!.text) && !doc.tokens.slice(t.start, t.end).some((x) => x.text === ',') && !isQuotedSpan(doc, t.start, t.end)) return true;
  const opener = /^(?:In|At|On|During|After|Before|Following|Speaking|Writing)$/.test(doc.tokens[t.start]!.text);
  // (A verb with its object makes it a clause: "On Thursday the Yugoslav government endorsed the text …, Tanjug said".)
  const verb = (k: number): boolean => FINITE_OPENERS.test(doc.tokens[k]!.text) || (/^\p{Ll}+ed$/u.test(doc.tokens[k]!.text) && /^(?:the|a|an|his|her|its|their|that|to)$/.test(doc.tokens[k + 1]?.text ?? ''));
  for (let k = t.start; k < t.end; k++) if (verb(k) || doc.tokens[k]!.text === ',') return false;
  return t.start === s0 && opener && !isQuotedSpan(doc, t.start, t.end);
}

/** Words that may stand between a cue and the time of its speech ("said late on Thursday"). */
const TIME_LEADS = new Set(['on', 'late', 'early', 'in', 'at']);
/** Words after a time expression that make it the subject of the reported clause ("said Monday was the deadline"). */
const TIME_SUBJECT_NEXT = /^(?:['’]s?|,|is|was|will|would|has|had|marks|marked|could|should|may|might)$/i;
/** Words after a time expression that keep the phrase going ("was quoted this month by local newspapers as saying"). */
const TIME_PHRASE_NEXT = /^(?:by|in|at|on|to|as|for|from|with|after|before|during|of|about|over|and|or|-|—|–)$/i;
/** Times of a speech: days and nights, weeks, months and years counted from now, dates ("third-quarter", "1990 earnings" are modifiers). */
const SPEECH_TIME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|weekend|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;

/**
 * The time of the speech is neither cue nor content: an unquoted content that opens right after its cue with a
 * time expression ("said Thursday it would …", "said late on Tuesday no personnel …", "announced on Facebook on
 * Tuesday there were …") starts after it (PolNeAR train: 61 contents after such a date, 1 with it). Not a time that
 * is the clause's subject or possessor ("said Thursday's accident was …").
 */
function skipLeadingTime(doc: Doc, a: Attribution): void {
  const cue = a.cue;
  if (!cue || doc.dates.length === 0) return;
  for (const t of a.contents) {
    // (A time the tagger cut between cue and content: "said on Monday | night his party would …".)
    const from = doc.tokens[t.start]!.start;
    const cut = t.start >= cue.end && t.start <= cue.end + 3 ? doc.dates.find((d) => d.start < from && d.end > from && d.start >= doc.tokens[cue.start]!.end && SPEECH_TIME.test(d.text)) : undefined;
    if (cut) {
      let k = t.start;
      while (k < t.end && doc.tokens[k]!.start < cut.end) k++;
      if (k < t.end - 1 && !TIME_SUBJECT_NEXT.test(doc.tokens[k]!.text) && !TIME_PHRASE_NEXT.test(doc.tokens[k]!.text)) t.start = k;
      continue;
    }
    if (t.start < cue.end || t.start > cue.end + 1) continue;
    let j = t.start;
    while (j < t.end - 1 && j - t.start < 2 && TIME_LEADS.has(doc.tokens[j]!.text.toLowerCase())) j++;
    const at = doc.tokens[j]!.start;
    const date = doc.dates.find((d) => d.start === at && (d.type === 'date' || d.type === 'time') && SPEECH_TIME.test(d.text) && !d.text.includes('-'));
    if (!date) continue;
    let k = j;
    while (k < t.end && doc.tokens[k]!.start < date.end) k++;
    if (k >= t.end - 1 || TIME_SUBJECT_NEXT.test(doc.tokens[k]!.text) || TIME_PHRASE_NEXT.test(doc.tokens[k]!.text)) continue;
    // Between the cue and the content only the time: "on" ending the cue is the time's ("announced … on | Tuesday").
    if (t.start === cue.end && cue.end - cue.start > 1 && TIME_LEADS.has(doc.tokens[cue.end - 1]!.text.toLowerCase())) cue.end--;
    t.start = k;
  }
}

/** Verbs of telling someone something: their object is the one told, not what was said. */
const TELL_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'assured', 'assure', 'assures', 'informed', 'inform', 'informs', 'reminded', 'remind', 'reminds', 'warned', 'warn', 'warns', 'notified', 'briefed']);
/** Words that open or carry a clause: a phrase that holds one is not only the one told. */
const CLAUSE_WORDS = /^(?:i|you|he|she|it|we|they|is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did|not|n['’]t|said|says|if|when|because|,|;|:|["“”])$/i;

/** The "that" a content reaches within `max` tokens from its start over words that carry no clause, or -1. */
function thatAhead(doc: Doc, t: TokenSpan, max: number): number {
  let k = t.start;
  while (k < t.end && k - t.start < max && doc.tokens[k]!.text.toLowerCase() !== 'that' && !CLAUSE_WORDS.test(doc.tokens[k]!.text)) k++;
  return k > t.start && k < t.end - 1 && doc.tokens[k]!.text.toLowerCase() === 'that' ? k : -1;
}

/**
 * A cue cut inside its phrase, with "that" a few words on: "said in a statement on | its website last month that it
 * had raised …" — the phrase belongs to the cue (up to a time of the speech, which is neither), the content opens at
 * "that".
 */
function cueRunsToThat(doc: Doc, a: Attribution): void {
  const cue = a.cue;
  if (!cue || !CUE_PREPOSITIONS.has(doc.tokens[cue.end - 1]!.text.toLowerCase())) return;
  for (const t of a.contents) {
    const k = t.start === cue.end ? thatAhead(doc, t, 8) : -1;
    if (k < 0) continue;
    // A "that" opening a clause with its own subject, not a relative one ("the riots that followed", "so that").
    const next = doc.tokens[k + 1]!.text;
    if (/^(?:so|such)$/i.test(doc.tokens[k - 1]!.text) || !/^(?:the|a|an|it|he|she|they|we|i|you|its|his|her|their|our|this|these|those|there|no|some|all|\d[\d,.]*|\p{Lu}.*)$/u.test(next)) continue;
    let end = k;
    const time = doc.dates.find((d) => d.end === doc.tokens[k - 1]!.end && d.start >= doc.tokens[t.start]!.start);
    if (time) while (end > t.start && doc.tokens[end - 1]!.start >= time.start) end--;
    cue.end = end;
    t.start = k;
  }
}

/**
 * The one told is neither cue nor content: a content that opens with the object of "told" and goes on with
 * "that" ("has told visiting Russian ultra-nationalist Vladimir Zhirinovsky that Baghdad wanted …", "assured them
 * that …") starts at "that", and the cue ends with the verb (PolNeAR marks "told" alone).
 */
function skipAddressee(doc: Doc, a: Attribution): void {
  const cue = a.cue;
  if (!cue) return;
  let verb = -1;
  for (let i = cue.start; i < cue.end; i++) if (TELL_VERBS.has(doc.tokens[i]!.text.toLowerCase())) verb = i;
  if (verb < 0) return;
  for (const t of a.contents) {
    // (The tagger may leave the addressee's determiner out: "told the | club's media channel he had …".)
    const k = t.start === cue.end && thatAhead(doc, t, 10) >= 0 ? thatAhead(doc, t, 10) : t.start - cue.end <= 1 ? clauseAfterAddressee(doc, { ...t, start: cue.end }) : afterOccasion(doc, cue, t);
    if (k < 0) continue;
    t.start = k;
    cue.end = verb + 1;
  }
}

/**
 * "told reporters after a meeting with Trade Minister Claire Boucher that …", "telling ABC Radio National's Breakfast
 * program on Thursday that …": a content that opens a few words after the verb of telling, inside the one told or a
 * phrase of occasion after it, opens at its "that" when no clause comes before it. -1 otherwise.
 */
function afterOccasion(doc: Doc, cue: TokenSpan, t: TokenSpan): number {
  if (t.start - cue.end > 8) return -1;
  for (let j = cue.end; j < t.start; j++) if (CLAUSE_WORDS.test(doc.tokens[j]!.text) || doc.tokens[j]!.sentence !== doc.tokens[t.start]!.sentence) return -1;
  const k = thatAhead(doc, t, 10);
  if (k < 0) return -1;
  // A subject after "that" ("that the …", "that negotiators would …"), not a relative clause's verb.
  // (Or a quotation: 'that "nobody wins …"'.)
  const n = isQuoteToken(doc.tokens[k + 1]!.text) ? k + 2 : k + 1;
  const next = doc.tokens[n]?.text ?? '';
  const subject = /^(?:the|a|an|it|he|she|they|we|i|you|its|his|her|their|our|this|these|those|there|no|some|all|nobody|everyone|\d[\d,.]*|\p{Lu}.*)$/u.test(next);
  return subject || (/^\p{Ll}+s$/u.test(next) && /^(?:would|will|could|can|should|might|may|must|had|have|were|are)$/.test(doc.tokens[n + 1]?.text ?? '')) ? k : -1;
}

/**
 * Where the clause after a short addressee opens without "that": "told | the club's media channel | he had dreamed …".
 * The addressee is a noun phrase (a determiner, a possessive or a name first, no verb or comma in it); the clause opens
 * with a subject pronoun and its verb. -1 when there is none.
 */
function clauseAfterAddressee(doc: Doc, t: TokenSpan): number {
  const w = (i: number): string => doc.tokens[i]?.text ?? '';
  if (!/^(?:the|a|an|his|her|their|its|our|\p{Lu}[\p{L}.'’-]*)$/u.test(w(t.start)) || /^(?:I|He|She|They|We|It)$/.test(w(t.start))) return -1;
  for (let j = t.start + 1; j < Math.min(t.end - 1, t.start + 7); j++) {
    if (/^(?:,|that|and|or|to|is|are|was|were|has|had|have|will|would)$/i.test(w(j))) return -1;
    if (/^(?:he|she|they|we|I|it)$/.test(w(j)) && /^(?:had|has|have|was|were|is|are|would|will|could|should|might|may|did|does|\p{Ll}+ed)$/u.test(w(j + 1))) return j;
  }
  return -1;
}

/**
 * "X quoted Y as saying …": Y is the speaker, "as saying" the cue, the words after it what Y said ("Argus quoted immigration
 * official Jurie de Wet as saying the arrests stemmed from …"); at the end of a sentence ("…, the newspaper
 * quoted a police commander as saying.") Y said the clause before.
 */
function quotedAsSaying(doc: Doc, a: Attribution): void {
  const cue = a.cue;
  if (!cue || !/^quoted$/i.test(doc.tokens[cue.end - 1]!.text)) return;
  const w = (i: number): string => doc.tokens[i]?.text.toLowerCase() ?? '';
  // (Not the passive: "X was quoted by local newspapers as saying" is X's.)
  if (BE_FORMS.has(w(cue.end - 2))) return;
  for (const t of a.contents) {
    if (t.start !== cue.end) continue;
    let k = t.start;
    while (k < t.end - 1 && k - t.start < 12 && !(w(k) === 'as' && w(k + 1) === 'saying') && !CLAUSE_WORDS.test(doc.tokens[k]!.text)) k++;
    if (k === t.start || w(k) !== 'as' || w(k + 1) !== 'saying') continue;
    const quoted: TokenSpan = { type: 'source', start: t.start, end: k };
    let rest = k + 2;
    while (rest < t.end && PUNCT.test(doc.tokens[rest]!.text) && !isQuoteToken(doc.tokens[rest]!.text)) rest++;
    const asSaying: TokenSpan = { type: 'cue', start: k, end: k + 2 };
    if (rest < t.end) {
      t.start = rest;
      a.source = quoted;
      a.cue = asSaying;
      return;
    }
    // Sentence-final: the clause before the attribution, up to the comma before it.
    const head = Math.min(cue.start, a.source?.start ?? cue.start);
    const s0 = doc.sentences[doc.tokens[head]!.sentence]!.tokenStart;
    if (w(head - 1) !== ',' || head - 1 <= s0 || !/^[.!?]$/.test(w(t.end)) || k + 2 !== t.end) continue;
    t.start = s0;
    t.end = head - 1;
    a.source = quoted;
    a.cue = asSaying;
    return;
  }
}

/** Finite verbs and auxiliaries: a reported clause does not open with one. */
const FINITE_OPENERS = /^(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|do|remains|remained)$/i;

/** A gerund with its verb a few words on: "containing COVID-19 may require a different approach". */
const GERUND_SUBJECT = /^(?!including\b)\p{Ll}+ing\s+(?:(?!who|whose|which|that)[\p{L}\p{N}'’-]+\s+){0,4}(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b/u;

/** Words that open the writer's comment after a frame rather than more of what was said. */
const COMMENT_OPENER = /^(?:though|although|including|\p{Ll}{3,}ing)$/u;

/**
 * After a frame that ends a clause ("…, the company said, | though it gave no price", "…, according to NetWatch, a
 * group | that monitors …", "…, according to the weather service, | sending the river over its banks"), a phrase that
 * opens with a conjunction of concession, "including", a relative pronoun or a participle that is no verb of saying is
 * the writer's. What was said is the clause before the frame: it takes the content's place when the tagger left it
 * out ("Two people were killed, state police said, including a 78-year-old man …").
 */
function writersComment(doc: Doc, a: Attribution, bounding: readonly TokenSpan[]): void {
  const { cue, source } = a;
  if (!cue || !source || !isSpeechCue(doc, cue)) return;
  const frameEnd = Math.max(cue.end, source.end);
  const frameStart = Math.min(cue.start, source.start);
  for (const t of [...a.contents]) {
    const first = doc.tokens[t.start]!.text;
    // (Not a quotation, nor a clause of its own: "…, scientists say, containing COVID-19 may require a different approach".)
    const text = doc.body.slice(...charRange(doc, t));
    // (A sign's or a banner's words are no speech: "holding a sign that read “Safe Staffing Saves Lives.”")
    if ((/["“”]/.test(text) && !/\b(?:read|reads|reading)\s*[“"]/.test(text)) || GERUND_SUBJECT.test(text)) continue;
    // (The opener may be left out of the content: ", including | a 78-year-old man".)
    // (Or a phrase with no verb: "…, she said, | at a cost of roughly £90 per patient".)
    const phrase = /^(?:at|with|for|by|in|on)$/.test(first) && !doc.tokens.slice(t.start, t.end).some((x) => FINITE_OPENERS.test(x.text) || /^\p{Ll}{3,}ed$/u.test(x.text));
    const opener = COMMENT_OPENER.test(first) || phrase ? t.start : /^(?:including|though|although)$/i.test(doc.tokens[t.start - 1]?.text ?? '') ? t.start - 1 : -1;
    if (opener < 0 || isSpeechSignal(wordForm(doc.tokens[opener]!.text))) continue;
    const afterComma = opener === frameEnd + 1 && doc.tokens[frameEnd]!.text === ',';
    // (A relative pronoun after a source that follows its cue, and its apposition: "according to NetWatch, a group |
    // that monitors".)
    const relative =
      /^(?:that|which|who)$/i.test(first) && source.start >= cue.end && t.start >= source.end && t.start - source.end <= 5 &&
      (t.start === source.end || doc.tokens[source.end]!.text === ',') && !bounding.some((x) => x !== t && x.start >= source.end && x.end <= t.start);
    if (!afterComma && !relative) continue;
    if (doc.tokens[t.start]!.sentence !== doc.tokens[frameStart]!.sentence) continue;
    a.contents = a.contents.filter((x) => x !== t);
    if (a.contents.some((x) => x.end <= frameStart)) continue;
    // The clause before the frame, when nothing else claims it.
    const s0 = doc.sentences[doc.tokens[frameStart]!.sentence]!.tokenStart;
    const end = frameStart - 1;
    if (doc.tokens[end]?.text !== ',' || end - s0 < 3) continue;
    if (bounding.some((x) => x !== source && x !== cue && x !== t && x.type !== 'source' && x.start < end && x.end > s0)) continue;
    a.contents.push({ type: 'content', start: s0, end });
  }
}

/**
 * A content that opens with its verb lacks its subject: when only words no attribution took stand between the
 * cue and it ("an attending doctor said | Mother Teresa, who turns 86 next Tuesday, | was conscious …"), they are
 * the subject, and the content starts right after the cue.
 */
function subjectBeforeVerb(doc: Doc, a: Attribution, bounding: readonly TokenSpan[]): void {
  const cue = a.cue;
  // (Not after "told": the words after it name the one told, "told The Jakarta Post | radio broadcasts were …".)
  if (!cue || TELL_VERBS.has(doc.tokens[cue.end - 1]!.text.toLowerCase())) return;
  for (const t of a.contents) {
    if (t.start <= cue.end || t.start - cue.end > 15 || !FINITE_OPENERS.test(doc.tokens[t.start]!.text)) continue;
    if (doc.tokens[cue.end]!.sentence !== doc.tokens[t.start]!.sentence) continue;
    if (bounding.some((x) => x !== t && x !== cue && x.start < t.start && x.end > cue.end)) continue;
    if (a.source && a.source.start < t.start && a.source.end > cue.end) continue;
    t.start = cue.end;
  }
}

function sentenceRange(doc: Doc, i: number): [number, number] {
  const s = doc.sentences[doc.tokens[i]!.sentence]!;
  let end = s.tokenEnd;
  while (end > s.tokenStart + 1 && /^[.!?…]$/.test(doc.tokens[end - 1]!.text)) end--;
  return [s.tokenStart, end];
}

/**
 * A content for a speech cue the tagger left without one, from the shape of the sentence:
 * "According to X, <content>.", "<content>, according to X.", "<content>, X told Y …", "X said that <content>."
 * Contents the tagger gave to non-speech cues in the way ("Israel is unlikely to make …, X said") give way.
 */
function contentByRule(doc: Doc, a: Attribution, owner: Map<TokenSpan, Attribution>): TokenSpan | null {
  const cue = a.cue!;
  if (!isSpeechCue(doc, cue)) return null;
  const [s0, s1] = sentenceRange(doc, cue.start);
  const blocking = (t: TokenSpan): TokenSpan[] => [...owner.keys()].filter((x) => x.start < t.end && t.start < x.end);
  // A content in the way gives way unless a speech cue owns it; with `nested`, also when that cue lies inside
  // the range (the clause after an interposed attribution: "X, according to Y, spoke of …").
  const inside = (c: TokenSpan | null, t: TokenSpan): boolean => !!c && c.start >= t.start && c.end <= t.end;
  const free = (t: TokenSpan, nested = false): boolean =>
    t.end > t.start &&
    blocking(t).every((x) => (!isSpeechCue(doc, owner.get(x)!.cue) || (nested && inside(owner.get(x)!.cue, t))) && !isQuotedSpan(doc, x.start, x.end));
  const take = (t: TokenSpan): TokenSpan => {
    for (const x of blocking(t)) {
      const o = owner.get(x)!;
      o.contents = o.contents.filter((y) => y !== x);
      owner.delete(x);
    }
    return t;
  };
  const w = (i: number): string => doc.tokens[i]?.text.toLowerCase() ?? '';
  const tail = Math.max(cue.end, a.source?.end ?? 0);
  const head = Math.min(cue.start, a.source?.start ?? Infinity);
  // After the attribution: "According to X, …" / "Y, according to X, …" / "X said that …"
  if ((w(cue.start) === 'according' && (head === s0 || w(head - 1) === ',') && w(tail) === ',') || w(tail) === 'that') {
    const t: TokenSpan = { type: 'content', start: tail + (w(tail) === ',' ? 1 : 0), end: s1 };
    if (countWords(doc, t.start, t.end) >= 3 && free(t, w(tail) === ',')) return take(t);
  }
  // Before the attribution: "…, X said (on Tuesday)." / "…, X told Y when …" / "…, according to X."
  if (head > s0 && w(head - 1) === ',' && a.source) {
    const t: TokenSpan = { type: 'content', start: s0, end: head - 1 };
    // (Taking in a report of things inside it: "Early figures suggested that each coach could support 120 patients, |
    // she said".)
    const things = blocking(t).every((x) => {
      const o = owner.get(x)!;
      return !!o.source && !!o.cue && o.cue.start >= t.start && o.cue.end <= t.end && THING_SOURCE.test(doc.body.slice(...charRange(doc, o.source))) && !isQuotedSpan(doc, x.start, x.end);
    });
    if (countWords(doc, t.start, t.end) >= 3 && (free(t) || (things && blocking(t).length > 0)) && !isFrontedPhrase(doc, t)) return take(t);
    // Speech reporting speech before the frame: "the Bank had cautioned the state government about rising defaults, |
    // a spokesperson for the bank told The Hindustan Express": the inner report keeps its content too.
    const inner = blocking(t).length > 0 && blocking(t).every((x) => {
      const o = owner.get(x)!;
      return !!o.cue && !!o.source && o.source.start >= t.start && o.cue.end <= t.end && isSpeechCue(doc, o.cue) && !isQuotedSpan(doc, x.start, x.end);
    });
    // (Not the writer's description of it: "…, a charge Islamabad has always denied".)
    const described = /^(?:a|an|the)\s+(?:charge|accusation|allegation|claim|statement|view|position|claim)\b/i.test(doc.body.slice(...charRange(doc, a.source)));
    if (inner && !described && isSpeechCue(doc, cue) && countWords(doc, t.start, t.end) >= 5 && !isFrontedPhrase(doc, t)) return t;
  }
  // After a verb of telling and its addressee: "She told Reuters | she was leaving".
  if (TELL_VERBS.has(w(cue.end - 1)) && a.source && tail === cue.end) {
    const k = clauseAfterAddressee(doc, { type: 'content', start: tail, end: s1 });
    const t: TokenSpan = { type: 'content', start: k, end: s1 };
    if (k > 0 && countWords(doc, t.start, t.end) >= 3 && free(t)) return take(t);
  }
  // Speech reporting speech: "An IBM spokeswoman said the company told customers Monday about the bugs": what
  // follows the cue, the inner attribution with it (which keeps its own content).
  const reported = opensWithSayingVerb(doc, cue) && [...new Set(owner.values())].some((o) => o !== a && o.source?.start === tail && o.cue && o.cue.start < s1 && opensWithSayingVerb(doc, o.cue));
  if (reported && countWords(doc, tail, s1) >= 4) return { type: 'content', start: tail, end: s1 };
  // "the FMC said | Desmond Halloran, 58, directed employees to …": "said" and a clause the tagger read as an
  // attribution of its own, whose verb is no verb of saying.
  const inner = [...new Set(owner.values())].find((o) => o !== a && o.cue && o.cue.start > tail && o.cue.start < s1 && !isSpeechCue(doc, o.cue));
  if (inner && /^(?:said|says|say)$/i.test(w(cue.end - 1)) && a.source && /^\p{Lu}/u.test(doc.tokens[tail]?.text ?? '') && countWords(doc, tail, s1) >= 4) {
    const t: TokenSpan = { type: 'content', start: tail, end: s1 };
    for (const x of inner.contents) owner.delete(x);
    inner.contents = [];
    owner.set(t, a);
    return t;
  }
  return null;
}

/** Sources that are things, not speakers: "Early figures suggested", "The data show". */
const THING_SOURCE = /\b(?:figures|data|results|studies|study|polls?|surveys?|estimates|records|documents|numbers|statistics|evidence|research|findings|analysis|tests?|models?|projections|reports?)$/i;

/** Whether a person's name ends with token `k`. */
function personNameEndsAt(doc: Doc, k: number): boolean {
  const end = doc.tokens[k]?.end;
  return end !== undefined && doc.mentions.some((m) => m.kind === 'name' && m.type === 'person' && m.end === end);
}

/** The name (of a person or an organization) a mention ends with right before token `i`, as a token span. */
function nameBefore(doc: Doc, i: number): TokenSpan | null {
  const before = doc.tokens[i - 1];
  const m = before && doc.mentions.find((x) => x.kind === 'name' && x.end === before.end && x.type !== 'place');
  if (!m) return null;
  const s0 = doc.sentences[before.sentence]!.tokenStart;
  let b = i - 1;
  while (b > s0 && doc.tokens[b - 1]!.start >= m.start) b--;
  return { type: 'source', start: b, end: i };
}

/** Words of time that may stand between a subject and what follows it ("President Bush yesterday, asked …"). */
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'later', 'earlier', 'also', 'again']);

/** Words that end a noun phrase read backwards from a relative pronoun ("requests from Fields' lawyers, who"). */
const PHRASE_BOUNDARY = new Set(
  `to from by of in on at for with about against into onto over under after before during since until than as like
  and or but nor that which who whom whose when where while because if although though is are was were be been being
  has have had do does did says said say according here there it he she they we i you well too also now then
  today yesterday`.split(/\s+/),
);

/**
 * The noun phrase that ends right before token `end` (exclusive), read backwards over words, possessives and
 * numbers up to a preposition, a conjunction, a verb of being or saying, or punctuation: at most six tokens.
 */
function phraseBefore(doc: Doc, end: number): TokenSpan | null {
  const s0 = doc.sentences[doc.tokens[end - 1]?.sentence ?? 0]!.tokenStart;
  let b = end;
  while (b > s0 && end - b < 6) {
    const t = doc.tokens[b - 1]!.text;
    if (!/^(?:[\p{L}\p{N}][\p{L}\p{N}.'’-]*|['’]s?)$/u.test(t) || PHRASE_BOUNDARY.has(t.toLowerCase())) break;
    b--;
    // A determiner opens the phrase ("Two men carried a banner that": "a banner").
    if (/^(?:a|an|the|this|these|those)$/i.test(t)) break;
  }
  while (b < end && /^['’]s?$/.test(doc.tokens[b]!.text)) b++;
  // The phrase a sentence opens with runs on over its prepositional phrase: "The person familiar with | the
  // investigation, who spoke on condition of anonymity, said" is the person.
  if (b - s0 >= 2 && b - s0 <= 6 && /^(?:with|to|of|at|in|from|for|on|close)$/i.test(doc.tokens[b - 1]!.text) && /^(?:the|a|an|one|two|three|several|some|another)$/i.test(doc.tokens[s0]!.text) && doc.tokens.slice(s0, b).every((t) => /^[\p{L}-]+$/u.test(t.text))) b = s0;
  // A participle ends a clause, not a noun phrase ("the data it had collected, which").
  if (b === end || /^\p{Ll}+(?:ed|ing)$/u.test(doc.tokens[end - 1]!.text)) return null;
  return { type: 'source', start: b, end };
}

/**
 * What a relative pronoun source stands for: "X, who said …" the name before it; "Mark Hay, a marine
 * ecologist at GT, who said" the name before the apposition; otherwise the noun phrase before it ("according
 * to police, who said", "requests from Fields' lawyers, who argued", "a study which stated"). A relative clause
 * with no comma after a prepositional phrase ("a doctor here in the US who writes") may belong to either noun
 * and gets none.
 */
/** "According to Parrington, fires in the Amazon release an average of …": the content is what follows the source's comma. */
function afterAccordingTo(doc: Doc, a: Attribution, bounding: readonly TokenSpan[]): void {
  const cue = a.cue;
  const src = a.source;
  if (!cue || !src || !/^according$/i.test(doc.tokens[cue.start]!.text) || doc.sentences[doc.tokens[cue.start]!.sentence]!.tokenStart !== cue.start || doc.tokens[src.end]?.text !== ',') return;
  for (const t of a.contents) {
    // (A content that begins inside the source's apposition begins after it.)
    if (t.start > src.start && t.start < src.end && t.end > src.end + 1) {
      t.start = src.end + 1;
      continue;
    }
    if (t.start <= src.end + 1 || t.start - src.end > 12 || doc.tokens[t.start]!.sentence !== doc.tokens[src.end]!.sentence) continue;
    if (bounding.some((x) => x !== t && x !== cue && x !== src && x.start < t.start && x.end > src.end)) continue;
    // (Not over another comma: "According to Sadie Weiner, Hagan's former spokeswoman, | Hagan died …" has the
    // source's apposition between.)
    if (doc.tokens.slice(src.end + 1, t.start).some((x) => x.text === ',') || /^(?:who|which|whose)$/i.test(doc.tokens[src.end + 1]!.text)) continue;
    t.start = src.end + 1;
  }
}

/** Plural nouns for groups of people. */
const PERSON_GROUP = /^(?:groups|officials|people|residents|activists|protesters|protestors|lawmakers|members|leaders|workers|experts|scientists|researchers|doctors|lawyers|advocates|critics|supporters|opponents|citizens|voters|parents|students|teachers|analysts|investors|employees|organizations|organisations|unions|sources|witnesses|families|victims|survivors|farmers|officers|soldiers|diplomats|executives|economists|scholars)$/i;

function relativeAntecedent(doc: Doc, src: TokenSpan): TokenSpan | null {
  // Lower case only: "Who" opens a question and "WHO" is the World Health Organization.
  if (src.end - src.start !== 1 || !/^(?:who|which|that)$/.test(doc.tokens[src.start]!.text)) return null;
  const comma = doc.tokens[src.start - 1]?.text === ',';
  // "that" is a relative pronoun only without a comma, right after a noun phrase ("signs that say").
  if (doc.tokens[src.start]!.text === 'that' && comma) return null;
  let end = comma ? src.start - 1 : src.start;
  // An age between the name and the pronoun ("Thomas Gray, 24, who").
  if (comma && /^\d{1,3}$/.test(doc.tokens[end - 1]?.text ?? '') && doc.tokens[end - 2]?.text === ',') end -= 2;
  if (comma) {
    // An apposition between the name and the pronoun ("Mark Hay, a marine ecologist and Regents Professor at
    // GT, who"): the person named before it, up to twelve tokens back in the sentence.
    const s0 = doc.sentences[doc.tokens[end - 1]!.sentence]!.tokenStart;
    for (let k = end - 1; k > s0 && k >= end - 12 && doc.tokens[k]!.text !== ','; k--) {
      if (doc.tokens[k - 1]!.text !== ',' || !/^(?:a|an|the)$/i.test(doc.tokens[k]!.text)) continue;
      const person = k >= 2 && personNameEndsAt(doc, k - 2);
      if (person) return nameBefore(doc, k - 1);
      break;
    }
  }
  const name = nameBefore(doc, end);
  if (name) return name;
  const phrase = phraseBefore(doc, end);
  const before = phrase ? doc.tokens[phrase.start - 1] : undefined;
  // (After "with", people named in the phrase are its antecedent: "siding with civil rights groups who argued".)
  const people = before?.text.toLowerCase() === 'with' && PERSON_GROUP.test(doc.tokens[phrase!.end - 1]!.text);
  if (!phrase || (!comma && before && !people && /^(?:in|on|at|of|from|for|with|about)$/i.test(before.text))) return null;
  // "Mark Jones, a lawyer who said": the person the description is in apposition to.
  if (before?.text === ',' && /^(?:a|an|the)$/i.test(doc.tokens[phrase.start]!.text) && phrase.start >= 2 && personNameEndsAt(doc, phrase.start - 2)) {
    return nameBefore(doc, phrase.start - 1) ?? phrase;
  }
  return phrase;
}

/**
 * A source inside a relative clause between a subject and its cue is the subject: in "Beto O'Rourke, who was
 * a candidate for the 2020 United States presidential election, announced …" the speaker is O'Rourke; a source
 * that runs into a relative clause begins with the clause's subject ("a lecture in which the billionaire").
 */
function relativeClauseSubjects(doc: Doc, attributions: readonly Attribution[]): void {
  const text = (i: number): string => doc.tokens[i]?.text ?? '';
  for (const a of attributions) {
    // "a video of a lecture in which the billionaire (suggested)": the subject of the relative clause speaks.
    // (Not in a clause set off by commas inside the subject: "Coun. Tessa Morrow, whose ward includes the stretch
    // where the shooting happened, said" is hers.)
    const parenthetical = (src: TokenSpan, k: number): boolean =>
      (text(src.end - 1) === ',' || text(src.end) === ',') && doc.tokens.slice(src.start, k).some((x, j) => x.text === ',' && /^(?:who|whose|which)$/i.test(text(src.start + j + 1)));
    if (a.source) {
      for (let k = a.source.end - 2; k > a.source.start; k--) {
        if (parenthetical(a.source, k)) break;
        if (text(k).toLowerCase() === 'where' || (text(k).toLowerCase() === 'which' && /^(?:in|at|during|on)$/i.test(text(k - 1)))) {
          a.source = { type: 'source', start: k + 1, end: a.source.end };
          break;
        }
      }
    }
    // "The company, founded in 2021 by brothers Eoin and Darragh Kinsella, said": a description opening the source,
    // then a participle clause set off by commas; the description speaks, not a name inside the clause.
    if (a.source && a.cue && a.cue.start - a.source.end <= 1 && /^(?:the|this|that)$/i.test(text(a.source.start))) {
      let c = a.source.start + 1;
      while (c < a.source.end && c - a.source.start <= 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(text(c))) c++;
      if (c > a.source.start + 1 && c < a.source.end && text(c) === ',' && /^(?:\p{Ll}+ed|led|run|known|built|set|made|owned|held)$/u.test(text(c + 1))) {
        a.source = { type: 'source', start: a.source.start, end: c };
      }
    }
    // A source of punctuation alone (the tagger's "," before "said") is none.
    if (a.source && doc.tokens.slice(a.source.start, a.source.end).every((x) => PUNCT.test(x.text))) a.source = null;
    // A source that runs over a clause up to a relative pronoun right before the cue ("Hasib already hung signs in
    // some locations that (say)"): the pronoun speaks, for the noun phrase it follows (see relativeAntecedent).
    if (a.source && a.cue && a.source.end - a.source.start > 1 && a.cue.start === a.source.end && /^(?:who|which|that)$/.test(text(a.source.end - 1))) {
      a.source = { type: 'source', start: a.source.end - 1, end: a.source.end };
    }
    const src = a.source;
    const cue = a.cue;
    // "One, who asked not to be named, said: “…”": a cue with no source after a relative clause speaks for the
    // clause's antecedent.
    if (!src && cue && text(cue.start - 1) === ',') {
      const s0 = doc.sentences[doc.tokens[cue.start]!.sentence]!.tokenStart;
      let w = cue.start - 2;
      while (w > s0 && !/^(?:who|whose|which)$/.test(text(w)) && text(w) !== ',') w--;
      // Or a participle clause: "a detective, speaking on condition of anonymity, said", "President Bush
      // yesterday, asked whether …, replied:".
      // (Only before a finite verb of saying: a participle cue, "…, saying", shares the subject of the verb
      // before it instead.)
      const finite = !/(?:ing)$|^according$/i.test(text(cue.start));
      const participle = (k: number): boolean => finite && /^(?:\p{Ll}+ing|asked)$/u.test(text(k));
      if (text(w) === ',' && w + 1 < cue.start - 1 && participle(w + 1)) w++;
      // Or an apposition: "David Kamin, an outside adviser to the campaign …, said".
      if (text(w) === ',' && /^(?:a|an|the)$/i.test(text(w + 1)) && finite) {
        const person = nameBefore(doc, w);
        if (person && personNameEndsAt(doc, w - 1)) {
          a.source = person;
          continue;
        }
      }
      // ("Singer Lola Haverty, whose own tour was interrupted by a similar injury in 2021, wrote on X …")
      if ((/^(?:who|whose|which)$/.test(text(w)) || participle(w)) && text(w - 1) === ',') {
        let before = w - 1;
        // A time word between the subject and its clause ("President Bush yesterday,").
        while (before - 1 > s0 && TIME_WORDS.has(text(before - 1).toLowerCase())) before--;
        const antecedent = nameBefore(doc, before) ?? phraseBefore(doc, before);
        // "Carl Hensman of the Gates Foundation, which …, noted": the person the organization qualifies.
        let p = antecedent ? antecedent.start - 1 : -1;
        while (p > s0 && antecedent!.start - p <= 6 && /^(?:the|and|&|\p{Lu}[\p{L}.'’-]*)$/u.test(text(p))) p--;
        // "Carl Hensman of the Gates Foundation", "Michael Mulgrew, president of the teachers' union": the person
        // right before "of", or before a comma and a lower-case role.
        let q = p - 1;
        if (p > s0 && /^(?:of|at|from)$/.test(text(p))) {
          while (q > s0 && p - q <= 6 && /^\p{Ll}+$/u.test(text(q))) q--;
          if (text(q) !== ',') q = p;
        }
        const personAt = (k: number): boolean => k > s0 && personNameEndsAt(doc, k - 1);
        const owner = p > s0 && /^(?:of|at|from)$/.test(text(p)) && personAt(q) ? nameBefore(doc, q) : null;
        a.source = owner ?? antecedent;
      }
      continue;
    }
    if (!src || !cue || cue.start < src.end || cue.start > src.end + 1) continue;
    // "Donald Trump, speaking to a veterans group in Virginia, said": the tagger's source is the participle's
    // object; the subject is the name before the clause.
    {
      let k = src.start - 1;
      if (/^(?:to|with|at|before|in|on|from|for|about)$/i.test(text(k))) k--;
      if (/^\p{Ll}+ing$/u.test(text(k)) && text(k - 1) === ',' && text(cue.start - 1) === ',') {
        const subject = nameBefore(doc, k - 1);
        if (subject) {
          a.source = subject;
          continue;
        }
      }
    }
    const s0 = doc.sentences[doc.tokens[src.start]!.sentence]!.tokenStart;
    if (text(cue.start - 1) !== ',' && text(src.end - 1) !== ',') continue;
    // "Jose Basulto, founder of Brothers to the Rescue, a Cuban exile group that … rescues refugees from the Straits
    // of Florida, called …": a relative clause inside the subject's appositions; the subject is the person the
    // sentence opens with.
    let rel = src.start;
    while (rel < src.end && !/^(?:who|which|that)$/.test(text(rel))) rel++;
    if (rel < src.end && text(src.start - 1) === ',' && text(cue.start - 1) === ',') {
      let c1 = s0;
      while (c1 < src.start && text(c1) !== ',') c1++;
      const opener = c1 < src.start && c1 - s0 <= 5 && personNameEndsAt(doc, c1 - 1) ? nameBefore(doc, c1) : null;
      if (opener && opener.start === s0) {
        a.source = opener;
        continue;
      }
    }
    let w = src.start;
    while (w > s0 && !/^(?:who|which)$/.test(text(w)) && text(w) !== ',') w--;
    if (!/^(?:who|which)$/.test(text(w)) || text(w - 1) !== ',') continue;
    // (Or the description the clause follows: "The team, which also included scientists from the University of
    // Washington, wrote".)
    a.source = nameBefore(doc, w - 1) ?? phraseBefore(doc, w - 1) ?? src;
  }
}

/**
 * "…, adding that …", "… and wrote “…”": a participle cue, or a verb of saying joined by "and", without a
 * source shares the source of the attribution before it in the sentence.
 */
function inheritSources(doc: Doc, attributions: readonly Attribution[]): void {
  const sorted = attributions.filter((a) => a.cue).sort((x, y) => x.cue!.start - y.cue!.start);
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k]!;
    if (a.source || a.continues) continue;
    const cueWords = doc.tokens.slice(a.cue!.start, a.cue!.end).map((t) => t.text.toLowerCase());
    const before = doc.tokens[a.cue!.start - 1]?.text.toLowerCase();
    // "…, adding that …", "…, also observing, “…”" / "… and said, “…”" (a second verb of the same subject).
    const participle = before === ',' && (cueWords[0]!.endsWith('ing') || (/^(?:also|further|later|again|then)$/.test(cueWords[0]!) && !!cueWords[1]?.endsWith('ing')));
    const coordinated = (before === 'and' || before === 'but') && (sayVerbAt(doc, a.cue!.start) || /^(?:called|described|dismissed)$/.test(cueWords[0]!));
    const prev = sorted[k - 1]!;
    // "“…,” said Jean-Paul Claverie, advisor to Arnault, told Observer.": a second verb of saying after an
    // inverted source and its apposition.
    const doubled =
      before === ',' && !!prev.source && prev.cue!.end <= prev.source.start && prev.source.end <= a.cue!.start && a.cue!.start - prev.source.end <= 8 && sayVerbAt(doc, a.cue!.start);
    if (!participle && !coordinated && !doubled) continue;
    // Not from a purpose clause: in "X went to Y to push for Z, stressing …" X is not reported as saying anything.
    const infinitive = (i: number): boolean => doc.tokens[i]?.text.toLowerCase() === 'to';
    const purpose = !isSpeechCue(doc, prev.cue) && (infinitive(prev.cue!.start - 1) || infinitive(prev.cue!.start));
    if (prev.source && !purpose && doc.tokens[prev.cue!.start]!.sentence === doc.tokens[a.cue!.start]!.sentence) a.source = prev.source;
  }
}

const CUE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'of', 'for', 'with', 'about', 'from', 'after', 'before', 'into', 'over', 'under', 'through']);

/**
 * A cue as the product shows it: one that ends inside a phrase the sentence goes on with ("said during a news |
 * conference", "wrote in a letter published on | Wednesday") ends before that phrase's preposition ("said", "wrote");
 * not when the content follows it ("also spoke of | the importance of …").
 */
function wholeCue(doc: Doc, cue: TokenSpan, content: TokenSpan): TokenSpan {
  const next = doc.tokens[cue.end];
  // (What follows is the content itself: "also spoke of | the importance of …".)
  if (!next || content.start === cue.end || next.sentence !== doc.tokens[cue.end - 1]!.sentence || !/^[\p{L}\p{N}]/u.test(next.text) || /^(?:that|and|but|or|as|when|if|because|while)$/i.test(next.text)) return cue;
  for (let k = cue.start + 1; k < cue.end; k++) {
    if (CUE_PREPOSITIONS.has(doc.tokens[k]!.text.toLowerCase())) return { ...cue, end: k };
  }
  return cue;
}

/** Words of a time at the end of a cue: "said Wednesday", "said in a statement released late Wednesday". */
const CUE_TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|earlier|afterwards|afterward|morning|afternoon|evening|night|week|month|year|on|late|early|last|this|next|in|at|minutes|hours|later|\d{1,2}|jan\.?|feb\.?|mar\.?|apr\.?|may|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?|january|february|march|april|june|july|august|september|october|november|december)$/i;

/**
 * The time of the speech is no part of the product's cue ("said Wednesday" → "said", "said in a statement released
 * late Wednesday" → "said in a statement"), as it is none of the content.
 */
function withoutTime(doc: Doc, cue: TokenSpan): TokenSpan {
  let end = cue.end;
  // (Days and months are capitalised; other words of time are not: "told Kamloops This Week" names a paper.)
  const dayOrMonth = (k: number): boolean =>
    /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?$/.test(doc.tokens[k]!.text) ||
    /^(?:today|yesterday|tonight|overnight|earlier|week|month|year|morning|afternoon|evening|night|later|afterwards?)$/.test(doc.tokens[k]!.text);
  // Only when the cue ends in a word of time itself (not "said in" or "told reporters at").
  if (end - cue.start < 2 || !(dayOrMonth(end - 1) || /^\d{1,2}$/.test(doc.tokens[end - 1]!.text))) return cue;
  while (end - 1 > cue.start && CUE_TIME_WORD.test(doc.tokens[end - 1]!.text) && !/^(?:This|Next|Last|In|At|On|Week|Month|Year|Night|Morning|Evening)$/.test(doc.tokens[end - 1]!.text)) end--;
  // ("… released late Wednesday": the participle that dated it goes with the time.)
  while (end - 1 > cue.start && /^(?:released|issued|published|posted|sent|made|given|delivered)$/i.test(doc.tokens[end - 1]!.text)) end--;
  return end > cue.start ? { ...cue, end } : cue;
}

const PER_CENT = /^per$/i;

/** Who is told: an audience ("reporters", "a news conference") or a name; then what a name may be followed by. */
const AUDIENCE = new Set(
  `reporters journalists press correspondents crowd audience jurors jury lawmakers legislators legislature parliament senators
  congress members supporters fans students staff employees workers colleagues investors analysts shareholders viewers listeners
  readers delegates court committee hearing meeting rally briefing conference news radio television tv newspaper paper daily
  agency magazine website programme program station channel podcast broadcaster outlet media interviewer residents voters
  officials council board assembly summit forum gathering congregation parishioners players teammates team club mourners
  protesters demonstrators guests attendees visitors local national state public broadcast`.split(/\s+/).filter(Boolean),
);
const TOLD = /^(?:told|tells|tell|telling)$/i;
const OBJECT_PRONOUN = /^(?:him|her|them|me|us|you)$/; // (lower case: "told US Secretary …" names a country)
const CALENDAR_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "told reporters", "told The Associated Press", "told a news conference", "told him": the cue of the product names
 * the one told with the verb (PolNeAR's cue is the verb alone; the tagger and eval:quotes keep that convention).
 * Not over what was said or who said it, nor over a time ("told reporters on Monday" → "told reporters").
 */
function withAddressee(doc: Doc, cue: TokenSpan, content: TokenSpan, source: TokenSpan | null): TokenSpan {
  if (!TOLD.test(doc.tokens[cue.end - 1]?.text ?? '')) return cue;
  const sentence = doc.tokens[cue.end - 1]!.sentence;
  const free = (k: number): boolean => doc.tokens[k]?.sentence === sentence && !(k >= content.start && k < content.end) && !(source && k >= source.start && k < source.end);
  if (free(cue.end) && OBJECT_PRONOUN.test(doc.tokens[cue.end]!.text)) return { ...cue, end: cue.end + 1 };
  // (A plural right before what was told: "told rescuers | the boat had left …".)
  if (free(cue.end) && /^\p{Ll}+s$/u.test(doc.tokens[cue.end]!.text) && content.start === cue.end + 1) return { ...cue, end: cue.end + 1 };
  let end = cue.end;
  for (let k = cue.end; k < cue.end + 7 && free(k); k++) {
    const w = doc.tokens[k]!.text;
    const lower = w.toLowerCase();
    // (A determiner only opens the phrase or follows a possessive or "of": "told reporters | the DKBA had …".)
    // (Capitalised inside a name: "Kamloops This Week".)
    const determiner = k === cue.end ? /^(?:the|a|an|his|her|their|its|our|this)$/i.test(w) : /^(?:the|a|an|his|her|their|its|our|this)$/.test(w);
    if (determiner && k > cue.end && !/^(?:['’]s?|of)$/i.test(doc.tokens[k - 1]!.text)) break;
    if (!determiner && (AUDIENCE.has(lower) || (/^\p{Lu}/u.test(w) && !CALENDAR_NAME.test(w)))) end = k + 1;
    // (And a number: "told a crowd of several hundred supporters".)
    else if (determiner || /^(?:['’]s?|&|of|several|hundred|hundreds|thousand|thousands|dozen|dozens|few|many|some|more|than|about|\d[\d,]*)$/.test(w)) continue;
    // (An adjective before the audience: "told local media", "told securities analysts"; not "after briefing".)
    else if (!(/^\p{Ll}+$/u.test(w) && !CUE_PREPOSITIONS.has(lower) && !/^(?:after|before|during|following|while|when|on|in|at|by|for|with|from|about|over)$/.test(lower) && AUDIENCE.has(doc.tokens[k + 1]?.text.toLowerCase() ?? ''))) break;
  }
  return end > cue.end ? { ...cue, end } : cue;
}

/**
 * Whether an attribution frames a short quotation as speech: words ending in a comma or a stop inside the marks,
 * then the source and the cue, or the cue and the source (“Never,” she says; “Hallelujah,” Albright exclaimed), and
 * no quotation going on after them in the sentence (“However,” he told Science News, “this study …” is one quote).
 */
function framesShortQuote(doc: Doc, t: TokenSpan, a: Attribution): boolean {
  const { cue, source } = a;
  if (!cue || !source || cue.start < t.end || cue.start - t.end > 4) return false;
  if (!/[,.!?]\s*[”"»]$/.test(doc.body.slice(doc.tokens[t.start]!.start, doc.tokens[t.end - 1]!.end))) return false;
  const adjacent = (source.start >= t.end && source.end <= cue.start) || (source.start >= cue.end && source.start - cue.end <= 1);
  if (!adjacent) return false;
  const sentence = doc.sentences[doc.tokens[cue.start]!.sentence]!;
  for (let k = Math.max(cue.end, source.end); k < sentence.tokenEnd; k++) if (/^[“"«]$/.test(doc.tokens[k]!.text)) return false;
  return true;
}

/** Whether a span holds only names, possessives, determiners and words for people: a noun phrase, no clause. */
function onlyNames(doc: Doc, t: TokenSpan): boolean {
  for (let i = t.start; i < t.end; i++) {
    const w = doc.tokens[i]!.text;
    if (!(/^\p{Lu}/u.test(w) || /^['’]s?$/.test(w) || /^(?:the|a|an|his|her|its|their)$/i.test(w) || PERSON_OR_KIN.has(w.toLowerCase()) || PUNCT.test(w))) return false;
  }
  return true;
}

/** Whether a cue begins with a verb of saying ("said", "told"): not a phrase such as "on Twitter", "according to" or ":". */
function opensWithSayingVerb(doc: Doc, c: TokenSpan): boolean {
  // (After an auxiliary: "had told", "has said".)
  const k = /^(?:had|has|have|was|were|is|would|will)$/.test(doc.tokens[c.start]!.text) && c.end - c.start > 1 ? c.start + 1 : c.start;
  const w = doc.tokens[k]!.text;
  return /^\p{Ll}+$/u.test(w) && w !== 'according' && isSpeechCue(doc, { ...c, start: k, end: k + 1 });
}

/** Whether a cue (after a comma and an adverb or two) directly follows a closing quotation mark: "“…,” further remarking". */
function followsQuotation(doc: Doc, cue: TokenSpan): boolean {
  let k = cue.start - 1;
  while (k > 0 && /^(?:also|further|later|again|then|before|after)$/i.test(doc.tokens[k]!.text)) k--;
  if (doc.tokens[k]?.text === ',') k--;
  const t = doc.tokens[k]?.text;
  return t === '”' || (t === '"' && k > 0 && doc.tokens[k - 1]!.end === doc.tokens[k]!.start);
}

function countWords(doc: Doc, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (!PUNCT.test(doc.tokens[i]!.text)) n++;
  return n;
}

function isQuoteToken(text: string): boolean {
  return text === '“' || text === '”' || text === '"' || text === '«' || text === '»';
}

function isQuotedSpan(doc: Doc, start: number, end: number): boolean {
  return isQuoteToken(doc.tokens[start]!.text) && (isQuoteToken(doc.tokens[end - 1]!.text) || end - 1 > start);
}

/** A cue within a few tokens after the closing mark, or right before the opening mark, in the same sentence. */
function nearestCue(doc: Doc, cues: readonly TokenSpan[], q: TokenSpan): TokenSpan | null {
  const s0 = doc.tokens[q.start]!.sentence;
  const s1 = doc.tokens[q.end - 1]!.sentence;
  let best: TokenSpan | null = null;
  let bestGap = Infinity;
  for (const c of cues) {
    const cs = doc.tokens[c.start]!.sentence;
    if (c.start >= q.end && c.start - q.end <= 6 && cs === s1 && c.start - q.end < bestGap) {
      best = c;
      bestGap = c.start - q.end;
    }
    if (c.end <= q.start && q.start - c.end <= 3 && cs === s0 && q.start - c.end < bestGap) {
      best = c;
      bestGap = q.start - c.end;
    }
  }
  return best;
}

/** Capitalised words joined by "of" and "the" ("Mayor of London Sadiq Khan"), from token i on: the end index. */
function nameEnd(doc: Doc, i: number, sentence: number): number {
  let e = i;
  const word = (k: number): string => doc.tokens[k]?.text ?? '';
  const inSentence = (k: number): boolean => doc.tokens[k]?.sentence === sentence;
  while (inSentence(e) && e - i < 8) {
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(word(e))) e++;
    else if (e > i && /^(?:of|the|de|van|von|al|bin)$/.test(word(e)) && /^\p{Lu}/u.test(word(e + 1))) e++;
    else break;
  }
  return e;
}

type Frame = { cue: [number, number]; source: [number, number] };

/**
 * The speaker of a direct quotation the tagger gave no source, from the sentence around it: a name or a resolved
 * pronoun right after it with a verb of saying ("“…,” she told an audience"), or the subject of the sentence that
 * opens it when a verb of speech stands between ("Former CIA deputy director Michael Morell praised Mendez on
 * Twitter: “…”", "State Senator Patricia Ann Spearman remarked, “…”", "Ford also made this point, writing “…”").
 */
function frameSpeaker(doc: Doc, t: TokenSpan): { speaker: Speaker; verb: number } | null {
  const speakerAt = (m: Mention, verb: number): { speaker: Speaker; verb: number } | null => {
    const e = doc.entities.find((x) => x.id === m.entity_id);
    return e && e.type !== 'place' ? { speaker: { entity_id: e.id, name: e.name, start: m.start, end: m.end }, verb } : null;
  };
  // Before: a person (else an organization) of the opening sentence, then a verb of speech before the quotation.
  const s = doc.tokens[t.start]!.sentence;
  const sentenceStart = doc.tokens[doc.sentences[s]!.tokenStart]!.start;
  const startChar = doc.tokens[t.start]!.start;
  const before = doc.mentions.filter((x) => x.entity_id && x.start >= sentenceStart && x.end <= startChar && x.type !== 'place');
  const verbAfter = (m: Mention): number => {
    const from = tokenAfter(doc, m.end);
    if (from === null) return -1;
    for (let k = from; k < t.start; k++) {
      const w = doc.tokens[k]!.text.toLowerCase();
      if (/^\p{Ll}+$/u.test(w) && SPEECH_VERB_LEMMAS_ALL.has(lemma(w, SPEECH_VERB_LEMMAS_ALL))) return k;
    }
    return -1;
  };
  const first = before[0];
  if (first) {
    const verb = verbAfter(first);
    if (verb >= 0) {
      // "Former CIA deputy director Michael Morell praised": the person the organization's title leads to.
      const person = before.find((x) => x.type === 'person' && x.start >= first.start && x.end <= doc.tokens[verb]!.start);
      return speakerAt(person ?? first, verb);
    }
  }
  // After: in the same paragraph, within three tokens of the closing mark, a name or a resolved pronoun and a verb
  // of saying ("“…,” she told an audience").
  const endChar = doc.tokens[t.end - 1]!.end;
  const block = doc.sentences[doc.tokens[t.end - 1]!.sentence]!.block;
  for (let k = t.end; k < doc.tokens.length && k <= t.end + 3 && doc.sentences[doc.tokens[k]!.sentence]!.block === block; k++) {
    const m = doc.mentions.find((x) => x.start === doc.tokens[k]!.start && x.entity_id && x.start >= endChar);
    if (!m) continue;
    const after = tokenAfter(doc, m.end);
    if (after !== null && sayVerbAt(doc, after)) return speakerAt(m, after);
    break;
  }
  return null;
}

/**
 * "Saying “nothing is certain” about Elian's return, Cuba's government exhorted …", "Urging directors to conduct
 * “a fair auction”, the company …": a participle cue opening its sentence speaks for the subject after its clause.
 */
function frontedParticipleSpeaker(doc: Doc, cue: TokenSpan, t: TokenSpan): Speaker | null {
  const s = doc.tokens[cue.start]!.sentence;
  // ("Citing the Global Fire Emissions Database, NASA …" names a source, not what anyone said.)
  if (cue.start !== doc.sentences[s]!.tokenStart || !/^\p{Lu}\p{Ll}+ing$/u.test(doc.tokens[cue.start]!.text) || doc.tokens[cue.start]!.text === 'Citing') return null;
  // The subject: the first name after the first comma that follows the content, in the sentence.
  let k = t.end;
  const last = doc.sentences[s]!.tokenEnd;
  while (k < last && doc.tokens[k]!.text !== ',') k++;
  if (k >= last - 1) return null;
  const from = doc.tokens[k + 1]!.start;
  const m = doc.mentions.find((x) => x.entity_id && x.start === from);
  if (!m) return null;
  // With what follows it up to the verb ("Cuba's government").
  let e = tokenAfter(doc, m.end) ?? last;
  while (e < last && e - k <= 5 && /^(?:['’]s|government|authorities|ministry|officials|police|spokesman|spokeswoman)$/i.test(doc.tokens[e]!.text)) e++;
  const sp = speakerOf(doc, m.start, doc.tokens[e - 1]!.end);
  return sp.entity_id ? sp : null;
}

/**
 * "The Bank of England cut interest rates …, its third reduction since last summer, but warned that …": a verb of
 * saying joined by "but" or "and" with no subject of its own speaks for the name that opens the sentence as its
 * subject (a name right before a lower-case verb).
 */
function coordinatedSpeaker(doc: Doc, cue: TokenSpan): Speaker | null {
  let k = cue.start - 1;
  if (/^(?:also|later|then)$/i.test(doc.tokens[k]?.text ?? '')) k--;
  if (!/^(?:but|and)$/i.test(doc.tokens[k]?.text ?? '')) return null;
  const s = doc.tokens[cue.start]!.sentence;
  const s0 = doc.sentences[s]!.tokenStart;
  const at = doc.tokens[s0]!.text === 'The' ? s0 + 1 : s0;
  const m = doc.mentions.find((x) => x.kind === 'name' && x.entity_id && x.type !== 'place' && x.start === doc.tokens[at]!.start);
  if (!m) return null;
  const after = tokenAfter(doc, m.end);
  if (after === null || after >= k || !/^\p{Ll}+$/u.test(doc.tokens[after]!.text) || CLOSED_CLASS.has(doc.tokens[after]!.text)) return null;
  const sp = speakerOf(doc, doc.tokens[s0]!.start, m.end);
  return sp.entity_id ? sp : null;
}

/** Verbs of doing with words or things (filing, posting, recalling a product or a player): their object is a report only as a clause. (Not demands: "demanded an
 * explanation from Russia" reports one.) */
const THING_VERBS = /^(?:file[sd]?|filing|post(?:s|ed|ing)?|submit(?:s|ted|ting)?|upload(?:s|ed|ing)?|recall(?:s|ed|ing)?)$/i;

/** Whether a content after a verb of THING_VERBS is a noun phrase: no "that", no finite verb or modal in it. */
function thingAsked(doc: Doc, cue: TokenSpan, t: TokenSpan): boolean {
  // (The last verb of the cue: "posted a message on Twitter blaming | Iran for the attacks" reports a blame.)
  const k = doc.tokens.slice(cue.start, cue.end).findIndex((x) => THING_VERBS.test(x.text));
  if (k < 0 || doc.tokens.slice(cue.start + k + 1, cue.end).some((x) => /ing$/.test(x.text)) || t.start < cue.end || /^(?:that|whether|if|how|why|when|what|\p{Ll}+ing)$/iu.test(doc.tokens[t.start]!.text)) return false;
  const s = doc.sentences[doc.tokens[t.start]!.sentence]!;
  const model = loadSyntaxModel();
  const words = doc.tokens.slice(s.tokenStart, s.tokenEnd).map((x) => x.text);
  const pos = tagSyntax(words, words.map(() => 0), model).pos.map((p) => model.posTags[p]!);
  for (let k = t.start; k < t.end; k++) if (/^(?:VBD|VBZ|VBP|MD)$/.test(pos[k - s.tokenStart] ?? '')) return false;
  return true;
}

/** The index of the first token starting at or after a character offset, or null. */
function tokenAfter(doc: Doc, offset: number): number | null {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.tokens.length ? lo : null;
}

function sayVerbAt(doc: Doc, k: number): boolean {
  const w = doc.tokens[k]?.text ?? '';
  if (!/^\p{Ll}+$/u.test(w)) return false;
  const l = lemma(w, SPEECH_CUE_LEMMAS);
  return SPEECH_CUE_LEMMAS.has(l) && w !== l && !w.endsWith('ing');
}

function speakerPronounAt(doc: Doc, k: number): boolean {
  return /^(?:he|she|they|it)$/i.test(doc.tokens[k]?.text ?? '');
}

/**
 * The cue and source framing a quotation from after its closing mark (token `close`): "“…,” said X",
 * "“…” tweeted Mayor of London X", "“…,” X said", "“…,” he added". The speaker is a capitalised name or a
 * personal pronoun, the cue an inflected verb of saying.
 */
function frameAfter(doc: Doc, close: number): Frame | null {
  const sentence = doc.tokens[close]!.sentence;
  const same = (x: number): boolean => doc.tokens[x]?.sentence === sentence;
  const k = doc.tokens[close + 1]?.text === ',' ? close + 2 : close + 1;
  if (!same(k)) return null;
  if (sayVerbAt(doc, k)) {
    if (speakerPronounAt(doc, k + 1)) return { cue: [k, k + 1], source: [k + 1, k + 2] };
    // "said Jane Doe", "wrote student protester Joshua Wong": up to three lower-case words before the name.
    let b = k + 1;
    while (b < k + 4 && same(b) && /^\p{Ll}+$/u.test(doc.tokens[b]!.text) && !CLOSED_CLASS.has(doc.tokens[b]!.text)) b++;
    const e = nameEnd(doc, b, sentence);
    if (e > b) return { cue: [k, k + 1], source: [k + 1, e] };
  }
  if (speakerPronounAt(doc, k) && sayVerbAt(doc, k + 1)) return { cue: [k + 1, k + 2], source: [k, k + 1] };
  const e = nameEnd(doc, k, sentence);
  return e > k && sayVerbAt(doc, e) ? { cue: [e, e + 1], source: [k, e] } : null;
}

/**
 * "X said: “…”" or "X spoke to the press after the speech: “…”" before a quotation opening at token `open`: X a
 * pronoun or a name opening the sentence, right before a verb of saying.
 */
function frameBefore(doc: Doc, open: number): Frame | null {
  if (doc.tokens[open - 1]?.text !== ':') return null;
  const sentence = doc.tokens[open - 1]!.sentence;
  const s0 = doc.sentences[sentence]!.tokenStart;
  const e = speakerPronounAt(doc, s0) ? s0 + 1 : nameEnd(doc, s0, sentence);
  if (e > s0 && sayVerbAt(doc, e) && open - 1 - e <= 10) return { cue: [e, e + 1], source: [s0, e] };
  // (With an apposition or a relative clause set off after the name: "Nana Kwame Boateng, who led the palace's
  // delegation, said:".)
  if (e > s0 && doc.tokens[e]?.text === ',') {
    for (let k = e + 1; k < open - 1 && k - e <= 30; k++) {
      if (doc.tokens[k]!.text !== ',' || !sayVerbAt(doc, k + 1)) continue;
      if (open - 1 - (k + 1) <= 10) return { cue: [k + 1, k + 2], source: [s0, e] };
      break;
    }
  }
  // After a lead phrase ("Offering his condolence, speaker of the parliament Ali Larijani wrote on Instagram:"):
  // a person's name right before the verb.
  for (let v = open - 2; v > s0 && open - 1 - v <= 10; v--) {
    if (!sayVerbAt(doc, v)) continue;
    const name = nameBefore(doc, v);
    const person = name && personNameEndsAt(doc, name.end - 1);
    return name && person ? { cue: [v, v + 1], source: [name.start, name.end] } : null;
  }
  return null;
}

/** The attribution around a quotation the tagger left without cue or content, from the words framing it. */
function framingAttribution(doc: Doc, q: Quotation, qs: TokenSpan): Attribution | null {
  const frame = (q.close >= 0 ? frameAfter(doc, q.close) : null) ?? frameBefore(doc, q.open);
  if (!frame) return null;
  return {
    contents: [qs],
    cue: { type: 'cue', start: frame.cue[0], end: frame.cue[1] },
    source: { type: 'source', start: frame.source[0], end: frame.source[1] },
    continues: null,
  };
}

/**
 * A quotation's attribution with a cue and no source takes the speaker its frame names, when the frame's cue
 * is the attribution's own ("“…?” wrote Cattelan, the artist, in an e-mail").
 */
function framedSources(doc: Doc, attributions: readonly Attribution[]): void {
  for (const a of attributions) {
    if (a.source || !a.cue || a.continues) continue;
    for (const t of a.contents) {
      const last = doc.tokens[t.end - 1]?.text;
      const frames = [last === '”' || last === '"' ? frameAfter(doc, t.end - 1) : null, isQuoteToken(doc.tokens[t.start]?.text ?? '') ? frameBefore(doc, t.start) : null];
      const frame = frames.find((f) => f && f.cue[0] === a.cue!.start);
      if (frame) {
        a.source = { type: 'source', start: frame.source[0], end: frame.source[1] };
        break;
      }
    }
  }
}

/**
 * Whole sentences in quotation marks right after a direct quote of the same paragraph ("“A,” said X. “B.”"),
 * with no words outside quotation marks between them: the same speaker goes on, also into the paragraphs the
 * quotation runs on over ("“A,” said X. “B. ¶ “C.”").
 */
function sentencesAreQuotation(doc: Doc, q: Quotation, prev: Attribution): boolean {
  if (q.close < 0 && q.firstBlock === q.lastBlock) return false;
  const end = q.close >= 0 ? q.close : q.last;
  const first = doc.sentences[doc.tokens[q.open]!.sentence]!;
  const last = doc.sentences[doc.tokens[end]!.sentence]!;
  if (first.tokenStart !== q.open || !/^[\s\p{P}]*$/u.test(doc.body.slice(doc.tokens[end]!.end, last.end))) return false;
  const before = Math.max(...prev.contents.map((t) => t.end), prev.cue?.end ?? 0, prev.source?.end ?? 0);
  if (doc.sentences[doc.tokens[before - 1]!.sentence]!.block !== first.block) return false;
  const prevSentence = doc.tokens[before - 1]!.sentence;
  return first.tokenStart > before - 1 && doc.tokens[q.open]!.sentence - prevSentence === 1;
}

function paragraphIsQuotation(doc: Doc, q: Quotation): boolean {
  const first = doc.blocks[q.firstBlock]!;
  const last = doc.blocks[q.lastBlock]!;
  const start = doc.tokens[q.open]!.start;
  const end = doc.tokens[q.last]!.end;
  return start === first.start && /^[\s\p{P}]*$/u.test(doc.body.slice(end, last.end));
}

/** The attribution of the direct quote just before `t` (same or previous paragraph, nothing attributed in between). */
function previousDirect(result: readonly Attribution[], owner: ReadonlyMap<TokenSpan, Attribution>, t: TokenSpan, doc: Doc): Attribution | null {
  let best: TokenSpan | null = null;
  for (const x of owner.keys()) if (x.end <= t.start && (!best || x.end > best.end)) best = x;
  if (!best) return null;
  const bt = doc.sentences[doc.tokens[best.start]!.sentence]!.block;
  const tt = doc.sentences[doc.tokens[t.start]!.sentence]!.block;
  if (tt - bt > 1) return null;
  const a = owner.get(best)!;
  if (!result.includes(a) || !isQuotedSpan(doc, best.start, best.end)) return null;
  return a.continues ?? a;
}

// ---------------------------------------------------------------------------------------------------
// Quotes

const SPEECH_NOUNS = new Set(['statement', 'interview', 'remarks', 'comments', 'testimony', 'letter', 'tweet', 'post', 'speech', 'release', 'announcement', 'briefing', 'report']);

/** Verbs of saying, and of reporting ("reported", "spoke of", "referenced"). */
const SPEECH_CUE_LEMMAS: ReadonlySet<string> = new Set([...SAY_VERB_LEMMAS, 'report', 'write', 'tweet', 'post', 'tell', 'announce', 'speak', 'reference']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const IRREGULAR_PARTICIPLES = new Set(['said', 'told', 'written', 'spoken', 'shown', 'read']);

/** Whether a cue is one of saying or reporting (quotes), not of believing or wanting (other attributions). */
export function isSpeechCue(doc: Doc, cue: TokenSpan | null): boolean {
  if (!cue) return false;
  // A reply that hits back ("He shot back that …", "fired back", "hit back at critics").
  if (/^(?:shot|shoots|shoot|shooting|fired|fires|fire|firing|hit|hits|hitting|struck|strikes|snapped|snaps|pushed|pushes)\s+back\b/i.test(doc.body.slice(doc.tokens[cue.start]!.start, doc.tokens[cue.end - 1]!.end))) return true;
  for (let i = cue.start; i < cue.end; i++) {
    const w = doc.tokens[i]!.text.toLowerCase();
    if (w === 'according' || w === ':' || w === 'quoted' || w === 'citing') return true;
    // Not a passive report ("incidents were reported by local media", "is reported to the society", "the same
    // can't be said of gas-powered cars").
    const participle = w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w);
    if (SPEECH_CUE_LEMMAS.has(lemma(w, SPEECH_CUE_LEMMAS)) && !(participle && BE_FORMS.has(doc.tokens[i - 1]?.text.toLowerCase() ?? ''))) return true;
    if (SPEECH_NOUNS.has(w) && ATTRIBUTION_NOUN_SET.has(w)) return true;
    // A question put ("questioned whether the subsidies would ever be repaid"), not someone questioned.
    if (/^question(?:s|ed|ing)?$/.test(w) && i === cue.end - 1 && /^(?:whether|why|how|if)$/i.test(doc.tokens[cue.end]?.text ?? '')) return true;
    // A call for something is a demand made ("called on the province to provide …", "called for an inquiry").
    if (/^(?:call|calls|called|calling)$/.test(w) && i + 1 < cue.end && /^(?:on|for)$/i.test(doc.tokens[i + 1]!.text)) return true;
    // A point made ("She pointed out that …"), not a way shown ("pointed to the data").
    if ((w === 'point' || POINT_FORMS.test(w)) && i + 1 < cue.end && doc.tokens[i + 1]!.text.toLowerCase() === 'out') return true;
  }
  return false;
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'upon', 'as', 'vs']);

/** The parts of a text inside double quotation marks. */
function quotedFragments(text: string): string[] {
  return [...text.matchAll(/[“"«]([^”"»]+)[”"»]/gu)].map((m) => m[1]!);
}

/** A title or a name in quotation marks ("Once Upon A Time in Hollywood", "Parasite"): every word capitalised but small ones. */
function isTitle(text: string): boolean {
  const words = text.replace(/^[“"«\s]+|[”"»\s.,;:]+$/gu, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase())) && !words.slice(1).some((w) => w === 'I');
}

/** A quotation opening a content and set beside a work's noun: "“Harbour Lights,” the 2011 single …". */
const WORK_TITLE = /^[“"«][^”"»]{1,80}[”"»]\s*(?:,\s*)?(?:—\s*)?(?:the|a|an|his|her|their|its|our)\s+(?:[\p{L}\d'’-]+\s+){0,3}(?:single|song|songs|album|film|movie|book|novel|memoir|play|show|series|track|hit|ballad|anthem|poem|painting|documentary|opera|musical|record|ep|lp|podcast|episode|sitcom|drama|comedy|sculpture|exhibition|essay|report|study|paper|column|video|game|app)\b/iu;

/** Whether the only quotation in a content is a title set beside a work's noun. */
function workTitleOnly(text: string): boolean {
  const quotations = [...text.matchAll(/[“"«][^”"»]{1,80}[”"»]/gu)];
  if (quotations.length !== 1) return false;
  const q = quotations[0]!;
  return isTitle(q[0]) && WORK_TITLE.test(text.slice(q.index));
}

/** Character range of a token span with outer punctuation trimmed (but quotation marks kept). */
function charRange(doc: Doc, s: TokenSpan): [number, number] {
  let a = s.start;
  let b = s.end;
  while (a < b - 1 && /^[,;:—–-]$/.test(doc.tokens[a]!.text)) a++;
  while (b > a + 1 && /^[,;:—–-]$/.test(doc.tokens[b - 1]!.text)) b--;
  return [doc.tokens[a]!.start, doc.tokens[b - 1]!.end];
}

/** direct: the content is one quotation (marks at both ends); partial: it contains quoted words; indirect: none. */
export function quoteKind(text: string): QuoteKind {
  const t = text.trim().replace(/[.,;:]+$/, '');
  const opens = (t.match(/[“"«]/g) ?? []).length;
  if (/^[“"«]/.test(t) && /[”"»]$/.test(t)) {
    // Marks at both ends; unquoted words in between ("…,” he said, “…”) make it partial.
    // (A mark opening a paragraph the quotation runs on into opens it again.)
    const inner = t.slice(1, -1).replace(/\n\s*[“"«]/g, '\n');
    if (!/[”"»]\s*[^\s“"«]/.test(inner.replace(/[”"»][\s\p{P}]*[“"«]/gu, ''))) return 'direct';
    return 'partial';
  }
  if (/^[“"«]/.test(t) && opens === 1 && !/[”"»]/.test(t.slice(1))) return 'direct'; // runs to a paragraph end
  return opens > 0 || /[”»]/.test(t) ? 'partial' : 'indirect';
}

/** The text of a direct quote without its outer quotation marks and trailing comma. */
function directRange(doc: Doc, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  const body = doc.body;
  if (/[“"«]/.test(body[a]!)) a++;
  while (b > a && /[.,;:]/.test(body[b - 1]!) && /[”"»]/.test(body[b - 2] ?? '')) b--;
  if (/[”"»]/.test(body[b - 1]!)) b--;
  while (b > a && /[,;:\s]/.test(body[b - 1]!)) b--;
  while (a < b && /\s/.test(body[a]!)) a++;
  return [a, b];
}

const PERSON_FIRST: Record<string, number> = { person: 3, organization: 2, place: 1 };
/** Function words: a name followed by one of them does not modify a noun ("Zimmerman per ABC News", "Dasbach to Wikinews"). */
const CLOSED_CLASS: ReadonlySet<string> = new Set(
  `and or but nor of for in at on to from with by per via as about after before during over under into onto through
  without against among since until than like near who whom whose which that the a an this these those his her its
  their said says told added wrote is was are were has had have will would could should may might can`.split(/\s+/).filter(Boolean),
);
/** People someone can have: roles and kin ("Rosselló's chief of staff", "Harry Dunn's mother"). */
const PERSON_OR_KIN: ReadonlySet<string> = new Set([...PERSON_ROLES, 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'family', 'widow', 'friend', 'partner', 'staff', 'team', 'staffer', 'colleague', 'nephew', 'niece', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather', 'boyfriend', 'girlfriend', 'fiancée', 'fiance', 'assistant', 'deputy', 'publisher', 'agent', 'publicist', 'promoter', 'employer', 'landlord', 'therapist', 'biographer', 'trainer', 'caddie', 'teammate', 'label', 'rival', 'opponent', 'critic', 'successor', 'predecessor']);
/** Relatives: a possessor does not speak through them. */
const KIN: ReadonlySet<string> = new Set(['mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'widow', 'widower', 'nephew', 'niece', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'boyfriend', 'girlfriend', 'fiancée', 'fiance', 'fiancé', 'friend', 'stepfather', 'stepmother', 'parents', 'sons', 'daughters', 'brothers', 'sisters', 'friends', 'neighbour', 'neighbours', 'neighbor', 'neighbors']);
/** Others a possessor has who speak for themselves, not for it: "her publisher said", "his rival said". */
const OTHERS: ReadonlySet<string> = new Set(['publisher', 'publishers', 'label', 'employer', 'landlord', 'biographer', 'teammate', 'teammates', 'rival', 'rivals', 'opponent', 'opponents', 'critic', 'critics', 'successor', 'predecessor', 'doctor', 'doctors', 'teacher', 'classmate', 'classmates', 'coach', 'opposite']);
/** A description by a relation to someone, up to the name ("a longtime aide to former Mayor", "one friend of"). */
const RELATION_TO = /^(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[\p{Ll}-]+\s+){0,2}(?:aide|aides|adviser|advisers|advisor|advisors|friend|friends|ally|allies|colleague|colleagues|assistant|neighbou?rs?|associate|associates|confidant|confidante|acquaintance|classmate|teammate|former\s+employee|employee|staffer|staffers)\s+(?:to|of)\s+(?:(?:the|former|then|late)\s+)*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** A participle or a preposition opening a source: a lead phrase, not the speaker ("first disclosed by …", "in a statement"). */
const LEAD_PHRASE = /^(?:(?:first|later|also|then)\s+)?(?:(?!(?:managing|acting|outgoing|incoming|ruling|leading|governing|founding|presiding|visiting|reigning|sitting|serving|retiring|retired|elected|appointed)\b)\p{Ll}+(?:ed|ing)|in|at|on|during|after|before|from|by)\b/u;

/**
 * The entity a source span refers to. The head of "US State Department spokesperson Matthew Miller" is
 * its last name; in "Ricardo Llerandi, Rosselló's chief of staff" it is the name before the apposition;
 * a possessor ("Rosselló's") is not the speaker. Persons come before organizations, names before
 * resolved pronouns and descriptions ("his office" speaks for the man "his" refers to).
 */
export function speakerOf(doc: Doc, start: number, end: number): Speaker {
  const text = doc.body.slice(start, end);
  // The head ends at the first comma or dash ("Kall -- co-editor of Debating The Donald --").
  const comma = text.search(/,|\s(?:--|—|–)\s/);
  // A lead phrase before the speaker ("first disclosed by the Aspen Times, the former mayor"): the head follows it.
  const lead = comma > 0 && LEAD_PHRASE.test(text);
  const headStart = lead ? start + comma + 1 : start;
  const headEnd = lead ? end : comma > 0 ? start + comma : end;
  // The object of a participle after the head is not the speaker ("Doctors caring for Mother Teresa", "protesters
  // supporting Trump"); one represented or worked for is ("lawyers representing Stone", "a spokesman working for the UN").
  // Whether something before the first comma of the span is a name or a description of its own (the head speaks).
  const headNamed = (m: Mention): boolean => comma > 0 && m.start > start + comma && (/^(?:the|a|an)\s+\p{Ll}/iu.test(text) || doc.mentions.some((x) => x.entity_id && x.start >= start && x.end <= start + comma));
  const objectOfParticiple = (m: Mention): boolean => {
    // (After a noun, not a determiner: "The ruling Socialist Party", "a fit-looking Farkas" are names.)
    const p = /([\p{L}.]+)\s+(\p{Ll}+ing)(?:\s+(?:for|to|with|on|at|about|after))?\s+(?:the\s+|a\s+|an\s+)?$/u.exec(doc.body.slice(start, m.start));
    if (p !== null && !/^(?:the|a|an|its|his|her|their|our|this|that|these|those|\p{L}+ly)$/iu.test(p[1]!) && !/^(?:representing|working|speaking|acting|according|including)$/.test(p[2]!)) return true;
    // Nor the one who only read or passed on the words ("A statement from the family, read by Dubois, said").
    if (/,\s*(?:read(?:\s+out)?|delivered|relayed|passed\s+on|handed\s+out)\s+by\s+(?:the\s+)?$/i.test(doc.body.slice(start, m.start))) return true;
    // Nor who backs, leads or owns the head set off after it ("Northwind, a developer backed by the private equity
    // firm Carlyle Group, says", "The OAS mission, led by Beatriz Ferrer, said"), when the head names someone itself.
    return /,[^,]*\b(?:backed|led|owned|funded|founded|run|headed|chaired|acquired|bought|controlled|supported)\s+by\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,6}$/iu.test(doc.body.slice(start, m.start)) && headNamed(m);
  };
  // Nor a pronoun inside a prepositional phrase ("The union representing workers at its Trondheim plant").
  const pronounInPhrase = (m: Mention): boolean => m.kind === 'pronoun' && /\b(?:at|in|for|from|with|on|to|about|by|near)\s+$/i.test(doc.body.slice(start, m.start));
  // Nor a name in a relative clause after the head ("The team, which also included scientists from the University
  // of Washington, wrote"), nor where a study appeared ("a study published in the journal Nature").
  const relative = !lead && comma > 0 && /^,\s*(?:which|who|whose)\b/i.test(text.slice(comma));
  const venue = (m: Mention): boolean =>
    /\b(?:published|appeared|appearing|reported)\s+(?:\S+\s+){0,3}?in\s+(?:the\s+)?(?:(?:journal|magazine|newspaper|paper|daily|weekly)\s+)?$/i.test(doc.body.slice(start, m.start)) ||
    // (Nor where people who do not speak for it were: "Fans at the AO Arena", "residents near the plant".)
    CROWD_AT.test(doc.body.slice(start, m.start));
  // (Nor a platform a speaker's account is on: "an official government Twitter account".)
  const platformOf = (m: Mention): boolean => m.type === 'organization' && /^\s+(?:account|page|post|feed|channel|handle|profile|livestream)s?\b/i.test(doc.body.slice(m.end, m.end + 14)) && !/['’]s?$/.test(m.text);
  const mentioned = doc.mentions.filter(
    // (A description that began before the tagger's source still names it: "The Kearny, | N.J.-based maker".)
    // (A possessive pronoun for a place speaks for no one: "its promoter announced" is not the state's; nor does a
    // name inside a hyphenated modifier: "The PUK-run radio said".)
    (m) =>
      m.start < end && start < m.end && m.entity_id && !/^-\p{L}/u.test(doc.body.slice(m.end, m.end + 2)) && !CITY_STATE_MODIFIER.test(doc.body.slice(m.end, m.end + 40)) && !platformOf(m) && !(m.kind === 'pronoun' && m.type === 'place' && /^(?:its|their)$/i.test(m.text)) && (m.start >= headStart || (m.kind === 'nominal' && m.end > headStart)) && !objectOfParticiple(m) && !pronounInPhrase(m) && !(relative && m.start >= headEnd) && !venue(m),
  );
  // A place in a span that names a person or an organization describes them ("the mayor of London, Sadiq Khan");
  // a place after the head is part of a description ("X, a candidate for the 2020 United States election").
  const inSpan = mentioned.some((m) => m.type !== 'place') ? mentioned.filter((m) => m.type !== 'place') : mentioned.filter((m) => m.start < headEnd && placeSpeaks(doc, m, start, end));
  // The first lower-case word after a mention inside the span: what a possessor owns ("Rosselló's chief of staff",
  // "Biden's Twitter account") or what a name used as a modifier describes ("Twitter account").
  const nounAfter = (m: Mention): string | null => /^(?:['’]s?)?(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(\p{Ll}+)/u.exec(doc.body.slice(m.end, end))?.[1] ?? null;
  const possessed = (m: Mention): boolean => /^['’](?:s\b|\s)/.test(doc.body.slice(m.end, m.end + 3)) && m.kind === 'name';
  // A possessor speaks through what it owns ("Biden's Twitter account"), not through the people it has
  // ("Rosselló's chief of staff") nor the organization it names ("Trump's State Department").
  const ownsSpeaker = (m: Mention): boolean =>
    possessed(m) && (PERSON_OR_KIN.has((nounAfter(m) ?? '').replace(/s$/, '')) || /^['’]s?(?:\s+\p{Lu}[\p{L}.'’-]*)+\s*$/u.test(doc.body.slice(m.end, end)));
  const modifier = (m: Mention): boolean => {
    const next = /^\s+(\p{Ll}+)/u.exec(doc.body.slice(m.end, end))?.[1];
    return !possessed(m) && next !== undefined && !CLOSED_CLASS.has(next);
  };
  // A possessive pronoun gives way to a name in the span: "Her Republican challenger, city councilman Ray Salcedo"
  // is Salcedo ("his spokesman" alone still speaks for him).
  const ownerPronoun = (m: Mention): boolean =>
    m.kind === 'pronoun' && /^(?:his|her|its|their)$/i.test(m.text) && inSpan.some((x) => x.kind === 'name' && x.type !== 'place' && x.entity_id !== m.entity_id);
  // So does a possessor named before someone else named: "Kettering's agent, Darren Pyle", "managing director Rohit
  // Vardhan, Harish Vardhan's son" ("Trump's lawyer" alone still speaks for Trump).
  const ownerOfNamed = (m: Mention): boolean => possessed(m) && inSpan.some((x) => x.kind === 'name' && x.type === 'person' && x.entity_id !== m.entity_id && !possessed(x));
  // A possessor of someone else last, then a name that only modifies a noun; persons before organizations ("the
  // director of the NIAID, Anthony Fauci"), then the head before an apposition, then names before pronouns.
  // A document named as a body ("the World Health Organization's latest World Malaria Report") gives way to the one
  // that published it.
  const documentName = (m: Mention): boolean =>
    m.type === 'organization' && DOCUMENT_NAME.test(m.text) && inSpan.some((x) => x.kind === 'name' && x.type !== 'place' && x.end <= m.start && possessed(x));
  // A body speaks through its unit ("The FBI's Denver field office"), whatever the name the unit is known by (not
  // through a person set off before it: "Bernard Tolbert, special agent in charge of the FBI's Buffalo office").
  const unitOwner = (m: Mention): boolean => comma < 0 && m.type === 'organization' && possessed(m) && UNIT_END.test(text);
  const rank = (m: Mention): number =>
    (unitOwner(m) ? 5000 : 0) +
    (ownsSpeaker(m) || ownerPronoun(m) || ownerOfNamed(m) || documentName(m) ? 0 : modifier(m) ? 500 : 1000) +
    100 * PERSON_FIRST[m.type]! +
    (m.start < headEnd ? 20 : 0) +
    (m.kind === 'name' ? 5 : 0);
  let best: Mention | null = null;
  for (const m of inSpan) {
    if (!best || rank(m) > rank(best) || (rank(m) === rank(best) && m.start > best.start && m.start < headEnd)) best = m;
  }
  // "Elian's father", "her husband's sister": a relative speaks for no one named (a representative, "Trump's
  // lawyer", "the company's spokesman", speaks for the one it represents).
  if (best && possessed(best) && (KIN.has(nounAfter(best) ?? '') || OTHERS.has(nounAfter(best) ?? ''))) return { entity_id: null, name: text, start, end };
  // So does someone described by a relation to the one named ("A longtime aide to former Mayor Raymond Okafor told
  // jurors", "a friend of the singer"): the aide speaks, unnamed (a spokesman or a lawyer for someone speaks for them).
  if (best && best.start > start && RELATION_TO.test(doc.body.slice(start, best.start))) return { entity_id: null, name: text, start, end };
  if (best && best.kind === 'pronoun' && /^(?:his|her|their|its)$/i.test(best.text) && OTHERS.has(/^\s+(\p{Ll}+)\s*$/u.exec(doc.body.slice(best.end, end))?.[1] ?? '')) return { entity_id: null, name: text, start, end };
  // So does "his family", "her son" — unless the article introduced that relative by name ("she is survived by a son,
  // Pieter Ross … Her son said").
  const kin = best && best.kind === 'pronoun' && /^(?:his|her|their)$/i.test(best.text) ? /^\s+(\p{Ll}+)\s*$/u.exec(doc.body.slice(best.end, end))?.[1] : undefined;
  if (kin !== undefined && KIN.has(kin)) {
    const named = doc.mentions.filter((m) => m.kind === 'name' && m.type === 'person' && m.entity_id && m.end <= start && new RegExp(`\\b(?:a|an|her|his|their|one)\\s+${kin}\\s*,?\\s*$`, 'i').test(doc.body.slice(Math.max(0, m.start - 20), m.start)));
    const ids = new Set(named.map((m) => m.entity_id));
    const e = ids.size === 1 ? doc.entities.find((x) => x.id === named[0]!.entity_id) : undefined;
    return e ? { entity_id: e.id, name: e.name, start, end } : { entity_id: null, name: text, start, end };
  }
  if (best && best.kind === 'pronoun' && /^(?:his|her|their)$/i.test(best.text) && KIN.has(/^\s+(\p{Ll}+)/u.exec(doc.body.slice(best.end, end))?.[1] ?? '')) return { entity_id: null, name: text, start, end };
  if (best) {
    let e = doc.entities.find((x) => x.id === best!.entity_id);
    if (e && e.type === 'person' && /^(?:his|her)\s+office$/i.test(text)) e = officeOf(doc, e) ?? e;
    if (e) return { entity_id: e.id, name: e.name, start, end };
  }
  // "the Cuban government", "Iraqi state media": a country's institutions speak for the country the article names.
  const national = /^(?:the\s+)?(\p{Lu}\p{L}+)\s+(?:government|authorities|administration|foreign ministry|ministry|military|army|embassy|state media|state television|state news agency)\b/u.exec(text);
  const country = national ? DEMONYMS.get(national[1]!) : undefined;
  const place = country ? doc.entities.find((e) => e.type === 'place' && entityKey('place', e.name) === entityKey('place', country)) : undefined;
  if (place) return { entity_id: place.id, name: place.name, start, end };
  return { entity_id: null, name: text, start, end };
}

/**
 * A frame set off by commas inside the sentence it reports ("If they cannot, he wrote, the court will set one.", "The
 * deal, she said, would close in March."): what was said is the whole sentence around it, one content (the frame
 * inside its span), where the tagger kept a part or two.
 */
function parentheticalFrame(doc: Doc, a: Attribution, all: readonly Attribution[]): void {
  const { source, cue } = a;
  if (!source || !cue || a.contents.length === 0 || source.end !== cue.start) return;
  const text = (i: number): string => doc.tokens[i]?.text ?? '';
  const sentence = doc.tokens[cue.start]!.sentence;
  const { tokenStart, tokenEnd } = doc.sentences[sentence]!;
  if (text(source.start - 1) !== ',' || source.end - source.start > 4) return;
  // ("Challenges, I would say, are …": a speaker's hedge, not a report.)
  if (/^(?:i|we)$/i.test(text(source.start))) return;
  // The clause around the frame: from the sentence's start or a semicolon, to its end or a semicolon.
  let s0 = source.start - 1;
  while (s0 > tokenStart && !/^[;:]$/.test(text(s0 - 1))) s0--;
  let after = cue.end;
  const time = doc.dates.find((d) => d.start === doc.tokens[/^(?:on|at|in|late|early)$/i.test(text(after)) ? after + 1 : after]?.start);
  if (time) while (after < tokenEnd && doc.tokens[after]!.end <= time.end) after++;
  if (text(after) !== ',' || source.start - 1 <= s0) return;
  let end = after + 1;
  while (end < tokenEnd && !/^[;:]$/.test(text(end))) end++;
  while (end > after + 1 && PUNCT.test(text(end - 1)) && !(isQuoteToken(text(end - 1)) && /^[”"]$/.test(text(end - 1)))) end--;
  if (end - after < 3) return;
  // The part before is one phrase or clause (no comma in it); the part after goes on with the sentence, not with an
  // apposition or a participle of its own ("…, scientists report, a population larger …", "…, Zapata said, adding").
  // Nor with a phrase or a clause of the writer's ("…, she said, at a cost of …", "…, the company said, though it gave
  // no price"), nor with the "that" of a report before the frame ("The figures suggest, experts noted, that …").
  const next = text(after + 1);
  if (doc.tokens.slice(s0, source.start - 1).some((x) => x.text === ',') || /^(?:a|an)$/i.test(next) || /^\p{Ll}+ing$/u.test(next)) return;
  // (Nor with a noun and its complement: "…, the government reported on Friday, evidence that the economy …".)
  if (/^\p{Ll}+$/u.test(next) && !/^(?:and|but|or|then|would|will|could|should|might|may|must|can|had|has|have|was|were|is|are)$/.test(next) && /^(?:that|of|which)$/.test(text(after + 2))) return;
  // (Nor with a noun phrase without a verb: "…, the authority said on Tuesday, the fourth straight annual gain.")
  if (/^the$/i.test(next) && !doc.tokens.slice(after + 1, end).some((x) => /^(?:is|are|was|were|be|has|have|had|will|would|could|can|may|might|should|must|do|does|did|\p{Ll}+ed)$/u.test(x.text))) return;
  if (/^(?:at|in|on|for|with|by|from|of|after|before|during|amid|despite|than|though|although|while|whereas|but|as|because|since|which|who|whose|when|where|that|so|or)$/i.test(next)) return;
  // Both parts are plain words of the writer's sentence: no quotation marks, no other frame.
  // (A quotation may go on the clause after the frame, closed inside it: "The centre, he said, would be “open, inclusive
  // and …”".)
  const quoteMark = (i: number): boolean => isQuoteToken(text(i)) || /^(?:``|'')$/.test(text(i));
  let marks = 0;
  for (let i = after + 1; i < tokenEnd && !/^[;:]$/.test(text(i)); i++) if (quoteMark(i)) marks++;
  // (Not a quotation the frame introduces: "In his speech, Rosselló said, “…”".)
  if (marks > 0 && quoteMark(after + 1)) return;
  for (let i = s0; i < end; i++) if ((quoteMark(i) && (i < source.start || marks % 2 === 1)) || ((i < source.start || i > after) && SPEECH_WORDS.has(text(i).toLowerCase()))) return;
  // (A cue of anything but speech the tagger found in the clause is no frame of its own: "If the Common Council does
  // not approve a hire by spring, she said, the city will …".)
  if (all.some((b) => b !== a && b.cue && b.cue.start >= s0 && b.cue.start < end && isSpeechCue(doc, b.cue))) return;
  if (!a.contents.some((t) => t.start >= s0 && t.end <= end) || a.contents.some((t) => t.start < s0 || t.end > end)) return;
  a.contents = [{ type: 'content', start: s0, end }];
}

/** Lower-case words naming a unit of a body, after its name ("field office", "Moscow bureau", "press office"). */
const UNIT_AFTER_SOURCE = /^(?:(?:field|regional|local|press|news|district|country|area|satellite|branch)\s+)?(?:office|bureau|branch|division|unit|chapter|affiliate|subsidiary|arm|desk|headquarters|command|station)s?$/;

/** A span ending with a unit of a body ("… field office", "… Moscow bureau"). */
const UNIT_END = /\s(?:office|bureau|branch|division|unit|chapter|affiliate|subsidiary|desk|headquarters|command|station)s?$/;

/** Names of documents: reports, surveys, indexes. */
const DOCUMENT_NAME = /\b(?:Report|Survey|Index|Outlook|Study|Assessment|Bulletin|Census|Review|Update)$/;

/** People who were somewhere and speak for themselves, not for the place or body named after them. */
const CROWD_AT =
  /^(?:(?:some|many|several|other|the|two|three|dozens\s+of|hundreds\s+of)\s+)?(?:fans|residents|spectators|crowds?|visitors|shoppers|passengers|people|protesters|protestors|witnesses|neighbou?rs|onlookers|supporters|worshippers|attendees|concertgoers|tourists|commuters|customers|diners|guests|parents)\s+(?:at|in|near|outside|inside|around)\s+(?:the\s+)?$/i;

/**
 * Whether a place named in a source speaks for itself ("Iran acknowledged", "the government of Oman", "Goa's
 * government"): not when it owns someone else ("Chelyabinsk's governor"), is in a prepositional phrase
 * ("officials in Omsk", "the embassy in Beijing", "the negotiator with Syria") or is part of a longer name ("USA Today").
 */
function placeSpeaks(doc: Doc, m: Mention, spanStart: number, spanEnd: number): boolean {
  // What follows inside the span ("North Korea's" alone is the country's own claim).
  const after = doc.body.slice(m.end, Math.min(spanEnd, m.end + 40));
  if (/^['’]s?\s*$/.test(after)) return true;
  if (/^\s+\p{Lu}/u.test(after)) return false;
  // "A top US public health expert", "a New York judge": one person the place only describes (but "one West
  // Virginia official" speaks for the state).
  if (/^\s+\p{Ll}/u.test(after) && !/\b(?:official|spokes(?:man|woman|person))\b/i.test(after) && /^\s*(?:an?|one)\s/i.test(doc.body.slice(spanStart, m.start))) return false;
  if (/^['’]s?\b/.test(after) && !/^['’]s?\s+(?:government|authorities|officials|administration|parliament|ministry|police|military|army|foreign ministry|embassy|consulate|high commission|mission|cabinet|presidency|navy|coast guard|state media)\b/i.test(after)) return false;
  // Where a company is ("The St. Louis company said", "a Texas-based maker").
  if (/^(?:-based)?\s+(?:\p{Ll}+\s+){0,2}(?:company|firm|maker|group|brewer|bank|carrier|airline|retailer|chain|producer|manufacturer|utility|insurer|lender|concern|developer|startup|publisher)\b/iu.test(after)) return false;
  const before = /(\S+)\s+(?:the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?$/i.exec(doc.body.slice(spanStart, m.start));
  return !before || !/^(?:in|within|at|from|near|across|for|to|on|inside|outside|by|with|against|toward|towards|about|over|between)$/i.test(before[1]!);
}

/**
 * The office a person heads, when the article names it: "his office" of "Prime Minister Benjamin Netanyahu"
 * is the "Prime Minister’s Office" the article mentions.
 */
function officeOf(doc: Doc, person: Entity): Entity | null {
  for (const org of doc.entities) {
    const m = org.type === 'organization' ? /^(?:the\s+)?(.+?)['’]s\s+office$/i.exec(org.name) : null;
    if (!m) continue;
    const title = m[1]!.toLowerCase();
    const titled = (x: Mention): boolean =>
      x.entity_id === person.id && x.kind === 'name' && doc.body.slice(Math.max(0, x.start - title.length - 1), x.start).trim().toLowerCase() === title;
    if (doc.mentions.some(titled)) return org;
  }
  return null;
}

/** The person a transcript paragraph is labelled with: "((Name))" or "Name:" opening the paragraph. */
function paragraphLabel(doc: Doc, token: number): Entity | null {
  const block = doc.sentences[doc.tokens[token]!.sentence]!.block;
  const start = doc.blocks[block]?.start;
  if (start === undefined) return null;
  const head = /^\(\((.{2,60}?)\)\)|^([^\s:]+(?: [^\s:]+){0,3}):\s/u.exec(doc.body.slice(start, start + 70));
  if (!head) return null;
  const from = start + (head[1] !== undefined ? 2 : 0);
  const to = from + (head[1] ?? head[2]!).length;
  const m = doc.mentions.find((x) => x.kind === 'name' && x.type === 'person' && x.start >= from && x.end <= to && x.entity_id);
  return m ? (doc.entities.find((e) => e.id === m.entity_id) ?? null) : null;
}

/** A description of several people: its last word a plural noun ("officials", "the researchers", "Some analysts"). */
const PLURAL_GROUP = /^(?:the\s+|some\s+|many\s+|other\s+|several\s+)?(?:[\p{L}-]+\s+){0,3}\p{L}+[^s\s]s(?:\s+(?:at|in|from|of|with|for)\s+\S.*)?$/iu;

/** Someone who speaks for an organization. */
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|representative|official)\b/i;

/** Whether a pronoun source is "he", "she" or "I". */
function personalPronoun(doc: Doc, s: TokenSpan): boolean {
  const p = PERSONAL_PRONOUNS[doc.tokens[s.start]!.text.toLowerCase()];
  return !!p && p.number === 'sg' && p.gender !== 'n' && p.person !== 2;
}

/** Whether a pronoun source can stand for an entity: no place; "he", "she", "I" a person; "we", "it" also an organization; "they" only an organization. */
function pronounFits(doc: Doc, s: TokenSpan, entityId: string): boolean {
  const type = doc.entities.find((e) => e.id === entityId)?.type;
  const p = PERSONAL_PRONOUNS[doc.tokens[s.start]!.text.toLowerCase()];
  if (!p || p.person === 2 || type === 'place' || type === undefined) return false;
  // "they" is a group: an organization, not one person; "we" may be a person speaking for their group.
  if (p.number === 'pl' && p.person === 3) return type === 'organization';
  if (p.number === 'pl' || p.gender === 'n') return true;
  // "he" is no woman: the gender the article's own pronouns give the person, else the first name's.
  return type === 'person' && (p.gender === 'x' || (personGender(doc, entityId) ?? p.gender) === p.gender);
}

/**
 * A person's gender when the first name and the article's pronouns for them ("he", "her") agree, or the pronouns
 * alone (two more of one kind) when the name says nothing; null otherwise (name lists and pronoun links both err:
 * "Vlada" is also a man's name).
 */
function personGender(doc: Doc, entityId: string): 'm' | 'f' | null {
  let m = 0;
  let f = 0;
  for (const x of doc.mentions) {
    if (x.entity_id !== entityId || x.kind !== 'pronoun') continue;
    const g = PERSONAL_PRONOUNS[x.text.toLowerCase()]?.gender;
    if (g === 'm') m++;
    else if (g === 'f') f++;
  }
  const named = genderOfFirstName((doc.entities.find((e) => e.id === entityId)?.name ?? '').split(' ')[0] ?? '');
  if (named) return (named === 'm' ? m > f : f > m) ? named : null;
  return Math.abs(m - f) >= 2 ? (m > f ? 'm' : 'f') : null;
}

function isPronounSpan(doc: Doc, s: TokenSpan): boolean {
  return s.end - s.start === 1 && PERSONAL_PRONOUNS[doc.tokens[s.start]!.text.toLowerCase()] !== undefined;
}

/**
 * Reported speech the product keeps: a content of at least three words ("announced yesterday" reports
 * nothing), a speaker that is not the reader ("tell me about yourself" in an interview), and, when the speaker
 * names no entity, a short description rather than a clause the tagger mistook for one.
 */
function plausibleReport(doc: Doc, content: TokenSpan, source: TokenSpan | null, speaker: Speaker | null): boolean {
  if (countWords(doc, content.start, content.end) < 3) return false;
  if (!source || !speaker) return true;
  if (source.end - source.start === 1 && /^you$/i.test(doc.tokens[source.start]!.text)) return false;
  if (speaker.entity_id !== null || countWords(doc, source.start, source.end) <= 8) return true;
  // A short noun phrase and an apposition set off by commas ("Survivors, most of them from Sudan, Eritrea and
  // Bangladesh,", "Two residents, both in their 70s,").
  const comma = doc.tokens.slice(source.start, source.end).findIndex((x) => x.text === ',');
  if (comma > 0 && comma <= 4 && countWords(doc, source.start, source.start + comma) <= 4 && /^(?:most|many|some|all|several|both|none|one|two|three|four|each|who|whose|including|among)\b/i.test(doc.tokens[source.start + comma + 1]?.text ?? '') && !doc.tokens.slice(source.start, source.start + comma).some((x) => CLAUSE_WORDS.test(x.text))) return true;
  // A longer one that is a short noun phrase and a participle clause without a verb of its own ("Doctors caring
  // for Mother Teresa in a Calcutta hospital", "a study published on Wednesday in the journal Nature").
  const text = doc.body.slice(doc.tokens[source.start]!.start, doc.tokens[source.end - 1]!.end);
  const tokens = doc.tokens.slice(source.start, source.end);
  return /^(?:(?:the|a|an|some|two|three|several)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:\p{Ll}+ing|published|released|conducted|carried|printed|posted|issued|commissioned|led|written|done|made)\s/u.test(text) && !tokens.some((t) => CLAUSE_WORDS.test(t.text)) && countWords(doc, source.start, source.end) <= 14;
}

/**
 * Sources that refer to no one (unless coreference found whom): a verb, an adverb, an imperative's "please", an
 * impersonal "it" or "there", "worth" ("it is worth noting"), an object or possessive pronoun alone, an adjective
 * ("Maryland-based"), an interview's "Q:" and "A:".
 */
const NOT_A_SOURCE = /^(?:is|are|was|were|be|been|being|please|even|also|just|so|then|there|it|to|worth|them|their|us|me|him|its|let['’]s|[\p{L}-]+-based|Q|A)$/iu;

/**
 * Whether a content is a whole sentence with a clause in it: it opens its sentence with a capital, and has a
 * finite verb or auxiliary, a past form after its first words, or a comma with words after it.
 */
function sentenceWithClause(doc: Doc, t: TokenSpan): boolean {
  // (After a list dash, a bullet or a dateline at most.)
  const filed = datelines(doc).find(([x, y]) => doc.tokens[t.start]!.start >= x && doc.tokens[t.start]!.start <= y + 1);
  for (let i = doc.sentences[doc.tokens[t.start]!.sentence]!.tokenStart; i < t.start; i++) if (!PUNCT.test(doc.tokens[i]!.text) && !(filed && doc.tokens[i]!.end <= filed[1])) return false;
  if (!/^\p{Lu}/u.test(doc.tokens[t.start]!.text)) return false;
  for (let i = t.start + 1; i < t.end; i++) {
    const w = doc.tokens[i]!.text;
    if (FINITE_OPENERS.test(w) || (i - t.start >= 4 && /^\p{Ll}+ed$/u.test(w)) || (w === ',' && t.end - i > 3)) return true;
  }
  return false;
}

/**
 * The latest sentence after character offset `after` and before token `before`'s sentence that opens with a plural
 * group of people as its subject and names no entity ("Civil servants earn on average …", "The groups have targeted
 * …", "Hundreds of protesters marched …"): the group a later "they" is more likely to mean than an organization that
 * spoke before it. Returns the group's words.
 */
function groupSubjectBetween(doc: Doc, quotes: readonly Quote[], after: number, before: number): string | null {
  const first = tokenAfter(doc, after);
  if (first === null) return null;
  const last = doc.tokens[before]!.sentence;
  for (let s = last - 1; s > doc.tokens[first]!.sentence; s--) {
    const k0 = doc.sentences[s]!.tokenStart;
    // (Inside a quotation the sentence is someone's words, not the narrative: "“… Officers responded quickly …”".)
    if (quotes.some((q) => q.kind !== 'indirect' && q.start <= doc.tokens[k0]!.start && doc.tokens[k0]!.start < q.end)) continue;
    const group = groupSubject(doc, s);
    if (group) return doc.body.slice(...group);
  }
  return null;
}

/** First words of a noun phrase of a result ("a third-quarter loss", "net income", "sales of", "the incident"). */
const RESULT_START = /^(?:a|an|the|his|her|its|their|lower|higher|record|net|sales|earnings|profits?|revenues?|losses|income|\d[\d,.%]*|\$[\d,.]+|[\p{L}-]*quarter|first-half|full-year|annual|quarterly)$/iu;
/** A financial result's first word ("third-quarter revenue", "net income", "$4 million"). */
const FINANCIAL_START = /^(?:lower|higher|record|net|sales|earnings|profits?|revenues?|losses|income|\d[\d,.%]*|\$[\d,.]+|[\p{L}-]*quarter|first-half|full-year|annual|quarterly)$/iu;
/** A relative clause after a result's noun ("third-quarter revenue | that missed analysts' estimates"). */
const RESULT_RELATIVE = /\s+(?:that|which)\s[\s\S]*$/;
/**
 * Words of a clause: an auxiliary, a modal, "that", a verb in the past ("the depression dissipated", "a block of flats
 * collapsed"; not the participles of a result, "compared with", "adjusted for").
 */
const CLAUSE_AUX =
  /\b(?:that|is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|did|does|do|been|blew|fell|rose|grew|began|came|went|took|made|said|told|found|left|died|won|lost|struck|broke|held|met|sold|bought|paid|sent|spent|stood|became|gave|got|ran|saw|knew|thought|brought|built|caught|drove|fled|flew|fought|shot|spoke|wrote|sank|shook|stole|threw|withdrew|arose|(?!(?:compared|adjusted|diluted|ended|expected|estimated|based|related|restated|combined|reported|posted|listed|traded|issued|owned|planned|scheduled|proposed|announced|excluded|included|unaudited|audited)\b)\p{Ll}{3,}ed)\b/iu;

/** Attributions → quotes (speech only; beliefs and intentions are left out unless quoted). */
export function toQuotes(doc: Doc, attributions: readonly Attribution[]): Quote[] {
  const quotes: Quote[] = [];
  const speakerCache = new Map<Attribution, Speaker | null>();
  const sorted = [...attributions].sort((a, b) => Math.min(...a.contents.map((t) => t.start)) - Math.min(...b.contents.map((t) => t.start)));
  let lastSpeaker: Speaker | null = null;
  let lastCue: TokenSpan | null = null;
  let lastGroup: Speaker | null = null;
  for (const a of sorted) {
    const root = a.continues ?? a;
    for (const t of a.contents.sort((x, y) => x.start - y.start)) {
      const [cs, ce] = charRange(doc, t);
      const kind = quoteKind(doc.body.slice(cs, ce));
      if (kind === 'indirect' && !isSpeechCue(doc, root.cue)) continue;
      // Nor a question put to someone ("Asked what advice she would give her successor, she paused.").
      if (kind === 'indirect' && root.cue && root.cue.end - root.cue.start === 1 && /^asked$/i.test(doc.tokens[root.cue.start]!.text) && (doc.sentences[doc.tokens[root.cue.start]!.sentence]!.tokenStart === root.cue.start || /^(?:when|if|once)$/i.test(doc.tokens[root.cue.start - 1]?.text ?? ''))) continue;
      // Nor a refusal to tell: "did not say | when the feature might return", "would not say | how many …".
      if (kind === 'indirect' && root.cue && /\bnot\b|n['’]t\b|\bnever\b/i.test(doc.body.slice(...charRange(doc, root.cue))) && /^(?:how|whether|when|what|who|whom|why|where|if|which)\b/i.test(doc.body.slice(cs, ce))) continue;
      // What a company reports or posts as a figure is a result, not a report of speech ("reported a third-quarter net
      // loss of $35.2 million", "posted net income of $412 million", "reported the incident to the police").
      // (Nor what a company recalls: "is recalling about 40,000 space heaters".)
      if (kind === 'indirect' && root.cue && /^(?:reported|reports|reporting|posted|posts|posting|recalled|recalls|recalling|recall)$/i.test(doc.tokens[root.cue.end - 1]!.text) && (RESULT_START.test(doc.tokens[t.start]!.text) || /^(?:about|some|nearly|more|over|roughly)$/i.test(doc.tokens[t.start]!.text)) && !CLAUSE_AUX.test(FINANCIAL_START.test(doc.tokens[t.start]!.text) ? doc.body.slice(cs, ce).replace(RESULT_RELATIVE, '') : doc.body.slice(cs, ce))) continue;
      // Nor a refusal to comment, a plea or a warning issued ("declined to comment on | the size of the issue",
      // "declined to say | who made the decision",
      // "pleaded guilty at … Court to | producing …", "has issued an amber warning for | wind until 6pm").
      if (kind === 'indirect' && root.cue && /\b(?:declined|refused|would\s+not|wouldn['’]t)\s+(?:to\s+)?(?:comment|say|specify|elaborate|discuss|disclose|identify|name|reveal|confirm)\b|\bpleaded\s+(?:not\s+)?guilty\b|\bissued\s+an?\s+(?:\S+\s+)?(?:warning|alert|notice|order|advisory)\b/i.test(doc.body.slice(...charRange(doc, root.cue)))) continue;
      // Silence is no report: "did not immediately respond to | a request for comment".
      if (kind === 'indirect' && /^(?:an?\s+|the\s+|repeated\s+|multiple\s+)?(?:requests?|calls?|emails?|messages?)\s+(?:for|seeking)\s+comment\b/i.test(doc.body.slice(cs, ce))) continue;
      // A charge laid on someone is no speech ("prosecutors charged the suspect with capital murder", "has charged
      // two officials in connection with …"); "charged that …" is.
      if (kind === 'indirect' && root.cue && /^(?:charged|charges|charge|charging)$/i.test(doc.tokens[root.cue.end - 1]!.text) && !/^(?:that|the\s+\w+\s+(?:was|were|is|are|had|has|would|will))\b/i.test(doc.body.slice(cs, ce)) && /\b(?:with|in connection with)\b/i.test(doc.body.slice(cs, Math.min(ce, cs + 80)))) continue;
      // A few quoted words after a cue of anything but speech are a name or a term ("a plan called “Build Back
      // Better”", "a website known as “…”"), not a quotation.
      if (kind === 'direct' && countWords(doc, t.start, t.end) < 4 && !isSpeechCue(doc, root.cue)) continue;
      let speaker = speakerCache.get(root);
      if (speaker === undefined) {
        speaker = null;
        if (root.source) {
          const [ss, se] = charRange(doc, root.source);
          // A relative pronoun ("X, who said") keeps its span and speaks for the name before it.
          const antecedent = relativeAntecedent(doc, root.source);
          speaker = antecedent ? { ...speakerOf(doc, ...charRange(doc, antecedent)), start: ss, end: se } : speakerOf(doc, ss, se);
          // An unresolved pronoun speaker ("he said") continues the previous speaker when that one was resolved
          // to someone it can stand for: a person for "he", "she", "I"; a person or an organization for "we", "they".
          // A spokesperson of an organization is a person: "a spokesperson for the UCEA said … ¶ “…,” he said".
          const spokesperson = lastSpeaker?.start != null && lastSpeaker.end != null && SPOKESPERSON.test(doc.body.slice(lastSpeaker.start, lastSpeaker.end));
          // In an interview transcript "I" and "we" are whoever the paragraph is labelled with ("((Naomi
          // Martisius)) Well, I think …", "Martisius: I think …").
          const interviewee = !speaker.entity_id && /^(?:i|we)$/i.test(doc.tokens[root.source.start]!.text) ? paragraphLabel(doc, root.source.start) : null;
          if (interviewee) speaker = { ...speaker, entity_id: interviewee.id, name: interviewee.name };
          // ("They" is not an organization that spoke before a sentence about some group of people: "The union said
          // … Civil servants earn … They say their pay …" is the civil servants.)
          const before: number | null | undefined = (lastSpeaker as Speaker | null)?.start;
          const groupSubject: string | null = !speaker.entity_id && /^they$/i.test(doc.body.slice(ss, se)) && before != null ? groupSubjectBetween(doc, quotes, before, root.source.start) : null;
          if (groupSubject) speaker = { ...speaker, name: groupSubject };
          else if (!speaker.entity_id && isPronounSpan(doc, root.source) && lastSpeaker?.entity_id && (pronounFits(doc, root.source, lastSpeaker.entity_id) || (spokesperson && personalPronoun(doc, root.source)))) {
            speaker = { ...speaker, entity_id: lastSpeaker.entity_id, name: lastSpeaker.name };
          }
          // "Valley Health said in a statement that … ¶ “…,” the statement said": whoever issued it.
          // (Or "In a statement released later, Kowalski thanked … ¶ “…,” the statement said": the statement named in
          // the last speaker's sentence.)
          const issued = (noun: string): boolean => {
            if (lastCue && new RegExp(`\\b${noun}\\b`, 'i').test(doc.body.slice(...charRange(doc, lastCue)))) return true;
            const at = lastSpeaker?.start != null ? tokenAfter(doc, lastSpeaker.start) : null;
            const sent = at !== null ? doc.sentences[doc.tokens[at]!.sentence]! : null;
            return !!sent && new RegExp(`\\b(?:in|a|an|the)\\s+${noun}\\b`, 'i').test(doc.body.slice(doc.tokens[sent.tokenStart]!.start, doc.tokens[sent.tokenEnd - 1]!.end));
          };
          if (!speaker.entity_id && lastSpeaker?.entity_id && /^the\s+(?:statement|release|letter|post|filing)$/i.test(doc.body.slice(ss, se)) && issued(doc.tokens[root.source.end - 1]!.text)) {
            speaker = { ...speaker, entity_id: lastSpeaker.entity_id, name: lastSpeaker.name };
          }
          // "The National Weather Service has issued a lake-effect snow warning … “…,” the warning said": a document
          // speaks for whoever the article said issued it, the subject of that sentence.
          const doc1: RegExpExecArray | null = !speaker.entity_id ? /^the\s+(statement|release|letter|filing|warning|advisory|alert|notice|order|ruling|complaint|lawsuit|indictment|memo|report|bulletin)$/i.exec(doc.body.slice(ss, se)) : null;
          if (doc1) {
            const noun: string = doc1[1]!.toLowerCase();
            const s1 = doc.tokens[root.source.start]!.sentence;
            for (let si = s1 - 1; si >= Math.max(0, s1 - 8); si--) {
              const sent = doc.sentences[si]!;
              const a0 = doc.tokens[sent.tokenStart]!.start;
              const text = doc.body.slice(a0, doc.tokens[sent.tokenEnd - 1]!.end);
              if (!new RegExp(`\\b(?:issued|issues|released|releases|published|filed|files|sent|posted|put\\s+out)\\b(?:\\s+\\S+){0,8}?\\s+${noun}s?\\b`, 'i').test(text)) continue;
              const subject: Mention | undefined = doc.mentions.find((m) => m.entity_id && m.type !== 'place' && m.start >= a0 && m.start - a0 <= 40 && m.end <= a0 + text.length);
              const e: Entity | undefined = subject ? doc.entities.find((x) => x.id === subject.entity_id) : undefined;
              if (e) speaker = { ...speaker, entity_id: e.id, name: e.name };
              break;
            }
          }
          // "An IBM spokeswoman said … the spokeswoman said": the same spokesperson.
          if (!speaker.entity_id && spokesperson && lastSpeaker?.entity_id && /^the\s+spokes(?:man|woman|person)$/i.test(doc.body.slice(ss, se))) {
            speaker = { ...speaker, entity_id: lastSpeaker.entity_id, name: lastSpeaker.name };
          }
          // "a union spokeswoman said": the one union the article names speaks through her.
          const body: RegExpExecArray | null = !speaker.entity_id ? /^(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+)\s+(?:spokes(?:man|woman|person)|official|representative)$/u.exec(doc.body.slice(ss, se)) : null;
          if (body) {
            const noun: string = body[1]!.toLowerCase();
            const bodies: Entity[] = doc.entities.filter((e) => e.type === 'organization' && e.name.toLowerCase().split(/\s+/).includes(noun) && e.mentions.some((m) => m.start < ss));
            if (bodies.length === 1) speaker = { ...speaker, entity_id: bodies[0]!.id, name: bodies[0]!.name };
          }
        }
        speakerCache.set(root, speaker);
      }
      // A speaker inside the words it would have said is a misreading of the tagger's.
      if (kind === 'direct' && speaker && speaker.start != null && speaker.end != null && speaker.start >= cs && speaker.end <= ce) speaker = null;
      // The frame's verb is the cue when the tagger's cue is no verb of speech ("praised … on Twitter: “…”").
      let frameCue: TokenSpan | null = null;
      if (kind === 'direct' && !speaker && !isTitle(doc.body.slice(cs, ce))) {
        const frame = frameSpeaker(doc, t);
        if (frame) {
          speaker = frame.speaker;
          if (!isSpeechCue(doc, root.cue)) frameCue = { type: 'cue', start: frame.verb, end: frame.verb + 1 };
        }
      }
      if (!speaker && root.cue) speaker = frontedParticipleSpeaker(doc, root.cue, t);
      if (!speaker && root.cue && !root.source && kind === 'indirect') speaker = coordinatedSpeaker(doc, root.cue);
      // A quotation nobody is named for right after a sentence that reports someone in the same paragraph is theirs
      // ("John Rhys-Davies broke news when he revealed that … “Jerry and I are talking to NBC …”").
      const previous = lastSpeaker as Speaker | null;
      if (kind === 'direct' && !speaker && previous?.entity_id && previous.start != null && !isTitle(doc.body.slice(cs, ce))) {
        const qSentence = doc.tokens[t.start]!.sentence;
        const spSentence = doc.tokens[tokenAfter(doc, previous.start) ?? t.start]!.sentence;
        // (Only a quotation that opens its sentence: "The Biden campaign recycled a statement: “…”" has a frame of its own.)
        const opens = doc.sentences[qSentence]!.tokenStart === t.start;
        if (opens && (spSentence === qSentence || spSentence === qSentence - 1) && doc.sentences[spSentence]!.block === doc.sentences[qSentence]!.block) {
          speaker = { entity_id: previous.entity_id, name: previous.name, start: previous.start, end: previous.end };
          // (With the cue it was said with: "“…,” Vu said, pointing at the waterline. “We raised the furnace.”")
          if (!root.cue && lastCue && doc.tokens[lastCue.start]!.sentence === spSentence && isSpeechCue(doc, lastCue)) frameCue = lastCue;
        }
        // "“…,” further remarking, “…”": a participle right after a quotation goes on with its speaker.
        else if (root.cue && !root.source && followsQuotation(doc, root.cue) && /ing$/.test(doc.tokens[root.cue.end - 1]!.text)) speaker = { entity_id: previous.entity_id, name: previous.name, start: previous.start, end: previous.end };
      }
      // Or the source of any attribution in the sentence before ("Sen. Bernie Sanders, who …, identified young
      // voters' exhaustion with bigotry as one of the reasons … “The younger people are … sick and tired of
      // discrimination.”"), when the quotation opens its sentence.
      if (kind === 'direct' && !speaker && doc.sentences[doc.tokens[t.start]!.sentence]!.tokenStart === t.start && !isTitle(doc.body.slice(cs, ce))) {
        const qSentence = doc.tokens[t.start]!.sentence;
        const before = sorted.find((x) => x.source && x.cue && doc.tokens[x.source.start]!.sentence === qSentence - 1 && doc.tokens[x.cue.start]!.sentence === qSentence - 1 && doc.sentences[qSentence - 1]!.block === doc.sentences[qSentence]!.block);
        if (before?.source) {
          const antecedent = relativeAntecedent(doc, before.source);
          const sp = speakerOf(doc, ...charRange(doc, antecedent ?? before.source));
          if (sp.entity_id) speaker = sp;
        }
      }
      // A clause opening with "that" follows its verb; before a cue it is some other verb's ("signals Sunday | that Israel
      // wants to withdraw …, where a costly war of attrition has been steadily claiming soldiers' lives").
      if (kind === 'indirect' && root.cue && t.end <= root.cue.start && doc.tokens[t.start]!.text === 'that') continue;
      // "who asked not to be named", "spoke on condition of anonymity": how a source is kept anonymous, not what it said.
      if (kind === 'indirect' && /^(?:not\s+to\s+be\s+(?:named|identified)|anonymity)\b/i.test(doc.body.slice(cs, ce))) continue;
      // What someone filed, posted or demanded is no report when it is a thing, not a clause ("The unions are
      // demanding an 8 percent raise", "have filed class-action lawsuits").
      if (kind === 'indirect' && root.cue && thingAsked(doc, root.cue, t)) continue;
      // (Nor why: "speaking on condition of anonymity | because the inquiry was ongoing".)
      if (kind === 'indirect' && root.cue && /\banonymity$|\bnot\s+authori[sz]ed$|\bto\s+be\s+(?:named|identified)$/i.test(doc.body.slice(...charRange(doc, root.cue)))) continue;
      // An attribution is not what is said ("officers responded | According to Owens"), nor a description of the
      // speaker ("Stone's attorney, Rebecca Cole, had asked …").
      if (kind === 'indirect' && (/^according\s+to\b/i.test(doc.body.slice(cs, ce)) || onlyNames(doc, t))) continue;
      // Reported speech needs a speaker and a clause: "should Iran respond to any strike" is no quote.
      // (A sentence may open with one, when a clause follows: "At least 20 people were killed …, the daily Noticias
      // said", "On Thursday, the government endorsed …"; not "In the aftermath of the Cold War".)
      // ("About" before a number, "at least" and "at most", with a clause, are no prepositions: "about 1 in 3 cases may be linked …".)
      const approximate = /^(?:about|at)$/i.test(doc.tokens[t.start]!.text) && /^(?:\d|least$|most$)/.test(doc.tokens[t.start + 1]?.text ?? '') && (/\b(?:is|are|was|were|will|would|may|might|could|can|has|have|had)\b/.test(doc.body.slice(cs, ce)) || /^\S+\s+\S+\s+.*\b\p{Ll}{3,}ed\b/u.test(doc.body.slice(cs, ce)));
      const opensWithPhrase = /^(?:to|for|against|with|on|at|in|from|by|into|onto|about)$/i.test(doc.tokens[t.start]!.text) && !approximate;
      if (kind === 'indirect' && (!speaker || (opensWithPhrase && !sentenceWithClause(doc, t)))) continue;
      if (kind === 'indirect' && !plausibleReport(doc, t, root.source, speaker)) continue;
      // Quoted words with neither a known speaker nor a verb of saying are terms and scare quotes ("signs which
      // read “silenced”", "the “furry fandom”", "to be “major” hurricanes"); quoted titles are no quotations
      // ("a supporting role in “Once Upon A Time in Hollywood”", "“Parasite” director Bong Joon Ho said").
      // (Someone who calls a thing something says so: "The mayor … called Salcedo's figures “fearmongering.”"; not
      // "a plan called “Build Back Better”" nor "a concept called “game”", which name a thing.)
      const naming =
        !!speaker && !!root.source && !!root.cue && /^(?:called|calls|described|describes|dismissed|dubbed|dubs|labelled|labeled|branded)$/i.test(doc.tokens[root.cue.start]!.text) &&
        !/^[“"«]/.test(doc.tokens[t.start]!.text);
      if (kind === 'partial' && !speaker?.entity_id && !isSpeechCue(doc, root.cue) && !naming) continue;
      // Nor with a function word for a cue ("The Iraqi leader, in an “initiative” designed …").
      if (kind === 'partial' && root.cue && root.cue.end - root.cue.start === 1 && CLOSED_CLASS.has(doc.tokens[root.cue.start]!.text.toLowerCase()) && !isSpeechCue(doc, root.cue)) continue;
      const fragments = kind === 'partial' ? quotedFragments(doc.body.slice(cs, ce)) : [];
      if (fragments.length > 0 && fragments.every(isTitle) && !isSpeechCue(doc, root.cue)) continue;
      // (Not words a verb of saying frames: “Never,” she says.)
      if (kind === 'direct' && countWords(doc, t.start, t.end) < 4 && isTitle(doc.body.slice(cs, ce)) && /^\s*[\p{L}\p{N}]/u.test(doc.body.slice(ce, ce + 3)) && !framesShortQuote(doc, t, root)) continue;
      // A quoted title with no one to say it ("His book “The Future of Work”", "a test called “Reading the Mind in
      // the Eyes”").
      if (kind === 'direct' && !speaker?.entity_id && (!speaker || !isSpeechCue(doc, root.cue)) && isTitle(doc.body.slice(cs, ce))) continue;
      // Nor one named after a verb that is not of saying, whoever the sentence is about ("Thomas Malone modernised how
      // … with a seminal paper, “Electronic Markets and Electronic Hierarchies”").
      if (kind === 'direct' && root.cue && !isSpeechCue(doc, root.cue) && isTitle(doc.body.slice(cs, ce)) && !framesShortQuote(doc, t, root)) continue;
      // A title set beside what it is ("“Harbour Lights,” the 2011 single that made them …") is no speech.
      if (kind === 'partial' && workTitleOnly(doc.body.slice(cs, ce))) continue;
      // "The initial promise was …": a determiner and an adjective before a noun cue are that noun's phrase.
      if (kind !== 'direct' && root.source && root.cue && root.source.end === root.cue.start && root.cue.end - root.cue.start === 1) {
        const srcWords = doc.tokens.slice(root.source.start, root.source.end).map((x) => x.text);
        const cueWord = doc.tokens[root.cue.start]!.text.toLowerCase();
        // (Not "The study notes …": a noun that is also a verb's third person.)
        if (ATTRIBUTION_NOUN_SET.has(cueWord) && !cueWord.endsWith('s') && /^(?:the|a|an)$/i.test(srcWords[0]!) && srcWords.slice(1).every((w) => /^\p{Ll}+$/u.test(w))) continue;
      }
      // A verb or an adverb is no source ("which is to say", "Please explain"), nor an impersonal "it" ("it is
      // hard to say").
      // (A direct quotation is kept without a speaker.)
      // ("It said …", "It told …" with a verb of saying right after it speaks for a body the article named by a
      // description: "The Columbus, Ohio-based retailer filed … It said …"; not "it tells me that …".)
      const itSays = !!root.source && doc.body.slice(...charRange(doc, root.source)) === 'It' && doc.sentences[doc.tokens[root.source.start]!.sentence]!.tokenStart === root.source.start && root.cue?.start === root.source.end && /^(?:said|says|told|tells|added|adds|announced|announces|stated|confirmed|confirms|noted|wrote|writes)$/i.test(doc.tokens[root.cue.start]!.text) && !/^(?:me|us|you)$/i.test(doc.tokens[root.cue.start + 1]?.text ?? '');
      if (root.source && !itSays && NOT_A_SOURCE.test(doc.body.slice(...charRange(doc, root.source))) && !speaker?.entity_id) {
        if (kind !== 'direct') continue;
        speaker = null;
      }
      // "Officials said … They said …": an unresolved "they" names the group that spoke just before it.
      const they = !speaker?.entity_id && root.source && root.source.end - root.source.start === 1 && /^they$/i.test(doc.tokens[root.source.start]!.text);
      if (they && speaker && lastGroup && lastGroup.start != null && doc.tokens[t.start]!.sentence - doc.tokens[tokenAfter(doc, lastGroup.start) ?? t.start]!.sentence <= 2) {
        speaker = { ...speaker, name: lastGroup.name };
      }
      // "A neighbour … told the BBC …. “…,” she said": an unresolved "he" or "she" names the unnamed person who
      // spoke just before, in the same or the previous sentence.
      const personal = !speaker?.entity_id && root.source && root.source.end - root.source.start === 1 && /^(?:he|she)$/i.test(doc.tokens[root.source.start]!.text);
      if (personal && speaker && lastSpeaker && !lastSpeaker.entity_id && lastSpeaker.start != null && !/^(?:he|she|they|i|we|you|it)$/i.test(lastSpeaker.name)) {
        const gap = doc.tokens[t.start]!.sentence - doc.tokens[tokenAfter(doc, lastSpeaker.start) ?? t.start]!.sentence;
        if (gap >= 0 && gap <= 1 && !PLURAL_GROUP.test(lastSpeaker.name)) speaker = { ...speaker, name: lastSpeaker.name };
      }
      const [qs, qe] = kind === 'direct' ? directRange(doc, cs, ce) : [cs, ce];
      if (qe <= qs) continue;
      const cueSpan: TokenSpan | null = frameCue ?? root.cue;
      const cue = cueSpan ? charRange(doc, withoutTime(doc, withAddressee(doc, wholeCue(doc, cueSpan, t), t, root.source))) : null;
      quotes.push({
        start: qs,
        end: qe,
        text: doc.body.slice(qs, qe),
        kind,
        cue: cue ? { start: cue[0], end: cue[1], text: doc.body.slice(cue[0], cue[1]) } : null,
        speaker: speaker ? { ...speaker } : null,
      });
      // An unresolved "they" is some group the text talks about; it does not interrupt who is speaking.
      const group = !speaker?.entity_id && root.source && /^(?:they|them)$/i.test(doc.tokens[root.source.start]!.text) && root.source.end - root.source.start === 1;
      // Nor does a thing that "says" ("signs that say", "a banner which read").
      const thing = !speaker?.entity_id && root.source && root.source.end - root.source.start === 1 && /^(?:that|which)$/.test(doc.tokens[root.source.start]!.text);
      if (speaker && !group && !thing) {
        lastSpeaker = speaker;
        lastCue = cueSpan;
      }
      // A plural description without an entity ("officials", "the researchers") is what a later "they" may name.
      if (speaker && !speaker.entity_id && !group && PLURAL_GROUP.test(speaker.name)) lastGroup = speaker;
    }
  }
  return quotes.sort((x, y) => x.start - y.start);
}

/**
 * A source ends with its last word: "X, the minister," is "X, the minister" (the comma belongs to the
 * sentence). After a sentence-initial "According to", the source ends at its first comma: in "According to
 * X, the reservoir is …" what follows the comma is the report.
 */
function trimSources(doc: Doc, spans: readonly TokenSpan[]): void {
  const text = (i: number): string => doc.tokens[i]?.text ?? '';
  for (let k = 0; k < spans.length; k++) {
    const t = spans[k]!;
    if (t.type !== 'source') continue;
    const cue = spans[k - 1];
    const s0 = doc.sentences[doc.tokens[t.start]!.sentence]!.tokenStart;
    if (cue?.type === 'cue' && cue.end === t.start && cue.start === s0 && text(cue.start).toLowerCase() === 'according') {
      for (let i = t.start + 1; i < t.end - 1; i++) {
        if (text(i) === ',') {
          t.end = i;
          break;
        }
      }
      // An apposition set off by commas belongs to it: "According to Tuvalu's envoy, Ambassador Sione Talakai, | his
      // country …", "According to Dr. Nandini Iyer, an agricultural economist at the Institute …, | similar waivers …".
      if (text(t.end) === ',') {
        let j = t.end + 1;
        const sent = doc.tokens[t.start]!.sentence;
        while (j < doc.tokens.length && j - t.end <= 16 && text(j) !== ',' && doc.tokens[j]!.sentence === sent) j++;
        const seg = doc.tokens.slice(t.end + 1, j);
        // (A name after a role or a relation, "the El Paso mayor, Dee Margo", "his wife, Amanda"; a role after a name,
        // "Dr. Nandini Iyer, an agricultural economist at …". Not "According to official statements, Trump, …", nor an
        // apposition that is the subject of a report of its own: "According to ISNA, the prosecutor general of Tehran,
        // Ali Alghasi Mehr, said …".)
        const personIn = (a: number, b: number): boolean => doc.mentions.some((m) => m.kind === 'name' && m.type === 'person' && m.start >= doc.tokens[a]!.start && m.end <= doc.tokens[b - 1]!.end);
        const last = text(t.end - 1);
        const roleLast = /^\p{Ll}+$/u.test(last) && (PERSON_ROLES.has(last) || KIN.has(last) || (!/s$/.test(last) && !THING_SOURCE.test(last) && !/^(?:ruling|statement|filing|complaint|indictment|order|decision|judgment|judgement|release|website|account|post|letter|memo|transcript|video|footage|copy|page|version|database|tally|count|map|list)$/.test(last)));
        const named = seg.length > 0 && /^\p{Lu}/u.test(seg[0]!.text) && roleLast && personIn(t.end + 1, j);
        const described = seg.length > 1 && /^(?:a|an|the)$/i.test(seg[0]!.text) && /^\p{Ll}/u.test(seg[1]!.text) && seg.some((x) => PERSON_ROLES.has(x.text.toLowerCase())) && personIn(t.start, t.end);
        const reports = doc.tokens.slice(j + 1, j + 9).some((x) => x.sentence === sent && /^(?:said|says|told|added|stated|announced)$/.test(x.text));
        const clause = seg.some((x) => FINITE_OPENERS.test(x.text)) || /^(?:who|which|whose)$/i.test(text(j + 1)) || reports;
        if (text(j) === ',' && (named || described) && !clause && doc.tokens[j + 1]?.sentence === sent) t.end = j;
      }
    }
    // Nor does it run over what is said of the figure reported ("…, according to the county elections board, a record
    // for the office", "…, according to the ministry, up from 3 percent a year earlier").
    if (cue?.type === 'cue' && cue.end === t.start && text(cue.start).toLowerCase() === 'according') {
      for (let i = t.start + 1; i < t.end - 1; i++) {
        if (text(i) === ',' && FIGURE_APPOSITION.test(doc.body.slice(doc.tokens[i + 1]!.start, doc.tokens[t.end - 1]!.end))) {
          t.end = i;
          break;
        }
      }
    }
    while (t.end - t.start > 1 && text(t.end - 1) === ',') t.end--;
  }
}

/** What a writer says of a figure after its source: "a record", "the highest since 2010", "up from …", "more than …". */
const FIGURE_APPOSITION =
  /^(?:(?:a|an|the)\s+(?:new\s+|all-time\s+|[\p{L}-]+\s+)?(?:record|high|low|increase|rise|jump|drop|decline|fall|gain|loss|total|figure|share|level|tally|amount|surge|spike|cut|reduction|highest|lowest|largest|biggest|smallest|most|fewest|majority|fraction|percentage|average)\b|(?:up|down)\s+(?:from|by|\d)|(?:more|less|fewer)\s+than\b|compared\s+(?:with|to)\b|roughly\s+(?:double|half|twice)|(?:double|twice|triple|half)\b)/iu;

export function extractQuotes(doc: Doc, model?: QuoteModel): Quote[] {
  if (doc.tokens.length === 0) return [];
  const labels = tagDocument(doc, model);
  const spans = spansOf(labels);
  trimSources(doc, spans);
  const attributions = assemble(doc, spans, findQuotations(doc));
  for (const a of attributions) parentheticalFrame(doc, a, attributions);
  const quotes = toQuotes(doc, attributions);
  const transcript = transcriptQuotes(doc, quotes);
  if (!transcript.length) return quotes;
  // A line's own words reported with its label's colon as the cue ("WALLACE: Governor, …") are the transcript's quote.
  const colonCue = (q: Quote): boolean => q.cue?.text === ':' && transcript.some((t) => t.speaker?.end != null && q.cue!.start >= t.speaker.end && q.cue!.end <= t.start);
  return [...quotes.filter((q) => !colonCue(q)), ...transcript].sort((x, y) => x.start - y.start);
}
