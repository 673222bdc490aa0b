#!/usr/bin/env node
// The npm registry reachable from our build machines does not serve turbo's macOS and Windows
// binaries, so `npm install` drops them from package-lock.json, and `npm ci` then refuses the
// lock file as "out of sync". This script puts the missing optional platform entries back
// (npm ci skips them on Linux because their os/cpu do not match). Run it after every
// `npm install` that rewrites the lock file: `node tools/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!name.startsWith('@turbo/')) continue;
    const key = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (packages[key] || packages[`node_modules/${name}`]) continue;
    const [, os, arch] = /^@turbo\/(darwin|windows|linux)-(64|arm64)$/.exec(name) ?? [];
    if (!os) continue;
    packages[`node_modules/${name}`] = {
      version,
      cpu: [arch === '64' ? 'x64' : 'arm64'],
      dev: entry.dev ?? undefined,
      license: 'MIT',
      optional: true,
      os: [os === 'windows' ? 'win32' : os],
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platforms: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
