import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { INGRESS_NGINX_CONFIGMAP_ONLY } from '../knowledge/ingress-nginx.js';
import { defineRule, ruleMeta } from '../rule.js';
import { nginxAnnotations } from '../views.js';

export const ingressAnnotationConfigmapOnly = defineRule(
  ruleMeta(t, 'TF2103', 'ingress-annotation-configmap-only', 'warning', 'annotation', [
    'ingress.md §1.1, §1.3 (INX configmap.md limit-req-status-code, limit-conn-status-code)',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses)
      for (const [name, a] of nginxAnnotations(ing))
        if (INGRESS_NGINX_CONFIGMAP_ONLY.includes(name))
          ctx.report({ loc: a.loc, message: say(t['TF2103.msg'], { name }) });
  },
);
