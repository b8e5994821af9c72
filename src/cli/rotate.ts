/**
 * `thanos-fleet rotate NAME… | --all [--stage]` and `rotate --finish [NAME…]`: the zero-downtime
 * credential rotation of src/fleet/rollout.ts. Only the state changes; the next render changes the
 * receive htpasswd and the rotated edges' files, nothing else.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { finishRotations, rotateEdges } from '../fleet/rollout.js';
import { rolloutMessages as m } from '../i18n/messages/rollout.js';
import { EXIT_BAD_INPUT, EXIT_OK, runCommand } from './common.js';
import { loadCheckedFleetText, readStateFor, rolloutFailure, type StateOptions, saveState } from './edge.js';

interface RotateOptions extends StateOptions {
  all?: boolean;
  stage?: boolean;
  finish?: boolean;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerRotate(program: Command): void {
  program
    .command('rotate')
    .description(
      'Rotate edge remote-write credentials without downtime (old and new accepted until --finish)',
    )
    .argument('[names...]', 'edges to rotate')
    .option('--all', 'rotate every edge')
    .option('--stage', 'only make the receive ingress accept the new credential (sync central, then rotate)')
    .option('--finish', 'stop accepting the old credentials of finished rotations')
    .option('-f, --fleet <file>', 'fleet file', 'fleet.yaml')
    .option('--state <file>', 'state file (default: <fleet>.state.yaml)')
    .option('--identity <file>', 'age identity file to read an encrypted state (repeatable)', collect)
    .action(async (names: string[], opts: RotateOptions, cmd: Command) =>
      runCommand(cmd, (lang) => {
        try {
          const fleet = loadCheckedFleetText(readFileSync(opts.fleet, 'utf8'), opts.fleet);
          const { stateFile, state } = readStateFor(fleet, opts);
          if (opts.finish) {
            const { state: next, finished } = finishRotations(state, names.length > 0 ? names : undefined);
            if (finished.length === 0) {
              process.stdout.write(`${m.rotateNothing[lang]()}\n`);
              return EXIT_OK;
            }
            saveState(fleet, stateFile, next, lang);
            process.stdout.write(`${m.rotateFinished[lang]({ edges: finished.join(', ') })}\n`);
            return EXIT_OK;
          }
          const edges = opts.all ? fleet.edges.map((e) => e.name) : names;
          if (edges.length === 0) {
            process.stderr.write(`${m.rotateWhich[lang]()}\n`);
            return EXIT_BAD_INPUT;
          }
          const next = rotateEdges(state, edges, { stage: opts.stage ?? false });
          saveState(fleet, stateFile, next, lang);
          const msg = opts.stage ? m.rotateStaged : m.rotateStarted;
          process.stdout.write(`${msg[lang]({ edges: edges.join(', ') })}\n`);
          return EXIT_OK;
        } catch (err) {
          return rolloutFailure(err, lang);
        }
      }),
    );
}
