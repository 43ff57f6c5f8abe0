import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from './cell.ts';
import {
  normalizeId,
  parseMunicipalityNumber,
  parseOfficeNumber,
  parseRecipientNumber,
  parseServiceCode,
  serviceTypeOf,
} from './identifiers.ts';

describe('normalizeId', () => {
  it('normalises width and removes spaces and hyphens of every kind', () => {
    expect(normalizeId('１０６２－３７９３４５')).toBe('1062379345');
    expect(normalizeId(' 106 237\u30009345 ')).toBe('1062379345');
    expect(normalizeId('106ー237ー9345')).toBe('1062379345');
    expect(normalizeId('106‐237–9345')).toBe('1062379345');
  });
});

describe('parseRecipientNumber (受給者証番号: 10 half-width alphanumerics)', () => {
  it.each([
    ['1062379345', '1062379345'],
    ['１０６２３７９３４５', '1062379345'],
    ['106-237-9345', '1062379345'],
    ['106 237 9345', '1062379345'],
    ['0062379345', '0062379345'],
    ['AB62379345', 'AB62379345'],
  ])('%j is %s', (text, id) => {
    expect(parseRecipientNumber(text)).toEqual({ ok: true, value: id });
  });
  it('reads a number cell', () => {
    expect(parseRecipientNumber(1062379345)).toEqual({ ok: true, value: '1062379345' });
  });
  it('a 9-digit number is invalid, with a hint about the lost leading 0', () => {
    const r = parseRecipientNumber(106237934);
    expect(r.ok).toBe(false);
    expect(r).toEqual({
      ok: false,
      reason:
        '受給者証番号が9桁しかありません。数値のセルでは先頭の0が消えるので、セルを文字列（書式なしテキスト）にして10桁で入れ直してください',
    });
  });
  it('9 or 11 characters of text are invalid', () => {
    expect(parseRecipientNumber('106237934')).toEqual({
      ok: false,
      reason: '受給者証番号が9桁しかありません。10桁の番号に直してください',
    });
    expect(parseRecipientNumber('10623793451')).toEqual({
      ok: false,
      reason: '受給者証番号が11桁あります。10桁の番号に直してください',
    });
  });
  it('names a character that is not allowed', () => {
    const r = parseRecipientNumber('106237934あ');
    expect(!r.ok && r.reason).toContain('「あ」');
  });
  it.each([1.5, -1062379345, 1e21, Number.NaN, true])('%j is not a recipient number', (v) => {
    expect(parseRecipientNumber(v)).toEqual({
      ok: false,
      reason: '受給者証番号として読めません。半角英数字10桁で入れてください',
    });
  });
  it('blank is 空欄です', () => {
    expect(parseRecipientNumber(null)).toEqual({ ok: false, reason: '空欄です' });
    expect(parseRecipientNumber('\u3000')).toEqual({ ok: false, reason: '空欄です' });
  });
  it('only hyphens is not a number', () => {
    expect(parseRecipientNumber('---')).toEqual({
      ok: false,
      reason: '受給者証番号として読めません。半角英数字10桁で入れてください',
    });
  });
});

describe('other identifiers', () => {
  it('市町村番号 is 6 digits', () => {
    expect(parseMunicipalityNumber('131016')).toEqual({ ok: true, value: '131016' });
    expect(parseMunicipalityNumber(131016)).toEqual({ ok: true, value: '131016' });
    expect(parseMunicipalityNumber('13101').ok).toBe(false);
    expect(parseMunicipalityNumber('A31016').ok).toBe(false);
  });
  it('事業所番号 is 10 characters', () => {
    expect(parseOfficeNumber('１３１０１０００１２')).toEqual({ ok: true, value: '1310100012' });
    expect(parseOfficeNumber('131010001')).toEqual({
      ok: false,
      reason: '事業所番号が9桁しかありません。10桁の番号に直してください',
    });
  });
  it('サービスコード is 6 characters, the first two being the サービス種類', () => {
    expect(parseServiceCode('471111')).toEqual({ ok: true, value: '471111' });
    expect(parseServiceCode('47111').ok).toBe(false);
    expect(serviceTypeOf('471111')).toBe('47');
  });
  it('never throw on any cell', () => {
    const anyCell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.anything(),
    ) as fc.Arbitrary<CellValue>;
    fc.assert(
      fc.property(anyCell, (v) => {
        for (const parse of [
          parseRecipientNumber,
          parseMunicipalityNumber,
          parseOfficeNumber,
          parseServiceCode,
        ]) {
          const r = parse(v);
          if (r.ok) expect(r.value).toMatch(/^[0-9A-Za-z]+$/);
          else expect(r.reason.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
