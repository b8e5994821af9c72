/**
 * Shapes of the layout's own kinds that have no CRD in ../shared/reference/crds: Argo CD
 * Application/ApplicationSet, Flux GitRepository/Kustomization/HelmRepository/HelmRelease,
 * external-secrets ExternalSecret and the kustomize Kustomization. Written from the fields thanos-fleet
 * emits and the upstream API docs (Argo CD "ApplicationSet Specification", Flux API references
 * source/v1, kustomize/v1, helm/v2, ESO api "ExternalSecret" v1, kustomize "kustomization.yaml"),
 * strict so an unexpected or misspelt field fails. Necessary, not sufficient, like any offline check.
 */
import { z } from 'zod';

const name = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/)
  .max(253);
const meta = z.strictObject({
  name,
  namespace: name.optional(),
  labels: z.record(z.string(), z.string()).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});
const duration = z.string().regex(/^(\d+(ms|s|m|h))+$/);
const syncPolicy = z.strictObject({
  automated: z.strictObject({ prune: z.boolean(), selfHeal: z.boolean() }),
  syncOptions: z.array(z.string().regex(/^[A-Za-z]+=\w+$/)),
});
const gitSource = z.strictObject({
  repoURL: z.string().min(1),
  targetRevision: z.string(),
  path: z.string(),
});
const helmSource = z.strictObject({
  repoURL: z.string().min(1),
  chart: z.string(),
  targetRevision: z.string().regex(/^\d+\.\d+\.\d+$/),
  helm: z.strictObject({ releaseName: z.string(), valueFiles: z.array(z.string().startsWith('$values/')) }),
});
const refSource = z.strictObject({
  repoURL: z.string(),
  targetRevision: z.string(),
  ref: z.literal('values'),
});
const appSpec = z
  .strictObject({
    project: z.string(),
    source: gitSource.optional(),
    sources: z.tuple([helmSource, refSource]).optional(),
    destination: z.strictObject({ name: z.string(), namespace: name.or(z.string()) }),
    syncPolicy,
  })
  .refine((s) => (s.source === undefined) !== (s.sources === undefined), 'source xor sources');

export const application = z.strictObject({
  apiVersion: z.literal('argoproj.io/v1alpha1'),
  kind: z.literal('Application'),
  metadata: meta,
  spec: appSpec,
});

export const applicationSet = z.strictObject({
  apiVersion: z.literal('argoproj.io/v1alpha1'),
  kind: z.literal('ApplicationSet'),
  metadata: meta,
  spec: z.strictObject({
    goTemplate: z.literal(true),
    goTemplateOptions: z.array(z.literal('missingkey=error')),
    generators: z
      .array(
        z.union([
          z.strictObject({
            clusters: z.strictObject({
              selector: z.strictObject({ matchLabels: z.record(z.string(), z.string()) }),
            }),
          }),
          z.strictObject({
            git: z.strictObject({
              repoURL: z.string(),
              revision: z.string(),
              files: z.array(z.strictObject({ path: z.string().endsWith('cluster.json') })),
            }),
          }),
          z.strictObject({ list: z.strictObject({ elements: z.array(z.strictObject({ name })).min(1) }) }),
        ]),
      )
      .length(1),
    template: z.strictObject({
      metadata: z.strictObject({
        name: z.string().includes('{{.name}}'),
        labels: z.record(z.string(), z.string()),
      }),
      spec: appSpec,
    }),
  }),
});

const sourceRef = z.strictObject({
  kind: z.enum(['GitRepository', 'HelmRepository']),
  name,
  namespace: name.optional(),
});

export const gitRepository = z.strictObject({
  apiVersion: z.literal('source.toolkit.fluxcd.io/v1'),
  kind: z.literal('GitRepository'),
  metadata: meta,
  spec: z.strictObject({
    interval: duration,
    url: z.string().min(1),
    ref: z.strictObject({ branch: z.string() }),
  }),
});

export const fluxKustomization = z.strictObject({
  apiVersion: z.literal('kustomize.toolkit.fluxcd.io/v1'),
  kind: z.literal('Kustomization'),
  metadata: meta,
  spec: z.strictObject({
    interval: duration,
    path: z.string().startsWith('./'),
    prune: z.boolean(),
    wait: z.boolean(),
    sourceRef,
    dependsOn: z.array(z.strictObject({ name })).optional(),
    targetNamespace: name.optional(),
  }),
});

export const helmRepository = z.strictObject({
  apiVersion: z.literal('source.toolkit.fluxcd.io/v1'),
  kind: z.literal('HelmRepository'),
  metadata: meta,
  spec: z.strictObject({
    interval: duration,
    url: z.string().regex(/^(https|oci):\/\//),
    type: z.literal('oci').optional(),
  }),
});

export const helmRelease = z.strictObject({
  apiVersion: z.literal('helm.toolkit.fluxcd.io/v2'),
  kind: z.literal('HelmRelease'),
  metadata: meta,
  spec: z.strictObject({
    interval: duration,
    releaseName: name,
    targetNamespace: name,
    chart: z.strictObject({
      spec: z.strictObject({ chart: z.string(), version: z.string().regex(/^\d+\.\d+\.\d+$/), sourceRef }),
    }),
    install: z.strictObject({ remediation: z.strictObject({ retries: z.number().int() }) }),
    upgrade: z.strictObject({ remediation: z.strictObject({ retries: z.number().int() }) }),
    values: z.record(z.string(), z.unknown()),
  }),
});

export const externalSecret = z.strictObject({
  apiVersion: z.literal('external-secrets.io/v1'),
  kind: z.literal('ExternalSecret'),
  metadata: meta,
  spec: z.strictObject({
    refreshInterval: duration,
    secretStoreRef: z.strictObject({ kind: z.literal('ClusterSecretStore'), name }),
    target: z.strictObject({
      name,
      creationPolicy: z.literal('Owner'),
      template: z.strictObject({
        type: z.string(),
        metadata: z.strictObject({ labels: z.record(z.string(), z.string()) }),
      }),
    }),
    data: z
      .array(
        z.strictObject({
          secretKey: z.string().regex(/^[-._a-zA-Z0-9]+$/),
          remoteRef: z.strictObject({ key: z.string().min(1), property: z.string().min(1) }),
        }),
      )
      .min(1),
  }),
});

export const kustomizeKustomization = z.strictObject({
  apiVersion: z.literal('kustomize.config.k8s.io/v1beta1'),
  kind: z.literal('Kustomization'),
  sortOptions: z.strictObject({ order: z.literal('fifo') }).optional(),
  // A file of the folder, or a base: another folder of the layout with its own kustomization.yaml.
  resources: z
    .array(z.string().regex(/^(?:[a-z0-9][a-z0-9.-]*\.yaml|(?:\.\.\/)+[a-z0-9-]+(?:\/[a-z0-9-]+)*)$/))
    .min(1),
});

/** Schema per `apiVersion kind` of the kinds above. */
export const OWN_SCHEMAS: Record<string, z.ZodType> = {
  'argoproj.io/v1alpha1 Application': application,
  'argoproj.io/v1alpha1 ApplicationSet': applicationSet,
  'source.toolkit.fluxcd.io/v1 GitRepository': gitRepository,
  'kustomize.toolkit.fluxcd.io/v1 Kustomization': fluxKustomization,
  'source.toolkit.fluxcd.io/v1 HelmRepository': helmRepository,
  'helm.toolkit.fluxcd.io/v2 HelmRelease': helmRelease,
  'external-secrets.io/v1 ExternalSecret': externalSecret,
  'kustomize.config.k8s.io/v1beta1 Kustomization': kustomizeKustomization,
};
