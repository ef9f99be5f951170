import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { awsCliCommand, awsCliScript, putIntegrationCliCommand } from '../../src/report/awsCliCommand.js';
import { shellQuote } from '../../src/report/shellQuote.js';

/** What sh makes of a command line: its words, as the program would receive them. */
const shellWords = (commandLine: string): string[] =>
  JSON.parse(execFileSync('sh', ['-c', `node -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- ${commandLine.replace(/^aws /, '')}`], { encoding: 'utf8' }));

const ctx = { restApiId: 'abc123', resourceId: 'res9', httpMethod: 'POST' };

describe('shellQuote', () => {
  it.each(["it's", 'a b', '', '$HOME `id` $(id) "q" \\ ;|&', "'", "''", 'line\nbreak', 'plain-word_1.2:/x'])('survives sh: %j', (word) => {
    expect(shellWords(`aws ${shellQuote(word)}`)).toEqual([word]);
  });
});

describe('awsCliCommand', () => {
  it('writes update-integration with the patch operations as JSON, quoted for the shell', () => {
    const patch = { patchOperations: [{ op: 'replace', path: '/requestTemplates/application~1json', value: "it's $x `y`" }] };
    const cmd = awsCliCommand(ctx, patch);
    expect(cmd.startsWith('aws apigateway update-integration --rest-api-id abc123 --resource-id res9 --http-method POST --patch-operations ')).toBe(true);
    const words = shellWords(cmd);
    expect(words.slice(0, 8)).toEqual(['apigateway', 'update-integration', '--rest-api-id', 'abc123', '--resource-id', 'res9', '--http-method', 'POST']);
    expect(JSON.parse(words[9]!)).toEqual(patch.patchOperations);
  });

  it('falls back to --cli-input-json for bodies --patch-operations cannot say', () => {
    const cmd = awsCliCommand(ctx, { patchOperations: 'not a list' });
    const words = shellWords(cmd);
    expect(words[2]).toBe('--cli-input-json');
    expect(JSON.parse(words[3]!)).toEqual({ ...ctx, patchOperations: 'not a list' });
  });

  it('adds region and endpoint when given', () => {
    expect(awsCliCommand(ctx, { patchOperations: [] }, { region: 'eu-west-1', endpointUrl: 'http://localhost:4566' })).toBe(
      "aws apigateway update-integration --region eu-west-1 --endpoint-url http://localhost:4566 --rest-api-id abc123 --resource-id res9 --http-method POST --patch-operations '[]'",
    );
  });
});

describe('putIntegrationCliCommand', () => {
  it('maps the wire httpMethod (backend verb) to integrationHttpMethod', () => {
    const cmd = putIntegrationCliCommand(ctx, { type: 'HTTP', httpMethod: 'GET', uri: "https://e.com/o'k" });
    const words = shellWords(cmd);
    expect(words.slice(0, 3)).toEqual(['apigateway', 'put-integration', '--cli-input-json']);
    expect(JSON.parse(words[3]!)).toEqual({ restApiId: 'abc123', resourceId: 'res9', httpMethod: 'POST', type: 'HTTP', integrationHttpMethod: 'GET', uri: "https://e.com/o'k" });
  });

  it('scripts a whole case up to the diverging step', () => {
    const record = { put: { type: 'MOCK' }, patches: [{ patchOperations: [] }, { patchOperations: [] }, { patchOperations: [] }] };
    const commands = (step: number): (string | undefined)[] => awsCliScript({ ...record, ctx }, step).split('\n').map((l) => l.split(' ')[2]);
    expect(commands(1)).toEqual(['put-integration', 'update-integration', 'update-integration']);
    expect(commands(0)).toEqual(['put-integration', 'update-integration']);
    expect(commands(-1)).toEqual(['put-integration']);
  });
});
