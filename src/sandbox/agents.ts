/**
 * One Prometheus agent per edge, each in its own folder, running the edge's rendered agent config with
 * only what a local run must change (URL, server_name, CA, password file, self-scrape, short intervals).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edge, Fleet } from '../fleet/defaults.js';
import { agentModeFlag } from '../fleet/prometheus.js';
import type { Lang } from '../i18n/index.js';
import { startOnFreePorts } from './listen.js';
import { httpAnswers, type ManagedProcess, spawnManaged } from './process.js';
import { type AgentSite, edgeAgentConfigYaml } from './rendered.js';

/** Local timings: 1 s scrape and batches make the first data arrive ~6 s after start (sandbox.md §7). */
export const LOCAL_SCRAPE_INTERVAL = '1s';
/** Below nginx's read timeout, so a hung receiver shows as the agent's own timeout (sandbox.md §6). */
export const LOCAL_REMOTE_TIMEOUT = '5s';
/** Shutdown/reload of a stuck queue waits this long instead of 1 m (sandbox.md gotcha 4). */
export const FLUSH_DEADLINE = '5s';

export interface Agent {
  edge: Edge;
  proc: ManagedProcess;
  port: number;
  dir: string;
  configFile: string;
  passwordFile: string;
  logFile: string;
  /** Re-render with another CA file and POST /-/reload (untrusted-CA fault). */
  reconfigure(over: { caFile: string }): Promise<void>;
}

export interface AgentContext {
  fleet: Fleet;
  lang: Lang;
  nginxHttpsPort: number;
  receiveHost: string;
  caFile: string;
  password: string;
  binary: string;
  version: string;
}

function site(ctx: AgentContext, passwordFile: string, port: number, caFile: string): AgentSite {
  return {
    remoteWriteUrl: `https://127.0.0.1:${ctx.nginxHttpsPort}/api/v1/receive`,
    serverName: ctx.receiveHost,
    caFile,
    passwordFile,
    scrapeConfigs: [{ job_name: 'prometheus-agent', static_configs: [{ targets: [`127.0.0.1:${port}`] }] }],
    scrapeInterval: LOCAL_SCRAPE_INTERVAL,
    remoteTimeout: LOCAL_REMOTE_TIMEOUT,
    queue: { batchSendDeadline: '1s' },
  };
}

export async function startAgent(dir: string, edge: Edge, ctx: AgentContext): Promise<Agent> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const configFile = join(dir, 'agent.yml');
  const passwordFile = join(dir, 'password');
  const logFile = join(dir, 'agent.log');
  writeFileSync(passwordFile, ctx.password, { mode: 0o600 });
  let port = 0;
  const write = (caFile: string) =>
    writeFileSync(
      configFile,
      edgeAgentConfigYaml(ctx.fleet, edge, ctx.lang, site(ctx, passwordFile, port, caFile)),
    );
  const { started } = await startOnFreePorts<{ proc: ManagedProcess; port: number }>(
    `agent ${edge.name}`,
    1,
    logFile,
    ([p]) => {
      port = p!;
      write(ctx.caFile);
      const proc = spawnManaged(
        `agent-${edge.name}`,
        ctx.binary,
        [
          agentModeFlag(ctx.version),
          `--config.file=${configFile}`,
          `--storage.agent.path=${join(dir, 'wal')}`,
          `--web.listen-address=127.0.0.1:${p}`,
          '--web.enable-lifecycle',
          `--storage.remote.flush-deadline=${FLUSH_DEADLINE}`,
        ],
        { cwd: dir, logFile, keepable: true },
      );
      return { proc, port: p! };
    },
    (s) => httpAnswers(`http://127.0.0.1:${s.port}/-/ready`),
  );
  return {
    edge,
    proc: started.proc,
    port: started.port,
    dir,
    configFile,
    passwordFile,
    logFile,
    async reconfigure({ caFile }) {
      write(caFile);
      const res = await fetch(`http://127.0.0.1:${started.port}/-/reload`, {
        method: 'POST',
        signal: AbortSignal.timeout(30_000),
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`agent ${edge.name}: reload answered ${res.status}`);
    },
  };
}
