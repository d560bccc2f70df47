import { decodeAs, decodeByBom, decodeHtmlBytes, decodeWindows1252 } from './html/decode.ts';
import type { InputFormat } from './types.ts';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export function isHtmlFile(ext: string): boolean {
  return HTML_EXTENSIONS.has(ext.toLowerCase());
}

/**
 * Input bytes → text. Web pages are decoded by their byte-order mark, the charset given by the caller
 * (an HTTP Content-Type) or the one the page declares; other inputs by their byte-order mark (UTF-8 or
 * UTF-16, as Windows editors save text), else as UTF-8 or the caller's charset, with windows-1252 as the
 * fallback for bytes that are not valid UTF-8.
 */
export function decodeInput(bytes: Uint8Array, format: InputFormat, charset?: string | null): string {
  if (format === 'html') return decodeHtmlBytes(bytes, charset);
  const marked = decodeByBom(bytes);
  if (marked !== null) return marked;
  const label = charset?.toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return decodeAs(bytes, label);
    } catch {
      /* unknown label: read as UTF-8 */
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    return decodeWindows1252(bytes);
  }
}
