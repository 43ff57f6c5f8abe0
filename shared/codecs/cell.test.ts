import { describe, expect, it } from 'vitest';
import { cellText, dateCell, isBlank, isDateCell } from './cell.ts';

describe('isBlank', () => {
  it.each([null, '', ' ', '\u3000', ' \u3000\t\n'])('%j is blank', (v) => {
    expect(isBlank(v)).toBe(true);
  });
  it.each(['0', 'a', '\u3000x', 0, false, true])('%j is not blank', (v) => {
    expect(isBlank(v)).toBe(false);
  });
  it('a date cell is not blank', () => {
    expect(isBlank(dateCell('2024-04-01'))).toBe(false);
  });
});

describe('cellText', () => {
  it('trims strings, including full-width spaces', () => {
    expect(cellText('\u3000本人 ')).toBe('本人');
  });
  it('writes numbers, booleans and dates', () => {
    expect(cellText(1062379345)).toBe('1062379345');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText(dateCell('2024-04-01'))).toBe('2024-04-01');
    expect(cellText(null)).toBe('');
  });
  it('recognises date cells', () => {
    expect(isDateCell(dateCell('2024-04-01'))).toBe(true);
    expect(isDateCell('2024-04-01')).toBe(false);
    expect(isDateCell(null)).toBe(false);
  });
});
