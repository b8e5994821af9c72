/** Build dist/ once (tsc, then the CLI bundle) so tests that run the CLI as a process test the current sources. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const run = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, [join(root, script), ...args], { cwd: root, stdio: 'inherit' });
  run(join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json');
  run(join('scripts', 'bundle.mjs'));
}
