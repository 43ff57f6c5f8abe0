/**
 * ECMA-376 ST_Xstring: a character XML cannot hold is written _xHHHH_ (and a literal "_x" as _x005F_x).
 * Applied to cell text after the XML parser has decoded entities and character references.
 */
export const unescapeXstring = (s: string) =>
  s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)))
    : s;

/**
 * Collects the visible text of a rich string (`<si>` of shared strings, `<is>` of an inline string): the
 * `<t>` of the string itself or of its runs (`<r>`), never the phonetic readings (`<rPh>`, furigana, which
 * hold `<t>` too) or the phonetic properties. Fed the parser's events from inside the string element.
 */
export class RichText {
  private depth = 0;
  private inT = false;
  private skip = 0;
  private out = '';
  open(local: string) {
    this.depth++;
    if (this.skip) {
      this.skip++;
      return;
    }
    if (local === 'rPh' || local === 'phoneticPr') this.skip = 1;
    else if (local === 't' && (this.depth === 1 || this.depth === 2)) this.inT = true;
  }
  close() {
    this.depth--;
    if (this.skip) this.skip--;
    else this.inT = false;
  }
  text(s: string) {
    if (this.inT && !this.skip) this.out += s;
  }
  /** The text collected, and ready for the next string. */
  take(): string {
    const s = unescapeXstring(this.out);
    this.out = '';
    this.depth = 0;
    this.inT = false;
    this.skip = 0;
    return s;
  }
}
