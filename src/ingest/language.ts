/**
 * Language of a text: the script decides for non-Latin scripts, stop-word hits decide among the
 * languages written in that script. Stop-word lists come from the `stopword` package (MIT).
 */
import stopwordLists from 'stopword';

/** ISO 639-3 keys of the stopword package → ISO 639-1 codes, for the languages detected here. */
const LANGS: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', nld: 'nl', por: 'pt', pol: 'pl', swe: 'sv', dan: 'da',
  nob: 'no', fin: 'fi', ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro', tur: 'tr', hrv: 'hr', slv: 'sl', cat: 'ca',
  lit: 'lt', lav: 'lv', est: 'et', ind: 'id', vie: 'vi', afr: 'af', eus: 'eu', glg: 'gl', swa: 'sw', tgl: 'tl',
  rus: 'ru', ukr: 'uk', bul: 'bg', ell: 'el', heb: 'he', ara: 'ar', fas: 'fa', hin: 'hi', urd: 'ur',
};
const CYRILLIC = ['ru', 'uk', 'bg'];
const ARABIC = ['ar', 'fa', 'ur'];

let sets: Map<string, Set<string>> | null = null;
/** Word → the languages whose lists hold it (an inverted index: one look-up per word). */
let index: Map<string, string[]> = new Map();

function stopSets(): Map<string, Set<string>> {
  if (sets) return sets;
  sets = new Map();
  for (const [key, code] of Object.entries(LANGS)) {
    const list = stopwordLists[key];
    if (Array.isArray(list)) sets.set(code, new Set(list.map((w) => w.toLowerCase())));
  }
  index = new Map();
  for (const [lang, set] of sets) {
    for (const w of set) {
      if (w.length < 2) continue;
      const l = index.get(w);
      if (l) l.push(lang);
      else index.set(w, [lang]);
    }
  }
  return sets;
}

/** The English stop-word set (for stop-word density of text blocks). */
export function englishStopwords(): Set<string> {
  return stopSets().get('en')!;
}

export function stopwordSet(lang: string): Set<string> | undefined {
  return stopSets().get(lang);
}

function scriptOfChar(c: number): string | null {
  if (c < 0x41) return null;
  if (c <= 0x24f) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 'latin' : null;
  if (c >= 0x1e00 && c <= 0x1eff) return 'latin';
  if (c >= 0x370 && c <= 0x3ff) return 'el';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x530 && c <= 0x58f) return 'hy';
  if (c >= 0x590 && c <= 0x5ff) return 'he';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'hi';
  if (c >= 0x980 && c <= 0x9ff) return 'bn';
  if (c >= 0xe00 && c <= 0xe7f) return 'th';
  if (c >= 0x10a0 && c <= 0x10ff) return 'ka';
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7af)) return 'ko';
  if (c >= 0x3040 && c <= 0x30ff) return 'ja';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return 'han';
  return null;
}

function scriptOf(sample: string): string | null {
  const counts: Record<string, number> = {};
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const s = scriptOfChar(sample.charCodeAt(i));
    if (!s) continue;
    letters++;
    counts[s] = (counts[s] ?? 0) + 1;
  }
  if (letters < 20) return null;
  // Japanese mixes kana with Han characters: any real share of kana means Japanese.
  if ((counts.ja ?? 0) > letters * 0.1) return 'ja';
  let best: string | null = null;
  for (const [s, n] of Object.entries(counts)) if (!best || n > counts[best]!) best = s;
  if (best === 'han') return 'zh';
  return best;
}

/**
 * Detects the language of a text (ISO 639-1), or null when there is too little text to tell.
 * Reads at most the first `maxChars` characters.
 */
export function detectLanguage(text: string, maxChars = 4000): string | null {
  const sample = text.length > maxChars ? text.slice(0, maxChars) : text;
  const script = scriptOf(sample);
  if (!script) return null;
  if (script !== 'latin' && script !== 'cyrillic' && script !== 'arabic') return script;
  const candidates =
    script === 'cyrillic' ? CYRILLIC : script === 'arabic' ? ARABIC : Object.values(LANGS).filter((l) => ![...CYRILLIC, ...ARABIC, 'el', 'he', 'hi'].includes(l));
  const tokens = sample.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
  if (tokens.length < 5) return script === 'latin' ? null : candidates[0]!;
  const all = stopSets();
  // Hits per language; a word listed for several languages counts for each a share.
  const hits = new Map<string, number>();
  for (const t of tokens) {
    const langs = index.get(t);
    if (!langs) continue;
    const w = 1 / langs.length;
    for (const l of langs) hits.set(l, (hits.get(l) ?? 0) + w);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const lang of candidates) {
    const set = all.get(lang);
    const h = hits.get(lang);
    if (!set || !h) continue;
    // Damped by the list's size so that long lists do not win by being long.
    const score = h / tokens.length / Math.pow(set.size, 0.1);
    if (score > bestScore) {
      bestScore = score;
      best = lang;
    }
  }
  if (!best || bestScore * Math.pow(100, 0.1) < 0.04) return script === 'latin' ? null : candidates[0]!;
  return best;
}
