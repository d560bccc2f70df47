import { run } from './run.ts';
import { datesStage } from './stages/dates.ts';
import { entitiesStage } from './stages/entities.ts';
import { nerStage } from './stages/ner.ts';
import { tokensStage } from './stages/tokens.ts';
import type { Doc, DocInput, Stage } from './types.ts';

/** The default pipeline: an ordered list of stages, each adding one annotation layer. */
export const defaultStages: readonly Stage[] = [tokensStage, datesStage, nerStage, entitiesStage];

export function annotate(input: DocInput, stages: readonly Stage[] = defaultStages): Doc {
  return run(stages, input);
}

export type * from './types.ts';
export { run, createDoc, blocksFromBody } from './run.ts';
