import { main } from '../cli/main.ts';

/** Run the teichaku command in-process, as a user would type it, capturing what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: { write: (s: string) => (stdout += s) },
    err: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}
