/**
 * Width normalisation for cell text, limited to what the codecs need.
 *
 * Not NFKC: NFKC would also turn ① into 1 (goal labels), ㍻ into 平成, half-width katakana into
 * full-width and so on. Only these change:
 * - full-width ASCII U+FF01–U+FF5E (０-９, Ａ-Ｚ, ａ-ｚ, ／, －, ．, （, ）…) → ASCII;
 * - the ideographic space U+3000 and the no-break space U+00A0 → ' ';
 * - dash-like characters ‐ ‑ ‒ – — ― − ﹣ → '-';
 * - the long-vowel marks ー and ｰ → '-' only between two ASCII letters or digits of which at least
 *   one is a digit (０３ー１２３４, R6ー4), so katakana words keep them.
 * Kana, kanji, 〇, ○, ①②③ and era ligatures are left as they are.
 */
const DASHES = /[\u2010-\u2015\u2212\uFE63]/g;
const FULL_ASCII = /[\uFF01-\uFF5E]/g;
const SPACES = /[\u3000\u00A0]/g;
const LONG_VOWEL = /[\u30FC\uFF70]/g;
const ALNUM = /^[0-9A-Za-z]$/;
const DIGIT = /^[0-9]$/;

const ANY_WIDE = /[\uFF01-\uFF5E\u3000\u00A0\u2010-\u2015\u2212\uFE63\u30FC\uFF70]/;

export function normalizeWidth(s: string): string {
  if (!ANY_WIDE.test(s)) return s;
  const t = s
    .replace(FULL_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(SPACES, ' ')
    .replace(DASHES, '-');
  return t.replace(LONG_VOWEL, (c, offset: number) => {
    const before = t[offset - 1] ?? '';
    const after = t[offset + 1] ?? '';
    const inDigits = ALNUM.test(before) && ALNUM.test(after) && (DIGIT.test(before) || DIGIT.test(after));
    return inDigits ? '-' : c;
  });
}

/** The comparison key of a vocabulary word: width-normalised, without whitespace, Latin lower-cased. */
export function wordKey(s: string): string {
  return normalizeWidth(s).replace(/\s+/g, '').toLowerCase();
}
