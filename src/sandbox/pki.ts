/**
 * The sandbox's private PKI, made with openssl (sandbox.md §1): a CA, one server certificate whose
 * SANs cover every exposed host, and a second, unrelated CA for the untrusted-CA fault.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Pki {
  dir: string;
  caFile: string;
  /** A CA that signed nothing here: agents told to trust it fail the handshake. */
  otherCaFile: string;
  certFile: string;
  keyFile: string;
}

/**
 * P-256 keys: generated in milliseconds where RSA-2048 takes seconds on a loaded machine; nginx, Go
 * (Prometheus) and Node all verify ECDSA chains.
 */
const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'];

async function openssl(args: string[], cwd: string): Promise<void> {
  await run('openssl', args, { cwd, timeout: 30_000 });
}

async function makeCa(dir: string, name: string, cn: string): Promise<void> {
  await openssl(
    [
      'req',
      '-x509',
      ...EC_KEY,
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.crt`,
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
}

export async function makePki(dir: string, hosts: string[]): Promise<Pki> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Both CAs at once: key generation is the slow part.
  await Promise.all([
    makeCa(dir, 'ca', 'thanos-fleet-sandbox-ca'),
    makeCa(dir, 'other-ca', 'thanos-fleet-untrusted-ca'),
  ]);
  writeFileSync(
    join(dir, 'server.ext'),
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
      '',
    ].join('\n'),
  );
  await openssl(
    ['req', ...EC_KEY, '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${hosts[0]}`],
    dir,
  );
  await openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.crt',
      '-days',
      '30',
      '-extfile',
      'server.ext',
    ],
    dir,
  );
  // The nginx master (root) reads the key; it can stay private (sandbox.md §3).
  for (const k of ['ca.key', 'other-ca.key', 'server.key']) chmodSync(join(dir, k), 0o600);
  return {
    dir,
    caFile: join(dir, 'ca.crt'),
    otherCaFile: join(dir, 'other-ca.crt'),
    certFile: join(dir, 'server.crt'),
    keyFile: join(dir, 'server.key'),
  };
}
