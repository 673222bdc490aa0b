import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The API's V8 flags (ADR 0007: a young generation sized for GraphQL pages) cannot be set from
// code: they must be in every command that starts it for real. apps/api's start script is the
// reference (`npm start` and the benches run it); the Docker image must match it.
const repo = resolve(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(resolve(repo, path), 'utf8');

function startScriptFlags(): string[] {
  const pkg = JSON.parse(read('apps/api/package.json')) as { scripts: Record<string, string> };
  const [command, ...args] = pkg.scripts.start!.trim().split(/\s+/);
  expect(command).toBe('node');
  expect(args.at(-1)).toBe('dist/main.js');
  return args.slice(0, -1);
}

describe('start command', () => {
  it('gives the API a young generation sized for GraphQL pages', () => {
    expect(startScriptFlags()).toContain('--max-semi-space-size=64');
  });

  it('starts the Docker image with the same node flags as the start script', () => {
    const cmd = read('Dockerfile').match(/^CMD (\[.*\])$/m)?.[1];
    expect(cmd).toBeDefined();
    expect(JSON.parse(cmd!)).toEqual(['node', ...startScriptFlags(), 'apps/api/dist/main.js']);
  });

  it('lets docker compose use the image command rather than one without the flags', () => {
    expect(read('docker-compose.yml')).not.toMatch(/^\s+(command|entrypoint):/m);
  });

  it('starts the API from the root through the start script', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/npm run start --workspace @kizuna\/api$/);
  });
});
