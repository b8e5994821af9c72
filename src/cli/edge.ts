/**
 * `thanos-fleet edge add NAME [--label k=v]…` and `edge remove NAME`: edit the fleet file (comments
 * kept) and the state, so the next render changes only that edge's files and the receive credentials.
 * Nothing is written unless the edited fleet file loads and derives a policy cleanly.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import {
  encryptedStateFile,
  IdentityNeededError,
  loadIdentities,
  readStateAt,
  writeStateAt,
} from '../fleet/age.js';
import type { Fleet } from '../fleet/defaults.js';
import { FleetInputError, formatPath, loadFleetText } from '../fleet/load.js';
import { addEdgeToFleetText, parseLabel, RolloutError, removeEdgeFromFleetText } from '../fleet/rollout.js';
import { type FleetState, reconcileState, stateFileFor } from '../fleet/state.js';
import type { Lang } from '../i18n/index.js';
import { rolloutMessages as m } from '../i18n/messages/rollout.js';
import { deriveFleetPolicy, PolicyError } from '../policy/derive.js';
import { writeFileAtomically } from '../render/write.js';
import { EXIT_BAD_INPUT, EXIT_OK, runCommand } from './common.js';

export interface StateOptions {
  fleet: string;
  state?: string;
  identity?: string[];
}

/** Load fleet text as the loader would, including the policy refusals, with file:line errors. */
export function loadCheckedFleetText(text: string, file: string): Fleet {
  const loaded = loadFleetText(text, file);
  try {
    deriveFleetPolicy(loaded.fleet);
  } catch (err) {
    if (err instanceof PolicyError) {
      throw new FleetInputError(
        err.problems.map((p) => ({ ...p, file, field: formatPath(p.path), ...loaded.locate(p.path) })),
      );
    }
    throw err;
  }
  return loaded.fleet;
}

export function recipientsOf(fleet: Fleet): string[] {
  return fleet.spec.gitops?.ageRecipients ?? [];
}

export function readStateFor(fleet: Fleet, opts: StateOptions): { stateFile: string; state: FleetState } {
  const stateFile = opts.state ?? stateFileFor(opts.fleet);
  const previous = readStateAt(stateFile, loadIdentities(opts.identity ?? []));
  return { stateFile, state: reconcileState(fleet, previous).state };
}

export function saveState(fleet: Fleet, stateFile: string, state: FleetState, lang: Lang): void {
  const recipients = recipientsOf(fleet);
  writeStateAt(stateFile, state, recipients);
  process.stderr.write(`${m.stateSaved[lang]({ file: stateFile })}\n`);
  if (recipients.length > 0)
    process.stderr.write(
      `${m.stateEncrypted[lang]({ file: encryptedStateFile(stateFile), count: recipients.length })}\n`,
    );
}

/** Rollout problems → one catalogue line on stderr, exit 2; anything else goes to runCommand. */
export function rolloutFailure(err: unknown, lang: Lang): number {
  if (err instanceof RolloutError) {
    const entry = m[err.code] as {
      en: (p: { subject: string }) => string;
      ko: (p: { subject: string }) => string;
    };
    process.stderr.write(`${entry[lang]({ subject: err.subject })}\n`);
    return EXIT_BAD_INPUT;
  }
  if (err instanceof IdentityNeededError) {
    process.stderr.write(`${m.needIdentity[lang]({ file: err.file })}\n`);
    return EXIT_BAD_INPUT;
  }
  throw err;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function fleetOptions(cmd: Command): Command {
  return cmd
    .option('-f, --fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--state <file>', 'state file (default: <fleet>.state.yaml)')
    .option('--identity <file>', 'age identity file to read an encrypted state (repeatable)', collect);
}

function editFleet(
  opts: StateOptions,
  lang: Lang,
  edit: (text: string) => string,
  done: (file: string) => string,
): number {
  try {
    const text = readFileSync(opts.fleet, 'utf8');
    const next = edit(text);
    const fleet = loadCheckedFleetText(next, opts.fleet);
    const { stateFile, state } = readStateFor(fleet, opts);
    writeFileAtomically(opts.fleet, next, statSync(opts.fleet).mode & 0o777);
    saveState(fleet, stateFile, state, lang);
    process.stdout.write(`${done(opts.fleet)}\n`);
    return EXIT_OK;
  } catch (err) {
    return rolloutFailure(err, lang);
  }
}

export function registerEdge(program: Command): void {
  const edge = program.command('edge').description('Add or remove an edge cluster (fleet file and state)');
  fleetOptions(
    edge
      .command('add')
      .description('Add an edge to the fleet file and create its remote-write credential')
      .argument('<name>', 'edge (cluster) name, a DNS-1123 label')
      .option('--label <key=value>', 'external label (repeatable)', collect),
  ).action(async (name: string, opts: StateOptions & { label?: string[] }, cmd: Command) =>
    runCommand(cmd, (lang) => {
      let labels: Record<string, string>;
      try {
        labels = Object.fromEntries((opts.label ?? []).map(parseLabel));
      } catch (err) {
        return rolloutFailure(err, lang);
      }
      return editFleet(
        opts,
        lang,
        (text) => addEdgeToFleetText(text, name, labels),
        (file) => m.edgeAdded[lang]({ edge: name, file }),
      );
    }),
  );
  fleetOptions(
    edge
      .command('remove')
      .description('Remove an edge from the fleet file and forget its credential')
      .argument('<name>', 'edge name'),
  ).action(async (name: string, opts: StateOptions, cmd: Command) =>
    runCommand(cmd, (lang) =>
      editFleet(
        opts,
        lang,
        (text) => removeEdgeFromFleetText(text, name),
        (file) => m.edgeRemoved[lang]({ edge: name, file }),
      ),
    ),
  );
}
