import { formatEraDate, formatEraMonth } from '../codecs/era.ts';
import { fiscalYearEnd, type PlainDate } from '../date/plain-date.ts';
import type { Caseload } from '../model/caseload.ts';
import { type AgeBand, type AnnualStats, annualStats } from '../stats/annual.ts';
import { leftJobBy, retentionDetail } from '../stats/retention.ts';
import type { FormBlock, FormCell } from './form.ts';

/** One client counted in the 就労定着率 that sets next year's band. */
export interface RateClient {
  clientId: string;
  clientName: string;
  startDate: PlainDate;
  /** Still employed on the rate's day (March 31 of the fiscal year end). */
  employed: boolean;
  leftJobDate: PlainDate | null;
}

/** The annual report (事業報告, domain.md §9) as data: the figures, and who drives next year's rate. */
export interface AnnualReport {
  officeName: string | null;
  fiscalYear: number;
  stats: AnnualStats;
  rate: ReturnType<typeof retentionDetail>;
  /** Clients whose support started in the three years the rate looks at: those who left pull it down. */
  rateClients: RateClient[];
}

export function annualReport(caseload: Caseload, fiscalYear: number): AnnualReport {
  const rate = retentionDetail(caseload, fiscalYear);
  const seen = new Set<string>();
  const rateClients = caseload.clients
    .filter((c) => {
      if (!c.startDate || c.startDate < rate.from || c.startDate > rate.to || seen.has(c.id)) return false;
      seen.add(c.id);
      return true;
    })
    .map((c) => ({
      clientId: c.id,
      clientName: c.name,
      startDate: c.startDate!,
      employed: !leftJobBy(c, rate.to),
      leftJobDate: c.leftJobDate,
    }))
    // those who left first: they are what moves the rate
    .sort((a, b) => Number(a.employed) - Number(b.employed) || a.startDate.localeCompare(b.startDate));
  return {
    officeName: caseload.office.name,
    fiscalYear,
    stats: annualStats(caseload, fiscalYear),
    rate,
    rateClients,
  };
}

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const n = (v: number) => `${v.toLocaleString('ja-JP')}人`;
const eraYear = (fy: number) => formatEraMonth(`${fy}-04`).replace(/年4月$/, '年度');
const L = (text: string): FormCell => ({ text, label: true });
const V = (text: string): FormCell => ({ text });

/** 「年度当初 N名 ＋ 年度途中 M名 ＝ 延 K名」: everyone supported in the year once. */
export function headline(s: AnnualStats): string {
  return `年度当初 ${s.activeAtStart}名 ＋ 年度途中 ${s.newInYear}名 ＝ 延 ${s.supportedInYear}名`;
}

/** An age band as the 事業報告 writes it: 「20歳以上30歳未満」, 「60歳以上」, 「18歳未満」. */
export function ageBandLabel(b: AgeBand): string {
  if (b.from === null) return `${b.to}歳未満`;
  if (b.to === null) return `${b.from}歳以上`;
  return `${b.from}歳以上${b.to}歳未満`;
}

/** One band a line, then those without a birth date (said, not guessed). */
function ageLines(s: AnnualStats): string {
  const lines = s.ageBands.map((b) => `${ageBandLabel(b)}　${b.count}人`);
  if (s.ageUnknown) lines.push(`不明　${s.ageUnknown}人（生年月日の記載がない方）`);
  return lines.join('\n');
}

/** One card and grade a line in the office's own words, those without a card, and the two-card note. */
function cardLines(s: AnnualStats): string {
  const lines = s.cards.map(
    (c) => `${c.name}${c.grade ? ` ${c.grade}` : '（等級の記載なし）'}　${c.count}人`,
  );
  if (s.noCard) lines.push(`手帳の記載なし　${s.noCard}人`);
  if (s.multipleCards)
    lines.push(
      `※2種類以上の手帳をお持ちの方が${s.multipleCards}人いて、それぞれの手帳で数えているため、合計は人数（${s.activeAtEnd}人）より多くなります`,
    );
  return lines.join('\n') || 'なし';
}

function sexLine(s: AnnualStats): string {
  const x = s.sexCounts;
  const parts = [`男性 ${x.男性}人`, `女性 ${x.女性}人`];
  if (x.その他) parts.push(`その他 ${x.その他}人`);
  if (x.不明) parts.push(`不明 ${x.不明}人（性別の記載がない方）`);
  return parts.join('　');
}

/**
 * The annual report laid out as blocks, drawn by the same writers as the 支援レポート: the document an
 * office may publish or hand in. It names nobody: the clients behind next year's rate are in
 * annualAppendixForm, a file of its own.
 */
