/**
 * The provider-neutral ingress policy as one plain nginx (≥ 1.19.4, tested on 1.22) configuration:
 * a central proxy outside Kubernetes, and what the local sandbox runs. Pure: where files live and
 * where backends answer come from an NginxSite.
 *
 * Directive choices follow ingress-nginx's own template where one exists (ingress.md §1.3, §4) and
 * the working local config in sandbox.md §3.
 */
import type { Fleet } from '../../../fleet/defaults.js';
import { exposedComponents } from '../../../fleet/defaults.js';
import { tlsSecretName } from '../../../fleet/names.js';
import type { Lang } from '../../../i18n/index.js';
import { nginxMessages as m } from '../../../i18n/messages/nginx.js';
import { type FleetPolicy, formatSize, type IngressPolicy, type Route } from '../../../policy/model.js';
import { writeAffinityCookie, writeAffinityHash, writeAffinityMaps } from './affinity.js';
import { writeAuthFileCheck, writeAuthLocation, writeAuthMap } from './auth.js';
import { BACKEND_CORS_HEADERS, writeCorsHeaders, writeCorsMaps } from './cors.js';
import { UNKNOWN_USER_FILE } from './htpasswd.js';
import { ConfWriter, PREFIX, quote, upstreamName, zoneName } from './syntax.js';

export interface NginxSite {
  /** '443' in production, '127.0.0.1:PORT' locally. */
  httpsListen: string;
  /** '80' / '127.0.0.1:PORT'. */
  httpListen: string;
  /** The sandbox adds '127.0.0.1': agents connect by IP, nginx picks the vhost by Host (sandbox.md gotcha 2). */
  receiveExtraServerNames: string[];
  /** Absolute paths of a host's certificate (chain) and key. */
  tlsCertificate(host: string): { cert: string; key: string };
  /**
   * Absolute folder of the htpasswd files (relative paths resolve against the directory of -c, not
   * -p: sandbox.md gotcha 1). What lies in it: nginxHtpasswdFiles (htpasswd.ts).
   */
  htpasswdDir: string;
  /** 'host:port' of the backend for a route. */
  upstream(route: Route): string;
  pidFile: string;
  errorLog: string;
  accessLog: string;
  /**
   * `buffer=… flush=…` of access_log; omitted → one write(2) per request. The sandbox leaves it out:
   * its proof reads the log from byte offsets taken while lines could still sit in a buffer.
   */
  accessLogBuffering?: AccessLogBuffering;
  /** Parent of the body/proxy/fastcgi/uwsgi/scgi temp folders (Debian's defaults point at /var/lib/nginx). */
  tempDir: string;
  workerProcesses: number | 'auto';
  /** Worker user; omitted → nginx's build default (Debian: nobody). */
  user?: string;
  /**
   * Path the backend serves a route on, when it differs from the public one (a Prometheus receiver
   * standing in for Thanos Receive serves remote write on /api/v1/write). Omitted → same path.
   */
  upstreamPath?(route: Route): string | undefined;
}

export interface AccessLogBuffering {
  buffer: string;
  flush: string;
}

/**
 * One write(2) per 64 KiB of log lines (~200 remote-write requests) instead of one per request,
 * and never more than 1 s late (nginx.org/r/access_log: "buffer=size", "flush=time"). nginx also
 * flushes it when a worker reopens its logs or exits.
 */
export const ACCESS_LOG_BUFFERING: AccessLogBuffering = { buffer: '64k', flush: '1s' };

/**
 * Mozilla "intermediate" TLS 1.2 suites (ssl-config.mozilla.org, the list ingress-nginx ships as its
 * ssl-ciphers default): AEAD with ECDHE only, for ECDSA and RSA certificates. The DHE suites of that
 * list are left out: without ssl_dhparam nginx never negotiates them (nginx.org/r/ssl_dhparam).
 * TLS 1.3 suites are OpenSSL's defaults, all AEAD.
 */
export const TLS12_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
].join(':');

export const PRODUCTION_DIR = '/etc/nginx/thanos-fleet';

/**
 * Production layout: everything thanos-fleet renders under /etc/nginx/thanos-fleet, one folder per
 * TLS Secret holding tls.crt/tls.key (the keys of a Kubernetes TLS Secret, so cert-manager's output
 * can be copied as is), upstreams = the in-cluster Service addresses. Outside Kubernetes the user
 * points the upstreams at addresses the proxy can reach (the config's header says so).
 */
