import { suggest } from '../../fleet/suggest.js';
import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import {
  FOREIGN_ANNOTATIONS,
  INGRESS_NGINX_ANNOTATION_NAMES,
  INGRESS_NGINX_CONFIGMAP_ONLY,
} from '../knowledge/ingress-nginx.js';
import { defineRule, ruleMeta } from '../rule.js';
import { nginxAnnotations } from '../views.js';

const known = new Set(INGRESS_NGINX_ANNOTATION_NAMES);

export const ingressAnnotationUnknown = defineRule(
  ruleMeta(t, 'TF2102', 'ingress-annotation-unknown', 'warning', 'annotation', [
    'ingress.md §1.1 (ingress-nginx v1.15.1 internal/ingress/annotations), §1.2, §7a, §7b',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses) {
      for (const [name, a] of nginxAnnotations(ing)) {
        if (known.has(name) || INGRESS_NGINX_CONFIGMAP_ONLY.includes(name)) continue;
        const owner = FOREIGN_ANNOTATIONS[name];
        if (owner) {
          ctx.report({
            loc: a.loc,
            message: say(t['TF2102.foreign'], { name, owner }),
            fix: say(name === 'websocket-services' ? t['TF2102.websocketFix'] : t['TF2102.cacheFix']),
          });
          continue;
        }
        const suggestion = suggest(name, INGRESS_NGINX_ANNOTATION_NAMES);
        ctx.report({
          loc: a.loc,
          message: say(t['TF2102.msg'], { name, ...(suggestion ? { suggestion } : {}) }),
        });
      }
    }
  },
);
