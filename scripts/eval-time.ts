/**
 * Scores the dates stage against TimeML / MEANTIME gold time expressions (TempEval-3 Task A definitions).
 *   npm run -s eval:time -- [--data DIR_OR_FILE]... [--engine rules|chrono] [--errors]
 * Default data: TimeBank + AQUAINT (TBAQ-cleaned). Several --data paths may be given; folders are read
 * recursively and each file's format is detected. The DCT is the publication date. Prints one JSON object
 * as the last line of stdout; --errors lists missed, spurious and wrong-value expressions on stderr.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../src/cli/args.ts';
import { run } from '../src/pipeline/run.ts';
import { datesStage } from '../src/pipeline/stages/dates.ts';
import { findTimeExpressions } from '../src/pipeline/time/extract.ts';
import { tokensStage } from '../src/pipeline/stages/tokens.ts';
import type { Stage, TimeExpression } from '../src/pipeline/types.ts';
import { chronoDatesStage } from './lib/chrono-baseline.ts';
import { loadTimeCorpus, type TimeDoc } from './lib/time-corpus.ts';
import { countMatch, emptyCounts, scores, type TimeCounts } from './lib/time-score.ts';

const ROOT = new URL('..', import.meta.url);
const DEFAULT_DATA = [fileURLToPath(new URL('../shared/eval-data/tempeval3/Training/TBAQ-cleaned/', ROOT))];

const { options } = parseArgs(process.argv.slice(2), ['data', 'engine']);
const dataArgs: string[] = [];
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data' && argv[i + 1]) dataArgs.push(argv[++i]!);
    else if (argv[i]!.startsWith('--data=')) dataArgs.push(argv[i]!.slice(7));
  }
}
const engine = (options.get('engine') as string | undefined) ?? 'rules';
const showErrors = options.has('errors');
const stages: Stage[] = [tokensStage, engine === 'chrono' ? chronoDatesStage : datesStage];

const docs: TimeDoc[] = loadTimeCorpus(dataArgs.length ? dataArgs : DEFAULT_DATA);
if (docs.length === 0) {
  process.stderr.write('eval-time: no TimeML or MEANTIME documents found\n');
  process.exit(1);
}

const total = emptyCounts();
const byFormat = new Map<string, TimeCounts>();
const byType = new Map<string, TimeCounts>();
// Warm-up (regular expressions compile and the JIT settles on first use), so that articles_per_s is the steady state.
for (const d of docs.slice(0, 20)) run(stages, { body: d.body, published: d.dct });
let elapsed = 0;
for (const d of docs) {
  const t0 = process.hrtime.bigint();
  const doc = run(stages, { body: d.body, published: d.dct });
  elapsed += Number(process.hrtime.bigint() - t0) / 1e9;
  const system = doc.dates.filter((s) => !d.exclude.some((x) => s.start < x.end && x.start < s.end));
  const m = countMatch(total, d.gold, system);
  const f = byFormat.get(d.format) ?? emptyCounts();
  byFormat.set(d.format, f);
  countMatch(f, d.gold, system);
  for (const type of ['date', 'time', 'duration', 'set'] as const) {
    const c = byType.get(type) ?? emptyCounts();
    byType.set(type, c);
    countMatch(c, d.gold.filter((g) => g.type === type), m.pairs.filter((p) => p.gold.type === type).map((p) => p.system));
  }
  if (showErrors) {
    // The rule behind each system expression (rules engine only), for grouping errors by cause.
    const rules = new Map<string, string>();
    if (engine === 'rules') {
      for (const x of findTimeExpressions(doc.body, d.dct, { sentences: doc.sentences, debug: true }) as (TimeExpression & { rule?: string })[]) rules.set(`${x.start}:${x.end}`, x.rule ?? '');
    }
    const rule = (s: { start: number; end: number }): string => rules.get(`${s.start}:${s.end}`) ?? '-';
    const ctx = (s: number, e: number): string =>
      `${d.body.slice(Math.max(0, s - 40), s)}[[${d.body.slice(s, e)}]]${d.body.slice(e, e + 30)}`.replace(/\s+/g, ' ');
    for (const g of m.missed) process.stderr.write(`MISS\t${d.id}\t${d.dct}\t${g.type}\t${g.value}\t${ctx(g.start, g.end)}\n`);
    for (const s of m.spurious) process.stderr.write(`SPUR\t${d.id}\t${d.dct}\t${s.type}\t${s.value}\t${ctx(s.start, s.end)}\t${rule(s)}\n`);
    for (const p of m.pairs) {
      const span = p.gold.start === p.system.start && p.gold.end === p.system.end ? '' : `\tSPAN sys=[${d.body.slice(p.system.start, p.system.end)}]`;
      if (p.gold.value !== p.system.value || p.gold.type !== p.system.type || span)
        process.stderr.write(
          `${p.gold.value !== p.system.value ? 'VAL' : p.gold.type !== p.system.type ? 'TYPE' : 'EXT'}\t${d.id}\t${d.dct}\tgold=${p.gold.type}:${p.gold.value}\tsys=${p.system.type}:${p.system.value}\t${ctx(p.gold.start, p.gold.end)}${span}\t${rule(p.system)}\n`,
        );
    }
  }
}

const result = {
  data: dataArgs.length ? dataArgs : ['TBAQ-cleaned (TimeBank + AQUAINT)'],
  engine,
  documents: docs.length,
  ...scores(total),
  counts: total,
  by_format: Object.fromEntries([...byFormat].map(([k, c]) => [k, { ...scores(c), counts: c }])),
  recall_by_type: Object.fromEntries(
    [...byType].map(([k, c]) => [k, { gold: c.gold, relaxed_r: scores(c).relaxed_r, strict_r: scores(c).strict_r, value_correct: c.value_correct }]),
  ),
  articles_per_s: Math.round(docs.length / elapsed),
};
process.stdout.write(JSON.stringify(result) + '\n');
