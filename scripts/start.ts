/** `npm start`: the local instance on :3000 (data in .data/) and the dashboard on :5173, together. */
import { spawn, type ChildProcess } from 'node:child_process';

const INSTANCE = 'http://127.0.0.1:3000';
const DASHBOARD = 'http://127.0.0.1:5173';
const children: ChildProcess[] = [];

function start(name: string, args: string[]): void {
  // Its own process group, so stopping it also stops what it started.
  const [command, ...rest] = args;
  const child = spawn(`node_modules/.bin/${command}`, rest, { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  child.on('exit', (code) => {
    console.error(`${name} stopped (exit code ${code ?? 'signal'}); stopping everything.`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

function shutdown(code: number): never {
  for (const child of children) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  process.exit(code);
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

start('local instance', ['tsx', 'server/main.ts', ...process.argv.slice(2)]);
start('dashboard', ['vite', '--host', '127.0.0.1', '--port', '5173', '--strictPort', '--clearScreen', 'false']);
try {
  await Promise.all([waitFor(`${INSTANCE}/api/v2/instance`, 120_000), waitFor(DASHBOARD, 60_000)]);
} catch (error) {
  console.error((error as Error).message);
  shutdown(1);
}
console.log(`
  Modboard is running.
    Dashboard:       ${DASHBOARD}   (open this, then choose "Use the local instance")
    Local instance:  ${INSTANCE}
  Sign in with owner@modboard.test / owner-password, admin@modboard.test / admin-password,
  moderator@modboard.test / moderator-password, triage@modboard.test / triage-password or user@modboard.test / user-password.
  Press Ctrl+C to stop both.
`);
