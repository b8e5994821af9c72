import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { readState, reconcileState, serializeState, stateFileFor } from '../fleet/state.js';
import { inLang } from '../i18n/index.js';
import { cliMessages as m } from '../i18n/messages/cli.js';
import { PROVIDERS, type ProviderName } from '../render/context.js';
import { renderFleet } from '../render/index.js';
import { writeArtifactsAtomically, writeFileAtomically } from '../render/write.js';
import { EXIT_OK, loadFleetAndPolicy, runCommand } from './common.js';

export function registerRender(program: Command): void {
  program
    .command('render')
    .description('Render every central and edge artifact of a fleet (default: the built-in reference fleet)')
    .argument('[fleet]', 'fleet file (default: built-in reference fleet)')
    .option('-o, --output <dir>', 'output folder, replaced whole', 'out')
    .addOption(
      new Option('--provider <name>', 'ingress provider, overriding the fleet file').choices([...PROVIDERS]),
    )
    .option('--state <file>', 'state file with generated credentials (default: <fleet>.state.yaml)')
    .action(
      async (
        fleetFile: string | undefined,
        opts: { output: string; provider?: ProviderName; state?: string },
        cmd: Command,
      ) =>
        runCommand(cmd, (lang) => {
          const { loaded, policy } = loadFleetAndPolicy(fleetFile);
          const stateFile = opts.state ?? stateFileFor(fleetFile);
          const { state, changed } = reconcileState(loaded.fleet, readState(stateFile));
          const provider = opts.provider ?? loaded.fleet.central.ingress.provider;
          const result = renderFleet({ fleet: loaded.fleet, policy, state, provider, lang });
          const out = resolve(opts.output);
          writeArtifactsAtomically(out, result.artifacts);
          if (changed) {
            writeFileAtomically(stateFile, serializeState(state), 0o600);
            process.stderr.write(`${m.stateCreated[lang]({ file: stateFile })}\n`);
          }
          for (const w of result.warnings)
            process.stderr.write(`${m.warning[lang]({ text: `${w.object}: ${inLang(w.message, lang)}` })}\n`);
          process.stdout.write(
            `${m.renderDone[lang]({ files: result.artifacts.length, dir: out, provider })}\n`,
          );
          process.stdout.write(`${m.renderNext[lang]({ readme: `${out}/README.md` })}\n`);
          return EXIT_OK;
        }),
    );
}
