import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import iconv from 'iconv-lite';
import { hostilePage } from './hostile.ts';
import { legacyForm, legacyFrameset, legacyMenu } from './legacy.ts';
import { modernPortal } from './modern.ts';
import { unknownForm } from './unknown.ts';

/**
 * The stand-in portals and the add-on's web app, on 127.0.0.1 port 0. The web app is the add-on's own
 * doGet (extension/README.md, "Web app contract"): the billing document for the right token, else
 * `{ "error": { "code": "forbidden", … } }`, always as JSON with HTTP 200 (Apps Script sets no status).
 */
export interface Portals {
  origin: string;
  /** Requests seen, by path (POSTs would mean something was submitted). */
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

async function spaBundle(): Promise<string> {
  const r = await build({
    entryPoints: [fileURLToPath(new URL('./spa/app.jsx', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

const spaHtml = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>実績登録</title>
<style>.error{color:#c00;margin:0}.field{margin:8px 0}.calendar{display:grid;grid-template-columns:repeat(7,2em)}</style>
</head><body><div id="root"></div><script src="app.js"></script></body></html>`;

/** Answers a request to /macros/s/test/exec (the add-on's real doGet in tests: ./addon-webapp.ts). */
export type WebApp = (params: URLSearchParams) => unknown;

export async function startPortals(webApp: WebApp): Promise<Portals> {
  const spa = await spaBundle();
  const requests: Portals['requests'] = [];
  const sjis = (s: string) => iconv.encode(s, 'Shift_JIS');
  let flaky = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? 'GET', path: url.pathname });
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    switch (url.pathname) {
      case '/legacy/':
      case '/legacy/index.html':
        return send('text/html; charset=Shift_JIS', sjis(legacyFrameset));
      case '/legacy/menu.html':
        return send('text/html; charset=Shift_JIS', sjis(legacyMenu));
      case '/legacy/form.html':
        return send('text/html; charset=Shift_JIS', sjis(legacyForm));
      case '/spa/':
        return send('text/html; charset=utf-8', spaHtml);
      case '/spa/app.js':
        return send('text/javascript; charset=utf-8', spa);
      case '/unknown/':
        return send('text/html; charset=utf-8', unknownForm);
      case '/modern/':
        return send('text/html; charset=utf-8', modernPortal);
      case '/hostile/':
        return send('text/html; charset=utf-8', hostilePage);
      case '/macros/s/slow/exec':
        return; // never answers: the extension's timeout must end the wait
      case '/macros/s/flaky/exec':
        // The first connection is dropped (as a cold start or a flaky network does), the next one answers.
        if (flaky++ === 0) return req.socket.destroy();
        return send('application/json; charset=utf-8', JSON.stringify(webApp(url.searchParams)));
      case '/macros/s/test/exec':
        return send('application/json; charset=utf-8', JSON.stringify(webApp(url.searchParams)));
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
