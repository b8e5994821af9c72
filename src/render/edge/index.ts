import type { Edge } from '../../fleet/defaults.js';
import type { Artifact } from '../artifact.js';
import type { RenderContext } from '../context.js';

export function renderEdge(_ctx: RenderContext, _edge: Edge): Artifact[] {
  return [];
}
