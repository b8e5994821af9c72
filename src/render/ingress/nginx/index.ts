/**
 * Ingress provider "nginx": a plain nginx central proxy outside Kubernetes (also what the local
 * sandbox runs). Writes central/nginx/{nginx.conf, htpasswd/<secret>, htpasswd/<secret>.d/<user>,
 * README.md} (htpasswd.ts: one file per user for edge credentials); the charts get no Ingress of
 * their own (empty chartIngress).
 */
import { say } from '../../../i18n/index.js';
import { nginxMessages as m } from '../../../i18n/messages/nginx.js';
import type { FleetPolicy } from '../../../policy/model.js';
import { type Artifact, artifact, type RenderWarning } from '../../artifact.js';
import type { IngressProvider, RenderContext } from '../../context.js';
import { type NginxSite, productionNginxSite, renderNginxConf } from './conf.js';
import { nginxHtpasswdFiles, perUserFiles } from './htpasswd.js';
import { renderNginxReadme } from './readme.js';

export { type NginxSite, productionNginxSite, renderNginxConf } from './conf.js';
export { type NginxHtpasswdFile, nginxHtpasswdFiles } from './htpasswd.js';
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

/** The htpasswd files as artifacts under `${dir}/htpasswd/` (htpasswd.ts decides the layout). */
export function nginxHtpasswdArtifacts(ctx: RenderContext, dir: string): Artifact[] {
  // Every file holds hashes (secret, 0600) except the empty one unknown users read.
  return nginxHtpasswdFiles(ctx.policy, ctx.state).map((f) =>
    artifact(`${dir}/htpasswd/${f.path}`, f.content, f.content !== ''),
  );
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
      differences: [
        say(m.diffTls),
        say(m.diffHsts),
        say(m.diffClientAddress),
        say(m.diffOneInstance),
        ...(ctx.policy.policies.some((p) => p.auth && perUserFiles(p.auth)) ? [say(m.diffAuthPerUser)] : []),
      ],
    };
  },
};
