import t from 'tap';
import { annotate } from '../../src/pipeline/index.ts';

// Word soup built from the pieces the quote and coreference conventions look for (cues, quotation marks, datelines,
// titles, party tags, ages): the pipeline must never throw, and every span it returns must be the text at its offsets.
const PIECES = [
  'said', 'told', 'according', 'to', 'that', 'who', 'which', ',', '.', '"', '“', '”', '‘', '’', "'", 'The', 'the', 'company',
  'A', 'neighbour', 'he', 'she', 'it', 'they', 'X.', 'on', 'Monday', 'late', 'quoted', 'as', 'saying', 'BERLIN', '(Reuters)',
  '-', '—', 'Smith', 'John', 'Acme', 'Corp', 'D-N.Y.', 'No.', '5', '230-to-198.', 'Q:', 'charged', 'with', 'shot', 'back',
  'In', 'At', 'least', 'were', 'killed', '\n\n', 'reported', 'be', 'of', 'University', 'Commission', 'for', 'and', 'Wales',
  'Government', 'Iraq', 'its', 'the 27-year-old', 'St.', 'Louis', 'Det', 'Insp', 'Sputnik', 'News', 'PG&E', 'top10.com',
];

t.test('random word soup: no exception, every offset right', async (t) => {
  let seed = 7;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let quotes = 0;
  for (let n = 0; n < 400; n++) {
    const words = Array.from({ length: 1 + Math.floor(rnd() * 80) }, () => PIECES[Math.floor(rnd() * PIECES.length)]!);
    const body = words.join(' ');
    const doc = annotate({ body, published: '2024-01-01' });
    for (const q of doc.quotes) {
      quotes++;
      if (body.slice(q.start, q.end) !== q.text || q.start >= q.end) t.fail(`quote offsets in ${JSON.stringify(body)}`);
      if (q.cue && body.slice(q.cue.start, q.cue.end) !== q.cue.text) t.fail(`cue offsets in ${JSON.stringify(body)}`);
      if (q.speaker?.start != null && (q.speaker.end == null || q.speaker.end <= q.speaker.start || q.speaker.end > body.length)) t.fail(`speaker offsets in ${JSON.stringify(body)}`);
    }
    for (const m of doc.mentions) if (body.slice(m.start, m.end) !== m.text) t.fail(`mention offsets in ${JSON.stringify(body)}`);
    for (const d of doc.dates) if (body.slice(d.start, d.end) !== d.text) t.fail(`date offsets in ${JSON.stringify(body)}`);
  }
  t.ok(quotes > 50, `the soup gave quotes to check (${quotes})`);
});
