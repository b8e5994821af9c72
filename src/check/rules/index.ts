/**
 * The rule registry: every rule, in code order. Codes and slugs are stable and never reused;
 * docs/rules/ is generated from this list (src/check/docs.ts).
 */
import type { Rule } from '../types.js';
import { agentClusterLabelDuplicate } from './agent-cluster-label-duplicate.js';
import { agentClusterLabelMissing } from './agent-cluster-label-missing.js';
import { agentConfigInvalid } from './agent-config-invalid.js';
import { agentInlineSecret } from './agent-inline-secret.js';
import { agentLabelOwnedByReceive } from './agent-label-owned-by-receive.js';
import { corsDuplicatesThanosHeader } from './cors-duplicates-thanos-header.js';
import { corsUnneededWithProxyAccess } from './cors-unneeded-with-proxy-access.js';
import { corsWildcardWithCredentials } from './cors-wildcard-with-credentials.js';
import { edgeUserNotInHtpasswd } from './edge-user-not-in-htpasswd.js';
import { fleetExposesInternal } from './fleet-exposes-internal.js';
import { fleetInvalid } from './fleet-invalid.js';
import { fleetPolicyRefused } from './fleet-policy-refused.js';
import { gatewayRouteTimeoutBelowRemoteTimeout } from './gateway-route-timeout-below-remote-timeout.js';
import { grafanaDatasourceTarget } from './grafana-datasource-target.js';
import { grafanaIngressBitnamiKeys } from './grafana-ingress-bitnami-keys.js';
import { htpasswdHashUnsupported } from './htpasswd-hash-unsupported.js';
import { htpasswdSecretWrongKey } from './htpasswd-secret-wrong-key.js';
import { ingressAnnotationConfigmapOnly } from './ingress-annotation-configmap-only.js';
import { ingressAnnotationDeprecatedAlias } from './ingress-annotation-deprecated-alias.js';
import { ingressAnnotationRestatesDefault } from './ingress-annotation-restates-default.js';
import { ingressAnnotationSnippet } from './ingress-annotation-snippet.js';
import { ingressAnnotationUnknown } from './ingress-annotation-unknown.js';
import { ingressBodySizeTooSmall } from './ingress-body-size-too-small.js';
import { ingressBurstBelowWave } from './ingress-burst-below-wave.js';
import { ingressConnectTimeoutOver75s } from './ingress-connect-timeout-over-75s.js';
import { ingressConnectionsBelowShards } from './ingress-connections-below-shards.js';
import { ingressHostWithoutCertificate } from './ingress-host-without-certificate.js';
import { ingressRateBelowFleet } from './ingress-rate-below-fleet.js';
import { ingressReadTimeoutBelowRemoteTimeout } from './ingress-read-timeout-below-remote-timeout.js';
import { ingressReadTimeoutBeyondRemoteTimeout } from './ingress-read-timeout-beyond-remote-timeout.js';
import { ingressTimeoutWithUnit } from './ingress-timeout-with-unit.js';
import { ingressTlsWithoutCertificateSource } from './ingress-tls-without-certificate-source.js';
import { inputUnparseable } from './input-unparseable.js';
import { inputUnreadable } from './input-unreadable.js';
import { inputUnrecognised } from './input-unrecognised.js';
import { internalComponentIngress } from './internal-component-ingress.js';
import { queueCapacityBelow3xBatch } from './queue-capacity-below-3x-batch.js';
import { rateLimit429WithoutRetry } from './rate-limit-429-without-retry.js';
import { receiveAutoscalingStandalone } from './receive-autoscaling-standalone.js';
import { receiveIngressPathRemoteWrite } from './receive-ingress-path-remote-write.js';
import { receiveReplicasWithoutHeadless } from './receive-replicas-without-headless.js';
import { remoteWriteFieldTooNew } from './remote-write-field-too-new.js';
import { remoteWriteHostNotReceive } from './remote-write-host-not-receive.js';
import { remoteWriteInsecureSkipVerify } from './remote-write-insecure-skip-verify.js';
import { remoteWriteMissingCredentials } from './remote-write-missing-credentials.js';
import { remoteWritePlainHttp } from './remote-write-plain-http.js';
import { remoteWriteWrongPath } from './remote-write-wrong-path.js';
import { remoteWriteWrongPort } from './remote-write-wrong-port.js';
import { scrapeReceiveMetricsPort } from './scrape-receive-metrics-port.js';
import { suppressionWithoutReason } from './suppression-without-reason.js';
import { thanosImageNotOverridden } from './thanos-image-not-overridden.js';
import { thanosImageRegistryNotAllowed } from './thanos-image-registry-not-allowed.js';
import { thanosIngressUnknownKey } from './thanos-ingress-unknown-key.js';
import { thanosUnknownTopLevelKey } from './thanos-unknown-top-level-key.js';
import { thanosValuesGrafanaBlock } from './thanos-values-grafana-block.js';
import { writeRelabelConfigsEmpty } from './write-relabel-configs-empty.js';

export const RULES: readonly Rule[] = [
  inputUnparseable,
  inputUnreadable,
  inputUnrecognised,
  suppressionWithoutReason,
  fleetInvalid,
  fleetPolicyRefused,
  fleetExposesInternal,
  thanosValuesGrafanaBlock,
  grafanaIngressBitnamiKeys,
  thanosUnknownTopLevelKey,
  thanosIngressUnknownKey,
  receiveIngressPathRemoteWrite,
  thanosImageNotOverridden,
  thanosImageRegistryNotAllowed,
  receiveReplicasWithoutHeadless,
  receiveAutoscalingStandalone,
  internalComponentIngress,
  ingressBodySizeTooSmall,
  ingressAnnotationUnknown,
  ingressAnnotationConfigmapOnly,
  ingressAnnotationDeprecatedAlias,
  ingressAnnotationSnippet,
  ingressAnnotationRestatesDefault,
  ingressConnectionsBelowShards,
  ingressRateBelowFleet,
  ingressBurstBelowWave,
  ingressConnectTimeoutOver75s,
  ingressTimeoutWithUnit,
  ingressReadTimeoutBelowRemoteTimeout,
  ingressReadTimeoutBeyondRemoteTimeout,
  gatewayRouteTimeoutBelowRemoteTimeout,
  rateLimit429WithoutRetry,
  remoteWriteMissingCredentials,
  queueCapacityBelow3xBatch,
  writeRelabelConfigsEmpty,
  remoteWriteWrongPath,
  remoteWriteWrongPort,
  scrapeReceiveMetricsPort,
  remoteWriteHostNotReceive,
  grafanaDatasourceTarget,
  ingressTlsWithoutCertificateSource,
  ingressHostWithoutCertificate,
  remoteWriteInsecureSkipVerify,
  remoteWritePlainHttp,
  agentInlineSecret,
  htpasswdSecretWrongKey,
  htpasswdHashUnsupported,
  edgeUserNotInHtpasswd,
  agentClusterLabelMissing,
  agentClusterLabelDuplicate,
  agentLabelOwnedByReceive,
  remoteWriteFieldTooNew,
  agentConfigInvalid,
  corsUnneededWithProxyAccess,
  corsWildcardWithCredentials,
  corsDuplicatesThanosHeader,
];

const byCode = new Map(RULES.map((r) => [r.meta.code, r]));

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}
