/** The first line of an error's message: what a one-line CLI error or log line may show of it. */
export function errorLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!.trim();
}
