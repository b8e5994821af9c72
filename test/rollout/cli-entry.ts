/**
 * The edge and rotate commands as a real process before the lead wires them into src/cli/main.ts:
 * argv comes from TF_ARGS (JSON) so the runner's own flags never mix with the command's.
 */
import { Command, Option } from 'commander';
import { registerEdge } from '../../src/cli/edge.js';
import { registerRotate } from '../../src/cli/rotate.js';

const program = new Command('thanos-fleet')
  .addOption(new Option('--lang <lang>').choices(['ko', 'en']))
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));
registerEdge(program);
registerRotate(program);
await program.parseAsync(JSON.parse(process.env.TF_ARGS ?? '[]') as string[], { from: 'user' });
