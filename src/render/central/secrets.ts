/**
 * central/secrets/<name>.yaml: the basic-auth Secrets of the exposed components and the Grafana admin
 * Secret, built from the state file. `data` (base64), not `stringData`, so the file is exactly what
 * `kubectl apply` stores and no plain password can be found with grep; the files are still 0600.
 */
import type { Fleet } from '../../fleet/defaults.js';
import type { ComponentName } from '../../fleet/schema.js';
import { centralMessages as m } from '../../i18n/messages/central.js';
import type { BasicAuthPolicy } from '../../policy/model.js';
import type { Artifact } from '../artifact.js';
import type { ProviderName, RenderContext } from '../context.js';
import { type HashSupport, htpasswdLines } from '../htpasswd.js';
import { objectsFile } from '../yaml.js';

/** Keys of the Grafana admin Secret: the chart's defaults for admin.userKey / admin.passwordKey (charts.md §2.4). */
export const GRAFANA_ADMIN_USER_KEY = 'admin-user';
export const GRAFANA_ADMIN_PASSWORD_KEY = 'admin-password';

export function grafanaAdminSecretName(fleet: Fleet): string {
  return `${fleet.central.grafanaFullname}-admin`;
}

/**
 * Where each provider reads htpasswd data from (ingress.md §5): ingress-nginx the key `auth`
 * (auth-secret-type auth-file), Envoy Gateway the key `.htpasswd` and only `{SHA}` hashes. The nginx
 * provider runs outside Kubernetes and writes its own htpasswd files, so it gets no Secret.
 */
const AUTH_SECRET_FORMAT: Record<ProviderName, { key: string; support: HashSupport } | undefined> = {
  'ingress-nginx': { key: 'auth', support: 'bcrypt-and-sha' },
  'gateway-api': { key: '.htpasswd', support: 'sha-only' },
  nginx: undefined,
};

export interface AuthSecretPlan {
  name: string;
  key: string;
  support: HashSupport;
  /** Users of every policy sharing this Secret (operators protect several UIs with one Secret). */
  auth: BasicAuthPolicy;
  components: ComponentName[];
}

/** The basic-auth Secrets the provider needs, one per Secret name, in policy order. */
export function authSecretPlan(ctx: RenderContext): AuthSecretPlan[] {
  const format = AUTH_SECRET_FORMAT[ctx.provider];
  if (!format) return [];
  const byName = new Map<string, AuthSecretPlan>();
  for (const p of ctx.policy.policies) {
    if (!p.auth) continue;
    const seen = byName.get(p.auth.secretName);
    if (!seen) {
      byName.set(p.auth.secretName, {
        name: p.auth.secretName,
        ...format,
        auth: { ...p.auth, users: [...p.auth.users] },
        components: [p.component],
      });
      continue;
    }
    if (seen.auth.credentialKind !== p.auth.credentialKind) {
      throw new Error(`Secret ${p.auth.secretName} would mix machine and human credentials`);
    }
    seen.components.push(p.component);
    for (const u of p.auth.users) if (!seen.auth.users.includes(u)) seen.auth.users.push(u);
  }
  return [...byName.values()];
}

function secretManifest(
  ctx: RenderContext,
  name: string,
  data: Record<string, string>,
): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name,
      namespace: ctx.fleet.central.namespace,
      labels: {
        'app.kubernetes.io/managed-by': 'thanos-fleet',
        'app.kubernetes.io/part-of': ctx.fleet.name,
      },
    },
    type: 'Opaque',
    data: Object.fromEntries(
      Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')]),
    ),
  };
}

export function renderCentralSecrets(ctx: RenderContext): Artifact[] {
  const { lang } = ctx;
  const out: Artifact[] = [];
  for (const s of authSecretPlan(ctx)) {
    const what =
      s.key === 'auth'
        ? m.secretAuthIngressNginx[lang]({ users: s.auth.users.length })
        : m.secretAuthGateway[lang]({ users: s.auth.users.length });
    const manifest = secretManifest(ctx, s.name, { [s.key]: htpasswdLines(s.auth, ctx.state, s.support) });
    out.push(
      objectsFile(
        `central/secrets/${s.name}.yaml`,
        { list: [manifest], header: m.secretHeader[lang]({ what }) },
        true,
      ),
    );
  }
  if (ctx.fleet.components.grafana.enabled) {
    const name = grafanaAdminSecretName(ctx.fleet);
    const admin = ctx.state.grafanaAdmin;
    const manifest = secretManifest(ctx, name, {
      [GRAFANA_ADMIN_USER_KEY]: admin.user,
      [GRAFANA_ADMIN_PASSWORD_KEY]: admin.password,
    });
    const what = m.secretGrafanaAdmin[lang]();
    out.push(
      objectsFile(
        `central/secrets/${name}.yaml`,
        { list: [manifest], header: m.secretHeader[lang]({ what }) },
        true,
      ),
    );
  }
  return out;
}
