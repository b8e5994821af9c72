/**
 * central/README.md: install order with the real commands, the derived limits with their reasons,
 * every provider warning and difference, and the corrections of the Korean guide, in English or Korean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFleetFile, loadFleetText, REFERENCE_FLEET_FILE } from '../../src/fleet/load.js';
import { reconcileState, shaHtpasswdHash } from '../../src/fleet/state.js';
import type { Lang } from '../../src/i18n/index.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import type { RenderWarning } from '../../src/render/artifact.js';
import { renderCentralReadme } from '../../src/render/central/readme.js';
import { PROVIDERS, type ProviderName, type RenderContext } from '../../src/render/context.js';
import { renderFleet } from '../../src/render/index.js';
import { ingressProvider } from '../../src/render/ingress/index.js';

const TEN_EDGES = join(import.meta.dirname, '..', 'fixtures', 'fleets', 'central-ten-edges.yaml');
const FLEETS = { reference: REFERENCE_FLEET_FILE, 'central-ten-edges': TEN_EDGES } as const;
type FleetName = keyof typeof FLEETS;

const prepared = new Map<FleetName, Omit<RenderContext, 'provider' | 'lang'>>();
function context(fleetName: FleetName, provider: ProviderName, lang: Lang = 'en'): RenderContext {
  let base = prepared.get(fleetName);
  if (!base) {
    const loaded = loadFleetFile(FLEETS[fleetName]);
    const { state } = reconcileState(loaded.fleet, undefined);
    base = { fleet: loaded.fleet, policy: deriveFleetPolicy(loaded.fleet), state };
    prepared.set(fleetName, base);
  }
  return { ...base, provider, lang };
}

function readmeOf(ctx: RenderContext): { text: string; warnings: RenderWarning[] } {
  const result = renderFleet(ctx);
  const readme = result.artifacts.find((a) => a.path === 'central/README.md');
  if (!readme) throw new Error('no central/README.md');
  expect(readme.secret).toBe(false);
  return { text: readme.content, warnings: result.warnings };
}

/** Position of a text in the README, failing clearly when it is missing. */
function at(text: string, needle: string): number {
  const i = text.indexOf(needle);
  expect(i, `README lacks: ${needle}`).toBeGreaterThanOrEqual(0);
  return i;
}

const HANGUL = /[가-힣]/;

describe.each(Object.keys(FLEETS) as FleetName[])('central README of %s', (fleetName) => {
  describe.each([...PROVIDERS])('with %s', (provider) => {
    describe.each(['en', 'ko'] as const)('in %s', (lang) => {
      const ctx = context(fleetName, provider, lang);
      const { text, warnings } = readmeOf(ctx);
      const c = ctx.fleet.central;

      it('gives the install steps in order with the real commands', () => {
        const steps = [
          `kubectl create namespace ${c.namespace}`,
          provider === 'nginx' ? 'certbot' : 'kubectl apply -f cluster-issuer.yaml',
          `kubectl -n ${c.namespace} create secret generic ${c.objstore.secretName}`,
          'kubectl apply -f secrets/',
          `helm install ${c.releases.thanos} oci://registry-1.docker.io/bitnamicharts/thanos --version 17.6.0 -n ${c.namespace} -f thanos-values.yaml`,
          'helm repo add grafana-community https://grafana-community.github.io/helm-charts',
          `helm install ${c.releases.grafana} grafana-community/grafana --version 12.11.1 -n ${c.namespace} -f grafana-values.yaml`,
        ];
        const positions = steps.map((s) => at(text, s));
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(text).toContain(`--from-file=${c.objstore.key}=./<your-objstore.yml>`);
        if (provider === 'gateway-api') expect(text).toContain('--set config.enableGatewayAPI=true');
        if (provider === 'nginx') expect(text).not.toContain('cluster-issuer.yaml');
      });

      it('lists every file of the provider after the releases (a folder of many as one line)', () => {
        const ingress = ingressProvider(provider).render(ctx);
        const grafanaInstall = at(text, 'grafana-community/grafana --version 12.11.1');
        const perFolder = new Map<string, number>();
        const folderOf = (p: string) => p.replace(/^central\//, '').replace(/[^/]*$/, '');
        for (const a of ingress.artifacts)
          perFolder.set(folderOf(a.path), (perFolder.get(folderOf(a.path)) ?? 0) + 1);
        for (const a of ingress.artifacts) {
          const folder = folderOf(a.path);
          const count = perFolder.get(folder)!;
          const listed =
            folder !== '' && count > 8 ? `\`${folder}\`: ` : `\`${a.path.replace(/^central\//, '')}\``;
          expect(at(text, listed), a.path).toBeGreaterThan(grafanaInstall);
          if (listed.endsWith(': '))
            expect(text).toContain(`${listed}${lang === 'en' ? `${count} files` : `파일 ${count}개`}`);
        }
      });

      it('names every Secret to apply, and no password or hash', () => {
        expect(text).toContain(`\`${c.grafanaFullname}-admin\``);
        if (provider !== 'nginx') {
          for (const p of ctx.policy.policies) if (p.auth) expect(text).toContain(`\`${p.auth.secretName}\``);
        }
        const s = ctx.state;
        for (const secret of [
          ...Object.values(s.edges).flatMap((e) => [e.password, shaHtpasswdHash(e.password)]),
          ...Object.values(s.operators).flatMap((o) => [o.password, o.bcrypt, shaHtpasswdHash(o.password)]),
          s.grafanaAdmin.password,
        ])
          expect(text.includes(secret)).toBe(false);
      });

      it('explains every derived limit', () => {
        for (const p of ctx.policy.policies) {
          for (const d of p.derivations) {
            expect(text).toContain(`| ${p.component} | ${p.hosts[0]} | ${d.item} | ${d.value} |`);
            expect(text).toContain(d.why[lang]);
          }
        }
      });

      it('lists every provider warning and difference', () => {
        const ingress = ingressProvider(provider).render(ctx);
        for (const w of warnings) {
          expect(text).toContain(w.object);
          expect(text).toContain(w.message[lang].replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' '));
        }
        for (const d of ingress.differences) expect(text).toContain(d[lang].split('\n')[0]!);
      });

      it('says where and why it departs from the guide', () => {
        const fn = c.thanosFullname;
        expect(text).toContain(`\`${fn}-receive-0\``);
        expect(text).toContain('`thanos-receiver-0`');
        expect(text).toContain('10902');
        expect(text).toContain('`receive.service.additionalHeadless`');
        expect(text).toContain('`websocket-services`');
        expect(text).toContain('`proxy-cache-valid`');
        expect(text).toContain('`access: proxy`');
        expect(text).toContain('`remote_timeout`');
        expect(text).toContain('503');
        expect(text).toContain('429');
        expect(text).toContain('`grafana:`');
        const receive = ctx.policy.policies.find((p) => p.component === 'receive');
        if (receive?.connections) expect(text).toContain(`: ${receive.connections} (`);
      });

      it(`is written in ${lang === 'ko' ? 'Korean' : 'English'}`, () => {
        if (lang === 'ko') {
          expect(text).toMatch(HANGUL);
          expect(text).toContain('## 설치 순서');
          expect(text).toContain('## 가이드와 다른 이유');
        } else {
          expect(text).not.toMatch(HANGUL);
          expect(text).toContain('## Install, in this order');
          expect(text).toContain('## Why this differs from the guide');
        }
      });
    });
  });
});

