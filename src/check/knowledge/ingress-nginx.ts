/**
 * ingress-nginx knowledge for `check`. The 138 valid annotation names of v1.15.1 (ingress.md §1.1)
 * come from the one list render uses (src/render/ingress/ingress-nginx/annotations.ts), so check
 * never flags a name render emits.
 */
import {
  INGRESS_NGINX_ANNOTATIONS,
  INGRESS_NGINX_PREFIX,
} from '../../render/ingress/ingress-nginx/annotations.js';

export const INGRESS_NGINX_ANNOTATION_NAMES: readonly string[] = [...INGRESS_NGINX_ANNOTATIONS];

export const NGINX_PREFIX = INGRESS_NGINX_PREFIX;

/** Old name → primary name (INX AnnotationAliases; ingress.md §1.1). */
export const INGRESS_NGINX_ALIASES: Readonly<Record<string, string>> = {
  'whitelist-source-range': 'allowlist-source-range',
  'limit-whitelist': 'limit-allowlist',
};

/** Names people write that are ConfigMap keys, not annotations (ingress.md §1.1, §1.3). */
export const INGRESS_NGINX_CONFIGMAP_ONLY = ['limit-req-status-code', 'limit-conn-status-code'];

/** Annotations from other controllers that ingress-nginx silently ignores (ingress.md §1.2). */
export const FOREIGN_ANNOTATIONS: Readonly<Record<string, string>> = {
  'websocket-services': 'nginx.org/websocket-services (F5 NGINX Ingress Controller)',
  'proxy-cache-valid': 'none: ingress-nginx has no per-Ingress response cache',
};

/** Snippet annotations: rejected unless the controller allows Critical risk (ingress.md §1.4). */
export const SNIPPET_ANNOTATIONS = [
  'configuration-snippet',
  'server-snippet',
  'stream-snippet',
  'auth-snippet',
  'modsecurity-snippet',
];

/** Defaults of ingress-nginx (ingress.md §1.2; configmap.md). */
export const INGRESS_NGINX_DEFAULTS = {
  proxyBodySize: '1m',
  connectTimeout: 5,
  readTimeout: 60,
  sendTimeout: 60,
  burstMultiplier: 5,
  /** limit_req / limit_conn status without a ConfigMap override. */
  limitStatus: 503,
};

/** Annotation values equal to the controller default: harmless restatements. */
export const RESTATED_DEFAULTS: Readonly<Record<string, string>> = {
  'limit-burst-multiplier': '5',
  'backend-protocol': 'HTTP',
  'ssl-redirect': 'true',
  'cors-allow-credentials': 'true',
};

/** Timeout annotations: unitless integer seconds; anything else falls back to the default. */
export const TIMEOUT_ANNOTATIONS: Readonly<Record<string, number>> = {
  'proxy-connect-timeout': 5,
  'proxy-send-timeout': 60,
  'proxy-read-timeout': 60,
};

/** nginx: proxy_connect_timeout "cannot usually exceed 75 seconds" (nginx.org/r/proxy_connect_timeout). */
export const MAX_EFFECTIVE_CONNECT_TIMEOUT = 75;
