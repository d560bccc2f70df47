/** Word lists of English time expressions and their readings (general English, no corpus phrases). */

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** Parts of the day and their TimeML codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', noon: 'MI', midday: 'MI',
};

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, a: 1, an: 1, single: 1,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23,
  'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28,
  'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31, last: -1, final: -1,
};

/** Vague quantities: their durations get an X ("several years" → PXY). */
export const VAGUE_QUANTITIES = new Set(['several', 'few', 'a few', 'some', 'many', 'numerous', 'multiple', 'countless', 'a number of']);

/** Reads a number written in digits or words ("24", "1,000", "twenty-four", "a couple of", "1 1/2", "two and a half"). NaN when vague. */
export function parseNumber(raw: string): number {
  let s = raw.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
  let frac = 0;
  const half = /(?:^| )(?:and )?(?:a half|one half|1\/2|½)$|(?:^| )and half$/.exec(s) ?? /½$/.exec(s);
  if (half) {
    frac = 0.5;
    s = s.slice(0, half.index).trim();
    if (s === '') return 0.5;
  }
  const quarter = /(?:^| )(?:and )?(?:a quarter|one quarter|1\/4|¼)$/.exec(s);
  if (quarter) {
    frac = 0.25;
    s = s.slice(0, quarter.index).trim();
  }
  if (/^half(?: an?)?$/.test(s)) return 0.5;
  if (/^\d[\d,]*(?:\.\d+)?$/.test(s)) return parseFloat(s.replace(/,/g, '')) + frac;
  if (/^(?:a )?couple(?: of)?$/.test(s)) return 2 + frac;
  if (/^(?:a )?dozen$/.test(s)) return 12 + frac;
  if (VAGUE_QUANTITIES.has(s) || /^(?:a few|few|several|some|many|dozens of|hundreds of|thousands of)$/.test(s)) return NaN;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of s.split(/[ -]+/)) {
    if (w === 'and') continue;
    if (w in SMALL) current += SMALL[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return NaN;
    seen = true;
  }
  return seen ? total + current + frac : NaN;
}

export function parseOrdinal(raw: string): number {
  const s = raw.toLowerCase().replace(/\s+/g, '-');
  const m = /^(\d+)(?:st|nd|rd|th)?$/.exec(s);
  if (m) return +m[1]!;
  return ORDINALS[s] ?? NaN;
}

/** Time units and their TimeML duration letters; `time` units go after the T. */
export interface Unit {
  key: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'fortnight' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'millennium';
  letter: string;
  time: boolean;
  /** How many of the letter one unit is (a decade is 10 Y). */
  factor: number;
}

const UNITS: Record<string, Unit> = {
  second: { key: 'second', letter: 'S', time: true, factor: 1 },
  minute: { key: 'minute', letter: 'M', time: true, factor: 1 },
  hour: { key: 'hour', letter: 'H', time: true, factor: 1 },
  day: { key: 'day', letter: 'D', time: false, factor: 1 },
  night: { key: 'day', letter: 'D', time: false, factor: 1 },
  week: { key: 'week', letter: 'W', time: false, factor: 1 },
  weekend: { key: 'weekend', letter: 'D', time: false, factor: 2 },
  fortnight: { key: 'fortnight', letter: 'W', time: false, factor: 2 },
  month: { key: 'month', letter: 'M', time: false, factor: 1 },
  quarter: { key: 'quarter', letter: 'Q', time: false, factor: 1 },
  year: { key: 'year', letter: 'Y', time: false, factor: 1 },
  decade: { key: 'decade', letter: 'Y', time: false, factor: 10 },
  century: { key: 'century', letter: 'Y', time: false, factor: 100 },
  millennium: { key: 'millennium', letter: 'Y', time: false, factor: 1000 },
};

/** "years" → year, "hrs" → hour, "centuries" → century; undefined when not a unit. */
export function unitOf(raw: string): Unit | undefined {
  let s = raw.toLowerCase();
  if (s === 'centuries') s = 'century';
  else if (s === 'millennia') s = 'millennium';
  else if (/^(?:hrs?|hours?)$/.test(s)) s = 'hour';
  else if (/^(?:mins?|minutes?)$/.test(s)) s = 'minute';
  else if (/^(?:secs?|seconds?)$/.test(s)) s = 'second';
  else if (/^(?:yrs?|years?)$/.test(s)) s = 'year';
  else if (/^(?:mos?|months?)$/.test(s)) s = 'month';
  else if (/^(?:wks?|weeks?)$/.test(s)) s = 'week';
  else if (s.endsWith('s')) s = s.slice(0, -1);
  return UNITS[s];
}

/** A TimeML duration for n units ("P3D", "PT5H", "P2Y6M", "PXY" for an unknown n). */
export function durationValue(n: number, unit: Unit): string {
  const t = unit.time ? 'T' : '';
  if (Number.isNaN(n)) {
    if (unit.key === 'decade') return 'PXY';
    if (unit.key === 'century') return 'PXCE';
    if (unit.key === 'weekend') return 'PXWE';
    return `P${t}X${unit.letter}`;
  }
  let amount = n * unit.factor;
  if (unit.key === 'weekend') return `P${amount}D`;
  if (Number.isInteger(amount)) return `P${t}${amount}${unit.letter}`;
  // Fractions: spell the remainder in the next smaller unit when it is whole ("2 1/2 years" → P2Y6M).
  const whole = Math.floor(amount);
  const rest = amount - whole;
  const smaller: Record<string, [string, number, boolean]> = {
    Y: ['M', 12, false], M: ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], Q: ['M', 3, false],
  };
  const sm = smaller[unit.letter];
  if (sm && !(unit.time && unit.letter === 'M')) {
    const r = rest * sm[1];
    if (Number.isInteger(r)) {
      const head = whole ? `${whole}${unit.letter}` : '';
      if (sm[2] && !unit.time) return `P${head}T${r}${sm[0]}`;
      return `P${t}${head}${r}${sm[0]}`;
    }
  }
  if (unit.time && unit.letter === 'M') {
    const r = rest * 60;
    if (Number.isInteger(r)) return `PT${whole ? `${whole}M` : ''}${r}S`;
  }
  amount = Math.round(amount * 100) / 100;
  return `P${t}${amount}${unit.letter}`;
}
