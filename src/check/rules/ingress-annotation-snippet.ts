import { say } from '../../i18n/index.js';
import { checkIngressRules as t } from '../../i18n/messages/check-rules-ingress.js';
import { SNIPPET_ANNOTATIONS } from '../knowledge/ingress-nginx.js';
import { defineRule, ruleMeta } from '../rule.js';
import { nginxAnnotations } from '../views.js';

export const ingressAnnotationSnippet = defineRule(
  ruleMeta(t, 'TF2105', 'ingress-annotation-snippet', 'warning', 'annotation', [
    'ingress.md §1.4 (INX v1.9.0 #10393, v1.12.0 annotations-risk-level)',
  ]),
  (ctx) => {
    for (const ing of ctx.ws.ingresses)
      for (const [name, a] of nginxAnnotations(ing))
        if (SNIPPET_ANNOTATIONS.includes(name))
          ctx.report({ loc: a.loc, message: say(t['TF2105.msg'], { name }) });
  },
);
