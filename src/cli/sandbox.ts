import type { Command } from 'commander';

// Placeholder: the sandbox command is registered here once it lands.
export function registerSandbox(_program: Command): void {}
