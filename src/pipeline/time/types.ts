import type { TimeType } from '../types.ts';
import type { YMD } from './calendar.ts';
import type { Tense } from './tense.ts';

/** A normalized reading of a time expression. */
export interface Reading {
  type: TimeType;
  value: string;
  /** A comparison point ("a year earlier"): later anaphora do not refer back to it. */
  aside?: boolean;
}

/** What a rule's normalizer may consult: the reference date, the tense of the clause, earlier expressions. */
export interface Context {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The publication date, or null. */
  readonly published: YMD | null;
  /** Reference for deictic expressions ("yesterday"): the publication date, else the last full date of the text. */
  anchor(): YMD | null;
  /** Tense of the clause around the expression. */
  tense(): Tense;
  /**
   * The latest earlier expression whose value passes `test`, within `maxDistance` characters (0: the nearest in
   * the same sentence). With `events`, the time of a report ("police said Tuesday") gives way to the latest
   * time of the events reported, the reference of "the next day" or "that day" (so does the start of a state lasting
   * until now: "since Sunday"). With `before`, only expressions that end before that offset (in the same sentence:
   * those after the expression only up to it).
   */
  previous(test: (value: string) => boolean, maxDistance?: number, events?: boolean, before?: number): string | null;
}

/** A pattern rule: where it matches, and how the match reads. */
export interface Rule {
  readonly name: string;
  readonly re: RegExp;
  /** Cue classes (any of them) a sentence must contain for the rule to run; see CUES in extract.ts. */
  readonly cues?: readonly Cue[];
  /** Cheap test on the lower-cased sentence: the rule runs only when it is true. */
  readonly needs?: RegExp;
  /** Rejects a match from its context before overlaps are resolved (null: keep). */
  readonly accept?: (m: RegExpExecArray, text: string) => boolean;
  /** Narrows the extent: [start, end] offsets relative to the match. */
  readonly trim?: (m: RegExpExecArray) => [number, number];
  readonly read: (m: RegExpExecArray, cx: Context) => Reading | null;
  /** Resolved after the other expressions (clock times that borrow the date of the sentence). */
  readonly late?: boolean;
  /** May touch a hyphen or dash with a digit on its other side: one end of a range ("2009-2011", "March 3-5"). */
  readonly rangeEnd?: boolean;
}

/** Classes of cue words found by one scan of each sentence. */
export type Cue = 'month' | 'weekday' | 'digit' | 'unit' | 'deictic' | 'vague' | 'frequency' | 'holiday' | 'season' | 'spelled' | 'fiscal' | 'period';

export type { TimeType, Tense, YMD };
