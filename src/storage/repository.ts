import type { ArticleDraft } from '../ingest/types.ts';
import type { Doc, EntityType, MentionKind, QuoteKind, TimeType } from '../pipeline/types.ts';
import type { Granularity } from './timex.ts';

/**
 * The storage interface the HTTP routes, ingest and the command line use. Plain records in and out, every
 * method async, so another backend (PostgreSQL) can sit beside the SQLite one. Ids are integers.
 */

/** One article to store: the clean draft (metadata) and its annotated document (body and annotations). */
export interface ArticleToSave {
  draft: ArticleDraft;
  doc: Doc;
  /**
   * Set when the text was found stored before annotation (the doc is then unannotated): the save reports
   * it as a duplicate, or fails the batch with StaleDuplicateError if the stored article has gone since.
   */
  expectDuplicate?: boolean;
}

/**
 * created: a new article. duplicate: the same text (content hash) or the same URL with the same text is
 * already stored; nothing was written. updated: an article with the same URL (or canonical URL) had a
 * different text; it was replaced, keeping its id.
 */
export type SaveStatus = 'created' | 'duplicate' | 'updated';

export interface SaveResult {
  id: number;
  status: SaveStatus;
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  next_cursor: string | null;
}

export interface ArticleSummary {
  id: number;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string | null;
  language: string;
  authors: string[];
  created_at: string;
  /** With a full-text query: the best matching passage, matches between « and ». */
  snippet: string | null;
}

/** A stored article: the draft's fields (its language resolved, "en" by default) plus what storage adds. */
export interface ArticleRecord
  extends Pick<ArticleDraft, 'title' | 'body' | 'blocks' | 'published' | 'published_source' | 'url' | 'canonical_url' | 'source' | 'authors' | 'captions' | 'credits'> {
  id: number;
  language: string;
  content_hash: string;
  annotations_skipped: string[];
  metadata: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
}

export interface ArticleEntityRecord {
  /** Canonical (cross-article) entity id. */
  id: number;
  type: EntityType;
  /** The name the article uses. */
  name: string;
  /** The canonical entity's name. */
  canonical_name: string;
  mentions: MentionRecord[];
}

export interface DateRecord {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  value: string;
  /** First and last calendar day the value covers (null for durations, sets and references). */
  value_start: string | null;
  value_end: string | null;
  granularity: Granularity | null;
}

export interface SpanRecord {
  start: number;
  end: number;
  text: string;
}

export interface SpeakerRecord {
  name: string;
  start: number | null;
  end: number | null;
  /** Canonical entity id, when the speaker was resolved to an entity. */
  entity_id: number | null;
}

export interface QuoteRecord {
  id: number;
  article_id: number;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  cue: SpanRecord | null;
  speaker: SpeakerRecord | null;
}

export interface ArticleRef {
  id: number;
  title: string | null;
  published: string | null;
  url: string | null;
}

export interface QuoteWithArticle extends QuoteRecord {
  article: ArticleRef;
}

export interface ArticleDetail extends ArticleRecord {
  entities: ArticleEntityRecord[];
  dates: DateRecord[];
  quotes: QuoteRecord[];
}

export interface EntitySummary {
  id: number;
  type: EntityType;
  name: string;
  article_count: number;
  mention_count: number;
}

export interface EntityDetail extends EntitySummary {
  quote_count: number;
  /** Names the entity was given in articles, most used first. */
  names: { name: string; article_count: number }[];
  /** Entities that appear in the most articles together with this one. */
  co_occurring: (Omit<EntitySummary, 'article_count' | 'mention_count'> & { shared_articles: number })[];
}

export interface EntityMention extends MentionRecord {
  article: ArticleRef;
}

export interface PageQuery {
  limit: number;
  cursor?: string | undefined;
}

