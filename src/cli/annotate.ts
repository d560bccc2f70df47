import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeInput, isHtmlFile } from '../ingest/bytes.ts';
import { InputError } from '../ingest/errors.ts';
import { prepare } from '../ingest/prepare.ts';
import type { InputFormat } from '../ingest/types.ts';
import { annotationJson } from '../pipeline/output.ts';
import { parseArgs } from './args.ts';

const FORMATS: readonly InputFormat[] = ['text', 'html', 'json', 'raw'];

export const ANNOTATE_USAGE = `Usage: byline annotate [--format text|html|json|raw] [--published YYYY-MM-DD] FILE...
  Prints one JSON document per input (FILE may be - for standard input).
  --format     how to read the input (default: from the file extension; text otherwise)
               text: scraped plain text, cleaned of site boilerplate; html: a web page;
               json: an article record; raw: the file is the body exactly as it is
  --published  publication date, the reference for relative dates ("Tuesday")`;

export function formatFor(file: string, given: string | undefined): InputFormat {
  if (given) {
    if (!(FORMATS as readonly string[]).includes(given)) throw new InputError('invalid_format', `Unknown --format "${given}"`);
    return given as InputFormat;
  }
  const ext = extname(file).toLowerCase();
  if (isHtmlFile(ext)) return 'html';
  if (ext === '.json') return 'json';
  return 'text';
}

export async function readInput(file: string): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  return readFile(file);
}

export async function annotateCommand(argv: readonly string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { options, positionals } = parseArgs(argv, ['format', 'published']);
  if (options.has('help') || positionals.length === 0) {
    (positionals.length === 0 && !options.has('help') ? process.stderr : out).write(ANNOTATE_USAGE + '\n');
    return options.has('help') ? 0 : 2;
  }
  const format = options.get('format');
  const published = options.get('published');
  let failures = 0;
  for (const file of positionals) {
    try {
      const fmt = formatFor(file, typeof format === 'string' ? format : undefined);
      const content = decodeInput(await readInput(file), fmt);
      const { draft, doc } = prepare(fmt, content, { published: typeof published === 'string' ? published : null });
      const json = {
        ...annotationJson(doc),
        source: draft.source,
        url: draft.url,
        authors: draft.authors,
        language: draft.language,
        captions: draft.captions,
        credits: draft.credits,
        published_source: draft.published_source,
      };
      out.write(JSON.stringify(json) + '\n');
    } catch (err) {
      failures++;
      const e = err as Error & { code?: string };
      process.stderr.write(`byline annotate: ${file}: ${e instanceof InputError ? `${e.code}: ` : ''}${e.message}\n`);
    }
  }
  return failures ? 1 : 0;
}
