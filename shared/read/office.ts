import {
  cellText,
  isBlank,
  normalizeWidth,
  parseDate,
  parseOfficeNumber,
  parseYesNo,
} from '../codecs/index.ts';
import type { Office } from '../model/caseload.ts';
import { columnLetter } from '../model/column.ts';
import type { Finding } from '../model/finding.ts';
import { finding } from '../model/make-finding.ts';
import type { KeyValueLayout } from '../sheet/detect.ts';
import { normalizeHeader, OFFICE_KEYS, type OfficeKey } from '../sheet/fields.ts';
import type { Tab } from '../sheet/tab.ts';
import { FIX_DATE } from './fields.ts';

export const EMPTY_OFFICE: Office = {
  name: null,
  number: null,
  region: null,
  prefecture: null,
  unitPrice: null,
  filedRate: null,
  filedUnits: null,
  prevYearAverage: null,
  staffFte: null,
  openedOn: null,
  additions: { achievement: false, jobcoachStaff: false, specialRegion: false },
  reductions: { noHandoverSystem: false, noPublicInfo: false, noBcp: false, noAbusePrevention: false },
  source: null,
};

const keyOf = new Map<string, OfficeKey>();
for (const [k, words] of Object.entries(OFFICE_KEYS) as [OfficeKey, readonly string[]][]) {
  for (const w of words) if (!keyOf.has(normalizeHeader(w))) keyOf.set(normalizeHeader(w), k);
}

/** A number as offices write it: 1,234 / １２３４ / 92% (→ 0.92 when percent is asked for). */
function parseNumber(text: string, percent = false): number | null {
  const t = normalizeWidth(text).replace(/[,\s円単位人名]/g, '');
  const m = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  if (percent) return m[2] === '%' || n > 1 ? n / 100 : n;
  return n;
}

/** Read the office settings tab (key | value rows). Unknown keys are left alone. */
export function readOffice(tab: Tab, layout: KeyValueLayout): { office: Office; findings: Finding[] } {
  const office: Office = structuredCloneOffice(EMPTY_OFFICE);
  office.source = { sheet: tab.name, row: layout.firstRow };
  const findings: Finding[] = [];
  // Stryker disable next-line EqualityOperator: equivalent, a row past the end reads as blank and is skipped
  for (let i = layout.firstRow - 1; i < tab.rows.length; i++) {
    const row = tab.rows[i] ?? [];
    const k = row[layout.keyCol - 1] ?? null;
    const v = row[layout.valueCol - 1] ?? null;
    // Stryker disable next-line ConditionalExpression: equivalent, a blank key is no setting's name either
    if (isBlank(k)) continue;
    const key = keyOf.get(normalizeHeader(cellText(k)));
    if (!key || isBlank(v)) continue;
    const text = cellText(v);
    const at = { sheet: tab.name, row: i + 1, column: columnLetter(layout.valueCol), header: cellText(k) };
    const bad = (what: string) =>
      findings.push(
        finding({
          rule: 'data.unknown-value',
          message: `事業所の「${cellText(k)}」の値「${text}」を${what}として読めません。${what}で入れ直してください`,
          at,
        }),
      );
    const num = (percent = false) => {
      const n = typeof v === 'number' ? (percent && v > 1 ? v / 100 : v) : parseNumber(text, percent);
      if (n === null) bad('数値');
      return n;
    };
    const yes = () => {
      const r = parseYesNo(v);
      if (!r.ok) bad('はい／いいえ');
      return r.ok ? r.value : false;
    };
    switch (key) {
      case 'name':
        office.name = text;
        break;
      case 'number': {
        // a number cell of 9 digits lost its leading 0 in Excel: flag it, and leave the number out so that
        // billing never emits it unfixed (the cell itself is never changed)
        const p = parseOfficeNumber(v);
        if (!p.ok && typeof v === 'number') {
          findings.push(
            finding({
              rule: 'data.implausible-value',
              severity: 'error',
              message: `事業所の「${cellText(k)}」の「${text}」: ${p.reason}。直すまで請求データに事業所番号を出しません`,
              at,
            }),
          );
          break;
        }
        office.number = normalizeWidth(text).replace(/[\s-]/g, '');
        break;
      }
      case 'region':
        office.region = normalizeWidth(text).replace(/\s/g, '');
        break;
      case 'prefecture':
        office.prefecture = text;
        break;
      case 'unitPrice':
        office.unitPrice = num();
        break;
      case 'filedRate': {
        const n = num(true);
        // Stryker disable next-line ConditionalExpression: equivalent, null is neither < 0 nor > 1
        if (n !== null && (n < 0 || n > 1)) bad('0〜100%の割合');
        else {
          office.filedRate = n;
          if (n !== null) office.cells = { ...office.cells, filedRate: at };
        }
        break;
      }
      case 'filedUnits': {
        const n = num();
        office.filedUnits = n === null ? null : Math.round(n);
        if (n !== null) office.cells = { ...office.cells, filedUnits: at };
        break;
      }
      case 'prevYearAverage':
        office.prevYearAverage = num();
        break;
      case 'staffFte':
        office.staffFte = num();
        break;
      case 'openedOn': {
        const d = parseDate(v);
        if (d.ok) office.openedOn = d.value;
        else
          findings.push(
            finding({
              rule: 'data.invalid-date',
              message: `事業所の「${cellText(k)}」の「${text}」: ${d.reason}。${FIX_DATE}`,
              at,
            }),
          );
        break;
      }
      case 'achievementAddition':
        office.additions.achievement = yes();
        break;
      case 'jobcoachStaffAddition':
        office.additions.jobcoachStaff = yes();
        break;
      case 'specialRegionAddition':
        office.additions.specialRegion = yes();
        break;
      case 'noHandoverSystem':
        office.reductions.noHandoverSystem = yes();
        break;
      case 'noPublicInfo':
        office.reductions.noPublicInfo = yes();
        break;
      case 'noBcp':
        office.reductions.noBcp = yes();
        break;
      case 'noAbusePrevention':
        office.reductions.noAbusePrevention = yes();
        break;
    }
  }
  return { office, findings };
}

function structuredCloneOffice(o: Office): Office {
  return { ...o, additions: { ...o.additions }, reductions: { ...o.reductions } };
}
