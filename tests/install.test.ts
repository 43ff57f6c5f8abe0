import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// semver comes with npm's own tree (vite, wxt); loaded untyped
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string, o?: { includePrerelease?: boolean }): boolean;
};

/** The documented Node version (README, toolchain.md): `npm ci` on it prints no engine warning. */
const NODE = '20.20.0';

describe('npm ci installs cleanly on the documented Node', () => {
  it('every package in the lockfile accepts Node 20.20 (no EBADENGINE warning)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(
        ([, p]) => !semver.satisfies(NODE, (p.engines as { node: string }).node, { includePrerelease: true }),
      )
      .map(([path, p]) => `${path}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  it('the command needs only runtime packages to build and run: esbuild is a dependency, tsx is not needed', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.scripts.prepare).toBe('node cli/build.mjs');
    expect(pkg.dependencies.esbuild).toBe('0.27.7');
    expect(pkg.bin.teichaku).toBe('cli/bin.mjs');
    expect(readFileSync('cli/build.mjs', 'utf8')).not.toMatch(/from ['"]tsx/);
  });
});
