// What `npm ci` downloads, read from the npm cache it filled (npm has no command that reports it).
// Usage: node scripts/install-size.mjs <npm cache dir> [package,package,...]
// With packages: also the share of the lockfile that only those packages pull in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [cacheDir, without] = process.argv.slice(2);
if (!cacheDir) {
  console.error('usage: node scripts/install-size.mjs <npm cache dir> [package,package,...]');
  process.exit(2);
}

/** Every stored body once (by integrity), with its size and whether it is a package tarball. */
const bodies = new Map();
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      walk(path);
      continue;
    }
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const entry = JSON.parse(line.slice(tab + 1));
      if (!entry.integrity || !entry.size) continue;
      const tarball = entry.key.startsWith('pacote:tarball:') || entry.key.includes('.tgz');
      const body = bodies.get(entry.integrity) ?? { size: entry.size, tarball: false, name: '' };
      if (tarball) body.tarball = true;
      if (entry.key.startsWith('pacote:tarball:')) body.name = entry.key.slice('pacote:tarball:'.length);
      else if (tarball && !body.name) body.name = entry.key.slice(entry.key.lastIndexOf('/') + 1);
      bodies.set(entry.integrity, body);
    }
  }
};
walk(join(cacheDir, '_cacache/index-v5'));

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const all = [...bodies.values()];
const tarballs = all.filter((b) => b.tarball);
const metadata = all.filter((b) => !b.tarball);
const sum = (list) => list.reduce((total, b) => total + b.size, 0);
console.log(`package tarballs: ${tarballs.length}, ${mb(sum(tarballs))}`);
console.log(`registry metadata: ${metadata.length}, ${mb(sum(metadata))}`);
console.log('largest tarballs:');
for (const b of tarballs.sort((x, y) => y.size - x.size).slice(0, 8)) console.log(`  ${mb(b.size)}  ${b.name}`);

if (without) {
  const excluded = new Set(without.split(','));
  const packages = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;
  // Node's resolution: the nearest node_modules/<name> from the dependent's folder upwards.
  const resolve = (from, name) => {
    for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
      const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (!dir) return undefined;
    }
  };
  const reach = (skip) => {
    const seen = new Set();
    const visit = (path) => {
      if (seen.has(path)) return;
      seen.add(path);
      const p = packages[path];
      for (const name of Object.keys({
        ...p.dependencies,
        ...p.optionalDependencies,
        ...p.peerDependencies,
        ...(path ? {} : p.devDependencies),
      })) {
        if (!path && skip.has(name)) continue;
        const target = resolve(path, name);
        if (target) visit(target);
      }
    };
    visit('');
    return seen;
  };
  const everything = reach(new Set());
  const rest = reach(excluded);
  // Packages for other platforms are in the lockfile but were never downloaded: left out.
  const installed = [...everything].filter((path) => path && bodies.has(packages[path].integrity));
  const only = installed.filter((path) => !rest.has(path));
  const size = (paths) => paths.reduce((total, path) => total + bodies.get(packages[path].integrity).size, 0);
  console.log(
    `only for ${[...excluded].join(', ')}: ${only.length} of ${installed.length} packages, ${mb(size(only))} of ${mb(size(installed))} of tarballs`,
  );
}
