#!/usr/bin/env node
/** thanos-fleet command line. Commands are thin: parse flags, call the pure core, print, exit. */
import { buildProgram } from './program.js';

await (await buildProgram()).parseAsync(process.argv);
