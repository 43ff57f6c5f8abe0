import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * The one XML tokenizer under the .xlsx reader and patcher: saxes 6 (a strict, conforming XML 1.0 parser).
 * Entities, character references, CDATA, self-closing elements, attributes in either quote and namespace
 * prefixes are the parser's business, never a pattern's. Chosen over htmlparser2 12's XML mode by
 * measurement on the 1,000-client workbook (43 MB of XML: saxes without positions is as fast or faster)
 * and because it rejects XML that is not well-formed, which is what the patcher checks every part with.
 */

/** Namespaces, transitional (what Excel writes) and strict (ISO 29500 Strict, "purl.oclc.org"). */
export const NS = {
  main: [
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    'http://purl.oclc.org/ooxml/spreadsheetml/main',
  ],
  rel: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
  packageRel: ['http://schemas.openxmlformats.org/package/2006/relationships'],
  contentTypes: ['http://schemas.openxmlformats.org/package/2006/content-types'],
} as const;
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** XML that is not well-formed (the parser's own message, in English: it goes into logs, not to users). */
export class XmlError extends Error {}

/** Text for element content: & < > escaped, and the characters XML 1.0 cannot hold dropped. */
export const escapeText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
/** Text for a double-quoted attribute value; line breaks and tabs as references, so they survive. */
export const escapeAttr = (s: string) =>
  escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');

/** A qualified name split, its prefix resolved through the declarations in scope. */
export interface Name {
  local: string;
  ns: string;
}

/** The in-scope namespace declarations: a stack, pushed only by elements that declare something. */
class Scope {
  private frames: { depth: number; map: Map<string, string> }[] = [
    { depth: -1, map: new Map([['xml', XML_NS]]) },
  ];
  private cache = new Map<string, Name>();
  depth = 0;

  /** Take the declarations of an element's attributes (call on every open tag, before resolving). */
  enter(attrs: Record<string, string>) {
    let map: Map<string, string> | undefined;
    for (const k in attrs) {
      if (k !== 'xmlns' && !k.startsWith('xmlns:')) continue;
      map ??= new Map(this.frames[this.frames.length - 1]!.map);
      map.set(k === 'xmlns' ? '' : k.slice(6), attrs[k]!);
    }
    if (map) {
      this.frames.push({ depth: this.depth, map });
      this.cache = new Map();
    }
    this.depth++;
  }
  leave() {
    this.depth--;
    const top = this.frames[this.frames.length - 1]!;
    if (top.depth === this.depth) {
      this.frames.pop();
      this.cache = new Map();
    }
  }
  /** An element name (unprefixed: the default namespace). */
  element(qname: string): Name {
    let n = this.cache.get(qname);
    if (!n) {
      n = this.split(qname, true);
      this.cache.set(qname, n);
    }
    return n;
  }
  /** An attribute name (unprefixed: no namespace). */
  attribute(qname: string): Name {
    return this.split(qname, false);
  }
  private split(qname: string, isElement: boolean): Name {
    const colon = qname.indexOf(':');
    const map = this.frames[this.frames.length - 1]!.map;
    if (colon < 0) return { local: qname, ns: isElement ? (map.get('') ?? '') : '' };
    return { local: qname.slice(colon + 1), ns: map.get(qname.slice(0, colon)) ?? '' };
  }
}

/** An attribute by namespace and local name (e.g. the `r:id` of a sheet, whatever its prefix). */
export function attrNs(
  attrs: Record<string, string>,
  scope: { attribute(q: string): Name },
  ns: readonly string[],
  local: string,
): string | undefined {
  for (const k in attrs) {
    const n = scope.attribute(k);
    if (n.local === local && ns.includes(n.ns)) return attrs[k];
  }
  return undefined;
}

export interface ScanHandlers {
  /** An element starts; `name.ns` is its namespace. A self-closing element also gets its close at once. */
  open?(name: Name, attrs: Record<string, string>, scope: Scope): void;
  close?(name: Name): void;
  /** Character data, entities and references decoded, CDATA sections included as their text. */
  text?(s: string): void;
}

function parser(position: boolean) {
  return new SaxesParser({ xmlns: false, position });
}

/** Run through a whole part, calling the handlers; throws XmlError when the part is not well-formed. */
export function scan(xml: string, h: ScanHandlers): void {
  const p = parser(false);
  const scope = new Scope();
  let error: Error | undefined;
  p.on('error', (e) => {
    error ??= e;
  });
  const open = h.open;
  const close = h.close;
  const names: Name[] = [];
  // Only a start tag that holds "xmlns" can declare a namespace: look at the attributes of those alone
  // (the parser's position is just past the tag), so the rows of a sheet cost no attribute walk.
  let nextDecl = xml.indexOf('xmlns');
  p.on('opentag', (tag: SaxesTagPlain) => {
    if (nextDecl >= 0 && nextDecl < p.position) {
      scope.enter(tag.attributes);
      nextDecl = xml.indexOf('xmlns', p.position);
    } else scope.depth++;
    const name = scope.element(tag.name);
    names.push(name);
    open?.(name, tag.attributes, scope);
  });
  p.on('closetag', () => {
    const name = names.pop()!;
    close?.(name);
    scope.leave();
  });
  if (h.text) {
    p.on('text', h.text);
    p.on('cdata', h.text);
  }
  run(p, xml, () => error);
}

function run(p: SaxesParser, xml: string, error: () => Error | undefined) {
  try {
    p.write(xml).close();
  } catch (e) {
    throw new XmlError(e instanceof Error ? e.message : String(e));
  }
  const e = error();
  if (e) throw new XmlError(e.message);
}

/** Throws XmlError unless the text is one well-formed XML document. */
export function checkWellFormed(xml: string): void {
  const p = parser(false);
  let error: Error | undefined;
  p.on('error', (e) => {
    error ??= e;
  });
  run(p, xml, () => error);
}

/**
 * An element of a part, with where it sits in the part's text: [start, openEnd) is its start tag,
 * [closeStart, end) its end tag (both empty at `end` for a self-closing element), so an edit can replace
 * exactly an element, its content or its start tag and leave every other character as it was.
 */
export interface XNode {
  /** The qualified name as written (`x:c`). */
  qname: string;
  local: string;
  ns: string;
  attrs: Record<string, string>;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  children: XNode[];
  parent: XNode | null;
  /** The element's own character data (not its children's), decoded. */
  text: string;
  /** The namespace of an attribute prefix in scope at this element (for writing `r:id` with the right prefix). */
  prefixOf(ns: readonly string[]): string | undefined;
}

/**
 * The element tree of a part with positions. Elements named in `opaque` (local names, e.g. sheetData)
 * are kept without their descendants (the part is still checked whole), so a sheet of 90,000 rows costs
 * no more than its first lines.
 */
export function parseTree(xml: string, opaque: ReadonlySet<string> = new Set()): XNode {
  const p = parser(true);
  const scope = new Scope();
  let error: Error | undefined;
  p.on('error', (e) => {
    error ??= e;
  });
  let root: XNode | null = null;
  const stack: (XNode | null)[] = [];
  let hidden = 0;
  p.on('opentag', (tag: SaxesTagPlain) => {
    scope.enter(tag.attributes);
    if (hidden > 0) {
      hidden++;
      stack.push(null);
      return;
    }
    const name = scope.element(tag.name);
    const openEnd = p.position;
    const start = xml.lastIndexOf('<', openEnd - 1);
    const parent = (stack[stack.length - 1] as XNode | undefined) ?? null;
    const decl = new Map<string, string>();
    for (const k in tag.attributes) if (k.startsWith('xmlns:')) decl.set(tag.attributes[k]!, k.slice(6));
    const node: XNode = {
      qname: tag.name,
      local: name.local,
      ns: name.ns,
      attrs: tag.attributes,
      start,
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      selfClosing: !!tag.isSelfClosing,
      children: [],
      parent,
      text: '',
      prefixOf(ns) {
        for (const [uri, prefix] of decl) if (ns.includes(uri)) return prefix;
        return parent?.prefixOf(ns);
      },
    };
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
    if (opaque.has(name.local)) hidden = 1;
  });
  p.on('closetag', () => {
    const node = stack.pop();
    if (hidden > 0) hidden--;
    if (node) {
      node.end = p.position;
      node.closeStart = node.selfClosing ? node.end : xml.lastIndexOf('</', node.end - 1);
    }
    scope.leave();
  });
  const onText = (s: string) => {
    const top = stack[stack.length - 1];
    if (top && hidden === 0) top.text += s;
  };
  p.on('text', onText);
  p.on('cdata', onText);
  run(p, xml, () => error);
  if (!root) throw new XmlError('no root element');
  return root;
}

/** The children of a node in one of the namespaces with this local name. */
export const childrenNamed = (n: XNode, local: string, ns?: readonly string[]) =>
  n.children.filter((c) => c.local === local && (!ns || ns.includes(c.ns)));
/** The first child with this local name. */
export const child = (n: XNode, local: string, ns?: readonly string[]) =>
  n.children.find((c) => c.local === local && (!ns || ns.includes(c.ns)));
/** Every descendant with this local name, in document order. */
export function descendants(n: XNode, local: string): XNode[] {
  const out: XNode[] = [];
  const walk = (x: XNode) => {
    for (const c of x.children) {
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(n);
  return out;
}
/** All the character data inside a node, its descendants' included, in document order. */
export function textOf(n: XNode, skip: ReadonlySet<string> = new Set()): string {
  // a node's own text is collected whole, so interleave is lost; for our uses (runs of <t>) order is by child
  if (n.children.length === 0) return n.text;
  return n.children.map((c) => (skip.has(c.local) ? '' : textOf(c, skip))).join('');
}

/** The text with each [start, end) range replaced (ranges in order, not overlapping). */
export function splice(xml: string, edits: { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new XmlError('overlapping edits');
    out.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(xml.slice(at));
  return out.join('');
}
