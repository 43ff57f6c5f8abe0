/// <reference types="google-apps-script" />
import { describe, expect, it } from 'vitest';
import { Calls, unwrap } from './fakes/calls.ts';
import { FakeDrive, FakeParagraph, FakeScript, FakeTable, type FakeTableRow } from './fakes/docs.ts';
import { ApiDocument } from './fakes/docs-api.ts';

// The documented behaviours of DocumentApp / DriveApp / ScriptApp the report writer relies on.
function services() {
  const calls = new Calls();
  const drive = new FakeDrive(calls);
  const script = new FakeScript(calls);
  return {
    calls,
    drive,
    script,
    DocumentApp: drive.DocumentApp(),
    DriveApp: drive.DriveApp(),
    ScriptApp: script.ScriptApp(),
  };
}

describe('fake DocumentApp', () => {
  it('a new body holds one empty paragraph, and clear() leaves one empty paragraph', () => {
    const { DocumentApp } = services();
    const doc = DocumentApp.create('x');
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    body.appendParagraph('a');
    body.appendTable([['b']]);
    expect(body.getNumChildren()).toBe(3);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });

  it('appendTable takes rows of strings; getCell(row, col) reaches a cell; attributes and widths are kept', () => {
    const { DocumentApp, drive } = services();
    const doc = DocumentApp.create('x');
    const t = doc.getBody().appendTable([
      ['a', 'b'],
      ['c', 'd\ne'],
    ]);
    t.getCell(1, 1).setBackgroundColor('#eeeeee');
    t.setColumnWidth(0, 100);
    t.setAttributes({ FONT_FAMILY: 'Noto Sans JP' });
    const fake = drive.docs.get(doc.getId())!.body.children[1] as FakeTable;
    expect(fake.rows[1]!.cells[1]!.background).toBe('#eeeeee');
    expect(fake.rows[1]!.cells[1]!.paragraphs.map((p) => p.text)).toEqual(['d', 'e']);
    expect(fake.widths[0]).toBe(100);
    expect(fake.attrs.FONT_FAMILY).toBe('Noto Sans JP');
    expect(() => doc.getBody().appendTable('a' as unknown as string[][])).toThrow();
    expect(() => t.getCell(2, 0)).toThrow(/Child index/);
  });

  it('replaceText takes a regular expression as a string and replaces every match, the replacement literally', () => {
    const { DocumentApp } = services();
    const body = DocumentApp.create('x').getBody();
    body.appendParagraph('{{名}} と {{ 名 }}');
    body.appendTable([['{{名}}']]);
    body.replaceText('\\{\\{\\s*名\\s*\\}\\}', '$1太郎');
    expect(body.getText()).toBe('\n$1太郎 と $1太郎\n$1太郎');
  });

  it('TableRow.copy() is detached: inserting it adds a row, the copy changes apart from the original', () => {
    const { DocumentApp } = services();
    const t = DocumentApp.create('x')
      .getBody()
      .appendTable([['h'], ['{{月日}}']]);
    const row = t.getRow(1);
    const copy = row.copy();
    copy.replaceText('\\{\\{月日\\}\\}', '1月5日');
    t.insertTableRow(2, copy);
    expect(() => t.insertTableRow(0, row)).toThrow(/detached/);
    t.removeRow(1);
    expect(unwrap(t as unknown as FakeTable).rows.map((r: FakeTableRow) => r.getText())).toEqual([
      'h',
      '1月5日',
    ]);
  });

  it('openById finds a document and throws for an unknown or trashed one; Paragraph.copy() is detached', () => {
    const { DocumentApp, DriveApp } = services();
    const doc = DocumentApp.create('x');
    expect(DocumentApp.openById(doc.getId()).getName()).toBe('x');
    expect(() => DocumentApp.openById('nope')).toThrow(/missing/);
    DriveApp.getFileById(doc.getId()).setTrashed(true);
    expect(() => DocumentApp.openById(doc.getId())).toThrow();
    const other = DocumentApp.create('y').getBody();
    const p = other.appendParagraph('p');
    expect(() => other.appendParagraph(p)).toThrow(/detached/);
    const copied = other.appendParagraph(p.copy());
    expect(unwrap(copied as unknown as FakeParagraph)).not.toBe(unwrap(p as unknown as FakeParagraph));
  });

  it('every call through what the script holds is counted', () => {
    const { DocumentApp, calls } = services();
    // the service object itself is counted by makeFakes; its children here
    const body = DocumentApp.create('x').getBody();
    body.appendParagraph('a').setAttributes({});
    expect(calls.count('Document.getBody')).toBe(1);
    expect(calls.count('Body.appendParagraph')).toBe(1);
    expect(calls.count('Paragraph.setAttributes')).toBe(1);
  });
});

