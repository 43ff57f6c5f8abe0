import { describe, expect, it } from 'vitest';
import { EMPTY_OFFICE } from '../read/office.ts';
import { officeSettingMissing } from './office-setting-missing.ts';

describe('office.setting-missing', () => {
  it('a complete settings tab gives no finding', () => {
    const office = {
      ...EMPTY_OFFICE,
      name: '定着センター',
      number: '1310000001',
      filedRate: 0.92,
      region: '3級地',
      source: { sheet: '事業所', row: 2 },
    };
    expect(officeSettingMissing({ office }, '2025-03-31')).toEqual([]);
  });

  it('names what billing still needs', () => {
    const office = { ...EMPTY_OFFICE, name: '定着センター', source: { sheet: '設定', row: 2 } };
    const [f] = officeSettingMissing({ office }, '2025-03-31');
    expect(f?.message).toBe(
      '事業所の設定タブ「設定」に事業所番号・就労定着率（または基本報酬の単位数）・地域区分（または単価）がありません（請求データに必要です）',
    );
    expect(f?.severity).toBe('warning');
  });

  it('a workbook without a settings tab is told how to add one', () => {
    const [f] = officeSettingMissing({ office: EMPTY_OFFICE }, '2025-03-31');
    expect(f?.message).toContain('「項目」「値」の2列');
    expect(f?.sheet).toBeNull();
  });

  it('a blank 事業所名 is named, and the finding points at the settings tab', () => {
    const office = {
      ...EMPTY_OFFICE,
      number: '1310000001',
      filedRate: 0.92,
      region: '3級地',
      source: { sheet: '事業所', row: 3 },
    };
    const [f] = officeSettingMissing({ office }, '2025-03-31');
    expect(f?.message).toBe('事業所の設定タブ「事業所」に事業所名がありません（請求データに必要です）');
    expect([f?.sheet, f?.row, f?.column]).toEqual(['事業所', 3, null]);
  });

  it('without a settings tab it names everything billing needs', () => {
    const [f] = officeSettingMissing({ office: EMPTY_OFFICE }, '2025-03-31');
    expect(f?.message).toBe(
      '事業所の設定タブ（「項目」「値」の2列）が見つかりません。' +
        '事業所名・事業所番号・就労定着率（または基本報酬の単位数）・地域区分（または単価）を書いてください（請求データに必要です）',
    );
  });
});
