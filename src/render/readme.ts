import { type Artifact, artifact, type RenderWarning } from './artifact.js';
import type { RenderContext } from './context.js';

export function renderIndexReadme(
  ctx: RenderContext,
  _artifacts: Artifact[],
  _warnings: RenderWarning[],
): Artifact {
  return artifact('README.md', `# ${ctx.fleet.name}\n`);
}