describe('central README with given warnings and differences', () => {
  it('puts each warning in its table, pipes escaped, and each difference in its list', () => {
    const ctx = context('central-ten-edges', 'gateway-api', 'en');
    const ingress = {
      artifacts: [{ path: 'central/gateway/gateway.yaml', content: '', secret: false }],
      warnings: [],
      chartIngress: {},
      differences: [{ en: 'answers rate limits with 429', ko: '요청률 제한에 429 로 응답' }],
    };
    const warnings: RenderWarning[] = [
      {
        source: 'gateway-api',
        object: 'HTTPRoute monitoring-thanos-receive',
        capability: 'connectionsPerAddress',
        message: { en: 'no per-address limit | total only', ko: '주소별 제한 없음 | 전체만' },
      },
    ];
    const text = renderCentralReadme(ctx, ingress, warnings).content;
    expect(text).toContain(
      '| HTTPRoute monitoring-thanos-receive | connectionsPerAddress | no per-address limit \\| total only |',
    );
    expect(text).toContain('- answers rate limits with 429');
    expect(text).toContain('- `gateway/gateway.yaml`');
    const ko = renderCentralReadme({ ...ctx, lang: 'ko' }, ingress, warnings).content;
    expect(ko).toContain('주소별 제한 없음 \\| 전체만');
    expect(ko).toContain('- 요청률 제한에 429 로 응답');
  });

  it('says so when the provider cannot express nothing', () => {
    const ctx = context('reference', 'ingress-nginx', 'en');
    const text = renderCentralReadme(
      ctx,
      { artifacts: [], warnings: [], chartIngress: {}, differences: [] },
      [],
    ).content;
    expect(text).toContain('Nothing: every policy item has an equivalent.');
    expect(text).toContain('This provider wrote no extra files.');
  });
});

describe('a fleet without Grafana', () => {
  const text = readFileSync(REFERENCE_FLEET_FILE, 'utf8').replace(
    '    grafana:\n      expose: true\n      extraHosts: [monitoring.k8s-central.example.com]\n',
    '    grafana:\n      enabled: false\n',
  );
  const loaded = loadFleetText(text, REFERENCE_FLEET_FILE);
  const ctx: RenderContext = {
    fleet: loaded.fleet,
    policy: deriveFleetPolicy(loaded.fleet),
    state: reconcileState(loaded.fleet, undefined).state,
    provider: 'ingress-nginx',
    lang: 'en',
  };
  const { artifacts } = renderFleet(ctx);
  const readme = artifacts.find((a) => a.path === 'central/README.md')!.content;

  it('renders no admin Secret and tells the reader to skip the Grafana release', () => {
    expect(ctx.fleet.components.grafana.enabled).toBe(false);
    expect(artifacts.map((a) => a.path)).not.toContain('central/secrets/grafana-admin.yaml');
    expect(readme).toContain('Grafana is disabled in the fleet file: skip this step.');
    expect(readme).not.toContain('helm install grafana');
    const values = artifacts.find((a) => a.path === 'central/grafana-values.yaml')!.content;
    expect(values).toContain('# Grafana is disabled in the fleet file: do not install this release.');
  });
});
