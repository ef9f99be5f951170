/**
 * `--seed -3`: node's parseArgs reads `-3` as a flag ("argument is ambiguous"). A flag followed by a
 * negative number is joined into `--seed=-3` first, the form parseArgs takes.
 */
export function negativeValuesJoined(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d+(\.\d+)?$/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
