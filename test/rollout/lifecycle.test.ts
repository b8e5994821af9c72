/**
 * Edge add/remove and credential rotation: the fleet file keeps its comments, the state keeps every
 * other credential, and a render before/after changes exactly the affected files.
 */
import { describe, expect, it } from 'vitest';
import { loadFleetText } from '../../src/fleet/load.js';
import {
  acceptedEdgeCredentials,
  addEdgeToFleetText,
  edgeCredential,
  edgeHtpasswdLines,
  finishRotations,
  fleetEdgeNames,
  generationUser,
  openRotations,
  RolloutError,
  removeEdgeFromFleetText,
  rotateEdges,
} from '../../src/fleet/rollout.js';
import { type FleetState, reconcileState, shaHtpasswdHash } from '../../src/fleet/state.js';
import type { Artifact } from '../../src/render/artifact.js';
import { renderFleet } from '../../src/render/index.js';
import { contextFor, fleetText, mixedFormsText, REFERENCE } from './support.js';

function changed(
  before: Artifact[],
  after: Artifact[],
): { added: string[]; removed: string[]; modified: string[] } {
  const b = new Map(before.map((a) => [a.path, a.content]));
  const a = new Map(after.map((x) => [x.path, x.content]));
  return {
    added: [...a.keys()].filter((p) => !b.has(p)).sort(),
    removed: [...b.keys()].filter((p) => !a.has(p)).sort(),
    modified: [...a.keys()].filter((p) => b.has(p) && b.get(p) !== a.get(p)).sort(),
  };
}

const render = (text: string, state?: FleetState) => {
  const ctx = contextFor(text, { ...(state ? { state } : {}), provider: 'ingress-nginx' });
  return { ctx, artifacts: renderFleet(ctx).artifacts };
};

describe('fleet file edits', () => {
  const text = fleetText(REFERENCE);

  it('adds an edge at the end of the list, in the list style, keeping every comment', () => {
    const next = addEdgeToFleetText(text, 'edge-cluster-04', {
      region: 'ap-south',
      environment: 'production',
    });
    expect(next.startsWith(text.trimEnd())).toBe(true);
    expect(next.slice(text.trimEnd().length)).toBe(
      '\n  - name: edge-cluster-04\n    externalLabels: { region: ap-south, environment: production }\n',
    );
    for (const comment of text.split('\n').filter((l) => l.trimStart().startsWith('#')))
      expect(next).toContain(comment);
    expect(loadFleetText(next, 'f.yaml').fleet.edges.map((e) => e.name)).toEqual([
      'edge-cluster-01',
      'edge-cluster-02',
      'edge-cluster-03',
      'edge-cluster-04',
    ]);
  });

  it('removes an edge and nothing else', () => {
    const next = removeEdgeFromFleetText(text, 'edge-cluster-02');
    expect(fleetEdgeNames(next)).toEqual(['edge-cluster-01', 'edge-cluster-03']);
    expect(next).toBe(
      text.replace(
        '  - name: edge-cluster-02\n    externalLabels: { region: us-east, environment: production }\n',
        '',
      ),
    );
  });

  it('refuses a duplicate, an unknown edge and removing the last one', () => {
    expect(() => addEdgeToFleetText(text, 'edge-cluster-01')).toThrow(RolloutError);
    expect(() => removeEdgeFromFleetText(text, 'nope')).toThrow(/edgeMissing/);
    let one = removeEdgeFromFleetText(text, 'edge-cluster-01');
    one = removeEdgeFromFleetText(one, 'edge-cluster-02');
    expect(() => removeEdgeFromFleetText(one, 'edge-cluster-03')).toThrow(/lastEdge/);
  });
});

describe('rotation state', () => {
  const { fleet } = loadFleetText(fleetText(REFERENCE), 'f.yaml');
  const state = reconcileState(fleet, undefined).state;
  let n = 0;
  const secret = () => `secret-${++n}`;

  it('moves the agent to a new generation user and keeps the old one accepted until finish', () => {
    const old = edgeCredential(state, 'edge-cluster-01');
    expect(old.user).toBe('edge-cluster-01');
    const rotated = rotateEdges(state, ['edge-cluster-01'], { secret });
    expect(edgeCredential(rotated, 'edge-cluster-01')).toEqual({
      user: 'edge-cluster-01.r2',
      password: 'secret-1',
    });
    expect(acceptedEdgeCredentials(rotated, 'edge-cluster-01')).toEqual([
      { user: 'edge-cluster-01.r2', password: 'secret-1' },
      old,
    ]);
    // Distinct user names: nginx stops at the first line whose user matches.
    expect(edgeHtpasswdLines(rotated, 'edge-cluster-01', shaHtpasswdHash)).toEqual([
      `edge-cluster-01.r2:${shaHtpasswdHash('secret-1')}`,
      `edge-cluster-01:${shaHtpasswdHash(old.password)}`,
    ]);
    expect(openRotations(rotated)).toEqual(['edge-cluster-01']);
    expect(() => rotateEdges(rotated, ['edge-cluster-01'])).toThrow(/rotationOpen/);
    // Untouched: the input state and the other edges.
    expect(state.edges['edge-cluster-01']).toEqual({ password: old.password });
    expect(rotated.edges['edge-cluster-02']).toEqual(state.edges['edge-cluster-02']);

    const { state: done, finished } = finishRotations(rotated);
    expect(finished).toEqual(['edge-cluster-01']);
    expect(acceptedEdgeCredentials(done, 'edge-cluster-01')).toEqual([
      { user: 'edge-cluster-01.r2', password: 'secret-1' },
    ]);
    const third = rotateEdges(done, ['edge-cluster-01'], { secret });
    expect(edgeCredential(third, 'edge-cluster-01').user).toBe(generationUser('edge-cluster-01', 3));
  });

  it('stages a credential first when asked, then switches to exactly that one', () => {
    const staged = rotateEdges(state, ['edge-cluster-02'], { stage: true, secret });
    const cur = edgeCredential(state, 'edge-cluster-02');
    expect(edgeCredential(staged, 'edge-cluster-02')).toEqual(cur);
    const incoming = acceptedEdgeCredentials(staged, 'edge-cluster-02')[1]!;
    expect(incoming.user).toBe('edge-cluster-02.r2');
    expect(() => rotateEdges(staged, ['edge-cluster-02'], { stage: true })).toThrow(/alreadyStaged/);
    const switched = rotateEdges(staged, ['edge-cluster-02']);
    expect(edgeCredential(switched, 'edge-cluster-02')).toEqual(incoming);
    expect(acceptedEdgeCredentials(switched, 'edge-cluster-02')).toEqual([incoming, cur]);
  });

  it('survives the state file round trip (reconcileState keeps the rotation fields)', () => {
    const rotated = rotateEdges(state, ['edge-cluster-03'], { secret });
    expect(reconcileState(fleet, rotated).state).toEqual(rotated);
  });
});

