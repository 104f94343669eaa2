import { spawn } from 'node:child_process';

/** A `wrangler dev` this process started, serving the real bundle on 127.0.0.1. */
export interface DevServer {
  /** Base URL, e.g. http://127.0.0.1:8789. */
  readonly url: string;
  /** Stops wrangler dev and its workerd, and waits for them to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `wrangler dev` on `port` (its inspector on `inspectorPort`; `extraArgs` added, e.g.
 * `--env d1`; `launcher` is the command before the flags, e.g. `npm run dev:d1 --`; run in `cwd`,
 * default this process's) and resolves once POST /graphql answers, or rejects after `timeoutMs`
 * with wrangler's output.
 */
export async function startWranglerDev(
  port: number,
  inspectorPort: number,
  timeoutMs = 120_000,
  extraArgs: readonly string[] = [],
  launcher: readonly string[] = ['npx', 'wrangler', 'dev'],
  cwd?: string,
): Promise<DevServer> {
  const url = `http://127.0.0.1:${port}`;
  // Otherwise the readiness check below would be answered by whatever already listens there.
  if (
    await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`${url} is already in use; stop that server or choose another port`);
  }
  const child = spawn(
    launcher[0]!,
    [
      ...launcher.slice(1),
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspectorPort),
      '--show-interactive-dev-session=false',
      ...extraArgs,
    ],
    // Its own process group, so that stop() ends workerd too, and nothing else.
    { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
    }
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
        // A server still starting may accept the connection and not answer yet.
        signal: AbortSignal.timeout(5_000),
      });
      if (res.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`wrangler dev did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