export function productionNginxSite(fleet: Fleet): NginxSite {
  const secretOfHost = new Map<string, string>();
  for (const c of exposedComponents(fleet))
    for (const h of [c.host, ...c.extraHosts]) secretOfHost.set(h, tlsSecretName(c.host));
  return {
    httpsListen: '443',
    httpListen: '80',
    receiveExtraServerNames: [],
    tlsCertificate: (host) => {
      const dir = `${PRODUCTION_DIR}/tls/${secretOfHost.get(host) ?? tlsSecretName(host)}`;
      return { cert: `${dir}/tls.crt`, key: `${dir}/tls.key` };
    },
    htpasswdDir: `${PRODUCTION_DIR}/htpasswd`,
    upstream: (route) => `${route.service}.${fleet.central.namespace}.svc.cluster.local:${route.port}`,
    pidFile: '/run/nginx.pid',
    errorLog: '/var/log/nginx/error.log',
    accessLog: '/var/log/nginx/access.log',
    accessLogBuffering: ACCESS_LOG_BUFFERING,
    tempDir: '/var/lib/nginx',
    workerProcesses: 'auto',
    // Debian/Ubuntu packages run workers as www-data; RHEL-family packages use "nginx".
    user: 'www-data',
  };
}

/** Port part of a listen value, for redirects off the standard port. */
function listenPort(listen: string): string {
  const m = /(?:^|:)(\d+)$/.exec(listen);
  return m ? m[1]! : listen;
}

function workerConnections(policy: FleetPolicy): number {
  const receive = policy.policies.find((p) => p.remoteWrite);
  const edges = receive?.auth?.users.length ?? 0;
  const need = 2 * edges * (receive?.connections ?? 0) + 1024;
  return Math.max(4096, Math.ceil(need / 1024) * 1024);
}

export function renderNginxConf(policy: FleetPolicy, site: NginxSite, lang: Lang = 'en'): string {
  const w = new ConfWriter();
  const t = (msg: { en: () => string; ko: () => string }) => msg[lang]();
  w.comment(t(m.confHeader));
  w.comment(m.confInstall[lang]({ dir: PRODUCTION_DIR }));
  w.comment(t(m.confUpstreams));
  w.line();
  if (site.user) w.directive('user', site.user);
  w.directive('worker_processes', site.workerProcesses);
  const conns = workerConnections(policy);
  w.directive('worker_rlimit_nofile', 2 * conns);
  w.directive('pid', site.pidFile);
  w.directive('error_log', site.errorLog, 'warn');
  w.line();
  w.block('events', () => {
    w.comment(t(m.confWorkerConnections));
    w.directive('worker_connections', conns);
  });
  w.line();
  w.block('http', () => writeHttp(w, policy, site, lang));
  return w.toString();
}

