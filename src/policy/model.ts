/**
 * The provider-neutral ingress policy: what each exposed component needs from whatever sits in front
 * of it. Providers (src/render/ingress/<provider>) translate it; none of them adds policy of its own.
 */
import type { ComponentName } from '../fleet/schema.js';
import type { Localized } from '../i18n/index.js';

export interface Route {
  /** Path prefix (`/api/v1/receive` is matched exactly). */
  path: string;
  exact: boolean;
  service: string;
  port: number;
  portName: string;
}

export interface BasicAuthPolicy {
  realm: string;
  /** Kubernetes Secret holding the htpasswd data. */
  secretName: string;
  users: string[];
  /**
   * `machine`: 256-bit random credentials checked on every remote-write request → a fast `{SHA}`
   * hash (bcrypt cost 10 costs nginx ~48 ms per request, sandbox.md §3; entropy, not the hash,
   * protects a 256-bit secret). `human`: operator passwords → bcrypt.
   */
  credentialKind: 'machine' | 'human';
}

export interface CorsPolicy {
  origins: string[];
  methods: string[];
  headers: string[];
  credentials: boolean;
  maxAgeSeconds: number;
}

export interface Timeouts {
  /** nginx: "cannot usually exceed 75 seconds" (nginx.org/r/proxy_connect_timeout). */
  connectSeconds: number;
  /** Idle time between two writes to the backend. */
  sendSeconds: number;
  /** Idle time between two reads from the backend; for Gateway API also the whole-request deadline. */
  readSeconds: number;
}

export interface RateLimit {
  /** Requests per second per client address. */
  rps: number;
  /** Requests allowed above the rate at once (nginx burst, nodelay). */
  burst: number;
}

/** Why a derived limit has its value, kept so READMEs and errors can explain it. */
export interface Derivation {
  item: string;
  value: string;
  why: Localized;
}

export interface IngressPolicy {
  component: ComponentName;
  /** Object name used by providers (Ingress, HTTPRoute, policies). */
  name: string;
  hosts: string[];
  tls: { secretName: string; issuer: string; hosts: string[] };
  routes: Route[];
  redirectHttps: true;
  auth?: BasicAuthPolicy;
  rateLimit?: RateLimit;
  /** Concurrent requests per client address. */
  connections?: number;
  /** Largest request body in bytes. */
  bodySizeBytes: number;
  timeouts: Timeouts;
  cors?: CorsPolicy;
  allowlist?: string[];
  affinityCookie?: string;
  websockets: boolean;
  /** True when the policy matters for remote write (edges write through it). */
  remoteWrite: boolean;
  derivations: Derivation[];
}

export interface FleetPolicy {
  policies: IngressPolicy[];
  issuer: string;
}

/** "8m" etc. → bytes. */
export function parseSize(s: string): number {
  const m = /^(\d+)([kmgKMG]?)$/.exec(s);
  if (!m) throw new Error(`bad size ${s}`);
  const mult: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  return Number(m[1]) * mult[m[2]!.toLowerCase()]!;
}

/** bytes → the shortest exact nginx size ("8m", "512k", "1000"). */
export function formatSize(bytes: number): string {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3}g`;
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2}m`;
  if (bytes % 1024 === 0) return `${bytes / 1024}k`;
  return String(bytes);
}