export function annualReportForm(a: AnnualReport): FormBlock[] {
  const s = a.stats;
  const fy = a.fiscalYear;
  const row2 = (pairs: [string, string][]) => pairs.map(([l, v]) => [L(l), V(v)]);
  const blocks: FormBlock[] = [
    { kind: 'title', text: `${eraYear(fy)} 事業報告（就労定着支援）` },
    {
      kind: 'fields',
      align: 'right',
      items: [
        { label: '事業所名', value: a.officeName ?? '' },
        {
          label: '対象期間',
          value: `${formatEraDate(`${fy}-04-01`)}〜${formatEraDate(fiscalYearEnd(fy))}`,
        },
      ],
    },
    { kind: 'heading', text: '利用者数' },
    { kind: 'notice', text: headline(s) },
    {
      kind: 'table',
      widths: [0.4, 0.6],
      header: null,
      rows: row2([
        ['利用者延人員', n(s.clientMonths)],
        ['月平均利用者数', `${s.monthlyAverage.toFixed(1)}人`],
        ['年度当初の利用者', `${n(s.activeAtStart)}（4月1日より前に支援を始め、4月1日に支援中の方）`],
        ['年度途中に支援を始めた利用者', `${n(s.newInYear)}（4月1日以降に支援を始めた方）`],
        [
          '終了した利用者',
          `${n(s.endedInYear)}（${Object.entries(s.endedByReason)
            .map(([k, v]) => `${k} ${v}人`)
            .join('・')}）`,
        ],
        ['年度末の利用者', n(s.activeAtEnd)],
      ]),
    },
    { kind: 'heading', text: '月別の利用者数' },
    {
      kind: 'table',
      widths: Array(12).fill(1 / 12),
      header: s.monthlyCounts.map((m) => `${Number(m.month.slice(5))}月`),
      rows: [s.monthlyCounts.map((m) => V(String(m.count)))],
    },
    { kind: 'heading', text: '事業開始からの累計' },
    {
      kind: 'table',
      widths: [0.4, 0.6],
      header: null,
      rows: row2([
        ['利用者の累計', n(s.cumulativeClients)],
        ['うち離職した人', n(s.cumulativeLeftJob)],
        ['就労を続けている割合', pct(s.cumulativeRetention)],
      ]),
    },
    { kind: 'heading', text: `年度末の利用者（${s.activeAtEnd}人）の内訳` },
    {
      kind: 'table',
      widths: [0.25, 0.75],
      header: null,
      rows: row2([
        ['年齢（3月31日現在）', ageLines(s)],
        ['障害者手帳', cardLines(s)],
        [
          '居住地',
          Object.entries(s.residence)
            .map(([k, v]) => `${k} ${v}人`)
            .join('　'),
        ],
        ['性別', sexLine(s)],
      ]),
    },
    { kind: 'heading', text: '支援の回数' },
    {
      kind: 'table',
      widths: [0.25, 0.25, 0.25, 0.25],
      header: ['', '年間', '上半期（4〜9月）', '下半期（10〜3月）'],
      rows: s.contactLog
        ? [
            [
              L('支援'),
              V(`${s.contacts.year}件`),
              V(`${s.contacts.firstHalf}件`),
              V(`${s.contacts.secondHalf}件`),
            ],
            [
              L('うち訪問'),
              V(`${s.visits.year}件`),
              V(`${s.visits.firstHalf}件`),
              V(`${s.visits.secondHalf}件`),
            ],
          ]
        : [[L('支援'), V('支援記録のタブがないため数えていません'), V(''), V('')]],
    },
    { kind: 'heading', text: '就労定着率と翌年度の基本報酬' },
    {
      kind: 'table',
      widths: [0.4, 0.6],
      header: null,
      rows: row2([
        [
          '就労定着率',
          `${pct(a.rate.rate)}（${formatEraDate(a.rate.from)}〜${formatEraDate(a.rate.to)}に支援を始めた${a.rate.started}人のうち、${formatEraDate(a.rate.to)}に就労を続けている${a.rate.stillEmployed}人）`,
        ],
        [
          `${eraYear(fy + 1)}の基本報酬の区分`,
          s.band
            ? `${s.band.label}・${s.band.units.toLocaleString('ja-JP')}単位／月`
            : '—（対象の利用者がいません）',
        ],
        [
          '就労定着支援員',
          `必要 ${s.staffing.requiredFte}人（前年度の月平均 ${s.staffing.clients}人 ÷ 40）${s.staffing.staffFte === null ? '' : `・配置 ${s.staffing.staffFte}人`}${s.staffing.shortfall ? '・不足しています' : ''}`,
        ],
      ]),
    },
    {
      kind: 'table',
      widths: [1],
      header: null,
      rows: [
        [
          V(
            `※翌年度の就労定着率を決める利用者の一覧（氏名入り）は別添「利用者一覧」にあります。公表・提出する場合は本書のみをお使いください。`,
          ),
        ],
      ],
    },
  ];
  return blocks;
}

/**
 * 別添 利用者一覧: who drives next year's 就労定着率, by name. Personal data: a file of its own, for the
 * office's use, never part of the document meant for publication.
 */
export function annualAppendixForm(a: AnnualReport): FormBlock[] {
  const fy = a.fiscalYear;
  return [
    { kind: 'title', text: `${eraYear(fy)} 事業報告 別添 利用者一覧` },
    {
      kind: 'notice',
      text: '個人情報を含みます。事業所内の確認用で、公表・提出する書類には添付しないでください。',
    },
    {
      kind: 'fields',
      align: 'right',
      items: [{ label: '事業所名', value: a.officeName ?? '' }],
    },
    {
      kind: 'heading',
      text: `翌年度の就労定着率を決める利用者（${formatEraDate(a.rate.from)}〜${formatEraDate(a.rate.to)}に支援を始めた${a.rate.started}人）`,
    },
    {
      kind: 'table',
      widths: [0.15, 0.3, 0.25, 0.3],
      header: ['利用者ID', '氏名', '支援開始日', `${formatEraDate(a.rate.to)}の状況`],
      rows: a.rateClients.length
        ? a.rateClients.map((c) => [
            V(c.clientId),
            V(c.clientName),
            V(formatEraDate(c.startDate)),
            V(c.employed ? '就労継続' : `離職${c.leftJobDate ? `（${formatEraDate(c.leftJobDate)}）` : ''}`),
          ])
        : [[V('該当する利用者はいません'), V(''), V(''), V('')]],
    },
    { kind: 'running', text: `${eraYear(fy)} 事業報告 別添 利用者一覧（個人情報）` },
  ];
}
