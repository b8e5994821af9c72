/**
 * Ingress provider "nginx": a plain nginx central proxy outside Kubernetes (also what the local
 * sandbox runs). Writes central/nginx/{nginx.conf, htpasswd/<secret>, README.md}; the charts get
 * no Ingress of their own (empty chartIngress).
 */
import { say } from '../../../i18n/index.js';
import { nginxMessages as m } from '../../../i18n/messages/nginx.js';
import type { FleetPolicy } from '../../../policy/model.js';
import { type Artifact, artifact, type RenderWarning } from '../../artifact.js';
import type { IngressProvider, RenderContext } from '../../context.js';
import { htpasswdLines } from '../../htpasswd.js';
import { type NginxSite, productionNginxSite, renderNginxConf } from './conf.js';
import { renderNginxReadme } from './readme.js';

export { type NginxSite, productionNginxSite, renderNginxConf } from './conf.js';
export { type LocalSiteOptions, localNginxSite, localSiteFolders } from './local.js';

/** What nginx cannot express exactly. Pure; also used by the sandbox for its local site. */
export function nginxWarnings(policy: FleetPolicy, site: NginxSite): RenderWarning[] {
  // One TLS warning for the whole file: the same gap (no cert-manager) holds for every host.
  const paths = [...new Set(policy.policies.flatMap((p) => p.hosts.map((h) => site.tlsCertificate(h).cert)))];
  const warnings: RenderWarning[] = [
    {
      source: 'nginx',
      object: 'nginx.conf',
      capability: 'tls',
      message: say(m.warnTls, { issuer: policy.issuer, paths: paths.join(', ') }),
    },
  ];
  for (const p of policy.policies) {
    const object = `nginx.conf ${p.name}`;
    if (p.affinityCookie) {
      warnings.push({
        source: 'nginx',
        object,
        capability: 'cookieAffinity',
        message: say(m.warnAffinity, { cookie: p.affinityCookie }),
      });
    }
    if (p.auth?.realm.includes('$')) {
      warnings.push({
        source: 'nginx',
        object,
        capability: 'basicAuth',
        message: say(m.warnRealmDollar, { realm: p.auth.realm }),
      });
    }
  }
  return warnings;
}

/** One htpasswd artifact per Secret (query, query-frontend and bucket web share the operators'). */
export function nginxHtpasswdArtifacts(ctx: RenderContext, dir: string): Artifact[] {
  const seen = new Map<string, Artifact>();
  for (const p of ctx.policy.policies) {
    if (!p.auth || seen.has(p.auth.secretName)) continue;
    // nginx checks crypt() hashes (bcrypt here) as well as {SHA} (ingress.md §5, verified on 1.22).
    const content = htpasswdLines(p.auth, ctx.state, 'bcrypt-and-sha');
    seen.set(p.auth.secretName, artifact(`${dir}/htpasswd/${p.auth.secretName}`, content, true));
  }
  return [...seen.values()];
}

export const nginxProvider: IngressProvider = {
  name: 'nginx',
  capabilities: {
    // TLS termination yes, cert-manager no: certificates are files the user provides.
    tls: 'partial',
    httpsRedirect: 'yes',
    basicAuth: 'yes',
    rateLimitPerAddress: 'yes',
    connectionsPerAddress: 'yes',
    bodySize: 'yes',
    timeouts: 'yes',
    cors: 'yes',
    allowlist: 'yes',
    // Consistent hash of a cookie nginx sets, not a sticky session (no `sticky` in OSS nginx).
    cookieAffinity: 'partial',
    websockets: 'yes',
  },
  render(ctx) {
    const site = productionNginxSite(ctx.fleet);
    const dir = 'central/nginx';
    const warnings = nginxWarnings(ctx.policy, site);
    const htpasswd = nginxHtpasswdArtifacts(ctx, dir);
    return {
      artifacts: [
        artifact(`${dir}/nginx.conf`, renderNginxConf(ctx.policy, site, ctx.lang)),
        ...htpasswd,
        renderNginxReadme(ctx, site, warnings, `${dir}/README.md`),
      ],
      warnings,
      chartIngress: {},
      differences: [say(m.diffTls), say(m.diffHsts), say(m.diffClientAddress), say(m.diffOneInstance)],
    };
  },
};
