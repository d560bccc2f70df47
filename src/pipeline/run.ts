import type { Block, Doc, DocInput, Stage } from './types.ts';

/** Blocks of a body whose paragraphs are separated by blank lines. */
export function blocksFromBody(body: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(body[start]!)) start++;
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    if (end > start) blocks.push({ start, end, kind: 'paragraph' });
  }
  return blocks;
}

export function createDoc(input: DocInput): Doc {
  return {
    body: input.body,
    title: input.title ?? null,
    published: input.published ?? null,
    language: (input.language ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en',
    blocks: input.blocks ? input.blocks.map((b) => ({ ...b })) : blocksFromBody(input.body),
    tokens: [],
    sentences: [],
    mentions: [],
    entities: [],
    dates: [],
    quotes: [],
    annotations_skipped: [],
  };
}

/** Runs the stages in order over a new document. Stages that do not support the language are skipped and listed. */
export function run(stages: readonly Stage[], input: DocInput): Doc {
  const doc = createDoc(input);
  for (const stage of stages) {
    if (stage.languages && !stage.languages.includes(doc.language)) {
      doc.annotations_skipped.push(`${stage.name}: language ${doc.language}`);
      continue;
    }
    stage.run(doc);
  }
  return doc;
}
