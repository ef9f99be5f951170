/**
 * `--wait-for-endpoint SECONDS`: an emulator started by the same CI job (a LocalStack service
 * container) takes a while to listen. Any HTTP answer means it is up; until then the run waits, and
 * past the deadline it ends as unreachable (exit 3, with a report), never as a pass.
 */
export async function waitForEndpoint(endpoint: string, seconds: number, sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      await fetch(new URL('/restapis', endpoint), { signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      if (Date.now() >= deadline) return false;
      await sleep(500);
    }
  }
}
