import { ANNOTATE_USAGE, annotateCommand } from './annotate.ts';

const USAGE = `Usage: byline <command> [options]

Commands:
  annotate   annotate articles and print one JSON document per input

${ANNOTATE_USAGE}`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'annotate':
      return annotateCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`byline: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}
