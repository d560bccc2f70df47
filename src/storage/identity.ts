import { createHash } from 'node:crypto';

/** The identity of an article's text: sha256 of the body with whitespace runs collapsed to one space. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body.normalize('NFC').replace(/\s+/g, ' ').trim(), 'utf8').digest('hex');
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ocid|cmpid)$/i;

/**
 * A URL normalized for identity: http and https alike, lower-case host without "www.", no default port,
 * no fragment, no tracking parameters, sorted query, no trailing slash. Anything that is not an http(s) URL is kept as written (trimmed).
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url || !url.trim()) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return url.trim();
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  let path = u.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const search = u.searchParams.toString();
  return `//${u.host.toLowerCase().replace(/^www\./, '')}${path}${search ? `?${search}` : ''}`;
}