export interface ArticleQuery extends PageQuery {
  /** Full-text query over title and body (see storage/fts.ts for the syntax). */
  q?: string | undefined;
  /** Articles that mention this canonical entity. */
  entity?: number | undefined;
  /** Articles that mention at least one entity of this type. */
  type?: EntityType | undefined;
  source?: string | undefined;
  language?: string | undefined;
  published_from?: string | undefined;
  published_to?: string | undefined;
  /** Articles with a date expression whose value lies within [from, to] (YYYY-MM-DD). */
  mentions_date_from?: string | undefined;
  mentions_date_to?: string | undefined;
}

export interface QuoteQuery extends PageQuery {
  article_id?: number | undefined;
  /** Canonical entity id of the speaker. */
  speaker_id?: number | undefined;
  /** Speaker name, case-insensitive: the name in the quote or any name of its canonical entity. */
  speaker_name?: string | undefined;
  /** Canonical entity id of an entity mentioned inside the quotation. */
  about?: number | undefined;
  q?: string | undefined;
  kind?: QuoteKind | undefined;
  published_from?: string | undefined;
  published_to?: string | undefined;
}

export interface EntityQuery extends PageQuery {
  type?: EntityType | undefined;
  /** Start of the name, of any word of it, or of another name the entity goes by; case-insensitive. */
  prefix?: string | undefined;
}

export interface MonthCount {
  month: string;
  articles: number;
}

export interface MentionMonthCount extends MonthCount {
  mentions: number;
}

export interface ArticleFilter {
  /** Full-text query over title and body. */
  q?: string | undefined;
  /** Articles that mention at least one entity of this type. */
  type?: EntityType | undefined;
  published_from?: string | undefined;
  published_to?: string | undefined;
  source?: string | undefined;
  language?: string | undefined;
  entity?: number | undefined;
}

export interface MentionsByMonthQuery extends ArticleFilter {
  mentions_date_from?: string | undefined;
  mentions_date_to?: string | undefined;
}

export interface TopEntitiesQuery extends Omit<ArticleFilter, 'type'> {
  types: EntityType[];
  limit: number;
}

export interface TopEntity {
  id: number;
  type: EntityType;
  name: string;
  articles: number;
  mentions: number;
}

export interface TopSpeakersQuery extends Omit<ArticleFilter, 'type'> {
  /** Only quotations that mention this canonical entity. */
  about?: number | undefined;
  limit: number;
}

export interface TopSpeaker {
  id: number;
  type: EntityType;
  name: string;
  quotes: number;
  articles: number;
}

export interface Stats {
  articles: number;
  entities: number;
  mentions: number;
  dates: number;
  quotes: number;
}

export interface Repository {
  /** Stores a batch atomically: every item is written, or (on any error) none. Results follow the input order. */
  saveArticles(items: readonly ArticleToSave[]): Promise<SaveResult[]>;
  /** Ids of stored articles by content hash (storage/identity.ts contentHash), for the hashes that are stored. */
  findByContentHash(hashes: readonly string[]): Promise<Map<string, number>>;
  getArticle(id: number): Promise<ArticleDetail | null>;
  articleExists(id: number): Promise<boolean>;
  /** Deletes an article and its annotations; false when there is no such article. */
  deleteArticle(id: number): Promise<boolean>;
  listArticles(query: ArticleQuery): Promise<Page<ArticleSummary>>;
  listQuotes(query: QuoteQuery): Promise<Page<QuoteWithArticle>>;
  listEntities(query: EntityQuery): Promise<Page<EntitySummary>>;
  getEntity(id: number): Promise<EntityDetail | null>;
  listMentions(entityId: number, page: PageQuery): Promise<Page<EntityMention>>;
  articlesByMonth(query: ArticleFilter): Promise<MonthCount[]>;
  mentionsByMonth(query: MentionsByMonthQuery): Promise<MentionMonthCount[]>;
  topEntities(query: TopEntitiesQuery): Promise<{ type: EntityType; entities: TopEntity[] }[]>;
  /** The speaker entities with the most quotations (within the article filters). */
  topSpeakers(query: TopSpeakersQuery): Promise<TopSpeaker[]>;
  stats(): Promise<Stats>;
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