describe('what a render changes', () => {
  const text = mixedFormsText();

  it('rotating an operator-form edge changes its Secret, its README (which names the user) and the receive htpasswd Secret only', () => {
    const before = render(text);
    const rotated = rotateEdges(before.ctx.state, ['edge-02', 'edge-03']);
    const after = render(text, rotated);
    const d = changed(before.artifacts, after.artifacts);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.modified).toEqual([
      'central/secrets/monitoring-thanos-receive-auth.yaml',
      'edges/edge-02/README.md',
      'edges/edge-02/remote-write-secret.yaml',
      'edges/edge-03/README.md',
      'edges/edge-03/remote-write-secret.yaml',
    ]);
  });

  it('rotating a raw edge touches only that edge folder and the receive htpasswd Secret', () => {
    const before = render(text);
    const after = render(text, rotateEdges(before.ctx.state, ['edge-01']));
    const d = changed(before.artifacts, after.artifacts);
    // The new generation's password gets its own file; the old one stays until rotate --finish.
    expect(d.added).toEqual(['edges/edge-01/password.r2']);
    expect(d.removed).toEqual([]);
    expect(d.modified).toEqual(
      expect.arrayContaining([
        'central/secrets/monitoring-thanos-receive-auth.yaml',
        'edges/edge-01/prometheus.yml',
        'edges/edge-01/remote-write-secret.yaml',
      ]),
    );
    expect(d.modified).not.toContain('edges/edge-01/password');
    for (const p of d.modified)
      expect(
        // The index README counts each folder's files, and the edge folder gained a password file.
        p === 'central/secrets/monitoring-thanos-receive-auth.yaml' ||
          p === 'README.md' ||
          p.startsWith('edges/edge-01/'),
        p,
      ).toBe(true);
  });

  it('finishing a rotation changes at most the receive htpasswd Secret', () => {
    const before = render(text);
    const rotated = rotateEdges(before.ctx.state, ['edge-02']);
    const mid = render(text, rotated);
    const after = render(text, finishRotations(rotated).state);
    const d = changed(mid.artifacts, after.artifacts);
    expect([...d.added, ...d.removed]).toEqual([]);
    for (const p of d.modified) expect(p).toBe('central/secrets/monitoring-thanos-receive-auth.yaml');
  });

  it('adding an edge adds its folder; no other edge file changes', () => {
    const before = render(text);
    const next = addEdgeToFleetText(text, 'edge-11', { region: 'sa-east-1' });
    const after = render(next, before.ctx.state);
    const d = changed(before.artifacts, after.artifacts);
    expect(d.removed).toEqual([]);
    expect(d.added.length).toBeGreaterThan(0);
    expect(d.added.every((p) => p.startsWith('edges/edge-11/'))).toBe(true);
    expect(d.modified).toContain('central/secrets/monitoring-thanos-receive-auth.yaml');
    expect(d.modified.filter((p) => p.startsWith('edges/'))).toEqual([]);
    // Every existing credential is kept.
    for (const e of before.ctx.fleet.edges)
      expect(after.ctx.state.edges[e.name]).toEqual(before.ctx.state.edges[e.name]);
  });

  it('removing an edge removes its folder; no other edge file changes', () => {
    const before = render(text);
    const after = render(removeEdgeFromFleetText(text, 'edge-05'), before.ctx.state);
    const d = changed(before.artifacts, after.artifacts);
    expect(d.added).toEqual([]);
    expect(d.removed.length).toBeGreaterThan(0);
    expect(d.removed.every((p) => p.startsWith('edges/edge-05/'))).toBe(true);
    expect(d.modified.filter((p) => p.startsWith('edges/'))).toEqual([]);
    expect(after.ctx.state.edges['edge-05']).toBeUndefined();
  });
});
