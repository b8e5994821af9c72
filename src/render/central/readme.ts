import { type Artifact, artifact, type RenderWarning } from '../artifact.js';
import type { IngressProviderOutput, RenderContext } from '../context.js';

export function renderCentralReadme(
  _ctx: RenderContext,
  _ingress: IngressProviderOutput,
  _warnings: RenderWarning[],
): Artifact {
  return artifact('central/README.md', '# central\n');
}
