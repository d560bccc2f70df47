import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.ts';
import type { AppOptions } from '../src/app.ts';
import { emptyDraft } from '../src/ingest/draft.ts';
import type { ArticleDraft } from '../src/ingest/types.ts';
import { createDoc } from '../src/pipeline/run.ts';
import type { Doc, Entity, EntityType, MentionKind, Quote, QuoteKind, TimeType } from '../src/pipeline/types.ts';
import type { ArticleToSave } from '../src/storage/repository.ts';

/** Anything with tap's teardown (a tap Test). */
interface Teardown {
  teardown(fn: () => unknown): void;
}

/** An app on a fresh in-memory database with the real migrations, closed when the test ends. */
export async function build(t: Teardown, opts: AppOptions = {}) {
  const app = await buildApp({ db: ':memory:', ...opts });
  t.teardown(() => app.close());
  await app.ready();
  return app;
}

export const SEED_FILE = fileURLToPath(new URL('../../shared/seed/jpost-netanyahu-blinken.txt', import.meta.url));
export const readSeed = (): string => readFileSync(SEED_FILE, 'utf8');

/** Offsets of the n-th occurrence (0-based) of `text` in `body`; throws when it is not there. */
export function span(body: string, text: string, nth = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = body.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" (#${nth}) is not in the body`);
  }
  return { start: at, end: at + text.length, text };
}

export interface EntitySpec {
  type: EntityType;
  name: string;
  /** Mention texts in order of appearance: [text, kind] or text (a name), each the next occurrence. */
  mentions: (string | [string, MentionKind])[];
}

export interface DocSpec {
  title?: string;
  published?: string | null;
  language?: string;
  entities?: EntitySpec[];
  dates?: { text: string; type?: TimeType; value: string; nth?: number }[];
  quotes?: { text: string; kind?: QuoteKind; cue?: string; speaker?: { text: string; entity?: string; nth?: number } | string }[];
}

/** A document with annotation layers built by hand (the pipeline of this branch fills in only some of them). */
export function docWith(body: string, spec: DocSpec = {}): Doc {
  const doc = createDoc({ body, title: spec.title ?? null, published: spec.published ?? null, language: spec.language ?? 'en' });
  // Each mention takes the next occurrence of its text that no earlier mention covers.
  const used: { start: number; end: number }[] = [];
  const next = (text: string) => {
    for (let n = 0; ; n++) {
      const s = span(body, text, n);
      if (!used.some((u) => s.start < u.end && u.start < s.end)) {
        used.push(s);
        return s;
      }
    }
  };
  doc.entities = (spec.entities ?? []).map((e, i): Entity => {
    const id = `e${i + 1}`;
    const mentions = e.mentions.map((m) => {
      const [text, kind] = typeof m === 'string' ? [m, 'name' as const] : m;
      return { ...next(text), type: e.type, kind, entity_id: id };
    });
    return { id, type: e.type, name: e.name, mentions };
  });
  doc.mentions = doc.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  doc.dates = (spec.dates ?? []).map((d) => ({ ...span(body, d.text, d.nth ?? 0), type: d.type ?? 'date', value: d.value }));
  const entityId = (name?: string) => (name ? (doc.entities.find((e) => e.name === name)?.id ?? null) : null);
  doc.quotes = (spec.quotes ?? []).map((q): Quote => {
    const sp = typeof q.speaker === 'string' ? { text: q.speaker, entity: undefined } : q.speaker;
    const spSpan = sp ? span(body, sp.text, 'nth' in sp ? (sp.nth ?? 0) : 0) : null;
    return {
      ...span(body, q.text),
      kind: q.kind ?? 'direct',
      cue: q.cue ? span(body, q.cue) : null,
      speaker: sp && spSpan ? { name: sp.text, start: spSpan.start, end: spSpan.end, entity_id: entityId(sp.entity) } : null,
    };
  });
  return doc;
}

export function article(body: string, spec: DocSpec = {}, draft: Partial<ArticleDraft> = {}): ArticleToSave {
  const doc = docWith(body, spec);
  return { draft: { ...emptyDraft(), title: spec.title ?? null, body, blocks: doc.blocks, published: spec.published ?? null, ...draft }, doc };
}

// Two short articles written for these tests, with every annotation layer.
export const BODY_A =
  'Prime Minister Jane Doe met Foreign Minister Omar Haddad in Lisbon on Tuesday.\n\n' +
  '“We agreed on a plan for the harbour,” Doe said after the meeting.\n\n' +
  'The Harbour Authority said work would start in March 2025.';

export const ARTICLE_A: DocSpec = {
  title: 'Doe and Haddad agree on harbour plan',
  published: '2024-10-23',
  entities: [
    { type: 'person', name: 'Jane Doe', mentions: ['Jane Doe', 'Doe'] },
    { type: 'person', name: 'Omar Haddad', mentions: ['Omar Haddad'] },
    { type: 'place', name: 'Lisbon', mentions: ['Lisbon'] },
    { type: 'organization', name: 'Harbour Authority', mentions: ['Harbour Authority'] },
  ],
  dates: [
    { text: 'Tuesday', value: '2024-10-22' },
    { text: 'March 2025', value: '2025-03' },
  ],
  quotes: [
    { text: '“We agreed on a plan for the harbour,”', cue: 'said', speaker: { text: 'Doe', entity: 'Jane Doe', nth: 1 } },
    { text: 'work would start in March 2025', kind: 'indirect', cue: 'said', speaker: { text: 'The Harbour Authority', entity: 'Harbour Authority' } },
  ],
};

export const BODY_B =
  'Doe visited Porto on Friday.\n\n“The harbour will be ready by 2026,” she told reporters.\n\nHaddad stayed in Lisbon until November.';

export const ARTICLE_B: DocSpec = {
  title: 'Doe visits Porto',
  published: '2024-10-26',
  entities: [
    { type: 'person', name: 'Doe', mentions: ['Doe', ['she', 'pronoun']] },
    { type: 'place', name: 'Porto', mentions: ['Porto'] },
    { type: 'person', name: 'Haddad', mentions: ['Haddad'] },
    { type: 'place', name: 'Lisbon', mentions: ['Lisbon'] },
  ],
  dates: [
    { text: 'Friday', value: '2024-10-25' },
    { text: '2026', value: '2026' },
    { text: 'November', value: '2024-11' },
  ],
  quotes: [{ text: '“The harbour will be ready by 2026,”', cue: 'told reporters', speaker: { text: 'she', entity: 'Doe' } }],
};
