import type { Command } from 'commander';

// Placeholder: the doctor command is registered here once it lands.
export function registerDoctor(_program: Command): void {}
