import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../shared/rules/catalog.ts';
import { CLIENT_RULES, OFFICE_RULES } from '../shared/rules/index.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const sharedSources = walk('shared').filter((p) => p.endsWith('.ts') && !p.endsWith('.test.ts'));

describe('project conventions (checked here, not remembered)', () => {
  it('shared/ touches no platform: no Node, DOM, chrome.* or Apps Script', () => {
    const banned =
      /SpreadsheetApp|DocumentApp|DriveApp|PropertiesService|HtmlService|\bchrome\.|\bbrowser\.|\bdocument\.|\bwindow\.|from ['"]node:|require\(|\bprocess\./;
    const offenders = sharedSources.filter((p) => banned.test(readFileSync(p, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('shared/ imports zod as a namespace (the named import pulls all of zod into bundles)', () => {
    const offenders = sharedSources.filter((p) =>
      /import\s*\{[^}]*\}\s*from\s*['"]zod['"]/.test(readFileSync(p, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('every rule module has its test beside it', () => {
    const modules = readdirSync('shared/rules').filter(
      (f) =>
        f.endsWith('.ts') &&
        !f.endsWith('.test.ts') &&
        !['catalog.ts', 'context.ts', 'index.ts', 'test-kit.ts'].includes(f),
    );
    const missing = modules.filter(
      (f) => !readdirSync('shared/rules').includes(f.replace(/\.ts$/, '.test.ts')),
    );
    expect(missing).toEqual([]);
  });

  it('every rule reports an id of the catalogue, and rule module files are named for their id', () => {
    for (const id of [...Object.keys(CLIENT_RULES), ...Object.keys(OFFICE_RULES)]) {
      expect(RULES).toHaveProperty([id]);
      expect(readdirSync('shared/rules')).toContain(`${id.replace('.', '-')}.ts`);
    }
  });

  it('the rule ids fixed by architecture.md are all in the catalogue', () => {
    const fixed = [
      'contact.face-to-face-missing',
      'report.missing',
      'employer.contact-missing',
      'plan.review-overdue',
      'period.start-too-early',
      'period.too-long',
      'period.contact-outside',
      'handover.info-sharing-late',
      'billing.jobcoach-month',
      'data.invalid-date',
      'data.invalid-recipient-number',
      'data.duplicate-client',
      'data.unknown-client',
    ];
    for (const id of fixed) expect(Object.keys(RULES)).toContain(id);
  });

  it('every rule has a Japanese title and a source', () => {
    for (const [id, r] of Object.entries(RULES)) {
      expect(r.title, id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(r.source, id).not.toBe('');
    }
  });

  it('no fixture or sample holds a real-looking personal e-mail or phone number', () => {
    const files = walk('samples').filter((p) => /\.(json|csv)$/.test(p));
    for (const p of files)
      expect(readFileSync(p, 'utf8'), p).not.toMatch(/[\w.]+@[\w-]+\.(jp|com)|0\d0-\d{4}-\d{4}/);
  });
});
