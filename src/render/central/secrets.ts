import type { Artifact } from '../artifact.js';
import type { RenderContext } from '../context.js';

export function renderCentralSecrets(_ctx: RenderContext): Artifact[] {
  return [];
}
