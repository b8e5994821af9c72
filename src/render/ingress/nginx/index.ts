import type { IngressProvider } from '../../context.js';

// Placeholder until the provider lands: renders nothing and claims no capability.
export const nginxProvider: IngressProvider = {
  name: 'nginx',
  capabilities: {
    tls: 'no',
    httpsRedirect: 'no',
    basicAuth: 'no',
    rateLimitPerAddress: 'no',
    connectionsPerAddress: 'no',
    bodySize: 'no',
    timeouts: 'no',
    cors: 'no',
    allowlist: 'no',
    cookieAffinity: 'no',
    websockets: 'no',
  },
  render: () => ({ artifacts: [], warnings: [], chartIngress: {}, differences: [] }),
};
