#!/usr/bin/env node
// The `teichaku` command: runs the TypeScript sources directly (no build step for the user).
import { register } from 'tsx/esm/api';

// `teichaku … | head` closes the pipe early: stop quietly instead of printing a stack trace
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
