import type { Database, Statement } from 'better-sqlite3';
import type { Entity, EntityType } from '../../pipeline/types.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { CursorShape } from '../cursor.ts';
import { entityKey, lookupShortKey, shortKey } from '../entities.ts';
import { QueryError, StaleDuplicateError } from '../errors.ts';
import { toFtsQuery } from '../fts.ts';
import { contentHash, urlKey } from '../identity.ts';
import type {
  ArticleDetail,
  ArticleEntityRecord,
  ArticleFilter,
  ArticleQuery,
  ArticleRecord,
  ArticleSummary,
  ArticleToSave,
  DateRecord,
  EntityDetail,
  EntityMention,
  EntityQuery,
  EntitySummary,
  MentionMonthCount,
  MentionsByMonthQuery,
  MonthCount,
  Page,
  PageQuery,
  QuoteQuery,
  QuoteRecord,
  QuoteWithArticle,
  Repository,
  SaveResult,
  Stats,
  TopEntitiesQuery,
  TopEntity,
  TopSpeaker,
  TopSpeakersQuery,
} from '../repository.ts';
import { MONTHLY_GRANULARITIES, valueRange } from '../timex.ts';
import { openDatabase } from './open.ts';

type Row = Record<string, unknown>;

/** Draft fields stored in columns of their own; the others go to the metadata JSON. */
const DRAFT_COLUMNS = new Set(['title', 'body', 'blocks', 'published', 'published_source', 'url', 'canonical_url', 'source', 'authors', 'language', 'captions', 'credits']);

const ARTICLE_COLUMNS = `a.id, a.title, a.body, a.blocks, a.published, a.published_source, a.url, a.canonical_url, a.source, a.authors,
  a.language, a.captions, a.credits, a.content_hash, a.annotations_skipped, a.metadata, a.created_at, a.updated_at`;

const ORDER_KEY = "coalesce(a.published, '')";
/** A quotation (q) that mentions the bound entity id. */
const QUOTE_MENTIONS = 'EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = ? AND m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end")';

function json<T>(v: unknown, fallback: T): T {
  if (typeof v !== 'string') return fallback;
  return JSON.parse(v) as T;
}

