/** Doctor diagnoses that mean the same mistake as a `check` rule name that rule's real code. */
import { describe, expect, it } from 'vitest';
import { ruleByCode } from '../../src/check/rules/index.js';
import { DIAGNOSES, type DiagnosisMeta, diagnose } from '../../src/doctor/diagnoses.js';

describe('doctor and check share codes', () => {
  const linked = Object.entries(DIAGNOSES as Record<string, DiagnosisMeta>).filter(([, d]) => d.sameAsCheck);

  it('links the mistakes both can see, each to an existing check rule', () => {
    expect(linked.length).toBeGreaterThanOrEqual(8);
    for (const [code, d] of linked)
      expect(ruleByCode(d.sameAsCheck!), `${code} → ${d.sameAsCheck}`).toBeDefined();
  });

  it('carries the check code in the diagnosis (and so in -o json)', () => {
    expect(diagnose('TF9507', {} as never).checkCode).toBe('TF2101');
    expect(diagnose('TF9111', {} as never).checkCode).toBeUndefined();
  });
});
