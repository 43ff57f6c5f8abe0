#!/usr/bin/env node
// The `teichaku` command: plain JavaScript built from cli/*.ts by cli/build.mjs (at `npm ci`, `prepare`).

// a crash is never exit 1 (1 means "the check found errors"): anything unexpected is exit 2, in Japanese
const crash = (e) => {
  process.stderr.write(
    `エラー: 予期しない問題で処理を続けられませんでした（${e?.message ?? e}）。ファイルを変えずにもう一度試し、続くときはこの表示を添えて知らせてください\n`,
  );
  process.exit(2);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// `teichaku … | head` closes the pipe early: stop quietly instead of printing a stack trace
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  crash(e);
});

let main;
try {
  ({ main } = await import('./dist/main.mjs'));
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/main.mjs')) {
    process.stderr.write(
      'エラー: teichaku が組み立てられていません。このフォルダで npm ci（または npm run build:cli）を実行してから、もう一度試してください\n',
    );
    process.exit(2);
  }
  crash(e);
}
process.exitCode = await main(process.argv.slice(2));
