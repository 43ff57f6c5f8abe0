import { ourTabOf } from './our-tabs.ts';
import { attrNs, NS, scan } from './xml.ts';

/** A relationship of a part (`_rels/*.rels`). */
export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationships of a `.rels` part, in order. */
export function readRels(xml: string): Rel[] {
  const out: Rel[] = [];
  scan(xml, {
    open(name, a) {
      if (name.local === 'Relationship' && NS.packageRel.includes(name.ns as never))
        out.push({
          id: a.Id ?? '',
          type: a.Type ?? '',
          target: a.Target ?? '',
          external: a.TargetMode === 'External',
        });
    },
  });
  return out;
}

/** Does a relationship type end in this kind (worksheet, sharedStrings, …), transitional or strict? */
export const relIs = (type: string, kind: string) => NS.rel.some((ns) => type === `${ns}/${kind}`);

export interface WorkbookSheet {
  name: string;
  /** The relationship id of its part. */
  rid: string;
  state: string | undefined;
}

/**
 * The workbook part: its tabs in order, whether it counts dates from 1904, and the tabs an earlier
 * --write added (named by our hidden defined names, cli/ooxml/our-tabs.ts).
 */
export function readWorkbookPart(xml: string): {
  sheets: WorkbookSheet[];
  date1904: boolean;
  ours: string[];
} {
  const sheets: WorkbookSheet[] = [];
  const ours: string[] = [];
  let date1904 = false;
  let defined: { name: string | undefined; local: string | undefined; text: string } | null = null;
  scan(xml, {
    open(name, a, scope) {
      if (!NS.main.includes(name.ns as never)) return;
      if (name.local === 'sheet')
        sheets.push({ name: a.name ?? '', rid: attrNs(a, scope, NS.rel, 'id') ?? '', state: a.state });
      else if (name.local === 'workbookPr')
        date1904 = ['1', 'true'].includes((a.date1904 ?? '').trim().toLowerCase());
      else if (name.local === 'definedName') defined = { name: a.name, local: a.localSheetId, text: '' };
    },
    close(name) {
      if (name.local !== 'definedName' || !defined) return;
      const tab = ourTabOf(defined.name, defined.local, defined.text);
      if (tab !== undefined) ours.push(tab);
      defined = null;
    },
    text(s) {
      if (defined) defined.text += s;
    },
  });
  return { sheets, date1904, ours };
}

function dirOf(path: string) {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}
/** A relationship target as a package path (no leading slash). */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (dirOf(base) + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
/** The `.rels` part of a part. */
export function relsPathOf(part: string) {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}
/** A relative target from `from`'s folder to `to`. */
export function relativeTarget(from: string, to: string) {
  const a = dirOf(from).split('/').filter(Boolean);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
