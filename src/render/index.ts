/**
 * fleet (+ policy + state) → every artifact. Pure: no disk, no clock, no randomness.
 */
import { type Artifact, byPath, type RenderResult, type RenderWarning } from './artifact.js';
import { renderCertManager } from './central/cert-manager.js';
import { renderGrafanaValues } from './central/grafana-values.js';
import { renderCentralReadme } from './central/readme.js';
import { renderCentralSecrets } from './central/secrets.js';
import { renderThanosValues } from './central/thanos-values.js';
import type { RenderContext } from './context.js';
import { renderEdge } from './edge/index.js';
import { ingressProvider } from './ingress/index.js';
import { FolderTally, renderIndexReadme } from './readme.js';

/** A render before anything is collected: warnings now, artifacts one edge at a time. */
export interface RenderStream {
  warnings: RenderWarning[];
  /** Central artifacts, then each edge's, then the index README. Iterate once. */
  artifacts: Iterable<Artifact>;
}

/**
 * The render as a stream, so `render` writes each edge's files and lets them go: ten thousand edges'
 * files are ~190 MB of text that never need to be in memory together (bench/render).
 */
export function streamFleet(ctx: RenderContext): RenderStream {
  const ingress = ingressProvider(ctx.provider).render(ctx);
  const warnings: RenderWarning[] = [...ingress.warnings];
  const central: Artifact[] = [
    renderThanosValues(ctx, ingress.chartIngress),
    renderGrafanaValues(ctx, ingress.chartIngress),
    ...renderCertManager(ctx),
    ...renderCentralSecrets(ctx),
    ...ingress.artifacts,
    renderCentralReadme(ctx, ingress, warnings),
  ];
  return { warnings, artifacts: streamArtifacts(ctx, central, warnings) };
}

function* streamArtifacts(ctx: RenderContext, central: Artifact[], warnings: RenderWarning[]) {
  const tally = new FolderTally();
  for (const a of central) {
    tally.add(a);
    yield a;
  }
  for (const edge of ctx.fleet.edges)
    for (const a of renderEdge(ctx, edge)) {
      tally.add(a);
      yield a;
    }
  yield renderIndexReadme(ctx, tally, warnings);
}

/** Every artifact in memory, sorted by path (tests, golden files, small fleets). */
export function renderFleet(ctx: RenderContext): RenderResult {
  const { warnings, artifacts } = streamFleet(ctx);
  return { artifacts: [...artifacts].sort(byPath), warnings };
}
