// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collect } from '../../extension/content/collect.ts';
import { matchFields } from '../../extension/lib/match.ts';
import { buildPlan } from '../../extension/lib/plan.ts';
import { billingFixture } from './fixtures/billing.ts';
import { legacyForm } from './portals/legacy.ts';
import { unknownForm } from './portals/unknown.ts';

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

const doc = billingFixture();
const [yamada, , suzuki] = doc.rows;

describe('collect → match → plan on the legacy table form', () => {
  beforeEach(() => load(legacyForm));

  it('reads labels from the left cell and splits era dates by the 年/月/日 after each box', () => {
    const { fields } = collect(document);
    const m = matchFields(fields);
    const by = (name: string) => {
      const f = fields.find((x) => x.name === name)!;
      return m.get(f.key);
    };
    expect(by('jyukyusya_no')).toMatchObject({
      item: 'recipientNumber',
      part: 'whole',
      transform: 'digits-half',
    });
    expect(by('jyukyusya_no')?.reason).toBe('左のセル「受給者証番号」');
    expect(by('simei_kana')).toMatchObject({ item: 'kana', transform: 'katakana-full' });
    expect(by('simei')).toMatchObject({ item: 'name' });
    expect(by('teikyo_gengo')).toMatchObject({ item: 'serviceMonth', part: 'era' });
    expect(by('teikyo_y')).toMatchObject({ item: 'serviceMonth', part: 'year', transform: 'era-year' });
    expect(by('kyoyu_d')).toMatchObject({ item: 'reportSharedDate', part: 'day' });
    expect(by('jogen')).toMatchObject({ item: 'copayCap' });
    expect(by('futan')).toMatchObject({ item: 'copay' });
    expect(by('biko')).toBeUndefined();
  });

  it('plans values as the portal wants them, flags a value over maxlength instead of cutting it', () => {
    const { fields } = collect(document);
    const steps = buildPlan(fields, matchFields(fields), doc, yamada!);
    const step = (name: string) => steps.find((s) => fields[s.key]!.name === name)!;
    expect(step('teikyo_gengo')).toMatchObject({ action: 'select', value: '5', status: 'fill' });
    expect(step('teikyo_y').value).toBe('7');
    expect(step('simei_kana').value).toBe('ヤマダ　タロウ');
    expect(step('simei')).toMatchObject({ status: 'too-long', value: '山田 太郎' });
    expect(step('simei').note).toContain('上限4文字');
  });

  it('a client with no dates or units gets no-value steps, not errors', () => {
    const { fields } = collect(document);
    const steps = buildPlan(fields, matchFields(fields), doc, suzuki!);
    expect(steps.find((s) => fields[s.key]!.name === 'kyoyu_d')).toMatchObject({ status: 'no-value' });
    expect(steps.find((s) => fields[s.key]!.name === 'jyukyusya_no')).toMatchObject({ value: '3234567892' });
  });
});

describe('collect on the unknown form', () => {
  it('reaches the field inside an open shadow root and its label there', () => {
    load(unknownForm.replace(/<script>[\s\S]*?<\/script>/, ''));
    const host = document.querySelector('x-units')!;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<label for="u">合計単位数</label> <input id="u" name="units">';
    const { fields } = collect(document);
    const m = matchFields(fields);
    const units = fields.find((f) => f.name === 'units')!;
    expect(m.get(units.key)).toMatchObject({ item: 'units' });
    expect(m.get(fields.find((f) => f.name === 'f2')!.key)).toMatchObject({
      item: 'kana',
      transform: 'hiragana',
    });
    expect(m.get(fields.find((f) => f.name === 'f4')!.key)).toBeUndefined();
  });
});
