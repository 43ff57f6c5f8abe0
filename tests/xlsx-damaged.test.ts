import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { zipParts } from '../cli/zip-write.ts';
import { runCli } from './run-cli.ts';

/**
 * A package that is damaged or is no workbook: exit 2 and one Japanese line saying what is wrong, never a
 * workbook read without a tab (which gave 274 false contact errors) and never a guess by another reader.
 */
const dir = mkdtempSync(join(tmpdir(), 'teichaku-damaged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = readFileSync('samples/caseload-sample.xlsx');
const parts = unzipSync(sample);
function write(name: string, data: Uint8Array) {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}
const without = (name: string) =>
  zipParts(Object.entries(parts).filter(([k]) => k !== name && !k.endsWith('/')) as [string, Uint8Array][]);

async function check(path: string) {
  const r = await runCli(['check', path, '--as-of', '2025-03-31']);
  const j = await runCli(['check', path, '--as-of', '2025-03-31', '--json']);
  return { ...r, json: JSON.parse(j.stdout), jsonCode: j.code };
}

describe('a damaged .xlsx or a zip that is no workbook: exit 2, one line', () => {
  it('a missing worksheet part names the tab and the part', async () => {
    const r = await check(write('missing-sheet.xlsx', without('xl/worksheets/sheet3.xml')));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /missing-sheet\.xlsx.*タブ「[^」]+」の中身（xl\/worksheets\/sheet3\.xml）がファイルにありません/,
    );
    expect(r.jsonCode).toBe(2);
    expect(r.json.error.sheet).toBeTruthy();
  });

  it('a truncated download is a damaged zip', async () => {
    const r = await check(write('cut.xlsx', sample.subarray(0, Math.floor(sample.length / 2))));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/壊れています/);
  });

  it('a part that is not well-formed XML is named', async () => {
    const broken = { ...parts, 'xl/sharedStrings.xml': strToU8('<sst xmlns="x"><si><t>a</si></sst>') };
    const r = await check(
      write('bad-xml.xlsx', zipParts(Object.entries(broken).filter(([k]) => !k.endsWith('/')) as never)),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/xl\/sharedStrings\.xml.*壊れていて読めません/);
  });

  it('a Word document renamed .xlsx says it is a Word document', async () => {
    const docx = zipParts([
      [
        '[Content_Types].xml',
        strToU8(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      ],
      [
        '_rels/.rels',
        strToU8(
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
      ],
      [
        'word/document.xml',
        strToU8(
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
        ),
      ],
    ]);
    const r = await check(write('report.xlsx', docx));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Word の文書（\.docx）/);
    expect(r.stderr).not.toMatch(/名簿|利用者のタブ/);
  });

  it('a zip of other files says it is no workbook', async () => {
    const r = await check(write('photos.xlsx', zipParts([['a.txt', strToU8('hello')]])));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Excel のブックではない ZIP ファイル/);
  });
});
