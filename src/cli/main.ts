#!/usr/bin/env node
/**
 * thanos-fleet command line. Commands are thin: parse flags, call the pure core, print, exit.
 * Exit codes everywhere: 0 clean, 1 findings/problems, 2 bad input.
 */
import { Command, Option } from 'commander';
import { registerCheck } from './check.js';
import { registerDoctor } from './doctor.js';
import { registerInit } from './init.js';
import { registerProviders } from './providers.js';
import { registerRender } from './render.js';
import { registerSandbox } from './sandbox.js';
import { registerSchema } from './schema.js';

export function buildProgram(): Command {
  const program = new Command('thanos-fleet')
    .description(
      'One fleet file → every artifact of a Prometheus-agent → Thanos Receive fleet; check, prove, diagnose.',
    )
    .version('0.1.0')
    .addOption(
      new Option('--lang <lang>', 'message language: ko or en (default from LANG)').choices(['ko', 'en']),
    )
    .showHelpAfterError()
    .exitOverride((err) => {
      // commander usage errors are bad input: exit 2, like every other bad input.
      process.exit(err.exitCode === 0 ? 0 : 2);
    });
  registerRender(program);
  registerSchema(program);
  registerInit(program);
  registerProviders(program);
  registerCheck(program);
  registerSandbox(program);
  registerDoctor(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
