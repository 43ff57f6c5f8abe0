import { UserError } from './app.ts';

/**
 * What the add-on keeps in the Properties service, measured as the service measures it. The documented
 * limits (Quotas for Google Services, "Current limitations"): "Properties value size 9 KB / val" and
 * "Properties total storage 500 KB / property store". Sizes are bytes, and a string is stored as UTF-8: a
 * kanji takes three bytes, so 4,000 kanji are 12,000 bytes — over the limit though far under 9,216
 * characters. Every value is measured before it is written, so the office sees a Japanese message that
 * says what to do instead of the service's exception.
 */
export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

/** UTF-8 size of a string (no TextEncoder needed: Apps Script's V8 is not documented to have one). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Why `value` cannot be stored under `key` in `props`, in Japanese; null when it fits. `what` names it (列の対応). */
export function tooLarge(
  props: GoogleAppsScript.Properties.Properties,
  key: string,
  value: string,
  what: string,
): string | null {
  const size = utf8Bytes(value);
  if (size > VALUE_LIMIT_BYTES)
    return `${what}が大きすぎて保存できません（${kb(size)}。1つの設定に保存できるのは 9 KB までです）。`;
  let total = utf8Bytes(key) + size;
  for (const [k, v] of Object.entries(props.getProperties()))
    if (k !== key) total += utf8Bytes(k) + utf8Bytes(String(v));
  if (total > STORE_LIMIT_BYTES)
    return `${what}を保存すると、アドオンの保存領域（500 KB まで）を超えます（${kb(total)}）。`;
  return null;
}

/** Store `value` after measuring it; a value that does not fit is a UserError (a Japanese dialog) and nothing is written. */
export function setChecked(
  props: GoogleAppsScript.Properties.Properties,
  key: string,
  value: string,
  what: string,
  advice: string,
) {
  const why = tooLarge(props, key, value, what);
  if (why) throw new UserError(`${why}${advice}`);
  props.setProperty(key, value);
}
