/**
 * The command line: `run`, `serve`, `sweep`, `replay`, `corpus`, `self-check`, `merge`.
 * Exit codes: 0 conforms, 1 divergence found, 2 bad usage or configuration, 3 target unreachable.
 * Every error the user can cause is one line on stderr, never a stack trace.
 */
import { redactText } from '../report/redactSecrets.js';
import { commandHelp } from './commandHelp.js';
import { corpusCommand, corpusUsage } from './corpusCommand.js';
import { negativeValuesJoined } from './negativeValues.js';
import { mergeCommand, mergeUsage } from './mergeCommand.js';
import { replayCommand, replayUsage } from './replayCommand.js';
import { rulesCommand, rulesUsage } from './rulesCommand.js';
import { probeCommand, probeUsage } from './probeCommand.js';
import { runCommand, runHelp, runUsage } from './runCommand.js';
import { selfCheckCommand, selfCheckUsage } from './selfCheckCommand.js';
import { serveCommand, serveUsage } from './serveCommand.js';
import { sweepCommand, sweepUsage } from './sweepCommand.js';
import { UsageError } from './usageError.js';
import { errorLine } from '../errorLine.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
// Output piped into `head` and closed early is not an error of the run: the run goes on (and still
// deletes its sandbox), its further output is dropped.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

const commands: Record<string, { run: (argv: string[]) => Promise<number>; usage: string; summary: string; help?: string }> = {
  run: { run: runCommand, usage: runUsage, help: runHelp, summary: 'check every conformance property against a target (default: the embedded msw mock)' },
  serve: { run: serveCommand, usage: serveUsage, summary: 'serve the mock API Gateway control plane over HTTP on loopback' },
  sweep: { run: sweepCommand, usage: sweepUsage, summary: 'delete sandboxes left behind by crashed runs (only ones this suite tagged)' },
  replay: { run: replayCommand, usage: replayUsage, summary: 'run a recorded divergence again, against the same or another target' },
  corpus: { run: corpusCommand, usage: corpusUsage, summary: 'export language-neutral cases, or replay a corpus against a target' },
  'self-check': { run: selfCheckCommand, usage: selfCheckUsage, summary: 'run the suite against its catalogue of faulty implementations' },
  probe: { run: probeCommand, usage: probeUsage, summary: 'ask a target (a real account) what it answers where the reference infers, and write an observations file' },
  rules: { run: rulesCommand, usage: rulesUsage, summary: 'print every rule the reference follows, with its evidence and source, per resource' },
  merge: { run: mergeCommand, usage: mergeUsage, summary: 'combine the report.json files of sharded runs into one report' },
};

export const helpText = `apigw-patch-conformance: property-based conformance suite for API Gateway's PATCH semantics (every REST API resource that takes patchOperations)

Usage:
${Object.values(commands).map((c) => `  ${c.usage}`).join('\n')}

Commands:
${Object.entries(commands).map(([n, c]) => `  ${n.padEnd(11)} ${c.summary}`).join('\n')}

Exit codes: 0 conforms, 1 divergence found, 2 bad usage or configuration, 3 target unreachable.
Docs: README.md (targets, reports, replay, CI recipes).
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(helpText);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    const { toolVersion } = await import('../run/toolVersion.js');
    process.stdout.write(`${toolVersion}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) return fail(`unknown command '${name}'; commands: ${Object.keys(commands).join(', ')} (see --help)`, 2);
  if (rest.includes('--help') || rest.includes('-h')) {
    const help = command.help ?? commandHelp[name];
    process.stdout.write(`Usage: ${command.usage}\n${help ? `${help}\n` : ''}`);
    return 0;
  }
  try {
    return await command.run(negativeValuesJoined(rest));
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message, e.exitCode);
    const code = (e as { code?: string }).code;
    // node:util parseArgs' own errors (unknown flag, missing value) are usage errors too.
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return fail(`${name}: ${errorLine(e)} (see \`apigw-patch-conformance ${name} --help\`)`, 2);
    if (process.env['APIGW_CONFORMANCE_DEBUG']) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    return fail(`${name} failed: ${errorLine(e)} (set APIGW_CONFORMANCE_DEBUG=1 for the stack)`, 2);
  }
}

function fail(message: string, code: number): number {
  process.stderr.write(`apigw-patch-conformance: ${redactText(message)}\n`);
  return code;
}
