/**
 * A lean DOM built straight from htmlparser2's parser events (no DOM library objects): elements with their
 * name, attributes, children, parent and source offsets, and text nodes. Parsing a typical news page takes a
 * few milliseconds, which keeps extraction fast.
 */
import { Parser } from 'htmlparser2';

export interface Text {
  type: 'text';
  data: string;
  parent: Element | Document | null;
}

export interface Comment {
  type: 'comment';
  data: string;
  parent: Element | Document | null;
}

export interface Element {
  /** "script" and "style" elements have their own types, as in domhandler. */
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
  children: ChildNode[];
  parent: Element | Document | null;
  startIndex: number;
  endIndex: number;
}

export interface Document {
  type: 'root';
  children: ChildNode[];
  parent: null;
  startIndex: number;
  endIndex: number;
}

export type ChildNode = Element | Text | Comment;

export function parseHtml(html: string): Document {
  const doc: Document = { type: 'root', children: [], parent: null, startIndex: 0, endIndex: html.length };
  const stack: (Element | Document)[] = [doc];
  let top: Element | Document = doc;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: Element = {
          type: name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag',
          name,
          attribs,
          children: [],
          parent: top,
          startIndex: parser.startIndex,
          endIndex: html.length,
        };
        top.children.push(el);
        stack.push(el);
        top = el;
      },
      onclosetag() {
        if (stack.length > 1) {
          const el = stack.pop() as Element;
          el.endIndex = parser.endIndex;
          top = stack[stack.length - 1]!;
        }
      },
      ontext(data) {
        const last = top.children[top.children.length - 1];
        if (last && last.type === 'text') last.data += data;
        else top.children.push({ type: 'text', data, parent: top });
      },
      oncomment(data) {
        top.children.push({ type: 'comment', data, parent: top });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  // Fragments and pages without <html>: everything goes under one synthetic <html> element, so that every
  // piece of text has an element above it.
  if (!doc.children.some((c) => c.type === 'tag' && c.name === 'html')) {
    const root: Element = { type: 'tag', name: 'html', attribs: {}, children: doc.children, parent: doc, startIndex: 0, endIndex: html.length };
    for (const c of root.children) c.parent = root;
    doc.children = [root];
  }
  return doc;
}

export function isElement(n: ChildNode | Document): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/** class, id and a few other naming attributes, lower-cased, for reading an element's role from its names. */
export function names(el: Element): string {
  const a = el.attribs;
  let s = '';
  if (a.class) s += a.class;
  if (a.id) s += ' ' + a.id;
  if (a.role) s += ' role-' + a.role;
  if (a.itemprop) s += ' itemprop-' + a.itemprop;
  if (a['data-component']) s += ' ' + a['data-component'];
  if (a['data-testid']) s += ' ' + a['data-testid'];
  return s.toLowerCase();
}

/** Every element of the tree, in document order. */
export function* elements(root: Document | Element): Generator<Element> {
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      yield n;
      const ch = n.children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
    }
  }
}

export function find(root: Document | Element, pred: (el: Element) => boolean): Element | null {
  for (const el of elements(root)) if (pred(el)) return el;
  return null;
}

export function findAll(root: Document | Element, pred: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const el of elements(root)) if (pred(el)) out.push(el);
  return out;
}

/** Raw text of a subtree (no separators between blocks; use for short inline elements). */
export function textOf(n: ChildNode | Document): string {
  if (n.type === 'text') return n.data;
  if (n.type === 'comment' || n.type === 'script' || n.type === 'style') return '';
  let s = '';
  for (const c of n.children) s += textOf(c);
  return s;
}

/** Text of a subtree with spaces between elements and collapsed whitespace. */
export function spacedText(n: ChildNode | Document): string {
  const parts: string[] = [];
  const walk = (x: ChildNode | Document) => {
    if (x.type === 'text') parts.push(x.data);
    else if (x.type === 'tag' || x.type === 'root') {
      for (const c of x.children) walk(c);
      parts.push(' ');
    }
  };
  walk(n);
  return collapse(parts.join(''));
}

/** Collapses whitespace and drops invisible characters (soft hyphens, zero-width spaces, direction marks). */
export function collapse(s: string): string {
  return s
    .replace(/[\u00ad\u200b\u2060\ufeff\u200e\u200f]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

export function remove(el: Element): void {
  const p = el.parent;
  if (!p) return;
  const i = p.children.indexOf(el);
  if (i >= 0) p.children.splice(i, 1);
  el.parent = null;
}

/** The node before `n` among its parent's children. */
export function previousSibling(n: ChildNode): ChildNode | null {
  const p = n.parent;
  if (!p) return null;
  const i = p.children.indexOf(n);
  return i > 0 ? p.children[i - 1]! : null;
}

export function isAncestor(a: Element, b: Element): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„' };

/** Decodes character references left in attribute values and JSON-LD strings ("&#8216;", "&amp;"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}
