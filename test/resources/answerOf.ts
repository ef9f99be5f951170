/** An SDK call's answer as LocalStack's snapshots show it: the output without metadata, with its status; or the error (code, message, status). */
export async function answerOf<T extends object>(p: Promise<T>): Promise<Record<string, unknown>> {
  try {
    const { $metadata, ...rest } = (await p) as T & { $metadata: { httpStatusCode?: number } };
    return { status: $metadata.httpStatusCode, ...rest };
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number } };
    return { error: err.name, message: err.message, status: err.$metadata?.httpStatusCode };
  }
}
