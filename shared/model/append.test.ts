import { describe, expect, it } from 'vitest';
import { append } from './append.ts';

describe('append', () => {
  it('appends in order and returns the target', () => {
    const into = [1, 2];
    expect(append(into, [3, 4])).toBe(into);
    expect(into).toEqual([1, 2, 3, 4]);
  });

  it('appends 500,000 items, where push(...items) overflows the call stack', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const into: number[] = [];
    append(into, many);
    expect(into.length).toBe(500_000);
    expect(into[499_999]).toBe(499_999);
  });
});
