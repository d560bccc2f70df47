import { createDoc } from '../pipeline/run.ts';
import type { Doc, Stage } from '../pipeline/types.ts';
import { ArticleInput } from '../schemas/articles.ts';
import { StaleDuplicateError } from '../storage/errors.ts';
import { contentHash } from '../storage/identity.ts';
import type { ArticleToSave, Repository, SaveResult } from '../storage/repository.ts';
import { InputError } from './errors.ts';
import { recordContent } from './json.ts';
import { annotateDraft, toDraft } from './prepare.ts';
import type { ArticleDraft, ArticleHints, InputFormat } from './types.ts';

/**
 * Ingest: the one place where the pipeline and storage meet. A batch is first prepared item by item
 * (extraction and annotation, pure), then written in one transaction. If any item cannot become an
 * article, nothing of the batch is written and the error names the item.
 */

export interface IngestItem {
  format: InputFormat;
  content: string;
  hints: ArticleHints;
  /** Where the item came from, for error messages ("line 3", "a.txt"). */
  label?: string;
}

export interface BatchSummary {
  articles: number;
  created: number;
  updated: number;
  duplicates: number;
  items: SaveResult[];
}

function hintsOf(v: { title?: string | null; url?: string | null; source?: string | null; published?: string | null; language?: string | null; authors?: string | string[] | null }): ArticleHints {
  const authors = typeof v.authors === 'string' ? v.authors.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean) : v.authors;
  return { title: v.title, url: v.url, source: v.source, published: v.published, language: v.language, authors: authors?.map((a) => a.trim()).filter(Boolean) };
}

/** An API article record (validated JSON) → ingest item. */
export function itemFromInput(input: ArticleInput, label?: string): IngestItem {
  const content = input.text ?? input.html ?? '';
  const format: InputFormat = input.format ?? (input.html !== undefined ? 'html' : 'text');
  return { format, content, hints: hintsOf(input), ...(label ? { label } : {}) };
}

