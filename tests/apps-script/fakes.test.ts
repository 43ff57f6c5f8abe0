/// <reference types="google-apps-script" />
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Calls } from './fakes/calls.ts';
import { makeFakes } from './fakes/services.ts';
import { FakeRule, midnightIn } from './fakes/spreadsheet.ts';

/** The fakes copy documented Sheets behaviours; these tests pin the ones the add-on relies on. */
const realm = () => runInContext('Date', createContext({})) as DateConstructor;

function office(timeZone = 'Asia/Tokyo') {
  const DateCtor = realm();
  const f = makeFakes({ DateCtor, timeZone });
  const sheet = f.ss.addTab({
    name: '利用者',
    rows: [
      ['利用者ID', '氏名', '支援開始日'],
      ['U001', '山田', { day: '2024-10-01' }],
      ['U002', '', { day: '2025-03-31' }],
    ],
    notes: { B2: '事務のメモ' },
    backgrounds: { A1: '#ffff00' },
  });
  const ss = f.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { f, sheet, ss, DateCtor, api: ss.getActiveSpreadsheet().getSheetByName('利用者')! };
}

describe('fake SpreadsheetApp: Range values', () => {
  it('getValues gives a Date of the script realm at midnight in the spreadsheet zone, and "" for an empty cell', () => {
    for (const tz of ['Asia/Tokyo', 'America/Los_Angeles', 'UTC']) {
      const { api, DateCtor } = office(tz);
      const v = api.getDataRange().getValues();
      expect(v[2]![1]).toBe('');
      const d = v[1]![2] as Date;
      expect(d instanceof DateCtor).toBe(true);
      expect(d instanceof Date).toBe(false); // another realm: the reason fixtures use the context's Date
      const shown = new Intl.DateTimeFormat('en-CA', {
        timeZone: tz,
        hour: '2-digit',
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(d);
      expect(shown).toBe('2024-10-01, 00');
    }
  });

  it('midnightIn handles a zone whose offset changes (Los Angeles, daylight saving day)', () => {
    const d = midnightIn('2025-03-09', 'America/Los_Angeles', Date);
    expect(d.toISOString()).toBe('2025-03-09T08:00:00.000Z');
    expect(midnightIn('2025-03-10', 'America/Los_Angeles', Date).toISOString()).toBe(
      '2025-03-10T07:00:00.000Z',
    );
  });

  it('getDataRange spans A1 to the last row and column with a value', () => {
    const { api } = office();
    expect(api.getDataRange().getA1Notation()).toBe('A1:C3');
  });

  it('setValues and setNotes reject data of the wrong size, as Sheets does', () => {
    const { api } = office();
    const r = api.getRange(1, 1, 2, 2);
    expect(() => r.setValues([['a', 'b']])).toThrow(/number of rows in the data does not match/);
    expect(() => r.setNotes([['a'], ['b']])).toThrow(/number of columns in the data does not match/);
    expect(() =>
      r.setBackgrounds([
        ['#fff', '#fff', '#fff'],
        ['#fff', '#fff', '#fff'],
      ]),
    ).toThrow(/columns/);
    r.setNotes([
      ['x', ''],
      ['', 'y'],
    ]);
    expect(api.getRange('A1:B2').getNotes()).toEqual([
      ['x', ''],
      ['', 'y'],
    ]);
  });

  it('a range outside the sheet throws', () => {
    const { api, sheet } = office();
    expect(() => api.getRange(sheet.maxRows + 1, 1)).toThrow(/outside the dimensions/);
  });
});

describe('fake SpreadsheetApp: rows inserted and deleted move values, notes and rule ranges', () => {
  it('insertRowsBefore shifts cells below and grows a rule range that spans the insertion', () => {
    const { sheet, api } = office();
    sheet.rules.push(
      new FakeRule('CUSTOM_FORMULA', ['=1'], '#ff0000', [{ row: 2, col: 1, rows: 2, cols: 1 }], sheet),
    );
    sheet.rules.push(
      new FakeRule('CUSTOM_FORMULA', ['=2'], '#00ff00', [{ row: 3, col: 2, rows: 1, cols: 1 }], sheet),
    );
    api.insertRowsBefore(3, 2);
    expect(api.getRange('A5').getValue()).toBe('U002');
    expect(api.getRange('B2').getNote()).toBe('事務のメモ');
    expect(sheet.rules.map((r) => r.describe().ranges)).toEqual([['A2:A5'], ['B5:B5']]);
  });

  it('deleteRows removes cells and shrinks or drops rule ranges', () => {
    const { sheet, api } = office();
    sheet.rules.push(
      new FakeRule('CUSTOM_FORMULA', ['=1'], '#ff0000', [{ row: 2, col: 1, rows: 2, cols: 1 }], sheet),
    );
    sheet.rules.push(
      new FakeRule('CUSTOM_FORMULA', ['=2'], '#00ff00', [{ row: 2, col: 2, rows: 1, cols: 1 }], sheet),
    );
    api.deleteRows(2, 1);
    expect(api.getRange('A2').getValue()).toBe('U002');
    expect(sheet.rules.map((r) => r.describe().ranges)).toEqual([['A2:A2']]);
  });
});

describe('fake SpreadsheetApp: conditional-format rules and sheets', () => {
  it('a built rule keeps its formula, colour and ranges; setConditionalFormatRules replaces the list', () => {
    const { ss, api, sheet } = office();
    const rule = ss
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=N("x")=0')
      .setBackground('#f4c7c3')
      .setRanges(api.getRangeList(['A2', 'C3']).getRanges())
      .build();
    api.setConditionalFormatRules([...api.getConditionalFormatRules(), rule]);
    expect(sheet.rules.map((r) => r.describe())).toEqual([
      {
        criteria: 'CUSTOM_FORMULA',
        values: ['=N("x")=0'],
        background: '#f4c7c3',
        ranges: ['A2:A2', 'C3:C3'],
      },
    ]);
    expect(api.getConditionalFormatRules()[0]!.getBooleanCondition()!.getCriteriaValues()).toEqual([
      '=N("x")=0',
    ]);
  });

  it('insertSheet refuses a taken name; deleteSheet refuses the last sheet', () => {
    const { ss } = office();
    const book = ss.getActiveSpreadsheet();
    expect(() => book.insertSheet('利用者')).toThrow(/already exists/);
    expect(() => book.deleteSheet(book.getSheets()[0]!)).toThrow(/remove all the sheets/);
    const s = book.insertSheet('点検結果', 1);
    expect(s.getMaxRows()).toBe(1000);
    expect(book.getSheets().map((x) => x.getName())).toEqual(['利用者', '点検結果']);
  });
});

describe('fake services: properties, lock, html, call counting', () => {
  it('document properties hold strings up to 9 KB', () => {
    const { f } = office();
    const p = (
      f.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getDocumentProperties();
    p.setProperty('k', 'v');
    expect(p.getProperty('k')).toBe('v');
    expect(p.getProperty('none')).toBeNull();
    expect(() => p.setProperty('big', 'x'.repeat(10_000))).toThrow(/too large/);
  });

  it('the document lock is refused while someone else holds it', () => {
    const { f } = office();
    const lock = (f.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    f.lock.heldElsewhere = true;
    expect(lock.tryLock(1000)).toBe(false);
    f.lock.heldElsewhere = false;
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('every call is counted by service and method, and classed as read, write or builder', () => {
    const { f, api } = office();
    f.calls.reset();
    api.getDataRange().getValues();
    api.getRange('A1').setNote('x');
    expect(f.calls.count('Sheet.getDataRange')).toBe(1);
    expect(f.calls.count('Range.getValues')).toBe(1);
    expect(f.calls.totals()).toEqual({ read: 3, write: 1, builder: 0, total: 4 });
    expect(Calls.kind('ConditionalFormatRuleBuilder.build')).toBe('builder');
  });

  it('Utilities.formatDate formats a day in the given zone', () => {
    const { f, DateCtor } = office();
    const u = f.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    const d = midnightIn('2025-01-01', 'Asia/Tokyo', DateCtor);
    expect(u.formatDate(d, 'Asia/Tokyo', 'yyyy-MM-dd')).toBe('2025-01-01');
    expect(u.formatDate(d, 'UTC', 'yyyy-MM-dd')).toBe('2024-12-31');
  });
});

describe('fake ContentService, ScriptApp, script properties and the web-app context', () => {
  it('createTextOutput keeps the text and takes only a known MIME type; every call is counted', () => {
    const f = makeFakes({ DateCtor: realm() });
    const cs = f.globals.ContentService as GoogleAppsScript.Content.ContentService;
    const out = cs.createTextOutput('{"a":1}').setMimeType(cs.MimeType.JSON);
    expect(out.getContent()).toBe('{"a":1}');
    expect(out.getMimeType()).toBe('JSON');
    expect(() => cs.createTextOutput('x').setMimeType('application/json' as never)).toThrow(/mimeType/);
    expect(f.calls.count('ContentService.createTextOutput')).toBe(2);
    expect(f.calls.count('TextOutput.setMimeType')).toBe(2);
    expect(f.calls.totals().builder).toBeGreaterThanOrEqual(2);
  });

  it('ScriptApp.getService().getUrl() is null until deployed', () => {
    const f = makeFakes({ DateCtor: realm() });
    const sa = f.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    expect(sa.getService().getUrl()).toBeNull();
    f.service.url = 'https://script.google.com/macros/s/x/exec';
    expect(sa.getService().getUrl()).toBe('https://script.google.com/macros/s/x/exec');
    expect(f.calls.count('Service.getUrl')).toBe(2);
  });

  it('script properties are apart from document properties; getUuid is a random v4 UUID', () => {
    const f = makeFakes({ DateCtor: realm() });
    const ps = f.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    ps.getScriptProperties().setProperty('k', 'script');
    expect(ps.getDocumentProperties().getProperty('k')).toBeNull();
    expect(f.scriptProperties.getProperty('k')).toBe('script');
    const u = f.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    const a = u.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u.getUuid()).not.toBe(a);
  });

  it('in the web-app context there is no active spreadsheet, Ui or document properties; openById opens only a known id', () => {
    const f = makeFakes({ DateCtor: realm() });
    const app = f.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ps = f.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    const id = app.getActiveSpreadsheet().getId();
    f.context.current = 'webapp';
    expect(app.getActiveSpreadsheet()).toBeNull();
    expect(ps.getDocumentProperties()).toBeNull();
    expect(() => app.getUi()).toThrow(/context/);
    expect(app.openById(id).getName()).toBe('台帳');
    expect(() => app.openById('someone-elses-sheet')).toThrow();
    expect(ps.getScriptProperties()).not.toBeNull();
  });
});

/**
 * Behaviours of real Sheets the fake copies, each pinned with the reference it copies. Expected values are
 * written by hand from the quoted documentation, never computed with the fake.
 */
describe('fake SpreadsheetApp behaves like Sheets', () => {
  // Sheets API ValueInputOption USER_ENTERED (what Range.setValues does with strings): "The values will be
  // parsed as if the user typed them into the UI. Numbers will stay as numbers, but strings may be converted
  // to numbers, dates, etc. following the same rules that are applied when entering text into a cell via
  // the Google Sheets UI." (developers.google.com/sheets/api/reference/rest/v4/ValueInputOption)
  const typed: [string, unknown][] = [
    ["'001", '001'],
    ['001', 1],
    ['1,234', 1234],
    ['-5', -5],
    ['12.5', 12.5],
    ['50%', 0.5],
    ['TRUE', true],
    ['false', false],
    ['2025-03-31', { day: '2025-03-31' }],
    ['2025/3/1', { day: '2025-03-01' }],
    ['2025年2月3日', { day: '2025-02-03' }],
    ['2025-02-30', '2025-02-30'],
    ["'2025-03-31", '2025-03-31'],
    ["''quoted", "'quoted"],
    ['U001', 'U001'],
    ['山田 太郎', '山田 太郎'],
    ['令和7年3月', '令和7年3月'],
  ];
  for (const [input, stored] of typed)
    it(`setValues of the string ${JSON.stringify(input)} stores ${JSON.stringify(stored)}`, () => {
      const { sheet, api } = office();
      api.getRange('D1').setValues([[input]]);
      expect(sheet.cells[0]![3]!.v).toEqual(stored);
      expect(api.getRange('D1').getFormulas()).toEqual([['']]);
    });

  it('setValues of a formula: getFormulas returns the formula, getValues its result (HYPERLINK shows its label)', () => {
    // Range.getFormulas: "Returns the formulas (A1 notation) for the cells in the range. Entries in the 2D
    // array are empty strings for cells with no formula."; HYPERLINK(url, [link_label]) shows link_label.
    const { api } = office();
    const link = '=HYPERLINK("#gid=7&range=B3","利用者!B3")';
    api.getRange('D1:E1').setValues([[link, '="a""b"']]);
    expect(api.getRange('D1:E1').getFormulas()).toEqual([[link, '="a""b"']]);
    expect(api.getRange('D1:E1').getValues()).toEqual([['利用者!B3', 'a"b']]);
    api.getRange('D1').setValues([['plain']]);
    expect(api.getRange('D1').getFormulas()).toEqual([['']]);
    expect(() => api.getRange('D1').setValues([['=SUM(A1:A3)']])).toThrow(/not evaluated by the fake/);
  });

  it('column inserts move and grow rule ranges; column deletes move back, shrink or drop them', () => {
    // Sheets moves conditional-format ranges with their cells, like references ("Apply to range" follows
    // inserted and deleted rows and columns in the UI).
    const { sheet, api } = office();
    const rule = (col: number, cols: number) =>
      new FakeRule('CUSTOM_FORMULA', ['=1'], '#ff0000', [{ row: 2, col, rows: 2, cols }], sheet);
    sheet.rules.push(rule(2, 2), rule(4, 1), rule(1, 1));
    api.insertColumnsBefore(3, 2); // inside B:C, before D, after A
    expect(sheet.rules.map((r) => r.describe().ranges)).toEqual([['B2:E3'], ['F2:F3'], ['A2:A3']]);
    expect(api.getRange('B2').getNote()).toBe('事務のメモ');
    api.insertColumnsAfter(6, 1); // after F: nothing moves
    expect(sheet.rules.map((r) => r.describe().ranges)).toEqual([['B2:E3'], ['F2:F3'], ['A2:A3']]);
    api.deleteColumns(1, 1); // A goes, the rest move back by one
    expect(sheet.rules.map((r) => r.describe().ranges)).toEqual([['A2:D3'], ['E2:E3']]);
    api.deleteColumns(2, 2); // two columns out of A:D
    expect(sheet.rules.map((r) => r.describe().ranges)).toEqual([['A2:B3'], ['C2:C3']]);
  });

  it('a rule range below deleted rows moves up by the number deleted (not to the deletion point)', () => {
    const { sheet, api } = office();
    sheet.rules.push(
      new FakeRule('CUSTOM_FORMULA', ['=1'], '#ff0000', [{ row: 8, col: 1, rows: 2, cols: 1 }], sheet),
      new FakeRule('CUSTOM_FORMULA', ['=2'], '#ff0000', [{ row: 3, col: 2, rows: 4, cols: 1 }], sheet),
    );
    api.deleteRows(2, 3); // rows 2–4
    expect(sheet.rules.map((r) => r.describe().ranges)).toEqual([['A5:A6'], ['B2:B3']]);
  });

  it('getBooleanCondition() is null for a colour-scale (gradient) rule, getGradientCondition() null for the others', () => {
    // ConditionalFormatRule.getBooleanCondition: "Retrieves the rule's BooleanCondition information if this
    // rule uses boolean condition criteria. Otherwise returns null." (and the same for getGradientCondition)
    const { sheet, api } = office();
    sheet.rules.push(
      new FakeRule('GRADIENT', [], null, [{ row: 2, col: 1, rows: 2, cols: 1 }], sheet, true),
      new FakeRule('CUSTOM_FORMULA', ['=1'], '#ff0000', [{ row: 2, col: 1, rows: 2, cols: 1 }], sheet),
    );
    const [g, b] = api.getConditionalFormatRules();
    expect(g!.getBooleanCondition()).toBeNull();
    expect(g!.getGradientCondition()).not.toBeNull();
    expect(b!.getBooleanCondition()).not.toBeNull();
    expect(b!.getGradientCondition()).toBeNull();
    expect(g!.copy().build().getBooleanCondition()).toBeNull();
  });
});

describe('fake PropertiesService sizes in UTF-8 bytes', () => {
  // Quotas for Google Services, "Current limitations": "Properties value size 9 KB / val", "Properties
  // total storage 500 KB / property store" (developers.google.com/apps-script/guides/services/quotas).
  const props = () =>
    (
      office().f.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getDocumentProperties();
  it('a value of 9,216 bytes is kept; one byte more is refused', () => {
    const p = props();
    p.setProperty('k', 'x'.repeat(9216));
    expect(p.getProperty('k')!.length).toBe(9216);
    expect(() => p.setProperty('k', 'x'.repeat(9217))).toThrow(/Argument too large/);
  });
  it('kanji count three bytes each: 3,072 fit, 3,073 (9,219 bytes) do not; 4,000 kanji are far over', () => {
    const p = props();
    p.setProperty('k', '漢'.repeat(3072));
    expect(() => p.setProperty('k', '漢'.repeat(3073))).toThrow(/Argument too large/);
    expect(() => p.setProperty('k', '漢'.repeat(4000))).toThrow(/Argument too large/);
    expect(p.getProperty('k')!.length).toBe(3072);
  });
  it('the store refuses what would take it past 500 KB (keys and values); replacing a value frees its old size', () => {
    const p = props();
    const v = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) p.setProperty(`k${String(i).padStart(2, '0')}`, v); // 56 × 9,003 = 504,168
    expect(() => p.setProperty('k56', 'x'.repeat(9000))).toThrow(/property storage quota/); // 513,171 > 512,000
    p.setProperty('k00', 'x'.repeat(9000)); // the same size again: still 504,168
    p.setProperty('small', 'x'.repeat(7000)); // 511,173 ≤ 512,000
    expect(() => p.setProperty('more', 'x'.repeat(1000))).toThrow(/property storage quota/);
  });
});
