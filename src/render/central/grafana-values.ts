import type { ComponentName } from '../../fleet/schema.js';
import { type Artifact, artifact } from '../artifact.js';
import type { RenderContext } from '../context.js';
import { toYaml } from '../yaml.js';

export function renderGrafanaValues(
  _ctx: RenderContext,
  _chartIngress: Partial<Record<ComponentName, Record<string, unknown>>>,
): Artifact {
  return artifact('central/grafana-values.yaml', toYaml({}));
}