describe('fake DriveApp', () => {
  it('a document starts in My Drive (no folder); moveTo puts it in a folder; unknown ids throw', () => {
    const { DocumentApp, DriveApp, drive } = services();
    const folder = DriveApp.createFolder('f');
    const doc = DocumentApp.create('x');
    expect(drive.inFolder(folder.getId())).toEqual([]);
    DriveApp.getFileById(doc.getId()).moveTo(folder);
    expect(drive.inFolder(folder.getId()).map((d) => d.name)).toEqual(['x']);
    expect(DriveApp.getFolderById(folder.getId()).getName()).toBe('f');
    expect(() => DriveApp.getFolderById('nope')).toThrow(/No item/);
    expect(() => DriveApp.getFileById('nope')).toThrow(/No item/);
  });
});

describe('fake ScriptApp', () => {
  it('newTrigger(fn).timeBased().after(ms).create() installs a trigger listed until deleted', () => {
    const { ScriptApp, script, calls } = services();
    const t = ScriptApp.newTrigger('go').timeBased().after(60_000).create();
    expect(script.live()).toMatchObject([{ handler: 'go', afterMs: 60_000 }]);
    expect(ScriptApp.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual(['go']);
    ScriptApp.deleteTrigger(t);
    expect(script.live()).toEqual([]);
    expect(() => ScriptApp.deleteTrigger(t)).toThrow(/not found/);
    expect(() => ScriptApp.newTrigger('go').timeBased().create()).toThrow();
    expect(Calls.kind('TriggerBuilder.timeBased')).toBe('builder');
    expect(calls.count('ClockTriggerBuilder.after')).toBe(1);
  });
});

it('paragraph and table fakes report their element types', () => {
  const calls = new Calls();
  expect(new FakeParagraph(calls, 'a').getType()).toBe('PARAGRAPH');
  expect(FakeTable.of(calls, [['a']]).getType()).toBe('TABLE');
});

// ---- the Docs advanced service (Docs API v1) --------------------------------------------------------------
// Each behaviour as the API reference documents it (developers.google.com/docs/api/…).
describe('fake Docs API', () => {
  const api = () => {
    const calls = new Calls();
    const drive = new FakeDrive(calls);
    return { drive, Docs: drive.Docs() };
  };
  type Req = Record<string, unknown>;
  const body = (d: ApiDocument) => d.toJson().body!.content!;

  it('documents.create: "Creates a blank document using the title given"; the body is a section break at 0 and a paragraph 1…2 (concepts/structure)', () => {
    const { Docs, drive } = api();
    const made = Docs.create({ title: '名前' });
    expect(made.title).toBe('名前');
    expect(
      body(drive.apiDocs.get(made.documentId!)!).map((e) => [e.startIndex, e.endIndex, !!e.sectionBreak]),
    ).toEqual([
      [0, 1, true],
      [1, 2, false],
    ]);
    expect(() => Docs.get('nope')).toThrow(/Requested entity was not found/);
  });

  it('insertTable: "the table start index will be at the specified location index + 1"; a 2×2 table at S spans S…S+12 with its paragraphs at S+3, S+5, S+8, S+10 (how-tos/tables)', () => {
    const d = new ApiDocument('d', 'd');
    d.batchUpdate([{ insertTable: { rows: 2, columns: 2, location: { index: 1 } } }]);
    const [, nl, table, last] = body(d);
    expect([nl!.startIndex, nl!.endIndex]).toEqual([1, 2]); // "A newline character will be inserted before the inserted table"
    const S = 2;
    expect([table!.startIndex, table!.endIndex]).toEqual([S, S + 12]);
    const rows = table!.table!.tableRows!;
    expect(rows.map((r) => [r.startIndex, r.endIndex])).toEqual([
      [S + 1, S + 6],
      [S + 6, S + 11],
    ]);
    expect(
      rows.flatMap((r) => r.tableCells!.map((c) => [c.startIndex, c.endIndex, c.content![0]!.startIndex])),
    ).toEqual([
      [S + 2, S + 4, S + 3],
      [S + 4, S + 6, S + 5],
      [S + 7, S + 9, S + 8],
      [S + 9, S + 11, S + 10],
    ]);
    expect(last!.startIndex).toBe(S + 12);
    // "it cannot be inserted at a table's start index (i.e. between an existing table and its preceding paragraph)"
    expect(() => d.batchUpdate([{ insertTable: { rows: 1, columns: 1, location: { index: S } } }])).toThrow(
      /inside the bounds of an existing paragraph/,
    );
  });

  it('insertText: inside a paragraph only, below the segment end; a newline copies the paragraph style; the text takes the style before it (InsertTextRequest)', () => {
    const d = new ApiDocument('d', 'd');
    d.batchUpdate([
      { insertText: { location: { index: 1 }, text: 'ab' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 3 },
          paragraphStyle: { alignment: 'CENTER' },
          fields: 'alignment',
        },
      },
      {
        updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: true }, fields: 'bold' },
      },
      { insertText: { location: { index: 2 }, text: 'x\ny' } },
    ]);
    const paras = body(d).filter((e) => e.paragraph);
    expect(paras.map((p) => p.paragraph!.elements!.map((e) => e.textRun!.content).join(''))).toEqual([
      'ax\n',
      'yb\n',
    ]);
    expect(paras.map((p) => p.paragraph!.paragraphStyle!.alignment)).toEqual(['CENTER', 'CENTER']);
    expect(paras[0]!.paragraph!.elements![0]!.textRun!.textStyle).toEqual({ bold: true });
    expect(() => d.batchUpdate([{ insertText: { location: { index: 8 }, text: 'z' } }])).toThrow(
      /must be less than the end index of the referenced segment, 7/,
    );
    d.batchUpdate([{ insertTable: { rows: 1, columns: 1, location: { index: 1 } } }]);
    expect(() => d.batchUpdate([{ insertText: { location: { index: 2 }, text: 'z' } }])).toThrow(
      /inside the bounds/,
    );
  });

  it('deleteContentRange refuses the last newline, part of a table, a cell’s last newline and the newline before a table; a whole table goes (DeleteContentRangeRequest)', () => {
    const d = new ApiDocument('d', 'd');
    // "p" at 1, a 1×1 table at its newline (2): "p" + the table's newline 1…3, the table 3…8 (its cell's
    // newline at 6, its end at 7), the body's last paragraph 8…9
    d.batchUpdate([
      { insertText: { location: { index: 1 }, text: 'p' } },
      { insertTable: { rows: 1, columns: 1, location: { index: 2 } } },
    ]);
    expect(d.bodyText()).toBe('p\n\n\n');
    const del = (s: number, e: number) => () =>
      d.batchUpdate([{ deleteContentRange: { range: { startIndex: s, endIndex: e } } }]);
    expect(del(1, 9)).toThrow(/last newline character of the segment/);
    expect(del(3, 5)).toThrow(/part of a table/);
    expect(del(7, 8)).toThrow(/part of a table/); // the table's end
    expect(del(6, 7)).toThrow(/last newline character of a table cell/);
    expect(del(2, 3)).toThrow(/newline before a table/);
    del(1, 8)();
    expect(d.bodyText()).toBe('\n');
  });

  it('replaceAllText replaces in the body and the footers, answers occurrencesChanged, and matchCase decides case (ReplaceAllTextRequest)', () => {
    const d = new ApiDocument('d', 'd');
    const r = d.batchUpdate([
      { insertText: { location: { index: 1 }, text: '{{名}} と {{名}} と {{NAME}}' } },
      { createFooter: { type: 'DEFAULT' } },
    ]) as {
      replies: Req[];
    };
    const footerId = (r.replies[1]!.createFooter as { footerId: string }).footerId;
    d.batchUpdate([{ insertText: { location: { segmentId: footerId, index: 0 }, text: '{{名}}' } }]);
    const out = d.batchUpdate([
      { replaceAllText: { containsText: { text: '{{名}}', matchCase: true }, replaceText: '$1太郎' } },
      { replaceAllText: { containsText: { text: '{{name}}', matchCase: false }, replaceText: 'x' } },
    ]) as { replies: Req[] };
    expect(out.replies).toEqual([
      { replaceAllText: { occurrencesChanged: 3 } },
      { replaceAllText: { occurrencesChanged: 1 } },
    ]);
    expect(d.bodyText()).toBe('$1太郎 と $1太郎 と x\n');
    expect(d.footers.get(footerId)!.text()).toBe('$1太郎\n');
  });

  it('createFooter answers the footer id and refuses a second DEFAULT footer; a batch with one bad request applies nothing (documents.batchUpdate)', () => {
    const d = new ApiDocument('d', 'd');
    const r = d.batchUpdate([{ createFooter: { type: 'DEFAULT' } }]) as { replies: Req[] };
    expect(r.replies[0]).toEqual({ createFooter: { footerId: expect.any(String) } });
    expect(d.toJson().documentStyle!.defaultFooterId).toBe(
      (r.replies[0]!.createFooter as { footerId: string }).footerId,
    );
    const before = d.bodyText();
    expect(() =>
      d.batchUpdate([
        { insertText: { location: { index: 1 }, text: 'a' } },
        { createFooter: { type: 'DEFAULT' } },
      ]),
    ).toThrow(/already exists/);
    expect(d.bodyText()).toBe(before);
    expect(() => d.batchUpdate([{ insertInlineImage: {} }])).toThrow(/does not know/);
  });

  it('table styles: a column below 5 pt is refused; cells, rows and columns keep the named fields; insertTableRow adds an empty row (UpdateTableColumnPropertiesRequest, InsertTableRowRequest)', () => {
    const d = new ApiDocument('d', 'd');
    d.batchUpdate([{ insertTable: { rows: 1, columns: 2, location: { index: 1 } } }]);
    const at = { index: 2 };
    expect(() =>
      d.batchUpdate([
        {
          updateTableColumnProperties: {
            tableStartLocation: at,
            columnIndices: [0],
            tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 4, unit: 'PT' } },
            fields: 'widthType,width',
          },
        },
      ]),
    ).toThrow(/at least 5 points/);
    expect(() =>
      d.batchUpdate([
        { updateTableRowStyle: { tableStartLocation: { index: 1 }, tableRowStyle: {}, fields: '*' } },
      ]),
    ).toThrow(/start index of a table/);
    d.batchUpdate([
      {
        updateTableRowStyle: {
          tableStartLocation: at,
          tableRowStyle: { preventOverflow: true },
          fields: 'preventOverflow',
        },
      },
      {
        insertTableRow: {
          tableCellLocation: { tableStartLocation: at, rowIndex: 0, columnIndex: 0 },
          insertBelow: true,
        },
      },
    ]);
    const rows = body(d).find((e) => e.table)!.table!.tableRows!;
    expect(rows.map((r) => [r.tableCells!.length, r.tableRowStyle])).toEqual([
      [2, { preventOverflow: true }],
      [2, {}],
    ]);
    expect(rows[1]!.startIndex).toBe(rows[0]!.endIndex);
  });

  it('File.makeCopy(name, folder) copies a Doc with its content, page setup and footer, into the folder', () => {
    const { drive, Docs } = api();
    const src = drive.createApiDocument('ひな形');
    src.batchUpdate([
      { insertText: { location: { index: 1 }, text: '本文' } },
      {
        updateDocumentStyle: {
          documentStyle: { marginLeft: { magnitude: 30, unit: 'PT' } },
          fields: 'marginLeft',
        },
      },
      { createFooter: { type: 'DEFAULT' } },
    ]);
    const DriveApp = drive.DriveApp();
    const folder = DriveApp.createFolder('f');
    const copy = DriveApp.getFileById(src.id).makeCopy('写し', folder);
    const got = Docs.get(copy.getId());
    expect(got.title).toBe('写し');
    expect(got.documentStyle!.defaultFooterId).toBe(src.toJson().documentStyle!.defaultFooterId);
    expect((got.documentStyle!.marginLeft as { magnitude: number }).magnitude).toBe(30);
    expect(drive.apiInFolder(folder.getId()).map((x) => x.name)).toEqual(['写し']);
    Docs.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'x' } }] }, copy.getId());
    expect(src.bodyText()).toBe('本文\n');
  });
});
