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

/** A render before anything is collected: artifacts one edge at a time. */
export interface RenderStream {
  /** Filled as the artifacts are read: complete once they all have been. */
  warnings: RenderWarning[];
  /** Central artifacts, then each edge's, then the index README. Iterate once. */
  artifacts: Iterable<Artifact>;
}

/**
 * The render as a stream, so `render` writes each edge's files and lets them go: ten thousand edges'
 * files are ~190 MB of text that never need to be in memory together (bench/render).
 */
export function streamFleet(ctx: RenderContext, options: { indexReadme?: boolean } = {}): RenderStream {
  const warnings: RenderWarning[] = [];
  return { warnings, artifacts: streamArtifacts(ctx, warnings, options.indexReadme ?? true) };
}

/**
 * Central is rendered when the stream is first read, like the edges: a writer that starts its thread
 * before reading (write.ts) has it start while central renders (~60 ms at 1,000 edges, most of it
 * the ruler's alert per edge).
 */
function* streamArtifacts(ctx: RenderContext, warnings: RenderWarning[], indexReadme: boolean) {
  const ingress = ingressProvider(ctx.provider).render(ctx);
  warnings.push(...ingress.warnings);
  const central: Artifact[] = [
    renderThanosValues(ctx, ingress.chartIngress),
    renderGrafanaValues(ctx, ingress.chartIngress),
    ...renderCertManager(ctx),
    ...renderCentralSecrets(ctx),
    ...ingress.artifacts,
    renderCentralReadme(ctx, ingress, warnings),
  ];
  // Without the index README (the GitOps layout writes its own), nothing is counted for it.
  const tally = indexReadme ? new FolderTally() : undefined;
  for (const a of central) {
    tally?.add(a);
    yield a;
  }
  for (const edge of ctx.fleet.edges)
    for (const a of renderEdge(ctx, edge)) {
      tally?.add(a);
      yield a;
    }
  if (tally) yield renderIndexReadme(ctx, tally, warnings);
}

/** Every artifact in memory, sorted by path (tests, golden files, small fleets). */
export function renderFleet(ctx: RenderContext): RenderResult {
  const { warnings, artifacts } = streamFleet(ctx);
  return { artifacts: [...artifacts].sort(byPath), warnings };
}
