import type { Doc } from './types.ts';

/** Plural nouns of agents ("servants", "protesters", "scientists", "migrants", "historians"), most of them people. */
const AGENT_PLURAL = /^\p{Ll}{3,}(?:ers|ors|ists|ants|ians)$|^\p{Ll}{3,}(?:wo)?men$/u;
const NOT_PEOPLE = /^(?:numbers|papers|orders|matters|cent(?:er|re)s|letters|waters|borders|chambers|powers|towers|offers|answers|factors|sectors|errors|motors|doors|floors|colou?rs|flavou?rs|rumou?rs|(?:head)?quarters|computers|containers|layers|filters|markers|banners|posters|meters|metres|plants|restaurants|grants|pants|elephants|ants|registers|parameters|indicators|elevators|corridors|mirrors|monsters|disasters|barriers|shares|others)$/;
const PEOPLE_HEAD = /^(?:people|men|women|children|police|crowds|troops|citizens|locals|fans|youths|villagers|relatives|families|groups|unions|students|residents|parents|patients|clients|opponents|respondents|officials|activists|lawmakers|leaders|experts|doctors|advocates|critics|voters|witnesses|victims|survivors|soldiers|diplomats|executives|scholars|refugees|rebels|militants|colleagues|authorities|staff|nurses|judges|athletes)$/;
const NOT_A_MODIFIER = /^(?:what|ever|whatever|because|if|when|while|although|though|as|then|there|here|also|even|still|just|only|now|yet|where|how|why|who|which|that|this|such|more|less)$/;
const GROUP_DETERMINER = /^(?:the|these|those|some|many|most|other|several|both|all|their|his|her|our|local|angry|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|scores)$/i;

/**
 * The plural group of people a sentence opens with as its subject, naming no entity ("Civil servants earn on average
 * …", "The groups have targeted …", "Hundreds of angry fishermen gathered …"): its character range, or null. A later
 * "they" is more likely to mean that group than an organization named before it.
 */
export function groupSubject(doc: Doc, s: number): [number, number] | null {
  const k0 = doc.sentences[s]!.tokenStart;
  const word = (i: number): string => doc.tokens[i]?.text ?? '';
  const from = /^(?:but|and|yet|so)$/i.test(word(k0)) ? k0 + 1 : k0;
  let k = from;
  if (GROUP_DETERMINER.test(word(k))) k++;
  if (/^of$/i.test(word(k))) k++;
  if (/^(?:the|these|those)$/i.test(word(k)) && k > k0 + 1) k++;
  // Up to two modifiers, then the head noun, all in lower case but for the sentence's first word.
  let head = -1;
  for (let j = k; j < k + 3 && j < doc.tokens.length && doc.tokens[j]!.sentence === s; j++) {
    const w = j === from ? word(j).toLowerCase() : word(j);
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || NOT_A_MODIFIER.test(w)) break;
    if (PEOPLE_HEAD.test(w) || (AGENT_PLURAL.test(w) && !NOT_PEOPLE.test(w))) {
      head = j;
      break;
    }
  }
  // Its verb follows: a lower-case word, not "of", a possessive or a coordination.
  if (head < 0 || /^(?:of|['’]s?|and|or)$/i.test(word(head + 1)) || !/^\p{Ll}/u.test(word(head + 1))) return null;
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[head]!.end;
  if (doc.mentions.some((m) => m.kind === 'name' && m.start < end && m.end > start)) return null;
  return [start, end];
}

/** A state after a city in a hyphenated modifier (", Ohio-based", ", N.J.-based"): the city only describes the noun after it. */
export const CITY_STATE_MODIFIER = /^,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?-(?:based|headquartered|born|area)\b/u;
