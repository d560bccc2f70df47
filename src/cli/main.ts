import { ANNOTATE_USAGE, annotateCommand } from './annotate.ts';
import { INGEST_USAGE, ingestCommand } from './ingest.ts';

const USAGE = `Usage: byline <command> [options]

Commands:
  annotate   annotate articles and print one JSON document per input
  ingest     load articles from files and directories into the database

${ANNOTATE_USAGE}

${INGEST_USAGE}`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'annotate':
      return annotateCommand(rest);
    case 'ingest':
      return ingestCommand(rest);
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
