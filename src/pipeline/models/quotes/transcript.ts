import type { Doc, Entity, Quote } from '../../types.ts';

/**
 * Interview transcripts: lines labelled with who speaks ("Whitcombe: That's fair criticism …", "((Richard Stallman))
 * I think …", "A: Honestly, it has been …") are that person's words, quoted directly, though no quotation mark or
 * verb of saying frames them. The interviewer's lines (labelled "Q", "WN", or with a name whose lines are mostly
 * questions) are not taken; an "A:" line is the interviewee's, the one person the other labels name, or else the
 * first person the article names.
 */

/** A label opening a line: "((Name))", "Q:", "A:", or one to four capitalised words and a colon. */
const LABEL = /^(?:\(\((?<paren>[^()\n]{1,60}?)\)\)\s*|(?<qa>[QA])\s*:\s+|(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s+)/u;
/** Labels of the interviewer. */
const INTERVIEWER = /^(?:Q|WN|Wikinews|Interviewer|Question)$/i;
/** A transcript has at least this many labelled lines. */
const MIN_LINES = 3;

interface Line {
  label: string;
  labelStart: number;
  labelEnd: number;
  start: number;
  end: number;
}

function labelledLines(doc: Doc): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(doc.body); m; m = re.exec(doc.body)) {
    const head = LABEL.exec(m[0]);
    if (!head) continue;
    const label = (head.groups!.paren ?? head.groups!.qa ?? head.groups!.name)!.trim();
    const labelStart = m.index + head[0].indexOf(label);
    let start = m.index + head[0].length;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(doc.body[start]!)) start++;
    while (end > start && /\s/.test(doc.body[end - 1]!)) end--;
    lines.push({ label, labelStart, labelEnd: labelStart + label.length, start, end });
  }
  return lines;
}

/** The person a label names: a person mention inside it, or the one person whose name ends with it. */
function personOf(doc: Doc, line: Line): Entity | null {
  const m = doc.mentions.find((x) => x.type === 'person' && x.entity_id && x.start >= line.labelStart && x.end <= line.labelEnd);
  if (m) return doc.entities.find((e) => e.id === m.entity_id) ?? null;
  // A label in capitals ("PENCE:", "MR. TRUMP:") names the person whose name ends with it, whatever the case.
  const label = /^[^\p{Ll}]+$/u.test(line.label) ? line.label.replace(/^(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN)\.?\s+/, '').toLowerCase() : line.label;
  const named = (name: string): string => (label === line.label ? name : name.toLowerCase());
  const people = doc.entities.filter((e) => e.type === 'person' && (named(e.name) === label || named(e.name).endsWith(` ${label}`)));
  return people.length === 1 ? people[0]! : null;
}

export function transcriptQuotes(doc: Doc, quotes: readonly Quote[]): Quote[] {
  const lines = labelledLines(doc);
  if (lines.length < MIN_LINES) return [];
  const byLabel = new Map<string, Line[]>();
  for (const l of lines) byLabel.set(l.label, [...(byLabel.get(l.label) ?? []), l]);
  // Not a transcript unless someone answers: a label used on several lines that are not questions.
  const interviewer = (label: string): boolean => {
    if (INTERVIEWER.test(label)) return true;
    const own = byLabel.get(label)!;
    return own.filter((l) => doc.body[l.end - 1] === '?').length * 2 >= own.length;
  };
  const speakers = new Map<string, Entity | null>();
  for (const [label, own] of byLabel) if (label !== 'A' && !interviewer(label)) speakers.set(label, personOf(doc, own[0]!));
  if (![...speakers.values()].some(Boolean) && !byLabel.has('A')) return [];
  const named = [...new Set([...speakers.values()].filter((e): e is Entity => !!e))];
  const interviewerPeople = new Set([...byLabel.keys()].filter(interviewer).map((l) => personOf(doc, byLabel.get(l)![0]!)?.id));
  const interviewee = named.length === 1 ? named[0]! : (doc.entities.find((e) => e.type === 'person' && !interviewerPeople.has(e.id)) ?? null);
  const out: Quote[] = [];
  for (const l of lines) {
    if (interviewer(l.label) && l.label !== 'A') continue;
    const entity = l.label === 'A' ? interviewee : speakers.get(l.label);
    if (!entity) continue;
    // (An answer is some sentences long, not a list's "Name: Party."; and it does not name its speaker, as a
    // glossary's "Rensis Likert: Rensis Likert along with his associates studied …" does.)
    const text = doc.body.slice(l.start, l.end);
    if (text.split(/\s+/).length < 8 || text.includes(entity.name.split(' ').at(-1)!)) continue;
    if (quotes.some((q) => q.kind === 'direct' && q.start < l.end && l.start < q.end)) continue;
    out.push({
      start: l.start,
      end: l.end,
      text,
      kind: 'direct',
      cue: null,
      speaker: l.label === 'A' ? { entity_id: entity.id, name: entity.name, start: null, end: null } : { entity_id: entity.id, name: entity.name, start: l.labelStart, end: l.labelEnd },
    });
  }
  return out;
}
