/**
 * fleet (+ policy + state) → every artifact. Pure: no disk, no clock, no randomness.
 */
import type { Artifact, RenderResult, RenderWarning } from './artifact.js';
import { renderCertManager } from './central/cert-manager.js';
import { renderGrafanaValues } from './central/grafana-values.js';
import { renderCentralReadme } from './central/readme.js';
import { renderCentralSecrets } from './central/secrets.js';
import { renderThanosValues } from './central/thanos-values.js';
import type { RenderContext } from './context.js';
import { renderEdge } from './edge/index.js';
import { ingressProvider } from './ingress/index.js';
import { renderIndexReadme } from './readme.js';

export function renderFleet(ctx: RenderContext): RenderResult {
  const ingress = ingressProvider(ctx.provider).render(ctx);
  const warnings: RenderWarning[] = [...ingress.warnings];
  const central: Artifact[] = [
    renderThanosValues(ctx, ingress.chartIngress),
    renderGrafanaValues(ctx, ingress.chartIngress),
    ...renderCertManager(ctx),
    ...renderCentralSecrets(ctx),
    ...ingress.artifacts,
  ];
  const edges = ctx.fleet.edges.flatMap((e) => renderEdge(ctx, e));
  const artifacts = [...central, renderCentralReadme(ctx, ingress, warnings), ...edges];
  artifacts.push(renderIndexReadme(ctx, artifacts, warnings));
  return { artifacts: artifacts.sort((a, b) => a.path.localeCompare(b.path)), warnings };
}
