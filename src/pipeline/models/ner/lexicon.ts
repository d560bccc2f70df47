import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * The NER lexicon: word clusters (from word embeddings) and gazetteers (name lists), both derived from licensed
 * npm packages by scripts/build-ner-lexicon.ts. Sources and licences: data/models/README.md.
 */

export const LEXICON_URL = new URL('../../../../data/models/ner-lexicon.json.gz', import.meta.url);

export interface LexiconData {
  version: 1;
  /** Source package → version. */
  sources: Record<string, string>;
  /** "word\tpath" lines; a path is `depth` digits in base `branch`, coarse to fine. */
  clusters: { branch: number; depth: number; words: string };
  /** Gazetteer name → phrases. */
  gazetteers: Record<string, string[]>;
  /** English words (lower case), one a line. */
  dictionary: string;
}

/** Lower case, diacritics folded, typographic apostrophes straightened: the form lexicon look-ups use. */
export function lexiconKey(word: string): string {
  let w = word.toLowerCase();
  if (/[\u0080-\uffff]/.test(w)) w = w.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'");
  return w;
}

export interface GazetteerMatch {
  /** Token index range [start, end). */
  start: number;
  end: number;
  /** Index of the gazetteer in `Lexicon.gazetteerNames`. */
  gazetteer: number;
}

export class Lexicon {
  readonly gazetteerNames: string[];
  readonly clusterDepth: number;
  private readonly clusters: Map<string, string>;
  private readonly phrases: Map<string, number>;
  private readonly firstWords: Map<string, number>;
  private readonly words: Set<string>;

  constructor(data: LexiconData) {
    this.clusterDepth = data.clusters.depth;
    this.clusters = new Map();
    for (const line of data.clusters.words.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.clusters.set(line.slice(0, tab), line.slice(tab + 1));
    }
    this.words = new Set(data.dictionary.split('\n'));
    this.gazetteerNames = Object.keys(data.gazetteers).sort();
    this.phrases = new Map();
    this.firstWords = new Map();
    this.gazetteerNames.forEach((name, g) => {
      for (const phrase of data.gazetteers[name]!) {
        const words = phrase.split(' ').map(lexiconKey);
        const key = words.join(' ');
        this.phrases.set(key, (this.phrases.get(key) ?? 0) | (1 << g));
        const first = words[0]!;
        this.firstWords.set(first, Math.max(this.firstWords.get(first) ?? 0, words.length));
      }
    });
  }

  static load(url: URL = LEXICON_URL): Lexicon {
    return new Lexicon(JSON.parse(gunzipSync(readFileSync(url)).toString('utf8')) as LexiconData);
  }

  /** The cluster path of a word (lexicon key), or '' when the word is not in the cluster vocabulary. */
  cluster(key: string): string {
    return this.clusters.get(key) ?? '';
  }

  /** Whether a word (lexicon key) is in the English word list. */
  isWord(key: string): boolean {
    return this.words.has(key);
  }

  /** Whether a phrase (words as written) is in one of the named gazetteers. */
  inGazetteer(phrase: string, names: readonly string[]): boolean {
    const mask = this.phrases.get(phrase.split(' ').map(lexiconKey).join(' ')) ?? 0;
    return names.some((name) => {
      const g = this.gazetteerNames.indexOf(name);
      return g >= 0 && (mask & (1 << g)) !== 0;
    });
  }

  /** The longest match of each gazetteer starting at each token (tokens given as lexicon keys). */
  match(keys: readonly string[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < keys.length; i++) {
      const max = this.firstWords.get(keys[i]!);
      if (!max) continue;
      let seen = 0;
      for (let len = Math.min(max, keys.length - i); len >= 1; len--) {
        const mask = this.phrases.get(len === 1 ? keys[i]! : keys.slice(i, i + len).join(' '));
        if (!mask) continue;
        for (let g = 0; g < this.gazetteerNames.length; g++) {
          const bit = 1 << g;
          if (mask & bit && !(seen & bit)) {
            out.push({ start: i, end: i + len, gazetteer: g });
            seen |= bit;
          }
        }
      }
    }
    return out;
  }
}
