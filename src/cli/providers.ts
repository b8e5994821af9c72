import type { Command } from 'commander';
import { capabilityNames, providersMessages, supportNames } from '../i18n/messages/providers.js';
import { CAPABILITIES } from '../render/context.js';
import { allIngressProviders } from '../render/ingress/index.js';
import { EXIT_OK, runCommand } from './common.js';

export function registerProviders(program: Command): void {
  program
    .command('providers')
    .description('Print which policy items each ingress provider can express')
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { format: string }, cmd: Command) =>
      runCommand(cmd, (lang) => {
        const providers = allIngressProviders();
        if (opts.format === 'json') {
          const matrix = Object.fromEntries(providers.map((p) => [p.name, p.capabilities]));
          process.stdout.write(`${JSON.stringify({ version: 1, providers: matrix }, null, 2)}\n`);
          return EXIT_OK;
        }
        const rows = [
          [providersMessages.heading[lang](), ...providers.map((p) => p.name)],
          ...CAPABILITIES.map((cap) => [
            capabilityNames[cap][lang](),
            ...providers.map((p) => supportNames[p.capabilities[cap]][lang]()),
          ]),
        ];
        const width = (s: string) =>
          [...s].reduce((w, ch) => w + (/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/.test(ch) ? 2 : 1), 0);
        const cols = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i]!))));
        for (const r of rows) {
          process.stdout.write(
            `${r
              .map((cell, i) => cell + ' '.repeat(cols[i]! - width(cell)))
              .join('  ')
              .trimEnd()}\n`,
          );
        }
        return EXIT_OK;
      }),
    );
}
