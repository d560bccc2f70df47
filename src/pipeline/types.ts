/**
 * The one vocabulary of annotations. The pipeline produces these records, storage stores them and
 * the API serves them (through the zod schemas in src/schemas). Offsets are JavaScript string
 * indices (UTF-16 code units) into `Doc.body`; `end` is exclusive, and `body.slice(start, end) === text`.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** A block of the body: a paragraph or a sub-heading. Blocks are separated by "\n\n" in the body. */
export interface Block extends Span {
  kind: 'paragraph' | 'heading';
}

export interface Token extends TextSpan {
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence extends Span {
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Index of the block holding the sentence. */
  block: number;
}

export type EntityType = 'person' | 'organization' | 'place';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/** How an entity is mentioned: by name ("Netanyahu"), by a noun phrase ("the prime minister"), by a pronoun ("he"). */
export type MentionKind = 'name' | 'nominal' | 'pronoun';

export interface Mention extends TextSpan {
  type: EntityType;
  kind: MentionKind;
  /** Id of the article-level entity the mention belongs to, set by the entity-grouping stage. */
  entity_id: string | null;
}

export interface Entity {
  /** Article-local id ("e1", "e2", …); storage maps it to a canonical cross-article entity. */
  id: string;
  type: EntityType;
  /** The fullest name among the entity's name mentions ("Benjamin Netanyahu"). */
  name: string;
  mentions: Mention[];
}

export type TimeType = 'date' | 'time' | 'duration' | 'set';
export const TIME_TYPES: readonly TimeType[] = ['date', 'time', 'duration', 'set'];

/** A time expression with its TimeML value resolved against the publication date ("2024-10-22", "P10Y", "PAST_REF"). */
export interface TimeExpression extends TextSpan {
  type: TimeType;
  value: string;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'indirect'];

export interface Speaker {
  /** The article-level entity the speaker refers to, when it could be resolved. */
  entity_id: string | null;
  name: string;
  /** The speaker's span in the body ("Netanyahu", "he", "the PMO"), or null when it is not in the text. */
  start: number | null;
  end: number | null;
}

export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** The attribution cue ("said", "told reporters", "according to"). */
  cue: TextSpan | null;
  speaker: Speaker | null;
}

/** The document a pipeline run works on: input fields plus the annotation layers the stages fill in. */
export interface Doc {
  readonly body: string;
  readonly title: string | null;
  /** Publication date (YYYY-MM-DD): the reference date for relative time expressions. */
  readonly published: string | null;
  /** BCP-47 primary language tag, "en" when unknown. */
  readonly language: string;
  blocks: Block[];
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  dates: TimeExpression[];
  quotes: Quote[];
  /** Names of stages that did not run on this document, with the reason ("quotes: language de"). */
  annotations_skipped: string[];
}

/** What a caller hands to the pipeline. */
export interface DocInput {
  body: string;
  title?: string | null;
  published?: string | null;
  language?: string | null;
  /** Blocks of the body; when absent they are derived from blank lines. */
  blocks?: Block[];
}

/**
 * A stage adds one annotation layer to the document. Stages run in order; a stage may read the
 * layers of the stages before it. `languages` lists the languages a stage supports (absent: all).
 */
export interface Stage {
  readonly name: string;
  readonly languages?: readonly string[];
  run(doc: Doc): void;
}
