import type { Command } from 'commander';

// Placeholder: the check command is registered here once it lands.
export function registerCheck(_program: Command): void {}
