/**
 * The renderers the sandbox runs, in one place: the sandbox uses exactly what `render` writes
 * (nginx.conf and its htpasswd files for the ingress, prometheus.yml for each edge) and never
 * re-implements them.
 */

export { type AgentSite, edgeAgentConfigYaml } from '../render/edge/agent-config.js';
export { type NginxSite, renderNginxConf } from '../render/ingress/nginx/conf.js';
export { type NginxHtpasswdFile, nginxHtpasswdFiles } from '../render/ingress/nginx/htpasswd.js';
