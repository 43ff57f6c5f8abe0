#!/usr/bin/env node
// The `teichaku` command: runs the TypeScript sources directly (no build step for the user).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
