import { normalizeWidth } from '../codecs/index.ts';

/**
 * 様 after a person's name on the form, but not after a job title (「人事部 課長　様」 is a double
 * honorific: a title is itself respectful) nor after an honorific the office already wrote. The words
 * are data: titles seen on real 支援レポート, in the order they are tried (longest first is not needed:
 * each is matched at the end of the text).
 */
export const JOB_TITLES: readonly string[] = [
  '社長',
  '副社長',
  '専務',
  '常務',
  '取締役',
  '部長',
  '次長',
  '課長',
  '係長',
  '主任',
  '主査',
  '班長',
  '室長',
  '所長',
  '工場長',
  '店長',
  '副店長',
  '支店長',
  'センター長',
  'マネージャー',
  'マネジャー',
  'リーダー',
  'チーフ',
  '施設長',
  '園長',
  '院長',
  '代表',
];
export const HONORIFICS: readonly string[] = ['様', 'さま', 'さん', '殿', '御中', '氏'];

/** `佐々木` → `佐々木　様`; `人事課長` / `佐々木課長` / `佐々木様` stay as written. */
export function withHonorific(name: string): string {
  const t = normalizeWidth(name)
    .normalize('NFKC')
    .trim()
    .replace(/[\s　]+$/u, '');
  if (t === '') return '';
  if ([...JOB_TITLES, ...HONORIFICS].some((w) => t.endsWith(w))) return name.trim();
  return `${name.trim()}　様`;
}
