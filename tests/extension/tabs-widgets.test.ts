// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { trackTyping } from '../../extension/content/autocomplete.ts';
import { collect } from '../../extension/content/collect.ts';
import { fillFrame, undoFrame } from '../../extension/content/session.ts';
import { matchFields } from '../../extension/lib/match.ts';
import { buildPlan } from '../../extension/lib/plan.ts';
import { billingFixture } from './fixtures/billing.ts';

const doc = billingFixture();
const [yamada, sato] = doc.rows as [(typeof doc.rows)[0], (typeof doc.rows)[0]];
const $ = (id: string) => document.getElementById(id) as HTMLInputElement;

/**
 * A screen in two tabs kept in the DOM (the inactive one `hidden`), an amount the page formats with
 * commas on blur, and a div-made combobox whose listbox is clicked — as modern portals build them.
 */
const TABS = `
<div role="tablist"><button id="t1" type="button">基本情報</button><button id="t2" type="button">請求情報</button></div>
<section id="p1">
  <label for="num">受給者証番号</label><input id="num">
  <label for="muni">市町村番号</label><input id="muni">
  <span id="lbl-kind">サービス提供年月</span>
  <div id="month" role="combobox" tabindex="0" aria-expanded="false" aria-controls="month-list" aria-labelledby="lbl-kind"><span class="shown">選択してください</span></div>
  <div id="month-list" role="listbox" hidden>
    <div role="option" data-value="202502" aria-selected="false">令和7年2月</div>
    <div role="option" data-value="202503" aria-selected="false">令和7年3月</div>
  </div>
</section>
<section id="p2" hidden>
  <label for="units">単位数</label><input id="units">
  <label for="total">総費用額</label><input id="total">
  <label for="num2">受給者証番号（確認）</label><input id="num2">
</section>`;

function show(tab: 1 | 2): void {
  $('p1').hidden = tab !== 1;
  $('p2').hidden = tab !== 2;
}

beforeEach(async () => {
  await undoFrame(); // a test's last fill must not leak into the next
  document.body.innerHTML = TABS;
  // The page formats the amount with commas on blur (its state keeps the number).
  $('total').addEventListener('blur', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.value !== '') t.value = Number(t.value.replace(/,/g, '')).toLocaleString('en-US');
  });
  // The combobox opens on click; an option click selects it, shows its text and closes the list.
  const combo = $('month');
  const list = $('month-list');
  combo.addEventListener('click', () => {
    list.hidden = false;
    combo.setAttribute('aria-expanded', 'true');
  });
  for (const o of list.querySelectorAll('[role=option]'))
    o.addEventListener('click', () => {
      for (const x of list.querySelectorAll('[role=option]')) x.setAttribute('aria-selected', 'false');
      o.setAttribute('aria-selected', 'true');
      combo.querySelector('.shown')!.textContent = o.textContent;
      list.hidden = true;
      combo.setAttribute('aria-expanded', 'false');
    });
});

