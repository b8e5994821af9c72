/** central/nginx/README.md: how to install the proxy, which files it reads, what it cannot express. */
import { nginxMessages as m } from '../../../i18n/messages/nginx.js';
import { type Artifact, artifact, type RenderWarning } from '../../artifact.js';
import type { RenderContext } from '../../context.js';
import { type NginxSite, PRODUCTION_DIR } from './conf.js';
import { perUserFiles, perUserFolder, UNKNOWN_USER_FILE } from './htpasswd.js';

export function renderNginxReadme(
  ctx: RenderContext,
  site: NginxSite,
  warnings: RenderWarning[],
  path: string,
): Artifact {
  const l = ctx.lang;
  const group = site.user ?? 'nobody';
  const out: string[] = [`# ${m.readmeTitle[l]()}`, '', m.readmeIntro[l](), ''];
  out.push(`## ${m.readmeInstallHeading[l]()}`, '', m.confInstall[l]({ dir: PRODUCTION_DIR }), '');
  out.push('```sh');
  out.push(`install -d -m 0755 ${PRODUCTION_DIR} ${site.htpasswdDir}`);
  out.push(`install -o root -g root -m 0644 nginx.conf /etc/nginx/nginx.conf`);
  const auths = [
    ...new Map(ctx.policy.policies.flatMap((p) => (p.auth ? [[p.auth.secretName, p.auth]] : []))).values(),
  ];
  const folders: string[] = [];
  for (const a of auths) {
    if (perUserFiles(a)) {
      // Per-user folders are synced, not copied: files of removed users must go (README text below).
      const folder = perUserFolder(a.secretName);
      folders.push(`htpasswd/${folder}/`);
      out.push(
        `rsync -rc --delete-after --chown=root:${group} --chmod=D0750,F0640 htpasswd/${folder}/ ${site.htpasswdDir}/${folder}/`,
      );
    } else
      out.push(
        `install -o root -g ${group} -m 0640 htpasswd/${a.secretName} ${site.htpasswdDir}/${a.secretName}`,
      );
  }
  out.push('nginx -t && nginx -s reload');
  out.push('```', '');
  if (folders.length > 0) out.push(m.readmePerUser[l]({ folders: folders.join(', ') }), '');
  out.push(m.confUpstreams[l](), '');
  out.push(`## ${m.readmeFilesHeading[l]()}`, '');
  for (const p of ctx.policy.policies) {
    for (const h of p.hosts) {
      const c = site.tlsCertificate(h);
      out.push(`- ${m.readmeCert[l]({ host: h })}: \`${c.cert}\`, \`${c.key}\``);
    }
    if (p.auth && perUserFiles(p.auth)) {
      const folder = `${site.htpasswdDir}/${perUserFolder(p.auth.secretName)}`;
      const users = p.auth.users.join(', ');
      out.push(
        `- ${m.readmeHtpasswdPerUser[l]({ secret: p.auth.secretName, users, empty: UNKNOWN_USER_FILE })}: \`${folder}/<user>\`, \`${folder}/${UNKNOWN_USER_FILE}\``,
      );
    } else if (p.auth)
      out.push(
        `- ${m.readmeHtpasswd[l]({ secret: p.auth.secretName, users: p.auth.users.join(', ') })}: \`${site.htpasswdDir}/${p.auth.secretName}\``,
      );
    for (const r of p.routes)
      out.push(`- ${m.readmeUpstream[l]({ component: p.component, address: `\`${site.upstream(r)}\`` })}`);
  }
  out.push('', `## ${m.readmeWarningsHeading[l]()}`, '');
  if (warnings.length === 0) out.push(m.readmeNoWarnings[l]());
  for (const w of warnings) out.push(`- ${w.object} (${w.capability}): ${w.message[l]}`);
  return artifact(path, `${out.join('\n')}\n`);
}
