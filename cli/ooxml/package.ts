import { unzipSync } from 'fflate';
import { type Rel, readRels, relsPathOf, resolveTarget } from './workbook.ts';

/** Why a package cannot be read, for the one Japanese line the user gets (see xlsx-read.ts). */
export type DamageKind = 'bad-zip' | 'not-a-workbook' | 'missing-part' | 'bad-xml' | 'bad-content';

/** The .xlsx package (or what is in it) cannot be read: the file is damaged or is something else. */
export class PackageError extends Error {
  constructor(
    readonly kind: DamageKind,
    message: string,
    /** The package part concerned (xl/worksheets/sheet2.xml), when one is. */
    readonly part?: string,
    /** What the zip is instead, for not-a-workbook: 'docx', 'pptx' or undefined. */
    readonly instead?: 'docx' | 'pptx',
    /** The tab whose part it is, when it is a worksheet's. */
    readonly tab?: string,
  ) {
    super(message);
  }
}

/** Parts larger than this are unzipped only when read (a long contact log), and not kept. */
const DEFER_BYTES = 1 << 20;

/** Part text: UTF-8, or UTF-16 when it starts with that byte order mark (OPC allows both). */
export function decodePart(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  return new TextDecoder().decode(b);
}

const OFFICE_DOCUMENT = '/officeDocument';

/**
 * An .xlsx package opened for reading its cells: the XML parts are unzipped, pictures and other media
 * are not (a workbook with photos opens as fast as one without), and a part over 1 MB only when it is
 * read. Part names are matched without regard to case, as OPC says.
 */
export class ReadPackage {
  private readonly parts = new Map<string, Uint8Array>();
  private readonly names = new Map<string, string>();
  private readonly deferred = new Set<string>();
  readonly workbookPath: string;

  constructor(private readonly data: Uint8Array) {
    let entries: Record<string, Uint8Array>;
    const all: string[] = [];
    try {
      entries = unzipSync(data, {
        filter: (f) => {
          all.push(f.name);
          if (!/\.(xml|rels)$/i.test(f.name)) return false;
          if (f.originalSize <= DEFER_BYTES) return true;
          this.deferred.add(f.name);
          return false;
        },
      });
    } catch (e) {
      throw new PackageError('bad-zip', `not a zip package: ${e instanceof Error ? e.message : e}`);
    }
    for (const n of all) this.names.set(n.toLowerCase(), n);
    for (const [k, v] of Object.entries(entries)) this.parts.set(k, v);
    const root = this.rels('_rels/.rels').find((r) => r.type.endsWith(OFFICE_DOCUMENT));
    const path = root ? resolveTarget('', root.target) : '';
    const instead =
      /^word\//i.test(path) || (!root && this.has('word/document.xml'))
        ? 'docx'
        : /^ppt\//i.test(path) || (!root && this.has('ppt/presentation.xml'))
          ? 'pptx'
          : undefined;
    if (!root || instead) throw new PackageError('not-a-workbook', 'no workbook part', undefined, instead);
    if (!this.has(path)) throw new PackageError('missing-part', `workbook part ${path} missing`, path);
    this.workbookPath = this.names.get(path.toLowerCase())!;
  }

  has(path: string): boolean {
    return this.names.has(path.toLowerCase());
  }

  /** A part's text; PackageError('missing-part') when the package has no such part. */
  read(path: string): string {
    const name = this.names.get(path.toLowerCase());
    if (name === undefined) throw new PackageError('missing-part', `part ${path} missing`, path);
    const b = this.parts.get(name);
    if (b) return decodePart(b);
    if (this.deferred.has(name)) {
      let part: Uint8Array | undefined;
      try {
        part = unzipSync(this.data, { filter: (f) => f.name === name })[name];
      } catch {
        throw new PackageError('bad-zip', `part ${path} cannot be unzipped`, path);
      }
      if (part) return decodePart(part);
    }
    throw new PackageError('missing-part', `part ${path} is not XML`, path);
  }

  /** The relationships of a part (internal ones with their target as a package path). */
  rels(relsPath: string): (Rel & { path: string })[] {
    if (!this.has(relsPath)) return [];
    const source = relsPath.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
    return readRels(this.read(relsPath)).map((r) => ({
      ...r,
      path: r.external ? '' : resolveTarget(source, r.target),
    }));
  }
  partRels(part: string) {
    return this.rels(relsPathOf(part)).filter((r) => !r.external);
  }
}
