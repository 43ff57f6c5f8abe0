// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillFrame, undoFrame } from '../../extension/content/session.ts';
import { billingFixture } from './fixtures/billing.ts';

const doc = billingFixture();
const yamada = doc.rows[0]!;

describe('fill, read back, undo in one frame (happy-dom)', () => {
  beforeEach(() => {
    document.body.innerHTML = `<form>
      <label for="n">受給者証番号</label><input id="n" value="999">
      <label for="k">フリガナ</label><input id="k">
      <label for="u">単位数</label><input id="u">
      <label for="c">利用者負担額</label><input id="c" readonly>
      <label for="d">支援レポート共有日</label><input id="d" type="date">
      <label for="s">サービス提供年月</label>
      <select id="s"><option value="">--</option><option value="202502">令和7年2月</option><option value="202503">令和7年3月</option></select>
      <button type="submit">送信</button></form>`;
    // A page script that refuses the 単位数 it is given (as a portal's own check might).
    document.getElementById('u')!.addEventListener('change', (e) => {
      (e.target as HTMLInputElement).value = '';
    });
  });

  it('outlines filled fields green, fields the page changed amber with the reason, read-only grey', async () => {
    let submitted = 0;
    document.querySelector('form')!.addEventListener('submit', (e) => {
      submitted++;
      e.preventDefault();
    });
    const r = await fillFrame(doc, yamada, []);
    const state = (id: string) => document.getElementById(id)!.getAttribute('data-teichaku');
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('1234567890');
    expect((document.getElementById('k') as HTMLInputElement).value).toBe('ヤマダ　タロウ');
    expect((document.getElementById('d') as HTMLInputElement).value).toBe('2025-03-28');
    expect((document.getElementById('s') as HTMLSelectElement).value).toBe('202503');
    expect(state('n')).toBe('filled');
    expect(state('u')).toBe('changed');
    expect(r.fields.find((f) => f.item === 'units')?.note).toBe('ページのチェックで値が消されました');
    expect(state('c')).toBe('empty');
    expect(submitted).toBe(0);

    expect(await undoFrame()).toEqual({ restored: 5, kept: [] });
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('999');
    expect((document.getElementById('k') as HTMLInputElement).value).toBe('');
    expect((document.getElementById('s') as HTMLSelectElement).value).toBe('');
    expect(state('n')).toBeNull();
    expect(await undoFrame()).toEqual({ restored: 0, kept: [] });
  });
});
