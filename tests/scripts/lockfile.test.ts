import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm ci` refuses a lock file that lacks any dependency a locked package declares, optional
 * builds for other platforms included (npm 11 names the version, npm 10 does not). A fresh machine
 * then cannot install at all, so every declared dependency must resolve inside the lock file.
 */
interface LockedPackage {
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { optional?: boolean }>>;
}

const ROOT = path.resolve(__dirname, '..', '..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Readonly<Record<string, LockedPackage>>;
};

/** Node's resolution: node_modules/<name> in the package's folder, then in each folder above it. */
function resolves(from: string, name: string): boolean {
  for (let dir = from; ;) {
    if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

describe('package-lock.json', () => {
  it('is a version 3 lock file that npm 10 and npm 11 both read', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('resolves every dependency of every locked package, optional platform builds included', () => {
    const missing: string[] = [];
    for (const [location, pkg] of Object.entries(lock.packages)) {
      const optionalPeers = Object.entries(pkg.peerDependenciesMeta ?? {}).filter(([, m]) => m.optional);
      const needed = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})].filter(
        (name) => !optionalPeers.some(([peer]) => peer === name),
      );
      for (const name of needed) if (!resolves(location, name)) missing.push(`${location || '(root)'} → ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('matches package.json: every declared dependency is locked', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const declared = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)];
    expect(declared.filter((name) => !lock.packages[`node_modules/${name}`])).toEqual([]);
  });
});
