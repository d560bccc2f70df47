// windows-1252 bytes 0x80–0x9F (Node's TextDecoder reads them as latin-1 control characters).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** windows-1252 (the web's "latin-1") → string, with the printable characters of 0x80–0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** A TextDecoder for `label`, with windows-1252 and its aliases read correctly. */
export function decodeAs(bytes: Uint8Array, label: string): string {
  const decoder = new TextDecoder(label);
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/** Bytes that open with a UTF-8 or UTF-16 byte-order mark → string (without the mark); null without one. */
export function decodeByBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return null;
}

/**
 * Bytes of a web page → string: a byte-order mark, then the charset the page declares in its first
 * kilobytes, then UTF-8 when the bytes are valid UTF-8, then windows-1252.
 */
export function decodeHtmlBytes(bytes: Uint8Array, declared?: string | null): string {
  const marked = decodeByBom(bytes);
  if (marked !== null) return marked;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  const charset = (declared ?? m?.[1] ?? '').toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      // A page that declares latin-1 but is valid UTF-8 is UTF-8 (a common mislabel).
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      try {
        return decodeAs(bytes, charset);
      } catch {
        /* unknown label: fall through */
      }
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
