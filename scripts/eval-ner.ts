/**
 * Scores the named-entity recognizer on a CoNLL-format file (IOB1) with conlleval's exact-match span F1 over
 * PER, ORG and LOC; MISC is reported apart. The last line of stdout is one JSON object.
 *
 *   npm run -s eval:ner [-- --data FILE] [--model FILE] [--lexicon FILE] [--headlines title|sentence|lower]
 *
 * FILE is a CoNLL file or a .txt file of hand-annotated articles (data/eval/wikinews-ner/dev.txt, test.txt).
 *
 * --headlines recases each document's leading headline sentences (in capitals in CoNLL) and scores those only:
 * a check of robustness to headlines as the product meets them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from '../src/cli/args.ts';
import { parseConll } from '../src/pipeline/models/ner/conll.ts';
import { evaluateNer } from '../src/pipeline/models/ner/evaluate.ts';
import { Lexicon } from '../src/pipeline/models/ner/lexicon.ts';
import { NerModel } from '../src/pipeline/models/ner/model.ts';
import { headlineVariant, type HeadlineVariant } from '../src/pipeline/models/ner/augment.ts';
import { parseAnnotatedNews, toConllDocument } from './lib/annotated-news.ts';

const { options } = parseArgs(process.argv.slice(2), ['data', 'model', 'lexicon', 'headlines']);
const data = typeof options.get('data') === 'string' ? String(options.get('data')) : fileURLToPath(new URL('../../shared/eval-data/conll2003/eng.testa', import.meta.url));
const modelArg = options.get('model');
const t0 = Date.now();
const lexiconArg = options.get('lexicon');
const lexicon = Lexicon.load(typeof lexiconArg === 'string' ? pathToFileURL(lexiconArg) : undefined);
const model = NerModel.load(typeof modelArg === 'string' ? pathToFileURL(modelArg) : undefined, lexicon);
process.stderr.write(`model loaded in ${Date.now() - t0} ms; scoring ${data}\n`);
// CoNLL files, or hand-annotated articles in the inline format of data/eval/wikinews-ner (a .txt file).
let docs = data.endsWith('.txt') ? parseAnnotatedNews(readFileSync(data, 'utf8')).map(toConllDocument) : parseConll(readFileSync(data, 'utf8'));
const headlines = options.get('headlines');
let scored: ((d: number, s: number) => boolean) | undefined;
if (typeof headlines === 'string') {
  if (!['title', 'sentence', 'lower', 'caps'].includes(headlines)) throw new Error('--headlines takes title, sentence, lower or caps');
  const variants = docs.map((d) => (headlines === 'caps' ? headlineVariant(d, 'title') : headlineVariant(d, headlines as HeadlineVariant)));
  if (headlines !== 'caps') docs = variants.map((v) => v.doc);
  scored = (d, s) => s < variants[d]!.heads;
}
const r = evaluateNer(model, docs, scored);
process.stderr.write(`PER+ORG+LOC: ${r.correct} correct of ${r.gold} gold, ${r.predicted} predicted, ${r.tokens} tokens\n`);
console.log(
  JSON.stringify({ f1: r.f1, precision: r.precision, recall: r.recall, per_type: r.per_type, misc: r.misc, tokens_per_s: r.tokens_per_s, tokens: r.tokens, entities: r.gold, data }),
);
