/**
 * Character-width and kana conversions portals ask for (全角/半角 digits, カタカナ from ふりがな).
 * Pure string functions: no DOM, no platform.
 */

const HALF_KANA = 'ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
const FULL_KANA =
  'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';

/** ０-９ → 0-9 (other characters unchanged). */
export function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** 0-9 → ０-９ (other characters unchanged). */
export function toFullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** ひらがな → カタカナ. */
export function hiraganaToKatakana(s: string): string {
  return s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** カタカナ → ひらがな (for search only). */
export function katakanaToHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * Any kana reading to full-width katakana, the form 全角カナ fields want: hiragana and half-width
 * katakana (with ﾞ/ﾟ joined) become full-width katakana; ASCII spaces become full-width spaces.
 */
export function toFullWidthKatakana(s: string): string {
  let out = '';
  const chars = [...s.normalize('NFC')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const k = HALF_KANA.indexOf(c);
    if (k < 0) {
      out += c === ' ' ? '　' : c;
      continue;
    }
    let full = FULL_KANA[k]!;
    const next = chars[i + 1];
    if (next === 'ﾞ' || next === 'ﾟ') {
      const joined = (full + (next === 'ﾞ' ? '\u3099' : '\u309a')).normalize('NFC');
      if (joined.length === 1) {
        full = joined;
        i++;
      }
    }
    out += full;
  }
  return hiraganaToKatakana(out);
}

/** Full-width katakana (or hiragana) → half-width katakana, voiced marks split (ｶﾞ), spaces half-width. */
export function toHalfWidthKatakana(s: string): string {
  let out = '';
  for (const c of hiraganaToKatakana(s)) {
    if (c === '　') {
      out += ' ';
      continue;
    }
    const k = FULL_KANA.indexOf(c);
    if (k >= 0) {
      out += HALF_KANA[k];
      continue;
    }
    const base = c.normalize('NFD');
    if (base.length === 2) {
      const b = FULL_KANA.indexOf(base[0]!);
      if (b >= 0 && (base[1] === '\u3099' || base[1] === '\u309a')) {
        out += HALF_KANA[b] + (base[1] === '\u3099' ? 'ﾞ' : 'ﾟ');
        continue;
      }
    }
    if (c === 'ヴ') {
      out += 'ｳﾞ';
      continue;
    }
    out += c;
  }
  return out;
}

/** Label text made comparable: NFKC (full-width letters/digits folded), no spaces, marks or 必須 tags. */
export function normalizeLabel(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[:：*＊※★●◆■【】［］[\]()（）「」<>＜＞]/g, '')
    .replace(/必須|任意/g, '')
    .toLowerCase();
}

/** Text for searching clients: NFKC, hiragana folded to katakana, no spaces, lower case. */
export function searchKey(s: string): string {
  return toFullWidthKatakana(s.normalize('NFKC'))
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}
