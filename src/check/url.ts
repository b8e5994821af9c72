/** URL helpers shared by the remote-write rules. */

/**
 * Parsed URLs by their text: several rules parse each remote_write url, and a fleet's edges mostly
 * share one, so each distinct text is parsed once. Read-only: the same object goes to every caller.
 */
const parsed = new Map<string, Readonly<URL> | undefined>();

export function parseUrl(url: string | undefined): Readonly<URL> | undefined {
  if (!url) return undefined;
  if (parsed.has(url)) return parsed.get(url);
  let u: URL | undefined;
  try {
    u = new URL(url);
  } catch {
    u = undefined;
  }
  parsed.set(url, u);
  return u;
}

/** In-cluster service address (`svc`, `svc.ns`, `….svc.cluster.local`) or loopback. */
export function isInCluster(host: string): boolean {
  return (
    !host.includes('.') ||
    /\.svc(\.|$)/.test(host) ||
    host.endsWith('.cluster.local') ||
    host === 'localhost' ||
    host.startsWith('127.')
  );
}

export function portOf(u: Readonly<URL>): number {
  if (u.port) return Number(u.port);
  return u.protocol === 'https:' ? 443 : 80;
}
