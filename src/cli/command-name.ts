/** The command named on the command line, skipping global options (`--lang ko`). */
export function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}
