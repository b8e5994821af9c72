/**
 * The fleet file's shape. This is the only place it is written: types, validation and the JSON Schema
 * that `thanos-fleet schema` prints (for yaml-language-server) all come from here.
 */
import * as z from 'zod';
import { API_VERSION, type ComponentName, componentNames } from './names.js';

export { API_VERSION, type ComponentName, componentNames };

// RFC 1123 host name, at least two labels, lower case (ingress hosts and cert SANs are lower case).
const HOSTNAME_RE =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
// Prometheus duration: one or more <number><unit> (config/config.go model.ParseDuration units).
export const DURATION_RE = /^((\d+)(y|w|d|h|m|s|ms))+$/;
const DNS1123_LABEL_RE = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
// Prometheus label name (model.LabelNameRE).
const LABEL_NAME_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const SEMVER_RE = /^\d+\.\d+(\.\d+)?$/;
const SIZE_RE = /^\d+[kmgKMG]?$/;

export const hostname = z.string().regex(HOSTNAME_RE, { message: 'format.hostname' });
export const duration = z.string().regex(DURATION_RE, { message: 'format.duration' });
const dnsLabel = z.string().regex(DNS1123_LABEL_RE, { message: 'format.dnsLabel' });
export const cidr = z.string().refine(isCidr, { message: 'format.cidr' });
const labelName = z.string().regex(LABEL_NAME_RE, { message: 'format.labelName' });
const size = z.string().regex(SIZE_RE, { message: 'format.size' });
const positiveInt = z.number().int().positive();

export function isCidr(value: string): boolean {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(value);
  if (!m) return false;
  const [, addr, bitsText] = m;
  const bits = Number(bitsText);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(addr!)) {
    return addr!.split('.').every((o) => Number(o) <= 255) && bits <= 32;
  }
  return /^[0-9a-fA-F:]+$/.test(addr!) && addr!.includes(':') && bits <= 128;
}

