import { type ImportResult, parseBillingDocument } from './billing-import.ts';

/**
 * The request the extension makes to the add-on's web app (doGet). Contract (extension/README.md):
 *   GET <web-app URL>?token=<token>[&month=YYYY-MM]
 * The token goes in the query string because Apps Script's doGet sees only `e.parameter`, not headers.
 * Answers are JSON: the billing document, or `{ "error": { "code", "message" } }` (code `forbidden`
 * for a wrong or missing token). Apps Script cannot set HTTP status codes, so the body decides.
 */
export function webAppRequestUrl(base: string, token: string, month?: string): string {
  const u = new URL(base);
  u.searchParams.set('token', token);
  if (month) u.searchParams.set('month', month);
  return u.toString();
}

export function checkWebAppUrl(s: string): string | null {
  let u: URL;
  try {
    u = new URL(s.trim());
  } catch {
    return 'ウェブアプリのURLが正しくありません（https:// で始まるURLを貼り付けてください）。';
  }
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && isLocalHost(u.hostname)))
    return 'ウェブアプリのURLは https:// で始まる必要があります（http:// は使えません）。';
  return null;
}

/** This computer (tests and a local stand-in): the only place plain http is allowed. */
export function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** How long one request may take, and how many times a request that failed to connect is tried. */
export interface FetchOptions {
  timeoutMs?: number;
  attempts?: number;
  fetchImpl?: typeof fetch;
}

const ERROR_MESSAGES: Record<string, string> = {
  forbidden:
    'トークンが違うため、請求データを受け取れませんでした。アドオンの「請求データ」に表示されているトークンを設定し直してください。',
  'not-found': '指定した月の請求データがありません。',
};

export async function fetchBillingFromWebApp(
  base: string,
  token: string,
  month: string | undefined,
  options: FetchOptions | typeof fetch = {},
): Promise<ImportResult> {
  const o = typeof options === 'function' ? { fetchImpl: options } : options;
  const { timeoutMs = 30_000, attempts = 2, fetchImpl = fetch } = o;
  const bad = checkWebAppUrl(base);
  if (bad) return { ok: false, message: bad };
  if (!token.trim())
    return {
      ok: false,
      message: 'トークンが設定されていません。オプション画面でトークンを設定してください。',
    };
  let res: Response | null = null;
  let timedOut = false;
  // A request that fails to connect or times out is tried again once (Apps Script's cold start is slow).
  for (let i = 0; i < attempts && !res; i++) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      res = await fetchImpl(webAppRequestUrl(base.trim(), token.trim(), month), {
        credentials: 'include',
        redirect: 'follow',
        cache: 'no-store',
        signal: abort.signal,
      });
    } catch {
      timedOut = abort.signal.aborted;
    } finally {
      clearTimeout(timer);
    }
  }
  if (!res)
    return {
      ok: false,
      message: timedOut
        ? `ウェブアプリが${Math.round(timeoutMs / 1000)}秒以内に応答しませんでした（${attempts}回試しました）。少し待ってから、もう一度「ウェブアプリから取得」を押してください。`
        : `ウェブアプリに接続できませんでした（${attempts}回試しました）。URLとネットワークを確認して、もう一度「ウェブアプリから取得」を押してください。`,
    };
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message:
        'ウェブアプリの応答がJSONではありません。Googleにログインしているか、URLがウェブアプリのもの（/exec）かを確認してください。',
    };
  }
  const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (err && typeof err === 'object') {
    const code = typeof err.code === 'string' ? err.code : '';
    const msg =
      ERROR_MESSAGES[code] ?? (typeof err.message === 'string' ? err.message : '不明なエラーです。');
    return { ok: false, message: msg };
  }
  if (!res.ok) return { ok: false, message: `ウェブアプリがエラーを返しました（HTTP ${res.status}）。` };
  return parseBillingDocument(body);
}
