/** central/nginx/README.md: how to install the proxy, which files it reads, what it cannot express. */
import { nginxMessages as m } from '../../../i18n/messages/nginx.js';
import { type Artifact, artifact, type RenderWarning } from '../../artifact.js';
import type { RenderContext } from '../../context.js';
import { type NginxSite, PRODUCTION_DIR } from './conf.js';

export function renderNginxReadme(
  ctx: RenderContext,
  site: NginxSite,
  warnings: RenderWarning[],
  path: string,
): Artifact {
  const l = ctx.lang;
  const out: string[] = [`# ${m.readmeTitle[l]()}`, '', m.readmeIntro[l](), ''];
  out.push(`## ${m.readmeInstallHeading[l]()}`, '', m.confInstall[l]({ dir: PRODUCTION_DIR }), '');
  out.push('```sh');
  out.push(`install -d -m 0755 ${PRODUCTION_DIR} ${PRODUCTION_DIR}/htpasswd`);
  out.push(`install -o root -g root -m 0644 nginx.conf /etc/nginx/nginx.conf`);
  const secrets = [...new Set(ctx.policy.policies.flatMap((p) => (p.auth ? [p.auth.secretName] : [])))];
  for (const s of secrets)
    out.push(`install -o root -g ${site.user ?? 'nobody'} -m 0640 htpasswd/${s} ${site.htpasswdFile(s)}`);
  out.push('nginx -t && nginx -s reload');
  out.push('```', '', m.confUpstreams[l](), '');
  out.push(`## ${m.readmeFilesHeading[l]()}`, '');
  for (const p of ctx.policy.policies) {
    for (const h of p.hosts) {
      const c = site.tlsCertificate(h);
      out.push(`- ${m.readmeCert[l]({ host: h })}: \`${c.cert}\`, \`${c.key}\``);
    }
    if (p.auth)
      out.push(
        `- ${m.readmeHtpasswd[l]({ secret: p.auth.secretName, users: p.auth.users.join(', ') })}: \`${site.htpasswdFile(p.auth.secretName)}\``,
      );
    for (const r of p.routes)
      out.push(`- ${m.readmeUpstream[l]({ component: p.component, address: `\`${site.upstream(r)}\`` })}`);
  }
  out.push('', `## ${m.readmeWarningsHeading[l]()}`, '');
  if (warnings.length === 0) out.push(m.readmeNoWarnings[l]());
  for (const w of warnings) out.push(`- ${w.object} (${w.capability}): ${w.message[l]}`);
  return artifact(path, `${out.join('\n')}\n`);
}
