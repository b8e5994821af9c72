import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { IdentityNeededError, loadIdentities, readStateAt, writeStateAt } from '../fleet/age.js';
import { reconcileState, stateFileFor } from '../fleet/state.js';
import { inLang } from '../i18n/index.js';
import { cliMessages as m } from '../i18n/messages/cli.js';
import { rolloutMessages as r } from '../i18n/messages/rollout.js';
import type { FileDigest } from '../render/artifact.js';
import { PROVIDERS, type ProviderName, type RenderContext } from '../render/context.js';
import { checkLayoutFresh, gitopsLayout, layoutManifest } from '../render/gitops/index.js';
import { streamFleet } from '../render/index.js';
import { writeArtifactsAtomically } from '../render/write.js';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, loadFleetAndPolicy, runCommand } from './common.js';

interface RenderOptions {
  output: string;
  provider?: ProviderName;
  state?: string;
  layout: 'files' | 'gitops';
  check?: boolean;
  identity?: string[];
}

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
    .addOption(
      new Option('--layout <layout>', 'files, or gitops (clusters/<name>/ + central/ for Argo CD / Flux)')
        .choices(['files', 'gitops'])
        .default('files'),
    )
    .option('--check', 'write nothing: compare the output folder with this render; exit 1 when it is stale')
    .option(
      '--identity <file>',
      'age identity to read an encrypted state (repeatable)',
      (v: string, p: string[] = []) => [...p, v],
    )
    .action(async (fleetFile: string | undefined, opts: RenderOptions, cmd: Command) =>
      runCommand(cmd, async (lang) => {
        const { loaded, policy } = loadFleetAndPolicy(fleetFile);
        const stateFile = opts.state ?? stateFileFor(fleetFile);
        let previous: ReturnType<typeof readStateAt>;
        try {
          previous = readStateAt(stateFile, loadIdentities(opts.identity ?? []));
        } catch (err) {
          if (!(err instanceof IdentityNeededError)) throw err;
          process.stderr.write(`${r.needIdentity[lang]({ file: err.file })}\n`);
          return EXIT_BAD_INPUT;
        }
        const { state, changed } = reconcileState(loaded.fleet, previous);
        const provider = opts.provider ?? loaded.fleet.central.ingress.provider;
        const ctx: RenderContext = { fleet: loaded.fleet, policy, state, provider, lang };
        // Streamed from render to disk one edge at a time: nothing holds every file at once.
        const gitops = opts.layout === 'gitops';
        const result = streamFleet(ctx, { indexReadme: !gitops });
        // Written, the layout's manifest is made from digests the writer takes (write.ts `closing`).
        const files = gitops
          ? gitopsLayout(ctx, result.artifacts, { manifest: opts.check === true })
          : result.artifacts;
        const out = resolve(opts.output);
        if (opts.check) {
          // Never writes, not even the state: CI uses this to fail when committed output is stale.
          const c = checkLayoutFresh(out, files);
          for (const path of c.stale) process.stderr.write(`${r.checkStale[lang]({ path })}\n`);
          for (const path of c.missing) process.stderr.write(`${r.checkMissing[lang]({ path })}\n`);
          for (const path of c.extra) process.stderr.write(`${r.checkExtra[lang]({ path })}\n`);
          const count = c.stale.length + c.missing.length + c.extra.length;
          process.stdout.write(
            `${c.fresh ? r.checkFresh[lang]({ dir: out, files: c.files }) : r.checkFailed[lang]({ count })}\n`,
          );
          return c.fresh ? EXIT_OK : EXIT_FINDINGS;
        }
        // An estimate, for when to write on a second thread: three to six files per edge in either layout.
        const written = await writeArtifactsAtomically(out, files, {
          expectedFiles: 4 * ctx.fleet.edges.length,
          ...(gitops ? { closing: (digests: FileDigest[]) => [layoutManifest(digests)] } : {}),
        });
        if (changed) {
          writeStateAt(stateFile, state, loaded.fleet.spec.gitops?.ageRecipients ?? []);
          process.stderr.write(`${m.stateCreated[lang]({ file: stateFile })}\n`);
        }
        for (const w of result.warnings) {
          process.stderr.write(`${m.warning[lang]({ text: `${w.object}: ${inLang(w.message, lang)}` })}\n`);
        }
        process.stdout.write(`${m.renderDone[lang]({ files: written, dir: out, provider })}\n`);
        process.stdout.write(`${m.renderNext[lang]({ readme: `${out}/README.md` })}\n`);
        return EXIT_OK;
      }),
    );
}
