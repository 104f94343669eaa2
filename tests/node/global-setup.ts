import { execFileSync } from 'node:child_process';

/** Builds the deployable bundle into dist/ once, as `wrangler deploy --dry-run` does for a deploy. */
export default function setup() {
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', 'dist'], { stdio: 'pipe' });
}
