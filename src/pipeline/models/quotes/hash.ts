/** 32-bit hashing of feature keys without building strings: template ids mixed with word hashes. */

const cache = new Map<string, number>();

/** FNV-1a over UTF-16 code units, memoised (words repeat a lot). */
export function strHash(s: string): number {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 0;
  if (cache.size > 200_000) cache.clear();
  cache.set(s, h);
  return h;
}

/** Hash of (template, a, b, c): a feature key (two multiply-xorshift rounds per value). */
export function mix(template: number, a = 0, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}
