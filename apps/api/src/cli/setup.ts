import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { createFirstAdmin } from '../features/staff/first-admin';
import { flag, runCli, withCliDatabase } from './cli-database';

const USAGE = `usage: npm run setup -- --admin-email <email> --display-name <name>
  The password is read from standard input: typed at the prompt (not echoed) or piped,
  e.g. printf '%s\\n' "$PASSWORD" | npm run setup -- --admin-email … . Never pass it as an argument.`;

/** One line of standard input: prompted without echo on a terminal, else the first piped line. */
async function readPassword(): Promise<string> {
  const tty = process.stdin.isTTY === true;
  let muted = false;
  // On a terminal, what is typed is not echoed (the prompt itself is).
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: tty });
  const ask = (prompt: string) =>
    new Promise<string>((resolve, reject) => {
      muted = false;
      if (tty) output.write(prompt);
      muted = tty;
      rl.once('line', (line) => {
        if (tty) process.stderr.write('\n');
        resolve(line);
      });
      rl.once('close', () => reject(new Error('No password on standard input.')));
    });
  try {
    const password = await ask('Password for the first administrator: ');
    if (tty && (await ask('Repeat the password: ')) !== password)
      throw new Error('The passwords differ.');
    return password;
  } finally {
    rl.removeAllListeners('close');
    rl.close();
  }
}

runCli(async () => {
  const argv = process.argv.slice(2);
  if (argv.some((a) => a === '--password' || a.startsWith('--password='))) {
    console.error(
      'Refusing a password in the arguments (process lists and shell history show them).',
    );
    console.error(USAGE);
    return 2;
  }
  const email = flag(argv, 'admin-email');
  const displayName = flag(argv, 'display-name');
  if (!email || !displayName) {
    console.error(USAGE);
    return 2;
  }
  const password = await readPassword();
  return withCliDatabase(async (dataSource) => {
    const outcome = await createFirstAdmin(dataSource, { email, displayName, password });
    if (outcome.ok) {
      console.log(
        `Created the first administrator ${outcome.member.email} (${outcome.member.roles.join(', ')}).`,
      );
      console.log('Sign in to the console to add staff, the catalog, surveys and API keys.');
      return 0;
    }
    if (outcome.reason === 'ADMIN_EXISTS') {
      console.error('An active administrator exists already: add staff through the console.');
      return 1;
    }
    for (const e of outcome.errors) console.error(`${e.field ?? 'input'}: ${e.message.en}`);
    return 2;
  });
});
