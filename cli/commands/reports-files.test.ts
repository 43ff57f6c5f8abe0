import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decideFile, sha256, type WrittenReport } from './reports-files.ts';

const tmp = mkdtempSync(join(tmpdir(), 'teichaku-decide-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const entry = (file: string, bytes: string, content: string): WrittenReport => ({
  file,
  bytes: sha256(bytes),
  content,
  generatedOn: '2025-04-01',
});

describe('decideFile: the name a file is written under', () => {
  it('.docx by default; a new version is stem_2.docx, then stem_3.docx', () => {
    const dir = mkdtempSync(join(tmp, 'default-'));
    expect(decideFile(dir, 'R6', undefined, 'c1', false)).toEqual({ kind: 'create', file: 'R6.docx' });
    writeFileSync(join(dir, 'R6.docx'), 'staff');
    expect(decideFile(dir, 'R6', undefined, 'c1', false)).toEqual({
      kind: 'version',
      file: 'R6_2.docx',
      kept: 'R6.docx',
    });
    writeFileSync(join(dir, 'R6_2.docx'), 'staff too');
    expect(decideFile(dir, 'R6', undefined, 'c1', false)).toMatchObject({
      kind: 'version',
      file: 'R6_3.docx',
    });
  });

  it('another ending (a name given as R6.DOCX, or with none) is kept in the name and its versions', () => {
    const dir = mkdtempSync(join(tmp, 'ext-'));
    expect(decideFile(dir, 'R6', undefined, 'c1', false, '.DOCX')).toEqual({
      kind: 'create',
      file: 'R6.DOCX',
    });
    writeFileSync(join(dir, 'R6.DOCX'), 'ours');
    const ours = entry('R6.DOCX', 'ours', 'c1');
    expect(decideFile(dir, 'R6', ours, 'c1', false, '.DOCX')).toEqual({ kind: 'same', file: 'R6.DOCX' });
    expect(decideFile(dir, 'R6', ours, 'c2', false, '.DOCX')).toEqual({ kind: 'update', file: 'R6.DOCX' });
    writeFileSync(join(dir, 'R6.DOCX'), 'ours, then edited');
    expect(decideFile(dir, 'R6', ours, 'c1', false, '.DOCX')).toEqual({ kind: 'kept', file: 'R6.DOCX' });
    expect(decideFile(dir, 'R6', ours, 'c2', false, '.DOCX')).toEqual({
      kind: 'version',
      file: 'R6_2.DOCX',
      kept: 'R6.DOCX',
    });
    expect(decideFile(dir, 'R6', ours, 'c2', true, '.DOCX')).toEqual({
      kind: 'overwrite',
      file: 'R6.DOCX',
      edited: true,
    });
    writeFileSync(join(dir, 'report'), 'staff');
    expect(decideFile(dir, 'report', undefined, 'c1', false, '')).toEqual({
      kind: 'version',
      file: 'report_2',
      kept: 'report',
    });
  });
});