const resources = z
  .strictObject({
    requests: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    limits: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .describe('Kubernetes container resources, passed to the chart as is.');

const corsSchema = z.strictObject({
  origins: z.array(z.string().regex(/^(https?:\/\/[^/\s]+|\*)$/, { message: 'format.origin' })),
  methods: z.array(z.string().regex(/^[A-Z]+$/)).optional(),
  headers: z.array(z.string()).optional(),
  credentials: z.boolean().optional(),
  maxAgeSeconds: positiveInt.optional(),
});

/** Per-component ingress overrides. Each item is derived from the fleet when left out. */
export const ingressOverrides = z
  .strictObject({
    rateLimitRps: positiveInt.optional().describe('Requests per second per client address.'),
    rateLimitBurst: positiveInt.optional(),
    connections: positiveInt.optional().describe('Concurrent requests per client address.'),
    bodySize: size.optional().describe('Largest request body, e.g. 8m.'),
    connectTimeoutSeconds: z.number().int().min(1).max(75).optional(),
    sendTimeoutSeconds: positiveInt.optional(),
    readTimeoutSeconds: positiveInt.optional(),
    cors: corsSchema.optional(),
    allowlist: z.array(cidr).optional().describe('Client CIDRs allowed; everything else gets 403.'),
    authRealm: z.string().optional(),
  })
  .describe('Overrides of the derived ingress policy for this component.');

const componentBase = {
  enabled: z.boolean().optional(),
  expose: z.boolean().optional().describe('Put this component behind the ingress.'),
  host: hostname.optional().describe('Main host; default <prefix>.<central.domain>.'),
  extraHosts: z.array(hostname).optional(),
  replicas: positiveInt.optional(),
  resources: resources.optional(),
  ingress: ingressOverrides.optional(),
};
const component = z.strictObject(componentBase);

const queueSchema = z
  .strictObject({
    capacity: positiveInt.optional(),
    maxShards: positiveInt.optional(),
    minShards: positiveInt.optional(),
    maxSamplesPerSend: positiveInt.optional(),
    batchSendDeadline: duration.optional(),
    minBackoff: duration.optional(),
    maxBackoff: duration.optional(),
    retryOnHttp429: z.boolean().optional(),
  })
  .describe('remote_write queue_config; unset fields use the fleet defaults.');

const edgeSettings = {
  prometheusVersion: z
    .string()
    .regex(SEMVER_RE, { message: 'format.version' })
    .optional()
    .describe('Prometheus version the edge runs; only fields it accepts are rendered.'),
  remoteTimeout: duration.optional(),
  scrapeInterval: duration.optional(),
  queue: queueSchema.optional(),
  egress: z
    .string()
    .optional()
    .describe('Name of the egress (NAT) address this edge leaves through; edges sharing one share limits.'),
  caFile: z.string().optional().describe('CA bundle path on the edge, for a private issuer.'),
  form: z
    .enum(['raw', 'kube-prometheus-stack', 'prometheus-operator'])
    .optional()
    .describe(
      'How the edge agent is deployed: raw prometheus.yml, kube-prometheus-stack values, or a PrometheusAgent.',
    ),
};

export const edgeSchema = z.strictObject({
  name: dnsLabel.describe(
    'Cluster name; also the `cluster` external label unless externalLabels.cluster is set.',
  ),
  externalLabels: z.record(labelName, z.string()).optional(),
  ...edgeSettings,
});

export const fleetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    apiVersion: z.literal(API_VERSION, { message: 'format.apiVersion' }),
    kind: z.literal('Fleet', { message: 'format.kind' }),
    metadata: z.strictObject({ name: dnsLabel }),
    central: z.strictObject({
      domain: hostname.describe('Base domain of the central cluster, e.g. k8s-central.example.com.'),
      namespace: dnsLabel.default('monitoring'),
      releases: z
        .strictObject({ thanos: dnsLabel.default('thanos'), grafana: dnsLabel.default('grafana') })
        .default({ thanos: 'thanos', grafana: 'grafana' }),
      ingress: z
        .strictObject({
          provider: z.enum(['ingress-nginx', 'gateway-api', 'nginx']).default('ingress-nginx'),
          className: z.string().default('nginx'),
          gatewayName: dnsLabel.default('thanos-fleet'),
          gatewayClassName: z.string().default('eg'),
          controllerReplicas: positiveInt
            .default(1)
            .describe('Ingress controller replicas: per-address limits apply per replica.'),
          standaloneIngress: z
            .boolean()
            .default(false)
            .describe('Also write networking.k8s.io/v1 Ingress objects.'),
        })
        .default({
          provider: 'ingress-nginx',
          className: 'nginx',
          gatewayName: 'thanos-fleet',
          gatewayClassName: 'eg',
          controllerReplicas: 1,
          standaloneIngress: false,
        }),
      certManager: z.strictObject({
        issuer: dnsLabel.default('letsencrypt-prod'),
        email: z.email({ message: 'format.email' }),
        server: z.url().default('https://acme-v02.api.letsencrypt.org/directory'),
      }),
      objstore: z
        .strictObject({ secretName: dnsLabel, key: z.string().default('objstore.yml') })
        .describe('Existing Secret holding objstore.yml; thanos-fleet never sees bucket credentials.'),
      thanosImage: z
        .strictObject({
          registry: z.string().default('quay.io'),
          repository: z.string().default('thanos/thanos'),
          tag: z.string().default('v0.39.2'),
        })
        .default({ registry: 'quay.io', repository: 'thanos/thanos', tag: 'v0.39.2' })
        .describe("Bitnami's default image is gone (bitnami/charts#35164): always set explicitly."),
      grafanaImage: z
        .strictObject({
          registry: z.string().default('docker.io'),
          repository: z.string().default('grafana/grafana'),
          tag: z.string().default('13.2.0'),
        })
        .default({ registry: 'docker.io', repository: 'grafana/grafana', tag: '13.2.0' }),
      replicationFactor: positiveInt.default(1),
      operators: z
        .array(dnsLabel)
        .default(['admin'])
        .describe('Human users of the basic-auth protected UIs (Bucket Web).'),
      alertmanagers: z
        .array(z.url())
        .default([])
        .describe('Alertmanager URLs for the Ruler; the chart refuses a Ruler without them.'),
      browserOrigins: z
        .array(z.string().regex(/^https?:\/\/[^/\s]+$/))
        .default([])
        .describe('Browser origins that call Query directly; CORS stays off without them.'),
      components: z
        .strictObject(
          Object.fromEntries(componentNames.map((n) => [n, component.optional()])) as {
            [K in ComponentName]: z.ZodOptional<typeof component>;
          },
        )
        .default({}),
    }),
    gitops: z
      .strictObject({
        repoURL: z.string().optional().describe('Git repository the GitOps layout is committed to.'),
        revision: z.string().default('main'),
        path: z.string().default('.').describe('Folder of the layout inside the repository.'),
        generator: z
          .enum(['clusters', 'git-files'])
          .default('clusters')
          .describe('Argo CD ApplicationSet generator.'),
        secrets: z
          .enum(['inline', 'external-secrets'])
          .default('external-secrets')
          .describe('external-secrets: ExternalSecret objects instead of Secret data in the layout.'),
        secretStore: z
          .string()
          .default('fleet-secrets')
          .describe('ClusterSecretStore the ExternalSecrets read from.'),
        ageRecipients: z
          .array(z.string())
          .default([])
          .describe('age recipients the state file is encrypted to.'),
      })
      .optional(),
    defaults: z.strictObject(edgeSettings).default({}),
    edges: z.array(edgeSchema).min(1, { message: 'format.noEdges' }),
  })
  .describe('thanos-fleet fleet file');

export type FleetInput = z.input<typeof fleetSchema>;
export type FleetSpec = z.output<typeof fleetSchema>;
export type EdgeSpec = z.output<typeof edgeSchema>;
export type ComponentSpec = z.output<typeof component>;
export type IngressOverrides = z.output<typeof ingressOverrides>;
export type QueueSpec = z.output<typeof queueSchema>;

/** JSON Schema for editors (yaml-language-server). */
export function fleetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(fleetSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    $id: 'https://thanos-fleet.dev/schema/v1alpha1/fleet.json',
    title: 'thanos-fleet Fleet',
    ...schema,
  };
}
