import type { IngressProvider, ProviderName } from '../context.js';
import { gatewayApiProvider } from './gateway-api/index.js';
import { ingressNginxProvider } from './ingress-nginx/index.js';
import { nginxProvider } from './nginx/index.js';

const PROVIDERS: Record<ProviderName, IngressProvider> = {
  'ingress-nginx': ingressNginxProvider,
  'gateway-api': gatewayApiProvider,
  nginx: nginxProvider,
};

export function ingressProvider(name: ProviderName): IngressProvider {
  return PROVIDERS[name];
}

export function allIngressProviders(): IngressProvider[] {
  return Object.values(PROVIDERS);
}
