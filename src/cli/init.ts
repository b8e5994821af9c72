import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../i18n/index.js';
import { cliMessages as m } from '../i18n/messages/cli.js';
import { initMessages as c } from '../i18n/messages/init.js';
import { EXIT_BAD_INPUT, EXIT_OK, runCommand } from './common.js';

/** The starter fleet, commented in the user's language. It must load cleanly (a test renders it). */
export function starterFleet(lang: Lang): string {
  const t = (e: { en: () => string; ko: () => string }) => `# ${e[lang]()}`;
  return `${t(c.header)}
apiVersion: thanos-fleet.dev/v1alpha1
kind: Fleet
metadata:
  name: my-fleet
central:
  ${t(c.domain)}
  domain: k8s-central.example.com
  namespace: monitoring
  ingress:
    ${t(c.provider)}
    provider: gateway-api
  certManager:
    issuer: letsencrypt-prod
    email: admin@example.com
  ${t(c.objstore)}
  objstore:
    secretName: thanos-objstore
  ${t(c.image)}
  thanosImage:
    registry: quay.io
    repository: thanos/thanos
    tag: v0.39.2
  ${t(c.components)}
  components:
    receive: { expose: true, replicas: 1 }
    query: { expose: true }
    grafana: { expose: true }
    queryFrontend: { expose: false }
    bucketweb: { enabled: false }
${t(c.defaults)}
defaults:
  prometheusVersion: 2.42.0
  remoteTimeout: 30s
  queue: { capacity: 10000, maxShards: 50, maxSamplesPerSend: 2000, retryOnHttp429: true }
${t(c.edges)}
edges:
  - name: edge-cluster-01
    externalLabels: { region: us-west, environment: production }
    ${t(c.egress)}
    egress: office-nat
`;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('Write a commented starter fleet file and git-ignore its state file')
    .argument('[file]', 'fleet file to create', 'fleet.yaml')
    .option('--force', 'overwrite an existing file')
    .action(async (file: string, opts: { force?: boolean }, cmd: Command) =>
      runCommand(cmd, (lang) => {
        if (existsSync(file) && !opts.force) {
          process.stderr.write(`${m.initExists[lang]({ file })}\n`);
          return EXIT_BAD_INPUT;
        }
        writeFileSync(file, starterFleet(lang));
        const ignore = join(dirname(file), '.gitignore');
        const current = existsSync(ignore) ? readFileSync(ignore, 'utf8') : '';
        if (!current.split('\n').includes('*.state.yaml')) {
          appendFileSync(
            ignore,
            `${current && !current.endsWith('\n') ? '\n' : ''}# thanos-fleet credentials\n*.state.yaml\n`,
          );
        }
        process.stdout.write(`${m.initDone[lang]({ file })}\n`);
        return EXIT_OK;
      }),
    );
}