function writeHttp(w: ConfWriter, policy: FleetPolicy, site: NginxSite, lang: Lang): void {
  const t = (msg: { en: () => string; ko: () => string }) => msg[lang]();
  for (const kind of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    w.directive(`${kind}_temp_path`, `${site.tempDir}/${kind === 'client_body' ? 'body' : kind}`);
  }
  w.directive('default_type', 'application/octet-stream');
  w.directive('server_tokens', 'off');
  w.line(
    `log_format ${PREFIX} '$remote_addr user=$remote_user [$time_local] host=$host sni=$ssl_server_name '`,
  );
  w.line(`    '"$request" $status req_len=$request_length body_out=$body_bytes_sent '`);
  w.line(`    'rt=$request_time urt=$upstream_response_time ust=$upstream_status ua="$http_user_agent"';`);
  const buffering = site.accessLogBuffering;
  w.directive(
    'access_log',
    site.accessLog,
    PREFIX,
    ...(buffering ? [`buffer=${buffering.buffer}`, `flush=${buffering.flush}`] : []),
  );
  w.line();
  // Mozilla "intermediate": TLS 1.2 and 1.3 only (ingress.md §4), AEAD suites, the client's order.
  w.directive('ssl_protocols', 'TLSv1.2', 'TLSv1.3');
  w.directive('ssl_ciphers', TLS12_CIPHERS);
  w.directive('ssl_prefer_server_ciphers', 'off');
  // Resumption from a cache shared by the workers (~4,000 sessions per MB, nginx.org/r/ssl_session_cache).
  w.directive('ssl_session_cache', `shared:${PREFIX}_tls:10m`);
  w.directive('ssl_session_timeout', '1d');
  // Mozilla "intermediate": nginx never rotates its ticket keys while it runs (nginx.org/r/ssl_session_ticket_key),
  // so tickets would undo forward secrecy; resumption still works from the shared cache above (with
  // TLS 1.3 too: OpenSSL then issues tickets that only name a cache entry).
  w.directive('ssl_session_tickets', 'off');
  w.line();
  w.comment(t(m.confLimitStatus));
  w.directive('limit_req_status', 503);
  w.directive('limit_conn_status', 503);
  w.line();
  // Proxy settings shared by every location; no location sets these, so all inherit them.
  w.comment(t(m.confBuffering));
  w.directive('proxy_buffering', 'off');
  w.directive('proxy_request_buffering', 'on');
  // HTTP/1.1 keepalive to the backends (with an empty Connection header per location).
  w.directive('proxy_http_version', '1.1');
  w.comment(t(m.confHideCors));
  for (const h of BACKEND_CORS_HEADERS) w.directive('proxy_hide_header', h);
  w.line();
  w.comment(t(m.confUpgradeMap));
  w.block(`map $http_upgrade $${PREFIX}_connection_upgrade`, () => {
    w.directive('default', 'upgrade');
    w.directive(quote(''), quote(''));
  });

  for (const p of policy.policies) {
    w.line();
    w.comment(m.confComponent[lang]({ component: p.component, hosts: p.hosts.join(', ') }));
    for (const d of p.derivations)
      w.comment(m.confWhy[lang]({ item: d.item, value: d.value, why: d.why[lang] }));
    // Zones per component, keyed by the client address as ingress-nginx's limit-conn-zone-variable.
    if (p.rateLimit)
      w.directive(
        'limit_req_zone',
        '$binary_remote_addr',
        `zone=${zoneName(p, 'req')}:5m`,
        `rate=${p.rateLimit.rps}r/s`,
      );
    if (p.connections)
      w.directive('limit_conn_zone', '$binary_remote_addr', `zone=${zoneName(p, 'conn')}:5m`);
    writeAuthMap(w, p, site, m.confAuthPerUser[lang]({ empty: UNKNOWN_USER_FILE }));
    writeCorsMaps(w, p);
    if (p.affinityCookie) w.comment(m.confAffinity[lang]({ cookie: p.affinityCookie }));
    writeAffinityMaps(w, p);
    p.routes.forEach((route, i) => {
      w.block(`upstream ${upstreamName(p, i)}`, () => {
        writeAffinityHash(w, p);
        w.directive('server', site.upstream(route));
        // HTTP/1.1 keepalive to the backend (proxy_http_version 1.1 + empty Connection below).
        w.directive('keepalive', Math.min(256, Math.max(32, p.connections ?? 0)));
      });
    });
  }

  w.line();
  w.comment(t(m.confDefaultHttp));
  const allHosts = policy.policies.flatMap((p) => p.hosts);
  w.block('server', () => {
    w.directive('listen', site.httpListen, 'default_server');
    w.directive('server_name', '_');
    w.directive('return', 404);
  });
  const port = listenPort(site.httpsListen);
  w.block('server', () => {
    w.directive('listen', site.httpListen);
    w.directive('server_name', ...allHosts);
    w.directive('return', 308, `https://$host${port === '443' ? '' : `:${port}`}$request_uri`);
  });
  w.line();
  w.comment(t(m.confDefaultHttps));
  w.block('server', () => {
    w.directive('listen', site.httpsListen, 'ssl', 'http2', 'default_server');
    w.directive('server_name', '_');
    w.directive('ssl_reject_handshake', 'on');
    w.directive('return', 404);
  });

  for (const p of policy.policies) {
    for (const host of p.hosts) {
      w.line();
      w.block('server', () => writeServer(w, p, host, site, lang));
    }
  }
}

