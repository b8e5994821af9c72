import { describe, expect, it } from 'vitest';
import { validateManifest } from './support/manifests.js';

describe('manifest validation', () => {
  it('accepts a valid ClusterIssuer and rejects a misspelt field', async () => {
    const ok = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'ClusterIssuer',
      metadata: { name: 'x' },
      spec: {
        acme: {
          server: 'https://a/dir',
          email: 'a@b.c',
          privateKeySecretRef: { name: 'x' },
          solvers: [{ http01: { ingress: { ingressClassName: 'nginx' } } }],
        },
      },
    };
    expect(await validateManifest(ok)).toEqual([]);
    const bad = structuredClone(ok) as typeof ok & { spec: { acme: Record<string, unknown> } };
    bad.spec.acme.emial = 'x';
    expect((await validateManifest(bad)).join()).toMatch(/additional/);
  });
  it('validates core kinds with kubernetes-models', async () => {
    expect(
      await validateManifest({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 's' },
        stringData: { a: 'b' },
      }),
    ).toEqual([]);
    expect(
      (await validateManifest({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: 5 })).length,
    ).toBeGreaterThan(0);
  });
});
