/**
 * A finding as a script a real account can run (repro/<id>.sh in the report folder): it creates a
 * RestApi of its own (tagged, regional) with the sandbox's resource and method, makes what the case
 * needed first (an integration, a deployment, a usage plan, ...), sends the case's calls up to the
 * diverging one, prints every answer, and deletes everything it created on exit, whatever happened.
 * Names only what it created; safe to run twice (each run makes new resources).
 */
import { accountLevel } from '../resources/accountLevel.js';
import { createdKeyMember } from '../resources/createdKey.js';
import { createUri } from '../resources/collectionUri.js';
import type { ResourceDeclaration } from '../resources/declaration.js';
import { declarationNamed } from '../resources/registry.js';
import { sandboxMethodRequestParameters } from '../sandboxMethod.js';
import type { Divergence } from '../run/runReport.js';
import { awsCliScript, cliVerb, isRecord, type CliTarget } from './awsCliCommand.js';
import { shellQuote } from './shellQuote.js';
import { describeOutcome } from './outcomeText.js';


/** Placeholders the script's `call` replaces with the ids it made. */
const API = '__API__';
const RES = '__RES__';
const ROOT = '__ROOT__';
const KEY = '__KEY__';

export function reproScript(d: Divergence, target: CliTarget = {}): string {
  const record = d.counterexample;
  const lines: string[] = [];
  const cli = (operation: string, input: Record<string, unknown>) => `call aws apigateway ${cliVerb(operation)} --cli-input-json ${shellQuote(JSON.stringify(input))}`;
  /** The path parameters an operation at `uri` takes (the CLI refuses any other member in its input). */
  const at = (uri: string, params: Record<string, string>) => Object.fromEntries([...uri.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, params[m[1]!] ?? '']));
  const deleteLater = (kind: ResourceDeclaration, variable: string) => lines.push(`cleanups+=(${shellQuote(`${cliVerb(kind.lifecycle.delete.operation)} ${kind.key}`)}" $${variable}")`);
  /** Creates with the smallest body, keeps the created key in a shell variable, and deletes it on exit where the RestApi's deletion would not take it. */
  let made = 0;
  const make = (kind: ResourceDeclaration, params: Record<string, string>, into?: { member: string; body: Record<string, unknown> }): string => {
    const body: Record<string, unknown> = { ...(kind.lifecycle.put.minimal ?? {}) };
    for (const need of kind.requires ?? []) {
      const id = make(declarationNamed(need.resource), params);
      if (need.into) body[need.into] = id;
    }
    const variable = `made${++made}`;
    const key = kind.lifecycle.put.verb === 'post' ? createdKeyMember(kind) : null;
    const uri = key ? createUri(kind) : kind.uri;
    lines.push(`${variable}=$(${cli(kind.lifecycle.put.operation, { ...at(uri, params), ...body })} | keyOf ${shellQuote(key ?? kind.key)})`);
    const placeholder = `__${variable.toUpperCase()}__`;
    lines.push(`ids[${placeholder}]=$${variable}`);
    if (accountLevel(kind)) deleteLater(kind, variable);
    if (into) into.body[into.member] = placeholder;
    return placeholder;
  };
  const sandbox = { restApiId: API, resourceId: RES, httpMethod: record.ctx.httpMethod };
  if (!record.resource) {
    // Integration: the put, then the calls up to the diverging one (awsCliScript's commands, the ids as placeholders).
    const step = d.operation === 'PutIntegration' && d.step === 0 ? -1 : d.step;
    for (const line of awsCliScript({ ...record, ctx: sandbox }, step).split('\n')) lines.push(`call ${line}`);
  } else {
    const decl = declarationNamed(record.resource);
    const params: Record<string, string> = { ...sandbox, parentId: ROOT };
    for (let p = decl.parent, chain: ResourceDeclaration[] = []; ; p = declarationNamed(p).parent) {
      if (!p) {
        for (const parent of chain) {
          if (parent.external) lines.push(cli(parent.lifecycle.put.operation, { ...at(parent.uri, params), ...(parent.lifecycle.put.minimal ?? {}) }));
          else if (!(parent.key in sandbox) && parent.key !== 'parentId') params[parent.key] = make(parent, params);
        }
        break;
      }
      chain.unshift(declarationNamed(p));
    }
    const put = { ...(isRecord(record.put) ? record.put : {}) };
    for (const need of decl.requires ?? []) {
      const id = make(declarationNamed(need.resource), params);
      if (need.into) put[need.into] = id;
    }
    const collection = createUri(decl);
    if (decl.lifecycle.put.verb === 'post' && !decl.lifecycle.put.idMember) {
      // The target names it: its key, from the create's answer, for the calls after.
      lines.push(`key=$(${cli(decl.lifecycle.put.operation, { ...at(collection, params), ...put })} | keyOf ${shellQuote(createdKeyMember(decl))})`, `ids[${KEY}]=$key`);
      if (accountLevel(decl)) deleteLater(decl, 'key');
      params[decl.key] = KEY;
    } else {
      params[decl.key] = record.key ?? '';
      lines.push(cli(decl.lifecycle.put.operation, { ...at(decl.lifecycle.put.verb === 'post' ? collection : decl.uri, params), ...put }));
      if (decl.lifecycle.put.verb === 'post' && accountLevel(decl)) lines.push(`cleanups+=(${shellQuote(`${cliVerb(decl.lifecycle.delete.operation)} ${decl.key} ${record.key ?? ''}`)})`);
    }
    const own = () => at(decl.uri, params);
    for (const body of record.patches.slice(0, Math.max(0, d.step))) lines.push(cli(decl.lifecycle.update!.operation, { ...own(), ...(isRecord(body) ? body : {}) }));
    if (d.step > record.patches.length) lines.push(cli(decl.lifecycle.get.operation, own()));
    if (d.step > record.patches.length + 1) lines.push(cli(decl.lifecycle.delete.operation, own()));
    if (d.step > record.patches.length + 2) lines.push(cli(decl.lifecycle.get.operation, own()));
  }
  const rule = d.rules[0];
  // The region: the run's, or the caller's (AWS CLI v1 reads only AWS_DEFAULT_REGION), us-east-1 at worst.
  const global = ['--region', target.region ? shellQuote(target.region) : '"${AWS_REGION:-${AWS_DEFAULT_REGION:-us-east-1}}"', ...(target.endpointUrl ? ['--endpoint-url', shellQuote(target.endpointUrl)] : [])].join(' ');
  // An emulator on this machine takes any credentials: dummy ones where none are set.
  const loopback = target.endpointUrl !== undefined && /^https?:\/\/(localhost|127\.|\[::1\])/.test(target.endpointUrl);
  const verdict = `# The run's finding: ${d.operation} breaks ${rule?.id ?? '?'} (${rule?.evidence ?? '?'}).\n# AWS (the reference) answers: ${describeOutcome(d.expected)}\n# The target answered:        ${describeOutcome(d.actual)}`;
  return `#!/usr/bin/env bash
# Finding ${d.id}: ${d.operation} breaks ${rule?.id ?? '?'} (${rule?.evidence ?? '?'}).
# Creates its own RestApi and what the case needs, sends the case's calls, prints every answer, and
# deletes everything it created on exit. Needs the AWS CLI v2 and credentials for the account to use.
set -uo pipefail
${loopback ? 'export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"\n' : ''}declare -A ids
cleanups=()
# Every call: the case's ids put in place of their placeholders, the command shown, its answer printed.
call() {
  local args=() a k
  for a in "$@"; do for k in "\${!ids[@]}"; do a=\${a//$k/\${ids[$k]}}; done; args+=("$a"); done
  printf '\\n$ %s\\n' "\${args[*]}" >&2
  command "\${args[@]}" ${global} 2>&1
}
# The created key in an answer (its member named by $1; the CLI's JSON), the answer itself to stderr.
keyOf() { local out; out=$(cat); printf '%s\\n' "$out" >&2; printf '%s' "$out" | sed -n "s/.*\\"\${1:-id}\\": *\\"\\\\([^\\"]*\\\\)\\".*/\\\\1/p" | head -1; }
api=$(aws apigateway create-rest-api ${global} --name "apigw-repro-${d.id}-$(date +%s)" --endpoint-configuration types=REGIONAL --tags createdBy=apigw-patch-conformance,repro=${d.id} --query id --output text) || exit 1
# What the account keeps after the RestApi goes (API keys, usage plans, ...), last made first, then the RestApi.
finish() {
  local op name id
  for ((i = \${#cleanups[@]} - 1; i >= 0; i--)); do
    read -r op name id <<< "\${cleanups[$i]}"
    aws apigateway "$op" ${global} --cli-input-json "{\\"$name\\":\\"$id\\"}" >/dev/null 2>&1 || true
  done
  aws apigateway delete-rest-api ${global} --rest-api-id "$api" >/dev/null
}
trap finish EXIT
ids[${API}]=$api
ids[${ROOT}]=$(aws apigateway get-resources ${global} --rest-api-id "$api" --query 'items[?path==\`/\`].id' --output text)
slot=$(aws apigateway create-resource ${global} --rest-api-id "$api" --parent-id "\${ids[${ROOT}]}" --path-part s0 --query id --output text)
ids[${RES}]=$(aws apigateway create-resource ${global} --rest-api-id "$api" --parent-id "$slot" --path-part '{proxy+}' --query id --output text)
aws apigateway put-method ${global} --rest-api-id "$api" --resource-id "\${ids[${RES}]}" --http-method ${shellQuote(record.ctx.httpMethod)} --authorization-type NONE --request-parameters ${shellQuote(JSON.stringify(sandboxMethodRequestParameters))} >/dev/null
${lines.join('\n')}
cat >&2 <<'FINDING'

${verdict}
FINDING
`;
}
