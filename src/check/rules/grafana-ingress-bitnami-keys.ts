import { say } from '../../i18n/index.js';
import { checkChartRules as t } from '../../i18n/messages/check-rules-chart.js';
import { defineRule, ruleMeta } from '../rule.js';
import { bool, entries, get } from '../yaml-nodes.js';

const INSTEAD: Record<string, string> = {
  hostname: 'hosts: [<host>]',
  extraHosts: 'hosts: [<host>, <extra host>]',
  selfSigned: 'tls: [{secretName, hosts}] with a certificate you provide',
  secrets: 'tls: [{secretName, hosts}]',
  extraTls: 'tls: [{secretName, hosts}]',
  extraRules: 'extraPaths or hosts',
};

export const grafanaIngressBitnamiKeys = defineRule(
  ruleMeta(t, 'TF1102', 'grafana-ingress-bitnami-keys', 'error', 'chart', [
    'charts.md §2.1 (grafana chart templates/ingress.yaml)',
  ]),
  (ctx) => {
    for (const v of ctx.ws.grafanaValues) {
      const ing = get(v.node, 'ingress');
      for (const [key, pair] of entries(ing)) {
        const instead =
          INSTEAD[key] ??
          (key === 'tls' && bool(pair.value) !== undefined ? 'tls: [{secretName, hosts}]' : undefined);
        if (instead) ctx.report({ loc: v.doc.pos.of(pair), message: say(t['TF1102.msg'], { key, instead }) });
      }
    }
  },
);
