import type { Command } from 'commander';
import { fleetJsonSchema } from '../fleet/schema.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('Print the fleet file JSON Schema (for yaml-language-server)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(fleetJsonSchema(), null, 2)}\n`);
    });
}
