-- Articles, canonical entities, annotations and full-text search.
-- Offsets (start, end) are JavaScript string indices into articles.body; end is exclusive.

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  title TEXT,
  body TEXT NOT NULL,
  blocks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(blocks)),
  published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  published_source TEXT,
  url TEXT,
  -- url and canonical_url normalized for identity (lower-case scheme and host, no fragment, no tracking parameters)
  url_key TEXT,
  canonical_url TEXT,
  canonical_key TEXT,
  source TEXT,
  authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
  language TEXT NOT NULL DEFAULT 'en',
  captions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(captions)),
  credits TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(credits)),
  -- sha256 of the body with its whitespace collapsed: the same text is the same article
  content_hash TEXT NOT NULL,
  annotations_skipped TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(annotations_skipped)),
  -- draft fields that have no column of their own (e.g. the boilerplate the cleaner removed)
  metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url_key ON articles (url_key) WHERE url_key IS NOT NULL;
CREATE INDEX articles_canonical_key ON articles (canonical_key) WHERE canonical_key IS NOT NULL;
CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
-- the listing order: newest publication first, undated last, then id
CREATE INDEX articles_order ON articles (coalesce(published, ''), id);
CREATE INDEX articles_source ON articles (source COLLATE NOCASE, coalesce(published, ''), id);
CREATE INDEX articles_language ON articles (language, coalesce(published, ''), id);

-- Cross-article entities: one row per (type, normalized key).
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place')),
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  -- person with a multi-word name: its last word (links a later surname-only mention); organization: its acronym
  short_key TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0,
  UNIQUE (type, key)
);
CREATE INDEX entities_by_mentions ON entities (mention_count DESC, id);
CREATE INDEX entities_type_by_mentions ON entities (type, mention_count DESC, id);
CREATE INDEX entities_short_key ON entities (type, short_key) WHERE short_key IS NOT NULL;

-- The names an entity was given in articles, with how many articles used each.
CREATE TABLE entity_names (
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  article_count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, name)
) WITHOUT ROWID;
CREATE INDEX entity_names_name ON entity_names (name COLLATE NOCASE);

-- An entity of one article, linked to its canonical entity (one row per article and canonical entity).
CREATE TABLE article_entities (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  -- the article-level ids of the pipeline ("e1", "e4") merged into this row, comma-separated
  local_ids TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  mention_count INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);
CREATE INDEX article_entities_type ON article_entities (type, article_id);

-- Entity counts and names follow article_entities.
CREATE TRIGGER article_entities_ai AFTER INSERT ON article_entities BEGIN
  UPDATE entities SET article_count = article_count + 1, mention_count = mention_count + new.mention_count
    WHERE id = new.entity_id;
  INSERT INTO entity_names (entity_id, name, article_count) VALUES (new.entity_id, new.name, 1)
    ON CONFLICT (entity_id, name) DO UPDATE SET article_count = article_count + 1;
END;
CREATE TRIGGER article_entities_ad AFTER DELETE ON article_entities BEGIN
  UPDATE entities SET article_count = article_count - 1, mention_count = mention_count - old.mention_count
    WHERE id = old.entity_id;
  UPDATE entity_names SET article_count = article_count - 1 WHERE entity_id = old.entity_id AND name = old.name;
  DELETE FROM entity_names WHERE entity_id = old.entity_id AND name = old.name AND article_count <= 0;
END;

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place')),
  kind TEXT NOT NULL CHECK (kind IN ('name', 'nominal', 'pronoun')),
  CHECK ("end" > start AND start >= 0)
);
CREATE INDEX mentions_article ON mentions (article_id, start);
CREATE INDEX mentions_entity ON mentions (entity_id, article_id, start);

CREATE TABLE dates (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('date', 'time', 'duration', 'set')),
  value TEXT NOT NULL,
  -- the calendar days the value covers (YYYY-MM-DD, inclusive), when it names a point or period of time
  value_start TEXT,
  value_end TEXT,
  granularity TEXT,
  CHECK ("end" > start AND start >= 0)
);
CREATE INDEX dates_article ON dates (article_id, start);
CREATE INDEX dates_value ON dates (value_start, value_end, article_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  speaker_name TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_entity_id INTEGER REFERENCES entities (id),
  CHECK ("end" > start AND start >= 0)
);
CREATE INDEX quotes_article ON quotes (article_id, start);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity_id, article_id);
CREATE INDEX quotes_speaker_name ON quotes (speaker_name COLLATE NOCASE);

-- Full-text search over title and body, and over quote text, kept in sync by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, body, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
  text, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
