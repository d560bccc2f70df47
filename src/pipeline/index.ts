import { run } from './run.ts';
import { corefStage } from './stages/coref.ts';
import { datesStage } from './stages/dates.ts';
import { entitiesStage } from './stages/entities.ts';
import { nerStage } from './stages/ner.ts';
import { quotesStage } from './stages/quotes.ts';
import { tokensStage } from './stages/tokens.ts';
import type { Doc, DocInput, Stage } from './types.ts';

/** The default pipeline: an ordered list of stages, each adding one annotation layer. */
export const defaultStages: readonly Stage[] = [tokensStage, datesStage, nerStage, entitiesStage, corefStage, quotesStage];

export function annotate(input: DocInput, stages: readonly Stage[] = defaultStages): Doc {
  return run(stages, input);
}

export type * from './types.ts';
export { run, createDoc, blocksFromBody } from './run.ts';
