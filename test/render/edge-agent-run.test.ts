/**
 * The command line written in prometheus.yml's header really starts Debian's Prometheus 2.42 in agent
 * mode. The config is the Debian-checkable copy (kubernetes_sd → static_configs, token → temp file,
 * test/support/promtool.ts); only the listen address, storage path and flush deadline are local.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadFleetFile, REFERENCE_FLEET_FILE } from '../../src/fleet/load.js';
import { reconcileState } from '../../src/fleet/state.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import { AGENT_CONFIG_FILE, AGENT_STORAGE_PATH } from '../../src/render/edge/agent-config.js';
import { renderEdge } from '../../src/render/edge/index.js';
import {
  freePort,
  httpAnswers,
  type ManagedProcess,
  spawnManaged,
  waitFor,
} from '../../src/sandbox/process.js';
import { debianCheckableCopy, removePromtoolTempDirs } from '../support/promtool.js';

let agent: ManagedProcess | undefined;
let dir: string | undefined;
afterEach(async () => {
  // Stop by pid even when the test failed, then remove what it wrote.
  await agent?.stop();
  agent = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  removePromtoolTempDirs();
});

describe('running the rendered agent config', () => {
  it('starts with the header command line in agent mode and refuses queries', async () => {
    const { fleet } = loadFleetFile(REFERENCE_FLEET_FILE);
    const { state } = reconcileState(fleet, undefined);
    const ctx = {
      fleet,
      policy: deriveFleetPolicy(fleet),
      state,
      provider: 'ingress-nginx' as const,
      lang: 'en' as const,
    };
    const edge = fleet.edges[0]!;
    const text = renderEdge(ctx, edge).find((a) => a.path.endsWith('/prometheus.yml'))!.content;
    const run = /^# Run as: (.+)$/m.exec(text)?.[1];
    expect(run).toBeDefined();
    const [command, ...args] = run!.split(' ');
    expect(command).toBe('prometheus');
    expect(args).toContain('--enable-feature=agent');

    const work = mkdtempSync(join(tmpdir(), 'thanos-fleet-agent-'));
    dir = work;
    const configFile = join(work, 'prometheus.yml');
    writeFileSync(configFile, stringify(debianCheckableCopy(parse(text)).config));
    const port = await freePort();
    const localArgs = args.map((a) =>
      a
        .replace(`--config.file=${AGENT_CONFIG_FILE}`, `--config.file=${configFile}`)
        .replace(`--storage.agent.path=${AGENT_STORAGE_PATH}`, `--storage.agent.path=${join(work, 'wal')}`),
    );
    const logFile = join(work, 'agent.log');
    agent = spawnManaged(
      'agent',
      '/usr/bin/prometheus',
      // Receive is not reachable here: a short flush deadline keeps the stop quick (datapath.md §1.2).
      [...localArgs, `--web.listen-address=127.0.0.1:${port}`, '--storage.remote.flush-deadline=1s'],
      { logFile },
    );
    await waitFor('agent ready', () => httpAnswers(`http://127.0.0.1:${port}/-/ready`));
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/query?query=up`);
    expect(await res.text()).toContain('unavailable with Prometheus Agent');
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('Experimental agent mode enabled.');
    expect(log).toContain('Starting WAL watcher');
    expect(log).toContain('Completed loading of configuration file');
    expect(log).not.toContain('Error loading config');
  });
});
