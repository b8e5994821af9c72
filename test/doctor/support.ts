/** Shared pieces of the doctor tests: an openssl-made PKI, servers on 127.0.0.1 that are always closed. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DoctorOptions } from '../../src/doctor/context.js';
import type { Fleet } from '../../src/fleet/defaults.js';
import { loadFleetText } from '../../src/fleet/load.js';
import type { FleetState } from '../../src/fleet/state.js';
import { deriveFleetPolicy } from '../../src/policy/derive.js';
import type { FleetPolicy } from '../../src/policy/model.js';

export const FIXTURE = fileURLToPath(new URL('../fixtures/doctor/fleet.yaml', import.meta.url));
export const RECEIVE = 'thanos-receive.fleet.test';
export const QUERY = 'thanos-query.fleet.test';

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tf-doctor-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

export interface Issued {
  cert: string;
  key: string;
}

/** A CA made with openssl, issuing server certificates (EC P-256: fast). */
export class TestPki {
  readonly caFile: string;
  readonly caPem: string;
  constructor(
    readonly dir: string,
    readonly name = 'ca',
  ) {
    openssl(
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.crt`,
        '-days',
        '30',
        '-subj',
        `/CN=doctor-test-${name}`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ],
      dir,
    );
    this.caFile = join(dir, `${name}.crt`);
    this.caPem = readFileSync(this.caFile, 'utf8');
  }

  /**
   * A server certificate. `days` may be negative: `openssl x509 -req -days -1` (OpenSSL 3.0) signs a
   * certificate whose notAfter lies before its notBefore, i.e. one that is already expired.
   */
  issue(id: string, sans: string[], days = 30): Issued {
    const ext = join(this.dir, `${id}.ext`);
    writeFileSync(
      ext,
      `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=${sans
        .map((s) => `DNS:${s}`)
        .join(',')}\n`,
    );
    openssl(
      [
        'req',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        `${id}.key`,
        '-out',
        `${id}.csr`,
        '-subj',
        `/CN=${sans[0]}`,
      ],
      this.dir,
    );
    openssl(
      [
        'x509',
        '-req',
        '-in',
        `${id}.csr`,
        '-CA',
        `${this.name}.crt`,
        '-CAkey',
        `${this.name}.key`,
        '-CAcreateserial',
        '-out',
        `${id}.crt`,
        '-days',
        String(days),
        '-extfile',
        ext,
      ],
      this.dir,
    );
    return {
      cert: readFileSync(join(this.dir, `${id}.crt`), 'utf8'),
      key: readFileSync(join(this.dir, `${id}.key`), 'utf8'),
    };
  }
}

/** Servers started by a test; `closeAll` destroys their connections and closes them. */
export class Servers {
  private readonly servers: Server[] = [];
  async listen<S extends Server>(server: S): Promise<number> {
    this.servers.push(server);
    const sockets = new Set<import('node:net').Socket>();
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    (server as unknown as { _doctorSockets: typeof sockets })._doctorSockets = sockets;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const addr = server.address();
    if (!addr || typeof addr !== 'object') throw new Error('no port');
    return addr.port;
  }
  async closeAll(): Promise<void> {
    await Promise.all(
      this.servers.splice(0).map(
        (s) =>
          new Promise<void>((r) => {
            for (const sock of (s as unknown as { _doctorSockets: Set<import('node:net').Socket> })
              ._doctorSockets)
              sock.destroy();
            s.close(() => r());
          }),
      ),
    );
  }
}

export function loadFixture(text = readFileSync(FIXTURE, 'utf8')): { fleet: Fleet; policy: FleetPolicy } {
  const loaded = loadFleetText(text, FIXTURE);
  return { fleet: loaded.fleet, policy: deriveFleetPolicy(loaded.fleet) };
}

export const PASSWORDS: Record<string, string> = {
  'edge-01': 'pw-edge-01-secret',
  'edge-02': 'pw-edge-02-secret',
};
export const OPERATOR_PASSWORD = 'op-admin-secret';

export function testState(): FleetState {
  return {
    version: 1,
    edges: Object.fromEntries(Object.entries(PASSWORDS).map(([e, password]) => [e, { password }])),
    operators: { admin: { password: OPERATOR_PASSWORD, bcrypt: '' } },
    grafanaAdmin: { user: 'admin', password: 'grafana-secret' },
  };
}

export function options(over: Partial<DoctorOptions> = {}): DoctorOptions {
  return {
    resolve: [],
    timeoutMs: 1500,
    certWarnDays: 21,
    certFailDays: 7,
    writeProbe: false,
    agentMetrics: {},
    agentGapMs: 500,
    concurrency: 8,
    httpPort: 80,
    stateFile: '/nonexistent/state.yaml',
    state: testState(),
    ...over,
  };
}
