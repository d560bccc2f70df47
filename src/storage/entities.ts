import { entityKey } from '../pipeline/stages/entities.ts';
import type { EntityType } from '../pipeline/types.ts';

/**
 * Canonical (cross-article) entities. Two article entities are the same canonical entity when their type and
 * key (entityKey: case, diacritics, honorifics, "the", possessives and aliases such as US/U.S. folded) agree.
 * Besides that, a one-word person name ("Netanyahu") links to the one stored person whose multi-word name ends
 * with that word, and an all-capitals organization name ("PMO") to the one stored organization with that
 * acronym; when there are several such candidates (or none) the name stays an entity of its own. For people
 * the full name wins over an entity of the surname made earlier (an article that said only "Netanyahu" before
 * any article said "Benjamin Netanyahu"): that entity keeps its articles, later surname mentions go to the full
 * name. For organizations an entity named exactly by the acronym ("NATO") wins over a full name.
 */
export { entityKey };

const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;

/** What a later short mention of the entity would look like: a person's surname, an organization's acronym. */
export function shortKey(type: EntityType, key: string, name: string): string | null {
  if (type === 'person') {
    const words = key.split(' ').filter((w) => !NAME_SUFFIX.test(w));
    return words.length >= 2 ? words[words.length - 1]! : null;
  }
  if (type === 'organization') {
    const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:of|the|and|for)$/i.test(w));
    if (words.length < 2) return null;
    return words.map((w) => w[0]).join('').toLowerCase();
  }
  return null;
}

/** The short key under which a stored entity could be found for this name, when the name is itself short. */
export function lookupShortKey(type: EntityType, key: string, name: string): string | null {
  if (type === 'person') return key.includes(' ') ? null : key;
  if (type === 'organization') {
    const bare = name.replace(/[.’']/g, '');
    return /^\p{Lu}{2,}$/u.test(bare) ? bare.toLowerCase() : null;
  }
  return null;
}
