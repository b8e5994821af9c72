/** Everything a renderer may read. Renderers are pure: same context, same bytes. */
import type { Fleet } from '../fleet/defaults.js';
import type { ComponentName } from '../fleet/schema.js';
import type { FleetState } from '../fleet/state.js';
import type { Lang, Localized } from '../i18n/index.js';
import type { FleetPolicy } from '../policy/model.js';
import type { RenderResult } from './artifact.js';

export type ProviderName = 'ingress-nginx' | 'gateway-api' | 'nginx';
export const PROVIDERS: readonly ProviderName[] = ['ingress-nginx', 'gateway-api', 'nginx'];

export interface RenderContext {
  fleet: Fleet;
  policy: FleetPolicy;
  state: FleetState;
  /** The ingress provider rendered (the fleet's, unless `render --provider` chose another). */
  provider: ProviderName;
  /** Language of READMEs and comments a person reads in the output. */
  lang: Lang;
}

export interface IngressProviderOutput extends RenderResult {
  /**
   * ingress-nginx only: the complete `<component>.ingress` (thanos chart) or `ingress` (grafana chart)
   * block. Components without an entry get `ingress.enabled: false` in the chart values.
   */
  chartIngress: Partial<Record<ComponentName, Record<string, unknown>>>;
  /** Lines for the central README: how this provider differs from ingress-nginx. */
  differences: Localized[];
}

/** Capability support of a provider, for `thanos-fleet providers`. */
export type Support = 'yes' | 'partial' | 'no';
export const CAPABILITIES = [
  'tls',
  'httpsRedirect',
  'basicAuth',
  'rateLimitPerAddress',
  'connectionsPerAddress',
  'bodySize',
  'timeouts',
  'cors',
  'allowlist',
  'cookieAffinity',
  'websockets',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface IngressProvider {
  name: ProviderName;
  capabilities: Record<Capability, Support>;
  render(ctx: RenderContext): IngressProviderOutput;
}
