/**
 * Converts the MEANTIME English corpus (Wikinews articles, CAT XML) to a CoNLL-format file of named-entity
 * mentions for `eval:ner`: name mentions (syntactic type NAM) of PER, ORG and LOC entities, IOB1 tags.
 * Products, financial entities and nominal or pronominal mentions are left out (O); a leading article is cut
 * from the extent, as CoNLL annotates; titles and appositions inside MEANTIME extents are kept.
 *
 *   node --import tsx scripts/meantime-conll.ts [DIR] > meantime.conll
 *   npm run -s eval:ner -- --data meantime.conll
 *
 * Note: MEANTIME annotates the entities that take part in the events of the article; other names stay
 * unannotated, so precision against it is a lower bound. Recall is the figure to watch.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spansToIob1, type LabelSpan } from '../src/pipeline/models/ner/tags.ts';

const dir = process.argv[2] ?? fileURLToPath(new URL('../../shared/eval-data/meantime-english/intra_cross-doc_annotation/', import.meta.url));

function xmlFiles(d: string): string[] {
  return readdirSync(d)
    .sort()
    .flatMap((n) => (statSync(join(d, n)).isDirectory() ? xmlFiles(join(d, n)) : n.endsWith('.xml') ? [join(d, n)] : []));
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const out: string[] = [];
for (const file of xmlFiles(dir)) {
  const xml = readFileSync(file, 'utf8');
  const tokens = [...xml.matchAll(/<token number="\d+" sentence="(\d+)" t_id="(\d+)">([^<]*)<\/token>/g)].map((m) => ({ sentence: Number(m[1]), id: Number(m[2]), text: unescape(m[3]!) }));
  const types = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY\b[^>]*\bent_type="([A-Z]+)"[^>]*\bm_id="(\d+)"/g)) types.set(m[2]!, m[1]!);
  const refers = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1]!)?.[1];
    if (target) for (const src of m[1]!.matchAll(/<source m_id="(\d+)"/g)) refers.set(src[1]!, target);
  }
  const mentions: { ids: number[]; label: string }[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION[^>]*m_id="(\d+)" syntactic_type="NAM">([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const type = types.get(refers.get(m[1]!) ?? '');
    if (type !== 'PER' && type !== 'ORG' && type !== 'LOC') continue;
    mentions.push({ ids: [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((x) => Number(x[1])), label: type });
  }
  const bySentence = new Map<number, typeof tokens>();
  for (const t of tokens) {
    if (!bySentence.has(t.sentence)) bySentence.set(t.sentence, []);
    bySentence.get(t.sentence)!.push(t);
  }
  out.push('-DOCSTART- -X- -X- O', '');
  for (const sent of [...bySentence.keys()].sort((a, b) => a - b).map((k) => bySentence.get(k)!)) {
    const index = new Map(sent.map((t, i) => [t.id, i]));
    const spans: LabelSpan[] = [];
    for (const m of mentions) {
      const idx = m.ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      if (idx.length !== m.ids.length || idx.length === 0) continue;
      let start = Math.min(...idx);
      // CoNLL extents leave out a leading article ("the United States" → "United States").
      while (start < Math.max(...idx) && /^(?:the|a|an)$/i.test(sent[start]!.text)) start++;
      const end = Math.max(...idx) + 1;
      if (spans.some((s) => s.start < end && start < s.end)) continue; // nested or overlapping: keep the first
      spans.push({ start, end, label: m.label as LabelSpan['label'] });
    }
    const tags = spansToIob1(sent.length, spans);
    sent.forEach((t, i) => out.push(`${t.text.replace(/\s+/g, '_') || '_'} -X- -X- ${tags[i]}`));
    out.push('');
  }
}
process.stdout.write(out.join('\n') + '\n');
