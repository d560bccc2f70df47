import * as chrono from 'chrono-node';
import type { Doc, Stage, TimeExpression } from '../../src/pipeline/types.ts';

/**
 * A baseline dates stage made of chrono-node alone (casual English parser, the publication date as the
 * reference instant), kept to measure what chrono-node contributes: `npm run -s eval:time -- --engine chrono`.
 */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function value(c: chrono.ParsedComponents): { type: 'date' | 'time'; value: string } {
  const d = c.date();
  const y = pad(d.getFullYear(), 4);
  const mo = pad(d.getMonth() + 1);
  const day = pad(d.getDate());
  if (c.isCertain('hour')) return { type: 'time', value: `${y}-${mo}-${day}T${pad(d.getHours())}:${pad(d.getMinutes())}` };
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'date', value: `${y}-${mo}-${day}` };
  if (c.isCertain('month')) return { type: 'date', value: `${y}-${mo}` };
  return { type: 'date', value: y };
}

export const chronoDatesStage: Stage = {
  name: 'dates',
  languages: ['en'],
  run(doc: Doc): void {
    const ref = doc.published ? new Date(`${doc.published}T12:00:00`) : undefined;
    const out: TimeExpression[] = [];
    for (const r of chrono.casual.parse(doc.body, ref)) {
      const v = value(r.start);
      out.push({ start: r.index, end: r.index + r.text.length, text: r.text, ...v });
    }
    doc.dates = out;
  },
};
