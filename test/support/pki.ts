/**
 * A throwaway PKI made with the real openssl (sandbox.md §1): a private CA, a server certificate whose
 * SANs cover the given hosts (and optional IP addresses), and a second CA that trusts nothing of ours,
 * for "untrusted CA" tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestPki {
  dir: string;
  caCert: string;
  caKey: string;
  serverCert: string;
  serverKey: string;
  /** A second, unrelated CA certificate. */
  otherCaCert: string;
  /** PEM contents of caCert, for node:tls `ca`. */
  caPem: string;
  otherCaPem: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

function selfSignedCa(dir: string, name: string, cn: string): { cert: string; key: string } {
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '30',
      '-subj',
      `/CN=${cn}`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  return { cert, key };
}

/** Create the PKI under `dir` (created if missing). Hosts must not be empty. */
export function createTestPki(dir: string, hosts: string[], ips: string[] = []): TestPki {
  if (hosts.length === 0) throw new Error('createTestPki: no hosts');
  mkdirSync(dir, { recursive: true });
  const ca = selfSignedCa(dir, 'ca', 'thanos-fleet-test-ca');
  const other = selfSignedCa(dir, 'other-ca', 'thanos-fleet-untrusted-ca');
  const serverKey = join(dir, 'server.key');
  const serverCsr = join(dir, 'server.csr');
  const serverCert = join(dir, 'server.crt');
  const ext = join(dir, 'server.ext');
  const san = [...hosts.map((h) => `DNS:${h}`), ...ips.map((ip) => `IP:${ip}`)].join(',');
  writeFileSync(
    ext,
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${san}`,
      '',
    ].join('\n'),
  );
  openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      serverKey,
      '-out',
      serverCsr,
      '-subj',
      `/CN=${hosts[0]}`,
    ],
    dir,
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      serverCsr,
      '-CA',
      ca.cert,
      '-CAkey',
      ca.key,
      '-CAcreateserial',
      '-out',
      serverCert,
      '-days',
      '30',
      '-extfile',
      ext,
    ],
    dir,
  );
  return {
    dir,
    caCert: ca.cert,
    caKey: ca.key,
    serverCert,
    serverKey,
    otherCaCert: other.cert,
    caPem: readFileSync(ca.cert, 'utf8'),
    otherCaPem: readFileSync(other.cert, 'utf8'),
  };
}