describe('a screen in two tabs, filled tab by tab', () => {
  it('collects the div combobox with its options and label, not its popup listbox', () => {
    const { fields } = collect(document);
    const combos = fields.filter((f) => f.tag === 'combobox' || f.tag === 'listbox');
    expect(combos).toHaveLength(1);
    expect(combos[0]).toMatchObject({
      tag: 'combobox',
      labels: [{ text: 'サービス提供年月', source: 'aria' }, expect.anything()],
      options: [
        { value: '202502', text: '令和7年2月' },
        { value: '202503', text: '令和7年3月' },
      ],
      value: '',
    });
    const plan = buildPlan(fields, matchFields(fields), doc, yamada);
    expect(plan.find((s) => s.item === 'serviceMonth')).toMatchObject({ action: 'select', value: '202503' });
    // the hidden tab's fields are planned as hidden, not as missing
    expect(plan.filter((s) => s.status === 'hidden').map((s) => s.item)).toEqual([
      'units',
      'totalCost',
      'recipientNumber',
    ]);
  });

  it('the second fill keeps the first tab; hidden fields are neither erased nor counted; comma read back as right', async () => {
    const r1 = await fillFrame(doc, yamada, []);
    expect($('num').value).toBe('1234567890');
    expect($('month').getAttribute('aria-expanded')).toBe('false');
    expect($('month-list').querySelector('[aria-selected=true]')?.textContent).toBe('令和7年3月');
    expect(r1.fields.filter((f) => f.state === 'hidden')).toHaveLength(3);
    expect(r1.fields.filter((f) => f.state === 'empty')).toEqual([]);
    expect($('units').value).toBe('');

    show(2);
    const r2 = await fillFrame(doc, yamada, []);
    // tab 1 intact (it is hidden now: not touched, not counted as missing)
    expect($('num').value).toBe('1234567890');
    expect($('muni').value).toBe('131016');
    expect($('month-list').querySelector('[aria-selected=true]')?.textContent).toBe('令和7年3月');
    expect(r2.fields.filter((f) => f.state === 'hidden').map((f) => f.item)).toEqual([
      'recipientNumber',
      'municipalityNumber',
      'serviceMonth',
    ]);
    // the page wrote 36,558: the same amount, so green, not 「ページが値を変えました」
    expect($('total').value).toBe('36,558');
    const total = r2.fields.find((f) => f.item === 'totalCost')!;
    expect(total).toMatchObject({ state: 'filled', value: '36,558', note: '' });
    expect($('total').getAttribute('data-teichaku')).toBe('filled');
    expect($('num').getAttribute('data-teichaku')).toBe('filled');
  });

  it('元に戻す undoes the last fill only, field by field, to what the page held before it', async () => {
    await fillFrame(doc, yamada, []);
    show(2);
    $('units').value = '100'; // typed by the person before the second fill
    await fillFrame(doc, yamada, []);
    expect($('units').value).toBe('3449');
    expect(await undoFrame()).toEqual({ restored: 3, kept: [] });
    expect($('units').value).toBe('100');
    expect($('total').value).toBe('');
    expect($('units').getAttribute('data-teichaku')).toBeNull();
    // the first tab's fill stays, outlines and all
    expect($('num').value).toBe('1234567890');
    expect($('num').getAttribute('data-teichaku')).toBe('filled');
    expect(await undoFrame()).toEqual({ restored: 0, kept: [] });
    expect($('num').value).toBe('1234567890');
  });

  it('a fill for another client over a filled tab is undone back to the first client, combobox included', async () => {
    await fillFrame(doc, { ...yamada, supportDays: [] }, []);
    await fillFrame(doc, sato, []);
    expect($('num').value).toBe('2234567891');
    await undoFrame();
    expect($('num').value).toBe('1234567890');
    expect($('month-list').querySelector('[aria-selected=true]')?.textContent).toBe('令和7年3月');
  });

  it('a bare listbox (no combobox) is filled by clicking its option, and undone', async () => {
    document.body.innerHTML = `<span id="l">サービス提供年月</span>
      <div id="lb" role="listbox" aria-labelledby="l">
        <div role="option" id="o1" aria-selected="true">令和7年2月</div>
        <div role="option" id="o2" aria-selected="false">令和7年3月</div>
      </div>`;
    for (const o of document.querySelectorAll('[role=option]'))
      o.addEventListener('click', () => {
        for (const x of document.querySelectorAll('[role=option]')) x.setAttribute('aria-selected', 'false');
        o.setAttribute('aria-selected', 'true');
      });
    const r = await fillFrame(doc, yamada, []);
    expect(r.fields).toMatchObject([{ item: 'serviceMonth', state: 'filled', value: '令和7年3月' }]);
    expect($('o2').getAttribute('aria-selected')).toBe('true');
    await undoFrame();
    expect($('o1').getAttribute('aria-selected')).toBe('true');
  });

  it('an option the listbox lacks is flagged in words, nothing clicked', async () => {
    document.body.innerHTML = `<span id="l">サービス提供年月</span>
      <div role="listbox" aria-labelledby="l"><div role="option" aria-selected="false">令和6年3月</div></div>`;
    let clicks = 0;
    document.querySelector('[role=option]')!.addEventListener('click', () => clicks++);
    const r = await fillFrame(doc, yamada, []);
    expect(r.fields).toMatchObject([
      { state: 'flagged', note: 'サービス提供年月: 選択肢に「令和7年3月」がありません' },
    ]);
    expect(clicks).toBe(0);
  });

  it('a combobox that chooses on the keyboard only (arrows move the active option, Enter chooses)', async () => {
    document.body.innerHTML = `<span id="l">負担上限月額</span>
      <div id="cb" role="combobox" tabindex="0" aria-labelledby="l" aria-expanded="false" aria-controls="lb"><span>選択</span></div>
      <div id="lb" role="listbox" hidden>
        <div role="option" id="c0" data-value="0">0円</div>
        <div role="option" id="c1" data-value="9300">9,300円</div>
        <div role="option" id="c2" data-value="37200">37,200円</div>
      </div>`;
    const cb = $('cb');
    const opts = [...document.querySelectorAll('[role=option]')];
    let active = -1;
    cb.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        $('lb').hidden = false;
        cb.setAttribute('aria-expanded', 'true');
        active = Math.min(active + 1, opts.length - 1);
        cb.setAttribute('aria-activedescendant', opts[active]!.id);
      }
      if (e.key === 'Home') active = -1;
      if (e.key === 'Enter' && active >= 0) {
        for (const o of opts) o.setAttribute('aria-selected', String(o === opts[active]));
        $('lb').hidden = true;
        cb.setAttribute('aria-expanded', 'false');
      }
    });
    const r = await fillFrame(doc, yamada, []);
    expect(r.fields).toMatchObject([{ item: 'copayCap', state: 'filled', value: '9,300円' }]);
    expect($('c1').getAttribute('aria-selected')).toBe('true');
    expect(cb.getAttribute('aria-expanded')).toBe('false');
  });

  it('a combobox with no "nothing chosen" option cannot be put back to empty: 元に戻す says so', async () => {
    const r = await fillFrame(doc, yamada, []);
    expect(r.fields.find((f) => f.item === 'serviceMonth')?.state).toBe('filled');
    expect(await undoFrame()).toEqual({ restored: 2, kept: ['サービス提供年月'] });
    expect($('num').value).toBe('');
    expect($('month-list').querySelector('[aria-selected=true]')?.textContent).toBe('令和7年3月');
  });

  it('a field the page redraws after the fill is read back in its new element (not 値なし)', async () => {
    document.body.innerHTML = '<div id="box"><label for="u">単位数</label><input id="u"></div>';
    // a framework that re-renders the field on change: a new element holding the value
    $('u').addEventListener('change', (e) => {
      const v = (e.target as HTMLInputElement).value;
      setTimeout(() => {
        $('box').innerHTML =
          `<label for="u">単位数</label><input id="u" value="${Number(v).toLocaleString('en-US')}">`;
      }, 0);
    });
    const r = await fillFrame(doc, yamada, []);
    expect(r.fields).toMatchObject([{ item: 'units', state: 'filled', value: '3,449', note: '' }]);
    expect($('u').getAttribute('data-teichaku')).toBe('filled');
  });

  it('<input type=month> takes YYYY-MM, <input type=date> YYYY-MM-DD', async () => {
    document.body.innerHTML = `<label for="m">サービス提供年月</label><input id="m" type="month">
      <label for="d">算定日</label><input id="d" type="date">`;
    const r = await fillFrame(doc, yamada, []);
    expect($('m').value).toBe('2025-03');
    expect($('d').value).toBe('2025-03-05');
    expect(r.fields.map((f) => f.state)).toEqual(['filled', 'filled']);
  });
});

describe("the autocomplete query is the person's own keystrokes", () => {
  const run = (events: [string, string | null][]) => {
    const buf = { committed: '', composing: '' };
    for (const [inputType, data] of events) trackTyping(buf, { inputType, data });
    return buf.committed + buf.composing;
  };
  it.each([
    [
      'typed digits',
      [
        ['insertText', '2'],
        ['insertText', '2'],
        ['insertText', '3'],
      ],
      '223',
    ],
    [
      'a backspace',
      [
        ['insertText', '2'],
        ['insertText', '9'],
        ['deleteContentBackward', null],
        ['insertText', '2'],
      ],
      '22',
    ],
    [
      'IME composition, shown as it grows',
      [
        ['insertCompositionText', 'さ'],
        ['insertCompositionText', 'さと'],
      ],
      'さと',
    ],
    ['a paste', [['insertFromPaste', '2234']], '2234'],
    [
      'anything unsure (cut, undo) starts again',
      [
        ['insertText', '9'],
        ['deleteByCut', null],
        ['insertText', '2'],
      ],
      '2',
    ],
  ] as [string, [string, string | null][], string][])('%s', (_, events, query) => {
    expect(run(events)).toBe(query);
  });
});
