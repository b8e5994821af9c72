/**
 * What the commands share: running a command (src/cli/run.ts) and loading a fleet with exit-2
 * errors. `check` imports src/cli/run.ts alone: it loads fleet files only when an input is one.
 */
import {
  FleetInputError,
  formatPath,
  type LoadedFleet,
  loadFleetFile,
  REFERENCE_FLEET_FILE,
} from '../fleet/load.js';
import { deriveFleetPolicy, PolicyError } from '../policy/derive.js';
import type { FleetPolicy } from '../policy/model.js';

export { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, langOf, printInputErrors, runCommand } from './run.js';

export interface FleetWithPolicy {
  loaded: LoadedFleet;
  policy: FleetPolicy;
  /** The fleet file given, or undefined for the built-in reference fleet. */
  file: string | undefined;
}

/** Load and validate a fleet file (or the built-in reference fleet) and derive its policy. */
export function loadFleetAndPolicy(file: string | undefined): FleetWithPolicy {
  const loaded = loadFleetFile(file ?? REFERENCE_FLEET_FILE);
  try {
    return { loaded, policy: deriveFleetPolicy(loaded.fleet), file };
  } catch (err) {
    if (err instanceof PolicyError) {
      throw new FleetInputError(
        err.problems.map((p) => ({
          ...p,
          file: loaded.file,
          field: formatPath(p.path),
          ...loaded.locate(p.path),
        })),
      );
    }
    throw err;
  }
}
