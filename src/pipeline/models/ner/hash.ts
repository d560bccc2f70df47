/** 32-bit hashing for feature keys, and a seeded PRNG for deterministic training. */

/** FNV-1a over UTF-16 code units, finished with an avalanche step. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Murmur3's finaliser: spreads every input bit over the output. */
export function fmix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines a feature template id with one value hash. */
export function key1(template: number, a: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** Combines a feature template id with two value hashes. */
export function key2(template: number, a: number, b: number): number {
  return fmix(Math.imul(key1(template, a), 0x27d4eb2f) ^ b);
}

/** Combines a feature template id with three value hashes. */
export function key3(template: number, a: number, b: number, c: number): number {
  return fmix(Math.imul(key2(template, a, b), 0x165667b1) ^ c);
}

/** A small seeded PRNG (mulberry32): same seed, same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place with the given PRNG. */
export function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}
