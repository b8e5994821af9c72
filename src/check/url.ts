/** URL helpers shared by the remote-write rules. */

/** The parts of a URL the rules read, taken from a WHATWG `URL` once. */
export interface ParsedUrl {
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
}

/**
 * Parsed URLs by their text: several rules parse each remote_write url, and a fleet's edges mostly
 * share one, so each distinct text is parsed once. Read-only: the same object goes to every caller.
 * Its parts are plain strings read once (a `URL`'s getters make a new string on every read).
 */
const parsed = new Map<string, ParsedUrl | undefined>();

export function parseUrl(url: string | undefined): ParsedUrl | undefined {
  if (!url) return undefined;
  const known = parsed.get(url);
  if (known !== undefined || parsed.has(url)) return known;
  let u: ParsedUrl | undefined;
  try {
    const whatwg = new URL(url);
    u = Object.freeze({
      protocol: whatwg.protocol,
      hostname: whatwg.hostname,
      port: whatwg.port,
      pathname: whatwg.pathname,
    });
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

export function portOf(u: ParsedUrl): number {
  if (u.port) return Number(u.port);
  return u.protocol === 'https:' ? 443 : 80;
}
