import type { Capability, Support } from '../../render/context.js';
import { defineMessages } from '../index.js';

export const capabilityNames = defineMessages({
  tls: { en: () => 'TLS from cert-manager', ko: () => 'cert-manager TLS' },
  httpsRedirect: { en: () => 'HTTP → HTTPS redirect', ko: () => 'HTTP → HTTPS 리디렉션' },
  basicAuth: { en: () => 'basic auth', ko: () => '기본 인증' },
  rateLimitPerAddress: {
    en: () => 'rate limit per client address',
    ko: () => '클라이언트 주소별 요청률 제한',
  },
  connectionsPerAddress: { en: () => 'concurrent requests per address', ko: () => '주소별 동시 요청 제한' },
  bodySize: { en: () => 'body size limit', ko: () => '본문 크기 제한' },
  timeouts: { en: () => 'timeouts', ko: () => '타임아웃' },
  cors: { en: () => 'CORS', ko: () => 'CORS' },
  allowlist: { en: () => 'IP allowlist', ko: () => 'IP 허용 목록' },
  cookieAffinity: { en: () => 'cookie affinity', ko: () => '쿠키 어피니티' },
  websockets: { en: () => 'websockets', ko: () => '웹소켓' },
} satisfies Record<Capability, unknown>);

export const supportNames = defineMessages({
  yes: { en: () => 'yes', ko: () => '지원' },
  partial: { en: () => 'partial', ko: () => '일부' },
  no: { en: () => 'no', ko: () => '미지원' },
} satisfies Record<Support, unknown>);

export const providersMessages = defineMessages({
  heading: { en: () => 'capability', ko: () => '기능' },
});
