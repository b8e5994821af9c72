/** URL helpers shared by the remote-write rules. */
export function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
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

export function portOf(u: URL): number {
  if (u.port) return Number(u.port);
  return u.protocol === 'https:' ? 443 : 80;
}
