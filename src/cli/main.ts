/** thanos-fleet command line. Commands are thin: parse flags, call the pure core, print, exit. */
import { buildProgram } from './program.js';

// No top-level await: the bundle is CommonJS (scripts/bundle.mjs). A rejection ends the process with
// its stack and exit code 1, as an awaited one would.
void buildProgram().then((program) => program.parseAsync(process.argv));
