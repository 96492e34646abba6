// `npx herstart <command>`: a small dispatch table. Add a command by adding a module and a line.
// Every bad input ends as one line on stderr and exit code 2; nothing prints a stack trace.
import { format } from 'date-fns';
import { CliUsageError, type CliCommand, type CliIo } from './command';
import { deadlinesCommand } from './deadlines';
import { simulateCommand } from './simulate';

const COMMANDS: Record<string, CliCommand> = {
  deadlines: deadlinesCommand,
  simulate: simulateCommand,
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`);
  return ['Usage: herstart <command> [options]', '', 'Commands:', ...lines, '', 'herstart <command> --help shows its options.', ''].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`herstart: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliUsageError) {
      io.err(`herstart ${name}: ${e.message}\n`);
      return 2;
    }
    // A bug, not bad input: still one line, but a different exit code so scripts can tell.
    io.err(`herstart ${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  today: () => format(new Date(), 'yyyy-MM-dd'),
};

void runCli(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
