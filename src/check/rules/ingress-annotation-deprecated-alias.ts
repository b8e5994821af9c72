import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { INGRESS_NGINX_ALIASES } from '../knowledge/ingress-nginx.js';
import { defineRule, ruleMeta } from '../rule.js';
import { nginxAnnotations } from '../views.js';

export const ingressAnnotationDeprecatedAlias = defineRule(
  ruleMeta(t, 'TF2104', 'ingress-annotation-deprecated-alias', 'info', 'annotation', [
    'ingress.md §1.1 (INX AnnotationAliases), §1.4 (v1.9.0 #9673), §6 (ingress2gateway)',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses)
      for (const [name, a] of nginxAnnotations(ing)) {
        const primary = INGRESS_NGINX_ALIASES[name];
        if (primary) ctx.report({ loc: a.loc, message: say(t['TF2104.msg'], { name, primary }) });
      }
  },
);