/** A record of a batch: validated against the ArticleCreate schema. */
export function itemFromRecord(value: unknown, label: string): IngestItem {
  const parsed = ArticleInput.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new InputError('invalid_record', `${label}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, { item: label, issues });
  }
  return itemFromInput(parsed.data, label);
}

/** A loosely shaped JSON record from a file (feed exports: "headline", "link", "body", …) → ingest item. */
export function itemFromLooseRecord(value: unknown, label: string): IngestItem {
  try {
    if (value && typeof value === 'object' && !Array.isArray(value) && (value as Record<string, unknown>).format === 'raw') {
      return itemFromRecord(value, label);
    }
    const rec = recordContent(value);
    return { format: rec.format, content: rec.content, hints: rec.hints, label };
  } catch (err) {
    if (err instanceof InputError) throw new InputError(err.code, `${label}: ${err.message}`, { item: label, ...(err.details ? { cause: err.details } : {}) });
    throw err;
  }
}

/** NDJSON text → records with their line numbers (blank lines are skipped). */
export function parseNdjson(text: string): { value: unknown; line: number }[] {
  const out: { value: unknown; line: number }[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    try {
      out.push({ value: JSON.parse(line), line: i + 1 });
    } catch (err) {
      throw new InputError('invalid_json', `line ${i + 1}: not valid JSON (${(err as Error).message})`, { item: `line ${i + 1}`, line: i + 1 });
    }
  });
  return out;
}

const validSpan = (body: string, s: { start: number; end: number; text: string }) =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= body.length && body.slice(s.start, s.end) === s.text;

/**
 * Annotations whose span does not index the body (a stage's bug) are dropped rather than stored wrong or
 * failing the whole batch; each layer that lost some says so in annotations_skipped.
 */
export function dropInvalidSpans(doc: Doc): Doc {
  const dropped = new Map<string, number>();
  const count = (layer: string) => dropped.set(layer, (dropped.get(layer) ?? 0) + 1);
  for (const e of doc.entities) {
    e.mentions = e.mentions.filter((m) => validSpan(doc.body, m) || (count('mentions'), false));
  }
  doc.entities = doc.entities.filter((e) => e.mentions.length > 0);
  doc.dates = doc.dates.filter((d) => validSpan(doc.body, d) || (count('dates'), false));
  doc.quotes = doc.quotes.filter((q) => validSpan(doc.body, q) || (count('quotes'), false));
  for (const q of doc.quotes) {
    if (q.cue && !validSpan(doc.body, q.cue)) {
      q.cue = null;
      count('quote cues');
    }
    const sp = q.speaker;
    // The speaker's name may be its entity's name rather than the words at its span ("he"): only bounds are checked.
    if (sp && sp.start !== null && sp.end !== null && !validSpan(doc.body, { start: sp.start, end: sp.end, text: doc.body.slice(sp.start, sp.end) })) {
      q.speaker = { ...sp, start: null, end: null };
      count('speaker spans');
    }
  }
  for (const [layer, n] of dropped) doc.annotations_skipped.push(`${layer}: ${n} with a span that does not match the body dropped`);
  return doc;
}

/** Runs `fn`, turning an InputError into one that names the item. */
function labelled<T>(item: IngestItem, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof InputError) {
      const message = item.label && !err.message.startsWith(`${item.label}:`) ? `${item.label}: ${err.message}` : err.message;
      throw new InputError(err.code, message, { ...(item.label ? { item: item.label } : {}), ...(err.details !== undefined ? { cause: err.details } : {}) });
    }
    throw err;
  }
}

/** One item → clean draft. Throws InputError naming the item. */
export function draftItem(item: IngestItem): ArticleDraft {
  return labelled(item, () => {
    const draft = toDraft(item.format, item.content, item.hints);
    if (!draft.body.trim()) throw new InputError('empty_article', 'No article text was found in the input.');
    return draft;
  });
}

function annotated(draft: ArticleDraft, stages?: readonly Stage[]): ArticleToSave {
  const prepared = annotateDraft(draft, stages);
  dropInvalidSpans(prepared.doc);
  return prepared;
}

/** One item → draft → annotated document. Throws InputError naming the item. */
export function prepareItem(item: IngestItem, stages?: readonly Stage[]): ArticleToSave {
  const draft = draftItem(item);
  return labelled(item, () => annotated(draft, stages));
}

export function summarize(items: SaveResult[]): BatchSummary {
  return {
    articles: items.length,
    created: items.filter((r) => r.status === 'created').length,
    updated: items.filter((r) => r.status === 'updated').length,
    duplicates: items.filter((r) => r.status === 'duplicate').length,
    items,
  };
}

export interface DraftedItem {
  item: IngestItem;
  draft: ArticleDraft;
}

/**
 * Drafts → articles to save. A draft whose text is already stored is not annotated again (re-ingesting a
 * collection costs only the extraction): it goes to storage unannotated, marked as an expected duplicate.
 */
async function prepareDrafts(repo: Repository, drafted: readonly DraftedItem[], stages: readonly Stage[] | undefined, skipKnown: boolean): Promise<ArticleToSave[]> {
  const hashes = drafted.map((d) => contentHash(d.draft.body));
  const known = skipKnown ? await repo.findByContentHash(hashes) : new Map<string, number>();
  return drafted.map(({ item, draft }, i) => {
    if (known.has(hashes[i]!)) {
      const doc = createDoc({ body: draft.body, title: draft.title, published: draft.published, language: draft.language, blocks: draft.blocks });
      return { draft, doc, expectDuplicate: true };
    }
    return labelled(item, () => annotated(draft, stages));
  });
}

/**
 * Annotates drafted items (pure) and writes them in one transaction: all or nothing. Should an article thought
 * stored vanish before the write, the batch is annotated in full and written again.
 */
export async function saveDrafts(repo: Repository, drafted: readonly DraftedItem[], stages?: readonly Stage[]): Promise<BatchSummary> {
  try {
    return summarize(await repo.saveArticles(await prepareDrafts(repo, drafted, stages, true)));
  } catch (err) {
    if (!(err instanceof StaleDuplicateError)) throw err;
    return summarize(await repo.saveArticles(await prepareDrafts(repo, drafted, stages, false)));
  }
}

/** Extracts every item (any invalid one fails the batch, named), annotates them, then writes the batch in one transaction. */
export async function ingestBatch(repo: Repository, items: readonly IngestItem[], stages?: readonly Stage[]): Promise<BatchSummary> {
  return saveDrafts(repo, items.map((item) => ({ item, draft: draftItem(item) })), stages);
}

export async function ingestOne(repo: Repository, item: IngestItem, stages?: readonly Stage[]): Promise<SaveResult> {
  const { items } = await ingestBatch(repo, [item], stages);
  return items[0]!;
}
