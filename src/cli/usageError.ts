/** Bad input from the user: printed as one line, exit 2, never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string, readonly exitCode: 2 | 3 = 2) {
    super(message);
  }
}