function toArticle(r: Row): ArticleRecord {
  return {
    id: r.id as number,
    title: (r.title as string | null) ?? null,
    body: r.body as string,
    blocks: json(r.blocks, []),
    published: (r.published as string | null) ?? null,
    published_source: (r.published_source as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    canonical_url: (r.canonical_url as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    authors: json(r.authors, []),
    language: r.language as string,
    captions: json(r.captions, []),
    credits: json(r.credits, []),
    content_hash: r.content_hash as string,
    annotations_skipped: json(r.annotations_skipped, []),
    metadata: json(r.metadata, {}),
    created_at: r.created_at as string,
    updated_at: r.updated_at as string,
  };
}

function toQuote(r: Row): QuoteRecord {
  return {
    id: r.id as number,
    article_id: r.article_id as number,
    start: r.start as number,
    end: r.end as number,
    text: r.text as string,
    kind: r.kind as QuoteRecord['kind'],
    cue: r.cue_start == null ? null : { start: r.cue_start as number, end: r.cue_end as number, text: r.cue_text as string },
    speaker: r.speaker_name == null
      ? null
      : {
          name: r.speaker_name as string,
          start: (r.speaker_start as number | null) ?? null,
          end: (r.speaker_end as number | null) ?? null,
          entity_id: (r.speaker_entity_id as number | null) ?? null,
        },
  };
}

/** LIKE pattern for a literal prefix (with ESCAPE '\'). */
function likePrefix(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}

/** A dynamic WHERE clause: fixed SQL fragments, every value bound. */
class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

export class SqliteRepository implements Repository {
  readonly db: Database;
  private readonly statements = new Map<string, Statement>();

  constructor(db: Database) {
    this.db = db;
  }

  /** Opens (and migrates) a database file, or ":memory:". */
  static open(file: string): SqliteRepository {
    return new SqliteRepository(openDatabase(file));
  }

  /** Prepared statements, cached by their SQL text. */
  private st(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Runs an FTS query; a query FTS5 still rejects is the caller's error, not a server fault. */
  private ftsAll(sql: string, params: unknown[]): Row[] {
    try {
      return this.st(sql).all(...params) as Row[];
    } catch (err) {
      if (err instanceof Error && /fts5|MATCH/i.test(err.message) && 'code' in err && err.code === 'SQLITE_ERROR') {
        throw new QueryError('invalid_query', 'The search query cannot be run.');
      }
      throw err;
    }
  }

  // ---------------------------------------------------------------- writing

  async saveArticles(items: readonly ArticleToSave[]): Promise<SaveResult[]> {
    return this.saveArticlesSync(items);
  }

  /**
   * The whole batch in one synchronous transaction. IMMEDIATE: the write lock is taken before the duplicate
   * checks, so another process writing the same database (e.g. `byline ingest` beside the server) cannot slip
   * the same article in between a check and its insert.
   */
  saveArticlesSync(items: readonly ArticleToSave[]): SaveResult[] {
    return this.db.transaction(() => items.map((item) => this.saveOne(item))).immediate();
  }

  private saveOne({ draft, doc, expectDuplicate }: ArticleToSave): SaveResult {
    const hash = contentHash(doc.body);
    const byHash = this.st('SELECT id FROM articles WHERE content_hash = ?').get(hash) as { id: number } | undefined;
    if (byHash) return { id: byHash.id, status: 'duplicate' };
    if (expectDuplicate) throw new StaleDuplicateError();
    // The same page: its URL is a stored URL (checked first: url_key is unique), or either URL is a stored canonical URL.
    const keys = [urlKey(draft.url), urlKey(draft.canonical_url)].filter((k): k is string => !!k);
    let byUrl: { id: number } | undefined;
    for (const k of keys) byUrl ??= this.st('SELECT id FROM articles WHERE url_key = ?').get(k) as { id: number } | undefined;
    for (const k of keys) byUrl ??= this.st('SELECT id FROM articles WHERE canonical_key = ? ORDER BY id LIMIT 1').get(k) as { id: number } | undefined;
    const now = new Date().toISOString();
    const metadata = Object.fromEntries(Object.entries(draft).filter(([k]) => !DRAFT_COLUMNS.has(k)));
    const values = [
      doc.title ?? draft.title,
      doc.body,
      JSON.stringify(doc.blocks),
      doc.published ?? draft.published,
      draft.published_source,
      draft.url,
      urlKey(draft.url),
      draft.canonical_url,
      urlKey(draft.canonical_url),
      draft.source,
      JSON.stringify(draft.authors ?? []),
      doc.language,
      JSON.stringify(draft.captions ?? []),
      JSON.stringify(draft.credits ?? []),
      hash,
      JSON.stringify(doc.annotations_skipped),
      JSON.stringify(metadata),
    ];
    let id: number;
    let status: SaveResult['status'];
    if (byUrl) {
      id = byUrl.id;
      status = 'updated';
      const old = this.st('SELECT entity_id FROM article_entities WHERE article_id = ?').all(id) as { entity_id: number }[];
      const oldSpeakers = this.st('SELECT speaker_entity_id AS entity_id FROM quotes WHERE article_id = ? AND speaker_entity_id IS NOT NULL').all(id) as { entity_id: number }[];
      this.deleteAnnotations(id);
      this.dropOrphans([...old, ...oldSpeakers].map((o) => o.entity_id));
      this.st(`UPDATE articles SET title = ?, body = ?, blocks = ?, published = ?, published_source = ?, url = ?, url_key = ?,
        canonical_url = ?, canonical_key = ?, source = ?, authors = ?, language = ?, captions = ?, credits = ?, content_hash = ?,
        annotations_skipped = ?, metadata = ?, updated_at = ? WHERE id = ?`).run(...values, now, id);
      this.insertAnnotations(id, doc);
    } else {
      status = 'created';
      id = Number(
        this.st(`INSERT INTO articles (title, body, blocks, published, published_source, url, url_key, canonical_url, canonical_key,
          source, authors, language, captions, credits, content_hash, annotations_skipped, metadata, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...values, now, now).lastInsertRowid,
      );
      this.insertAnnotations(id, doc);
    }
    return { id, status };
  }

  private deleteAnnotations(articleId: number): void {
    this.st('DELETE FROM quotes WHERE article_id = ?').run(articleId);
    this.st('DELETE FROM dates WHERE article_id = ?').run(articleId);
    this.st('DELETE FROM mentions WHERE article_id = ?').run(articleId);
    this.st('DELETE FROM article_entities WHERE article_id = ?').run(articleId);
  }

  /** Canonical entities no article refers to any more are removed. */
  private dropOrphans(entityIds: number[]): void {
    for (const id of new Set(entityIds)) {
      this.st(`DELETE FROM entities WHERE id = ? AND article_count <= 0
        AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_entity_id = ?) AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?)`).run(id, id, id);
    }
  }

  /** The canonical entity of an article entity, created when there is none. */
  private canonicalEntity(type: EntityType, name: string): number {
    const key = entityKey(type, name) || name.toLowerCase();
    const short = lookupShortKey(type, key, name);
    const byShort = () => {
      if (!short) return undefined;
      const candidates = this.st('SELECT id FROM entities WHERE type = ? AND short_key = ? LIMIT 2').all(type, short) as { id: number }[];
      return candidates.length === 1 ? candidates[0]!.id : undefined;
    };
    // A lone surname goes to the one person whose full name ends with it, even when an entity of the surname
    // alone was made before the full name was first seen. An acronym is often an organization's own name
    // ("NATO"), so an organization of exactly that name comes first.
    if (type === 'person') {
      const id = byShort();
      if (id !== undefined) return id;
    }
    const found = this.st('SELECT id FROM entities WHERE type = ? AND key = ?').get(type, key) as { id: number } | undefined;
    if (found) return found.id;
    if (type !== 'person') {
      const id = byShort();
      if (id !== undefined) return id;
    }
    return Number(
      this.st('INSERT INTO entities (type, key, name, short_key) VALUES (?, ?, ?, ?)').run(type, key, name, shortKey(type, key, name)).lastInsertRowid,
    );
  }

  private insertAnnotations(articleId: number, doc: ArticleToSave['doc']): void {
    // Article entities → canonical entities; two article entities may meet in one canonical entity.
    const canonicalOf = new Map<string, number>();
    const rows = new Map<number, { entity: Entity; localIds: string[]; mentions: number }>();
    for (const e of doc.entities) {
      const cid = this.canonicalEntity(e.type, e.name);
      canonicalOf.set(e.id, cid);
      const row = rows.get(cid);
      if (row) {
        row.localIds.push(e.id);
        row.mentions += e.mentions.length;
        if (e.name.length > row.entity.name.length) row.entity = e;
      } else rows.set(cid, { entity: e, localIds: [e.id], mentions: e.mentions.length });
    }
    const insEntity = this.st('INSERT INTO article_entities (article_id, entity_id, local_ids, type, name, mention_count) VALUES (?, ?, ?, ?, ?, ?)');
    for (const [cid, r] of rows) insEntity.run(articleId, cid, r.localIds.join(','), r.entity.type, r.entity.name, r.mentions);

    const insMention = this.st('INSERT INTO mentions (article_id, entity_id, start, "end", text, type, kind) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const e of doc.entities) {
      const cid = canonicalOf.get(e.id)!;
      for (const m of e.mentions) insMention.run(articleId, cid, m.start, m.end, m.text, m.type, m.kind);
    }

    const insDate = this.st(`INSERT INTO dates (article_id, start, "end", text, type, value, value_start, value_end, granularity)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const d of doc.dates) {
      const r = d.type === 'date' || d.type === 'time' ? valueRange(d.value) : null;
      insDate.run(articleId, d.start, d.end, d.text, d.type, d.value, r?.start ?? null, r?.end ?? null, r?.granularity ?? null);
    }

    const insQuote = this.st(`INSERT INTO quotes (article_id, start, "end", text, kind, cue_start, cue_end, cue_text,
      speaker_name, speaker_start, speaker_end, speaker_entity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const q of doc.quotes) {
      const sp = q.speaker;
      insQuote.run(
        articleId, q.start, q.end, q.text, q.kind,
        q.cue?.start ?? null, q.cue?.end ?? null, q.cue?.text ?? null,
        sp?.name ?? null, sp?.start ?? null, sp?.end ?? null,
        sp?.entity_id ? (canonicalOf.get(sp.entity_id) ?? null) : null,
      );
    }
  }

  async deleteArticle(id: number): Promise<boolean> {
    return this.db.transaction(() => {
      const old = this.st('SELECT entity_id FROM article_entities WHERE article_id = ?').all(id) as { entity_id: number }[];
      const speakers = this.st('SELECT speaker_entity_id AS entity_id FROM quotes WHERE article_id = ? AND speaker_entity_id IS NOT NULL').all(id) as { entity_id: number }[];
      const changes = this.st('DELETE FROM articles WHERE id = ?').run(id).changes;
      this.dropOrphans([...old, ...speakers].map((o) => o.entity_id));
      return changes > 0;
    })();
  }

  // ---------------------------------------------------------------- articles

  async getArticle(id: number): Promise<ArticleDetail | null> {
    const row = this.st(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as Row | undefined;
    if (!row) return null;
    const entities = (this.st(`SELECT ae.entity_id AS id, ae.type, ae.name, e.name AS canonical_name FROM article_entities ae
      JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ?`).all(id) as Row[]).map(
      (r): ArticleEntityRecord => ({ id: r.id as number, type: r.type as EntityType, name: r.name as string, canonical_name: r.canonical_name as string, mentions: [] }),
    );
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const m of this.st('SELECT entity_id, start, "end", text, kind FROM mentions WHERE article_id = ? ORDER BY start, id').all(id) as Row[]) {
      byId.get(m.entity_id as number)?.mentions.push({ start: m.start as number, end: m.end as number, text: m.text as string, kind: m.kind as 'name' });
    }
    entities.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity) || a.id - b.id);
    const dates = this.st(`SELECT start, "end", text, type, value, value_start, value_end, granularity FROM dates
      WHERE article_id = ? ORDER BY start, id`).all(id) as DateRecord[];
    const quotes = (this.st('SELECT * FROM quotes WHERE article_id = ? ORDER BY start, id').all(id) as Row[]).map(toQuote);
    return { ...toArticle(row), entities, dates, quotes };
  }

  async findByContentHash(hashes: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const stmt = this.st('SELECT id FROM articles WHERE content_hash = ?');
    for (const h of new Set(hashes)) {
      const row = stmt.get(h) as { id: number } | undefined;
      if (row) out.set(h, row.id);
    }
    return out;
  }

  async articleExists(id: number): Promise<boolean> {
    return this.st('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async listArticles(query: ArticleQuery): Promise<Page<ArticleSummary>> {
    const w = new Where();
    let from = 'articles a';
    const fts = query.q !== undefined ? toFtsQuery(query.q) : null;
    if (fts !== null) {
      from = 'articles_fts f JOIN articles a ON a.id = f.rowid';
      w.add('articles_fts MATCH ?', fts);
    }
    this.articleFilter(w, { ...query, q: undefined });
    if (query.mentions_date_from || query.mentions_date_to) {
      const parts = ['d.article_id = a.id', 'd.value_start IS NOT NULL'];
      const params: unknown[] = [];
      if (query.mentions_date_from) {
        parts.push('d.value_start >= ?');
        params.push(query.mentions_date_from);
      }
      if (query.mentions_date_to) {
        parts.push('d.value_end <= ?');
        params.push(query.mentions_date_to);
      }
      w.add(`EXISTS (SELECT 1 FROM dates d WHERE ${parts.join(' AND ')})`, ...params);
    }
    const shape: CursorShape = ['string', 'number'];
    if (query.cursor) {
      const [p, id] = decodeCursor('articles', query.cursor, shape);
      w.add(`(${ORDER_KEY} < ? OR (${ORDER_KEY} = ? AND a.id < ?))`, p, p, id);
    }
    const sql = `SELECT a.id, a.title, a.published, a.url, a.source, a.language, a.authors, a.created_at
      FROM ${from} ${w.sql()} ORDER BY ${ORDER_KEY} DESC, a.id DESC LIMIT ?`;
    const rows = this.ftsAll(sql, [...w.params, query.limit + 1]);
    if (fts !== null && rows.length) {
      // Snippets for the page only (computing them for every match before sorting costs more).
      const ids = rows.slice(0, query.limit).map((r) => r.id as number);
      const snippets = this.ftsAll(
        `SELECT rowid AS id, snippet(articles_fts, -1, '«', '»', '…', 16) AS snippet FROM articles_fts
         WHERE articles_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
        [fts, JSON.stringify(ids)],
      );
      const byId = new Map(snippets.map((r) => [r.id as number, r.snippet as string]));
      for (const r of rows) r.snippet = byId.get(r.id as number) ?? null;
    }
    const items = rows.slice(0, query.limit).map(
      (r): ArticleSummary => ({
        id: r.id as number,
        title: (r.title as string | null) ?? null,
        published: (r.published as string | null) ?? null,
        url: (r.url as string | null) ?? null,
        source: (r.source as string | null) ?? null,
        language: r.language as string,
        authors: json(r.authors, []),
        created_at: r.created_at as string,
        snippet: (r.snippet as string | null) ?? null,
      }),
    );
    const last = items[items.length - 1];
    return { items, next_cursor: rows.length > query.limit && last ? encodeCursor('articles', [last.published ?? '', last.id]) : null };
  }

  /** Filters on the article row `a` shared by listings and aggregates. */
  private articleFilter(w: Where, f: ArticleFilter): void {
    if (f.q !== undefined) w.add('a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)', toFtsQuery(f.q));
    if (f.type) w.add('EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.type = ?)', f.type);
    if (f.published_from) w.add('a.published >= ?', f.published_from);
    if (f.published_to) w.add('a.published <= ?', f.published_to);
    if (f.source) w.add('a.source = ? COLLATE NOCASE', f.source);
    if (f.language) w.add('a.language = ?', f.language.toLowerCase());
    if (f.entity !== undefined) w.add('EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id = ?)', f.entity);
  }

  // ---------------------------------------------------------------- quotes

  async listQuotes(query: QuoteQuery): Promise<Page<QuoteWithArticle>> {
    const w = new Where();
    let from = 'quotes q JOIN articles a ON a.id = q.article_id';
    if (query.q !== undefined) {
      from = 'quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id';
      w.add('quotes_fts MATCH ?', toFtsQuery(query.q));
    }
    if (query.article_id !== undefined) w.add('q.article_id = ?', query.article_id);
    if (query.speaker_id !== undefined) w.add('q.speaker_entity_id = ?', query.speaker_id);
    if (query.speaker_name !== undefined) {
      const name = query.speaker_name.trim();
      w.add(
        `(q.speaker_name = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM entity_names n
          WHERE n.entity_id = q.speaker_entity_id AND n.name = ? COLLATE NOCASE))`,
        name, name,
      );
    }
    if (query.about !== undefined) {
      w.add(QUOTE_MENTIONS, query.about);
    }
    if (query.kind) w.add('q.kind = ?', query.kind);
    this.articleFilter(w, { published_from: query.published_from, published_to: query.published_to });
    const shape: CursorShape = ['string', 'number', 'number', 'number'];
    if (query.cursor) {
      const [p, aid, start, qid] = decodeCursor('quotes', query.cursor, shape);
      w.add(
        `(${ORDER_KEY} < ? OR (${ORDER_KEY} = ? AND (a.id < ? OR (a.id = ? AND (q.start > ? OR (q.start = ? AND q.id > ?))))))`,
        p, p, aid, aid, start, start, qid,
      );
    }
    const sql = `SELECT q.*, a.title AS a_title, a.published AS a_published, a.url AS a_url FROM ${from} ${w.sql()}
      ORDER BY ${ORDER_KEY} DESC, a.id DESC, q.start, q.id LIMIT ?`;
    const rows = this.ftsAll(sql, [...w.params, query.limit + 1]);
    const items = rows.slice(0, query.limit).map(
      (r): QuoteWithArticle => ({
        ...toQuote(r),
        article: { id: r.article_id as number, title: (r.a_title as string | null) ?? null, published: (r.a_published as string | null) ?? null, url: (r.a_url as string | null) ?? null },
      }),
    );
    const last = items[items.length - 1];
    return {
      items,
      next_cursor: rows.length > query.limit && last ? encodeCursor('quotes', [last.article.published ?? '', last.article_id, last.start, last.id]) : null,
    };
  }

  // ---------------------------------------------------------------- entities

  async listEntities(query: EntityQuery): Promise<Page<EntitySummary>> {
    const w = new Where().add('e.article_count > 0');
    if (query.type) w.add('e.type = ?', query.type);
    if (query.prefix) {
      const p = likePrefix(query.prefix.trim());
      w.add(
        `(e.name LIKE ? ESCAPE '\\' OR e.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM entity_names n
          WHERE n.entity_id = e.id AND n.article_count > 0 AND (n.name LIKE ? ESCAPE '\\' OR n.name LIKE ? ESCAPE '\\')))`,
        p, `% ${p}`, p, `% ${p}`,
      );
    }
    if (query.cursor) {
      const [mc, id] = decodeCursor('entities', query.cursor, ['number', 'number']);
      w.add('(e.mention_count < ? OR (e.mention_count = ? AND e.id > ?))', mc, mc, id);
    }
    const rows = this.st(`SELECT e.id, e.type, e.name, e.article_count, e.mention_count FROM entities e ${w.sql()}
      ORDER BY e.mention_count DESC, e.id LIMIT ?`).all(...w.params, query.limit + 1) as EntitySummary[];
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return { items, next_cursor: rows.length > query.limit && last ? encodeCursor('entities', [last.mention_count, last.id]) : null };
  }

  async getEntity(id: number): Promise<EntityDetail | null> {
    const e = this.st('SELECT id, type, name, article_count, mention_count FROM entities WHERE id = ? AND article_count > 0').get(id) as EntitySummary | undefined;
    if (!e) return null;
    const names = this.st('SELECT name, article_count FROM entity_names WHERE entity_id = ? AND article_count > 0 ORDER BY article_count DESC, name').all(id) as EntityDetail['names'];
    const co = this.st(`SELECT e.id, e.type, e.name, COUNT(*) AS shared_articles FROM article_entities x
      JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id != x.entity_id
      JOIN entities e ON e.id = y.entity_id
      WHERE x.entity_id = ? GROUP BY e.id ORDER BY shared_articles DESC, e.mention_count DESC, e.id LIMIT 10`).all(id) as EntityDetail['co_occurring'];
    const { n } = this.st('SELECT COUNT(*) AS n FROM quotes WHERE speaker_entity_id = ?').get(id) as { n: number };
    return { ...e, quote_count: n, names, co_occurring: co };
  }

  async listMentions(entityId: number, page: PageQuery): Promise<Page<EntityMention>> {
    const w = new Where().add('m.entity_id = ?', entityId);
    if (page.cursor) {
      const [p, aid, start, mid] = decodeCursor('mentions', page.cursor, ['string', 'number', 'number', 'number']);
      w.add(
        `(${ORDER_KEY} < ? OR (${ORDER_KEY} = ? AND (a.id < ? OR (a.id = ? AND (m.start > ? OR (m.start = ? AND m.id > ?))))))`,
        p, p, aid, aid, start, start, mid,
      );
    }
    const rows = this.st(`SELECT m.id, m.start, m."end", m.text, m.kind, a.id AS a_id, a.title AS a_title, a.published AS a_published, a.url AS a_url
      FROM mentions m JOIN articles a ON a.id = m.article_id ${w.sql()}
      ORDER BY ${ORDER_KEY} DESC, a.id DESC, m.start, m.id LIMIT ?`).all(...w.params, page.limit + 1) as Row[];
    const page1 = rows.slice(0, page.limit);
    const items = page1.map(
      (r): EntityMention => ({
        start: r.start as number,
        end: r.end as number,
        text: r.text as string,
        kind: r.kind as EntityMention['kind'],
        article: { id: r.a_id as number, title: (r.a_title as string | null) ?? null, published: (r.a_published as string | null) ?? null, url: (r.a_url as string | null) ?? null },
      }),
    );
    const last = page1[page1.length - 1];
    return {
      items,
      next_cursor: rows.length > page.limit && last
        ? encodeCursor('mentions', [(last.a_published as string | null) ?? '', last.a_id as number, last.start as number, last.id as number])
        : null,
    };
  }

  // ---------------------------------------------------------------- aggregates

  async articlesByMonth(query: ArticleFilter): Promise<MonthCount[]> {
    const w = new Where().add('a.published IS NOT NULL');
    this.articleFilter(w, query);
    return this.ftsAll(`SELECT substr(a.published, 1, 7) AS month, COUNT(*) AS articles FROM articles a ${w.sql()}
      GROUP BY month ORDER BY month`, w.params) as unknown as MonthCount[];
  }

  async mentionsByMonth(query: MentionsByMonthQuery): Promise<MentionMonthCount[]> {
    const w = new Where().add(`d.granularity IN (${MONTHLY_GRANULARITIES.map(() => '?').join(', ')})`, ...MONTHLY_GRANULARITIES);
    if (query.mentions_date_from) w.add('d.value_start >= ?', query.mentions_date_from);
    if (query.mentions_date_to) w.add('d.value_start <= ?', query.mentions_date_to);
    this.articleFilter(w, query);
    return this.ftsAll(`SELECT substr(d.value_start, 1, 7) AS month, COUNT(DISTINCT d.article_id) AS articles, COUNT(*) AS mentions
      FROM dates d JOIN articles a ON a.id = d.article_id ${w.sql()} GROUP BY month ORDER BY month`, w.params) as unknown as MentionMonthCount[];
  }

  async topEntities(query: TopEntitiesQuery): Promise<{ type: EntityType; entities: TopEntity[] }[]> {
    return query.types.map((type) => {
      const w = new Where().add('ae.type = ?', type);
      this.articleFilter(w, query);
      const entities = this.ftsAll(`SELECT e.id, e.type, e.name, COUNT(*) AS articles, SUM(ae.mention_count) AS mentions
        FROM article_entities ae JOIN articles a ON a.id = ae.article_id JOIN entities e ON e.id = ae.entity_id
        ${w.sql()} GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.id LIMIT ?`, [...w.params, query.limit]) as unknown as TopEntity[];
      return { type, entities };
    });
  }

  async topSpeakers(query: TopSpeakersQuery): Promise<TopSpeaker[]> {
    const w = new Where();
    this.articleFilter(w, query);
    if (query.about !== undefined) w.add(QUOTE_MENTIONS, query.about);
    return this.ftsAll(`SELECT e.id, e.type, e.name, COUNT(*) AS quotes, COUNT(DISTINCT q.article_id) AS articles
      FROM quotes q JOIN articles a ON a.id = q.article_id JOIN entities e ON e.id = q.speaker_entity_id
      ${w.sql()} GROUP BY e.id ORDER BY quotes DESC, articles DESC, e.id LIMIT ?`, [...w.params, query.limit]) as unknown as TopSpeaker[];
  }

  // ---------------------------------------------------------------- misc

  async stats(): Promise<Stats> {
    return this.st(`SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM entities WHERE article_count > 0) AS entities,
      (SELECT COUNT(*) FROM mentions) AS mentions, (SELECT COUNT(*) FROM dates) AS dates, (SELECT COUNT(*) FROM quotes) AS quotes`).get() as Stats;
  }

  async getSetting(key: string): Promise<string | null> {
    const r = this.st('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.st('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
