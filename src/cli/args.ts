/** Minimal argv parsing: `--name value`, `--name=value`, `--flag`, positionals; `-` is a positional (stdin). */
export interface ParsedArgs {
  options: Map<string, string | true>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) options.set(name, a.slice(eq + 1));
      else if (valued.includes(name)) {
        const v = argv[i + 1];
        if (v === undefined) throw new Error(`--${name} needs a value`);
        options.set(name, v);
        i++;
      } else options.set(name, true);
    } else positionals.push(a);
  }
  return { options, positionals };
}
