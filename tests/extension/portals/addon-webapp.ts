import { readXlsx } from '../../../cli/load.ts';
import { builtCode, loadAddon, loadWorkbook, webGet } from '../../apps-script/harness.ts';
import type { WebApp } from './server.ts';

/**
 * The add-on's real web app behind the local HTTP server: the BUILT apps-script/dist/Code.js in the vm
 * harness, holding the sample workbook, as of 2025-04-05 (so its default month is 2025-03), with a token
 * issued the way the office issues it (the 請求データ sidebar's button). Each request runs doGet with
 * `e.parameter` from the query string, outside the spreadsheet, and answers the JSON text it returned.
 */
export async function addonWebApp(): Promise<{ webApp: WebApp; token: string; clients: number }> {
  const a = loadAddon(await builtCode(), { today: '2025-04-05' });
  loadWorkbook(a, await readXlsx('samples/caseload-sample.xlsx'));
  const { token } = a.call('teichakuRenewToken') as { token: string };
  const webApp: WebApp = (params) => {
    const out = webGet(a, Object.fromEntries(params));
    if (out.mime !== 'JSON') throw new Error(`doGet answered ${out.mime}, not JSON`);
    return JSON.parse(out.text);
  };
  const doc = webApp(new URLSearchParams({ token })) as { rows: unknown[] };
  return { webApp, token, clients: doc.rows.length };
}
