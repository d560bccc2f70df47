/**
 * Mozilla's Readability over a linkedom DOM: a second opinion on where the article is. It is slower than the
 * block extractor (a full DOM is built), so it runs only when asked or when the block extractor finds little.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The article's HTML according to Readability, or null when it finds none. */
export function readabilityHtml(html: string): string | null {
  try {
    // Scripts, styles, comments and inline graphics are dropped by Readability anyway; removing them first
    // makes the DOM it works on much smaller.
    const lean = html.replace(/<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<svg\b[\s\S]*?<\/svg\s*>|<noscript\b[^>]*>\s*<img[^>]*>\s*<\/noscript>/gi, '');
    const { document } = parseHTML(lean);
    const article = new Readability(document as never, { charThreshold: 250, keepClasses: true }).parse();
    return article?.content ?? null;
  } catch {
    return null;
  }
}