function writeServer(w: ConfWriter, p: IngressPolicy, host: string, site: NginxSite, lang: Lang): void {
  const t = (msg: { en: () => string; ko: () => string }) => msg[lang]();
  w.directive('listen', site.httpsListen, 'ssl', 'http2');
  const extra = p.remoteWrite && host === p.hosts[0] ? site.receiveExtraServerNames : [];
  w.directive('server_name', host, ...extra);
  const tls = site.tlsCertificate(host);
  w.directive('ssl_certificate', tls.cert);
  w.directive('ssl_certificate_key', tls.key);
  writeAuthFileCheck(w, p, site, t(m.confAuthUnknownUser));
  if (p.remoteWrite && (p.connections ?? 0) > 128) {
    // Prometheus 2.x writes over HTTP/2 (ingress.md §7c); every shard is one stream, and nginx
    // allows 128 streams per connection by default (nginx.org/r/http2_max_concurrent_streams).
    w.directive('http2_max_concurrent_streams', p.connections!);
  }
  p.routes.forEach((route, i) => {
    w.line();
    w.block(`location ${route.exact ? '= ' : ''}${route.path}`, () =>
      writeLocation(w, p, route, i, site, lang),
    );
  });
  if (!p.routes.some((r) => r.path === '/' && !r.exact)) {
    w.line();
    w.commentOnce(t(m.confReceiveOnly));
    w.block('location /', () => w.directive('return', 404));
  }
}

function writeLocation(
  w: ConfWriter,
  p: IngressPolicy,
  route: Route,
  index: number,
  site: NginxSite,
  lang: Lang,
): void {
  const t = (msg: { en: () => string; ko: () => string }) => msg[lang]();
  // preaccess phase: limits (nginx.org/r/limit_req, /r/limit_conn).
  if (p.rateLimit)
    w.directive('limit_req', `zone=${zoneName(p, 'req')}`, `burst=${p.rateLimit.burst}`, 'nodelay');
  if (p.connections) w.directive('limit_conn', zoneName(p, 'conn'), p.connections);
  // access phase: allowlist and basic auth, both required (satisfy all, as ingress-nginx).
  if (p.allowlist) {
    for (const cidr of p.allowlist) w.directive('allow', cidr);
    w.directive('deny', 'all');
  }
  writeAuthLocation(w, p, site);
  w.directive('client_max_body_size', formatSize(p.bodySizeBytes));
  if (p.remoteWrite) {
    // Keep remote-write bodies in memory rather than one temp file per request: nginx allocates
    // only the body's length up to this size (nginx.org/r/client_body_buffer_size; default 8k/16k).
    w.directive('client_body_buffer_size', formatSize(Math.min(p.bodySizeBytes, 1024 * 1024)));
  }
  w.directive('proxy_connect_timeout', `${p.timeouts.connectSeconds}s`);
  w.directive('proxy_send_timeout', `${p.timeouts.sendSeconds}s`);
  w.directive('proxy_read_timeout', `${p.timeouts.readSeconds}s`);

  // add_header is inherited only by levels that have none of their own: keep them all here.
  writeCorsHeaders(w, p);
  writeAffinityCookie(w, p);
  if (p.cors) {
    w.commentOnce(t(m.confPreflight));
    w.block('if ($request_method = OPTIONS)', () => w.directive('return', 204));
  }
  // proxy_set_header is inherited only by levels that set none: the full set is repeated per location.
  w.directive('proxy_set_header', 'Host', '$host');
  w.directive('proxy_set_header', 'X-Real-IP', '$remote_addr');
  w.directive('proxy_set_header', 'X-Forwarded-For', '$proxy_add_x_forwarded_for');
  w.directive('proxy_set_header', 'X-Forwarded-Proto', '$scheme');
  w.directive('proxy_set_header', 'X-Forwarded-Host', '$host');
  if (p.websockets) {
    w.directive('proxy_set_header', 'Upgrade', '$http_upgrade');
    w.directive('proxy_set_header', 'Connection', `$${PREFIX}_connection_upgrade`);
  } else {
    w.directive('proxy_set_header', 'Connection', quote(''));
  }
  if (p.auth) {
    w.commentOnce(t(m.confAuthHeader));
    w.directive('proxy_set_header', 'Authorization', quote(''));
  }
  w.directive('proxy_pass', `http://${upstreamName(p, index)}${site.upstreamPath?.(route) ?? ''}`);
}
