import type { ComponentName } from '../../fleet/schema.js';
import { type Artifact, artifact } from '../artifact.js';
import type { RenderContext } from '../context.js';
import { toYaml } from '../yaml.js';

export function renderThanosValues(
  _ctx: RenderContext,
  _chartIngress: Partial<Record<ComponentName, Record<string, unknown>>>,
): Artifact {
  return artifact('central/thanos-values.yaml', toYaml({}));
}
