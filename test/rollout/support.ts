/** Shared ground of the rollout tests: a loaded fleet, its state and a render context. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edge } from '../../src/fleet/defaults.js';
import { loadFleetText } from '../../src/fleet/load.js';
import { type FleetState, reconcileState } from '../../src/fleet/state.js';
import type { Lang } from '../../src/i18n/index.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import type { ProviderName, RenderContext } from '../../src/render/context.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const TEN_EDGES = join(ROOT, 'test', 'fixtures', 'fleets', 'ten-edges.yaml');
export const REFERENCE = join(ROOT, 'fleets', 'reference.yaml');

export function fleetText(file = TEN_EDGES): string {
  return readFileSync(file, 'utf8');
}

export function contextFor(
  text: string,
  opts: { state?: FleetState; provider?: ProviderName; lang?: Lang } = {},
): RenderContext {
  const { fleet } = loadFleetText(text, 'fleet.yaml');
  const policy = deriveFleetPolicy(fleet);
  const state = reconcileState(fleet, opts.state).state;
  return {
    fleet,
    policy,
    state,
    provider: opts.provider ?? fleet.central.ingress.provider,
    lang: opts.lang ?? 'en',
  };
}

export function withForm(edge: Edge, form: Edge['form']): Edge {
  return { ...edge, form };
}

/** A fleet text with `form` set in defaults (the schema's per-edge/defaults setting). */
export function textWithForm(text: string, form: Edge['form']): string {
  return text.replace(/^defaults:\n/m, `defaults:\n  form: ${form}\n`);
}

/** ten-edges with edge-02 as kube-prometheus-stack and edge-03 as a PrometheusAgent. */
export function mixedFormsText(extra = ''): string {
  return (
    fleetText()
      .replace('  - name: edge-02\n', '  - name: edge-02\n    form: kube-prometheus-stack\n')
      .replace('  - name: edge-03\n', '  - name: edge-03\n    form: prometheus-operator\n') + extra
  );
}
