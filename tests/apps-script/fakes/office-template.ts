/**
 * An office's own template as a Google Doc, built in the fake with Docs API requests whose indexes are
 * worked out by hand from the documented layout (a body's first paragraph at 1; a table inserted at i starts
 * at i + 1; an R×C table at T has its cell (r, c) paragraph at T + 3 + r(2C + 1) + 2c), the cells filled
 * from the last one so no index moves (as the "Work with tables" guide and its samples do). A5 pages, 30 pt
 * margins and a footer with a placeholder: what a copy must keep.
 */

import type { FakeDrive } from './docs.ts';
import type { ApiDocument } from './docs-api.ts';

export const TEMPLATE_TITLE = '{{利用者名}} 様　{{対象月}}の支援レポート';
export const TEMPLATE_FOOTER = '{{利用者名}} 様　ひな形の足もと';
export const TEMPLATE_PAGE = { width: 420, height: 595, margin: 30 };

export function officeTemplate(drive: FakeDrive, name = 'ひな形'): ApiDocument {
  const d = drive.createApiDocument(name);
  const rest = '目標①：{{目標1}}\n作成日：{{作成日}}　担当：{{担当者}}';
  const L1 = TEMPLATE_TITLE.length;
  const T = L1 + 2; // the table inserted at the title's newline (index 1 + L1)
  const cell = (r: number, c: number) => T + 3 + r * 7 + 2 * c;
  const cells: [number, number, string][] = [
    [0, 0, '月日'],
    [0, 1, '場所'],
    [0, 2, '方法'],
    [1, 0, '{{月日}}'],
    [1, 1, '{{場所}}'],
    [1, 2, '{{方法}}'],
  ];
  const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
  const reply = d.batchUpdate([
    { insertText: { location: { index: 1 }, text: `${TEMPLATE_TITLE}\n${rest}` } },
    { insertTable: { rows: 2, columns: 3, location: { index: 1 + L1 } } },
    ...cells.reverse().map(([r, c, text]) => ({ insertText: { location: { index: cell(r, c) }, text } })),
    {
      updateDocumentStyle: {
        documentStyle: {
          pageSize: { width: pt(TEMPLATE_PAGE.width), height: pt(TEMPLATE_PAGE.height) },
          marginLeft: pt(TEMPLATE_PAGE.margin),
          marginRight: pt(TEMPLATE_PAGE.margin),
        },
        fields: 'pageSize,marginLeft,marginRight',
      },
    },
    { createFooter: { type: 'DEFAULT' } },
  ]) as { replies: { createFooter?: { footerId: string } }[] };
  const footerId = reply.replies.at(-1)!.createFooter!.footerId;
  d.batchUpdate([{ insertText: { location: { segmentId: footerId, index: 0 }, text: TEMPLATE_FOOTER } }]);
  return d;
}
