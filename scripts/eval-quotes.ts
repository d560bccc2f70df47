import { fileURLToPath } from 'node:url';
import { parseArgs } from '../src/cli/args.ts';
import { annotate } from '../src/pipeline/index.ts';
import { speechWindows } from '../src/pipeline/models/quotes/attribution.ts';
import { loadQuoteModel, tagParagraph } from '../src/pipeline/models/quotes/model.ts';
import { loadSyntaxModel } from '../src/pipeline/models/quotes/syntax.ts';
import type { Doc } from '../src/pipeline/types.ts';
import { readData } from './lib/polnear.ts';
import type { BratDocument } from './lib/polnear.ts';
import { readCheck, scoreCheck } from './lib/quote-check.ts';
import { productScores } from './lib/quote-product.ts';
import { SpanScorer, goldSpeaker } from './lib/quote-score.ts';

/**
 * Scores the attribution tagger on PolNeAR as CofeNet (COLING 2022, Table 6) does: span-level P/R/F1 of
 * source, cue and content, exact match and overlap match (see scripts/lib/quote-score.ts).
 * --data is a CofeNet .jsonl file (default: the dev split) or a PolNeAR split folder (text/ + attributions/);
 * for a folder the whole pipeline also runs: speakers are checked against the gold sources, and the quotes the
 * product gives against the gold attributions ("product": how many overlap a gold content, and how many of those
 * have its content, cue and source exactly). A .tsv file is
 * a hand-checked set of quotations in the bundled Wikinews articles (data/eval/wikinews-quotes): how many the
 * product finds and how many of their speakers it gets right.
 * The last line of stdout is one JSON object.
 */

const root = new URL('../', import.meta.url);
const { options } = parseArgs(process.argv.slice(2), ['data']);
const dataPath = String(options.get('data') ?? fileURLToPath(new URL('../shared/eval-data/polnear/cofenet-bio/valid.jsonl', root)));

if (dataPath.endsWith('.tsv')) {
  // A hand-checked set of quotations in bundled articles (data/eval/wikinews-quotes): found and speaker right.
  const { misses, ...result } = scoreCheck(readCheck(dataPath));
  for (const m of misses) console.log(m);
  console.log(JSON.stringify({ data: dataPath.replace(fileURLToPath(new URL('../', root)), '../'), format: 'check', ...result }));
  process.exit(0);
}

loadQuoteModel();
loadSyntaxModel();
const { kind, sequences, docs } = readData(dataPath);
const scorer = new SpanScorer();
// Speed as CPU time of this process (the machine may be shared), tagging every paragraph.
const c0 = process.cpuUsage();
const predicted = sequences.map((s) => tagParagraph(s.tokens));
const used = process.cpuUsage(c0);
const seconds = (used.user + used.system) / 1e6;
sequences.forEach((s, i) => scorer.add(s.labels, predicted[i]!));
const articles = new Set(sequences.map((s) => s.doc)).size;
const { exact, overlap } = scorer.result();

// As the product tags: only the parts of paragraphs with a speech signal (speechWindows); PolNeAR also
// annotates attributions such as "a poll shows that …", which the product does not keep as quotes.
const windowed = new SpanScorer();
for (const s of sequences) {
  const labels = new Array<string>(s.tokens.length).fill('O');
  for (const [a, b] of speechWindows(s.tokens)) tagParagraph(s.tokens.slice(a, b)).forEach((l, k) => (labels[a + k] = l));
  windowed.add(s.labels, labels);
}
const w = windowed.result().exact;

const out: Record<string, unknown> = {
  data: dataPath.replace(fileURLToPath(new URL('../', root)), '../'),
  format: kind,
  paragraphs: sequences.length,
  articles,
  exact,
  overlap,
  articles_per_s: Math.round(articles / seconds),
  product_windows_exact_f1: { source: w.source!.f1, cue: w.cue!.f1, content: w.content!.f1 },
};
// Speakers need whole articles (for entities); the .jsonl holds paragraphs only.
Object.assign(out, kind === 'brat' ? speakerScores(docs) : { speaker: null });
console.log(JSON.stringify(out));

/**
 * Speakers, through the whole pipeline: for each gold attribution with a source whose content a
 * predicted quote overlaps, is the quote's speaker span on the gold source (speaker_span_accuracy), and —
 * where the gold source names someone the entity stage found — is the quote's speaker that entity
 * (speaker_entity_accuracy)? Pronoun sources give no gold entity and count only for the span figure.
 */
function speakerScores(bratDocs: readonly BratDocument[]): Record<string, unknown> {
  const cache = new Map<string, Doc>();
  let matched = 0;
  let spanOk = 0;
  let entityGold = 0;
  let entityOk = 0;
  let goldWithSource = 0;
  for (const d of bratDocs) {
    let doc = cache.get(d.article);
    if (!doc) {
      doc = annotate({ body: d.text });
      cache.set(d.article, doc);
    }
    const byId = new Map(d.spans.map((s) => [s.id, s]));
    for (const a of d.attributions) {
      const source = a.source ? byId.get(a.source) : undefined;
      const contents = a.content.map((c) => byId.get(c)).filter((c) => c !== undefined);
      if (!source || contents.length === 0) continue;
      goldWithSource++;
      const [cs, ce] = [Math.min(...contents.flatMap((c) => c.fragments.map((f) => f[0]))), Math.max(...contents.flatMap((c) => c.fragments.map((f) => f[1])))];
      const q = doc.quotes
        .filter((x) => x.start < ce && cs < x.end)
        .sort((x, y) => Math.min(y.end, ce) - Math.max(y.start, cs) - (Math.min(x.end, ce) - Math.max(x.start, cs)))[0];
      if (!q) continue;
      matched++;
      const [ss, se] = [source.fragments[0]![0], source.fragments[source.fragments.length - 1]![1]];
      const sp = q.speaker;
      if (sp && sp.start !== null && sp.end !== null && sp.start < se && ss < sp.end) spanOk++;
      const named = doc.mentions.filter((m) => m.kind === 'name' && m.entity_id && m.start >= ss && m.end <= se);
      if (named.length === 0) continue;
      const gold = goldSpeaker(d.text, ss, named);
      entityGold++;
      if (sp?.entity_id === gold.entity_id) entityOk++;
    }
  }
  const pct = (a: number, b: number): number | null => (b ? Math.round((1000 * a) / b) / 10 : null);
  return {
    product: productScores(bratDocs, cache),
    speaker: {
      gold_attributions_with_source: goldWithSource,
      content_found: matched,
      speaker_span_accuracy: pct(spanOk, matched),
      speaker_entity_accuracy: pct(entityOk, entityGold),
      speaker_entity_cases: entityGold,
    },
  };
}

