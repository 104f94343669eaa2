import { spawn, type ChildProcess } from 'node:child_process';

/** A `wrangler dev` server started for a test run. */
export interface DevServer {
  readonly origin: string;
  stop(): Promise<void>;
}

/**
 * Starts `wrangler dev` on a fixed local port and resolves once `GET /` answers 200. The process
 * gets its own group so that stopping it also stops the workerd it spawns.
 */
export async function startWranglerDev(port: number, inspectorPort: number): Promise<DevServer> {
  const origin = `http://127.0.0.1:${port}`;
  if (await fetch(origin).then(() => true, () => false)) throw new Error(`${origin} is already in use; stop that server or set another port`);
  const child = spawn(
    'npx',
    ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort), '--log-level', 'warn'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', BROWSER: 'none' } },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = () => stopProcessGroup(child);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${origin}/`)).status === 200) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer on ${origin} within 120 s:\n${output}`);
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}
