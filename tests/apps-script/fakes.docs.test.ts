/// <reference types="google-apps-script" />
import { describe, expect, it } from 'vitest';
import { Calls, unwrap } from './fakes/calls.ts';
import { FakeDrive, FakeParagraph, FakeScript, FakeTable, type FakeTableRow } from './fakes/docs.ts';

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
