/**
 * An NginxSite for a local nginx on 127.0.0.1 (tests, benchmarks, the sandbox): everything under one
 * prefix, run as `nginx -p <prefix> -c <prefix>/conf/nginx.conf -g 'daemon off;'` (sandbox.md §3).
 * Pure: it only names paths; whoever starts nginx creates them.
 */
import type { Route } from '../../../policy/model.js';
import { ACCESS_LOG_BUFFERING, type AccessLogBuffering, type NginxSite } from './conf.js';

export interface LocalSiteOptions {
  /** Absolute folder; conf/, logs/ and tmp/ live under it. */
  prefix: string;
  httpsPort: number;
  httpPort: number;
  /** One certificate for every host (its SANs must cover them), or one per host. */
  tls: { cert: string; key: string } | ((host: string) => { cert: string; key: string });
  upstream(route: Route): string;
  upstreamPath?(route: Route): string | undefined;
  /** Default ['127.0.0.1']: agents connect by IP and send Host: 127.0.0.1 (sandbox.md gotcha 2). */
  receiveExtraServerNames?: string[];
  workerProcesses?: number | 'auto';
  /** Default: as production (ACCESS_LOG_BUFFERING); null → one write per request. */
  accessLogBuffering?: AccessLogBuffering | null;
}

export function localNginxSite(o: LocalSiteOptions): NginxSite {
  const tls = o.tls;
  return {
    httpsListen: `127.0.0.1:${o.httpsPort}`,
    httpListen: `127.0.0.1:${o.httpPort}`,
    receiveExtraServerNames: o.receiveExtraServerNames ?? ['127.0.0.1'],
    tlsCertificate: typeof tls === 'function' ? tls : () => tls,
    htpasswdDir: `${o.prefix}/conf/htpasswd`,
    upstream: o.upstream,
    ...(o.upstreamPath ? { upstreamPath: o.upstreamPath } : {}),
    pidFile: `${o.prefix}/logs/nginx.pid`,
    errorLog: `${o.prefix}/logs/error.log`,
    accessLog: `${o.prefix}/logs/access.log`,
    ...(o.accessLogBuffering === null
      ? {}
      : { accessLogBuffering: o.accessLogBuffering ?? ACCESS_LOG_BUFFERING }),
    tempDir: `${o.prefix}/tmp`,
    workerProcesses: o.workerProcesses ?? 1,
  };
}

/**
 * Folders a local site needs before nginx starts (nginx creates only the last level of temp paths);
 * per-user htpasswd folders are created by whoever writes the files.
 */
export function localSiteFolders(prefix: string): string[] {
  return [`${prefix}/conf/htpasswd`, `${prefix}/logs`, `${prefix}/tmp`];
}
