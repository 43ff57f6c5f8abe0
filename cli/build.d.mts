/** Build cli/main.ts into `outdir` (default cli/dist); resolves to the folder written. */
export function buildCli(outdir?: string): Promise<string>;
