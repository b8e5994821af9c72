/**
 * A throwaway PKI for tests and benches: the sandbox's own (src/sandbox/pki.ts, real openssl, sandbox.md §1),
 * so the certificates tests trust are made exactly like the ones the sandbox runs with.
 */
import { readFileSync } from 'node:fs';
import { makePki } from '../../src/sandbox/pki.js';

export interface TestPki {
  dir: string;
  caCert: string;
  serverCert: string;
  serverKey: string;
  /** A second, unrelated CA certificate. */
  otherCaCert: string;
  /** PEM contents of caCert, for node:tls `ca`. */
  caPem: string;
  otherCaPem: string;
}

/** Create the PKI under `dir` (created if missing). Hosts must not be empty. */
export async function createTestPki(dir: string, hosts: string[]): Promise<TestPki> {
  if (hosts.length === 0) throw new Error('createTestPki: no hosts');
  const pki = await makePki(dir, hosts);
  return {
    dir,
    caCert: pki.caFile,
    serverCert: pki.certFile,
    serverKey: pki.keyFile,
    otherCaCert: pki.otherCaFile,
    caPem: readFileSync(pki.caFile, 'utf8'),
    otherCaPem: readFileSync(pki.otherCaFile, 'utf8'),
  };
}
