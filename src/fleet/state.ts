/**
 * The state file: credentials generated once and reused, so renders are byte-stable. It lives beside
 * the fleet file (`<fleet>.state.yaml`, mode 0600, git-ignored by `init`). Nothing here prints a secret.
 */
import { createHash, hash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import bcrypt from 'bcryptjs';
import { parse } from 'yaml';
import { yamlText } from '../yaml/print.js';
import { readPlainYaml } from '../yaml/read.js';
import type { Fleet } from './defaults.js';
import type { EdgeCredentialState } from './rollout.js';

export interface HumanCredential {
  password: string;
  /** bcrypt hash kept so the htpasswd file does not change on every render (bcrypt salts are random). */
  bcrypt: string;
  /**
   * sha256 of the password the bcrypt hash was made from: telling whether the password was changed by
   * hand takes a digest instead of a bcrypt comparison (~0.1 s per operator on every render). The file
   * holds the password itself, so the digest reveals nothing more.
   */
  bcryptOf?: string;
}

export interface FleetState {
  version: 1;
  /** Remote-write password per edge (machine credential). */
  edges: Record<string, EdgeCredentialState>;
  /** Operators of the basic-auth protected UIs (human credentials). */
  operators: Record<string, HumanCredential>;
  grafanaAdmin: { user: string; password: string };
}

/** bcrypt cost for human credentials: checked rarely, so make offline guessing expensive. */
export const HUMAN_BCRYPT_COST = 10;

/** 256 bits of randomness, URL-safe (fits htpasswd, YAML and Secret data without quoting). */
export function newMachineSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function stateFileFor(fleetFile: string | undefined): string {
  if (!fleetFile) return join(process.cwd(), 'reference-fleet.state.yaml');
  const base = basename(fleetFile).replace(/\.ya?ml$/, '');
  return join(dirname(fleetFile), `${base}.state.yaml`);
}

export function readState(file: string): FleetState | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  // The state is written as plain block YAML: the fast reader takes it (10,000 edges), else the library.
  const raw = (readPlainYaml(text)?.value ?? parse(text)) as FleetState | null;
  if (raw?.version !== 1) throw new Error(`${file}: not a thanos-fleet state file (version 1)`);
  return {
    version: 1,
    edges: raw.edges ?? {},
    operators: raw.operators ?? {},
    grafanaAdmin: raw.grafanaAdmin,
  };
}

/**
 * Complete the state for the fleet: keep every existing credential, create missing ones, forget
 * credentials of edges and operators no longer in the fleet. `changed` says whether to save it.
 */
export function reconcileState(
  fleet: Fleet,
  previous: FleetState | undefined,
): { state: FleetState; changed: boolean } {
  const prev = previous ?? {
    version: 1 as const,
    edges: {},
    operators: {},
    grafanaAdmin: undefined as never,
  };
  const edges: FleetState['edges'] = {};
  for (const e of fleet.edges) edges[e.name] = prev.edges[e.name] ?? { password: newMachineSecret() };
  const operators: FleetState['operators'] = {};
  for (const u of fleet.central.operators) {
    const old = prev.operators[u];
    if (old && old.bcryptOf === sha256(old.password)) operators[u] = old;
    else if (old && bcrypt.compareSync(old.password, old.bcrypt))
      operators[u] = { ...old, bcryptOf: sha256(old.password) };
    else {
      const password = old?.password ?? newMachineSecret();
      operators[u] = {
        password,
        bcrypt: bcrypt.hashSync(password, HUMAN_BCRYPT_COST),
        bcryptOf: sha256(password),
      };
    }
  }
  const grafanaAdmin = prev.grafanaAdmin ?? { user: 'admin', password: newMachineSecret() };
  const state: FleetState = { version: 1, edges, operators, grafanaAdmin };
  // Both sides are plain data in the same key order: JSON text is a cheap exact comparison.
  return { state, changed: !previous || JSON.stringify(state) !== JSON.stringify(previous) };
}

const sha256 = (text: string): string => hash('sha256', text, 'hex');

export function serializeState(state: FleetState): string {
  return `# thanos-fleet state: generated credentials. Private (mode 0600); never commit it.\n${yamlText(state)}`;
}

/**
 * `{SHA}` htpasswd hash (base64 of SHA-1). Used for machine credentials only: 256 random bits make a
 * fast hash safe, it is the one format every provider accepts (Envoy Gateway accepts nothing else,
 * ingress.md §5), and nginx checks it in microseconds instead of bcrypt's ~48 ms (sandbox.md §3).
 */
export function shaHtpasswdHash(password: string): string {
  return `{SHA}${createHash('sha1').update(password).digest('base64')}`;
}
