/**
 * Fleet files among the inputs: loaded and validated by the fleet loader (src/fleet/load.ts) and their
 * policy derived (src/policy/derive.ts), exactly as render does, so check and render never disagree.
 * The engine imports this module only when an input is a fleet file: the loader brings the fleet
 * schema and zod, the largest modules `check` would otherwise load for agent configs alone.
 */
import { FleetInputError, type FleetProblem, type LoadedFleet, loadFleetText } from '../fleet/load.js';
import { deriveFleetPolicy, PolicyError } from '../policy/derive.js';
import type { FleetView, SourceDoc } from './model.js';

export function readFleetDoc(doc: SourceDoc): { view: FleetView; error?: FleetInputError } {
  let loaded: LoadedFleet;
  try {
    loaded = loadFleetText(doc.text, doc.file);
  } catch (err) {
    if (!(err instanceof FleetInputError)) throw err;
    return { view: { doc, policyProblems: [] }, error: err };
  }
  let policyProblems: FleetProblem[] = [];
  try {
    deriveFleetPolicy(loaded.fleet);
  } catch (err) {
    if (!(err instanceof PolicyError)) throw err;
    policyProblems = err.problems;
  }
  return { view: { doc, loaded, policyProblems } };
}

export type FleetDocReader = typeof readFleetDoc;
