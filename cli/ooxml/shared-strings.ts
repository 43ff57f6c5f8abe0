import { RichText } from './strings.ts';
import { NS, scan } from './xml.ts';

/**
 * The shared-strings part (xl/sharedStrings.xml): one string per `<si>`, in order, an empty `<si/>` (or
 * `<si />`) being the empty string. Phonetic readings are not part of the text.
 */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const rich = new RichText();
  let depth = 0; // inside an <si>: 1 + nesting below it
  scan(xml, {
    open(name) {
      if (depth > 0) {
        depth++;
        rich.open(name.local);
      } else if (name.local === 'si' && NS.main.includes(name.ns as never)) depth = 1;
    },
    close() {
      if (depth === 0) return;
      depth--;
      if (depth === 0) out.push(rich.take());
      else rich.close();
    },
    text(s) {
      if (depth > 0) rich.text(s);
    },
  });
  return out;
}
