/** What each command's `--help` prints after its usage line: every flag, what it does, its default. */
const targetFlagsHelp = `Target flags (as for run):
  --target msw|endpoint|aws     where to send the calls (default msw; AWS_ENDPOINT_URL selects endpoint)
  --endpoint-url URL            endpoint: LocalStack, moto, serve, ...
  --region R, --profile P       the SDK's region and shared-config profile
  --allow-account ID            aws: the only account the command may touch (checked with STS)
  --implementation MODULE       msw: the implementation behind the mock
  --request-timeout SECONDS     how long one call may go unanswered`;

export const commandHelp: Readonly<Record<string, string>> = {
  serve: `
  --host H                      the address to listen on (default 127.0.0.1: the mock has no authentication)
  --port N                      the port (default 0: a free one, printed)
  --implementation MODULE       the implementation behind the mock (default: the reference)
  --fault-rate R, --fault-seed S   throttle, fail, delay or drop this fraction of requests, seeded
  --observations FILE           answer as a real account was observed to (probe --out; repeatable, later files win)
Serves every call of every declared resource in AWS's wire format until SIGINT/SIGTERM.`,
  sweep: `
  --endpoint-url URL            sweep an emulator
  --target aws --allow-account ID   sweep a real account (checked with STS first)
  --region R, --profile P       the SDK's region and shared-config profile
  --older-than DURATION         only what runs created at least this long ago (default 2h; 30m, 1h, 2d)
  --dry-run                     list what would be deleted, delete nothing
Deletes sandbox RestApis tagged createdBy=apigw-patch-conformance, and the API keys, usage plans,
client certificates and VPC links runs tagged, older than the cutoff; nothing else.`,
  replay: `
  --report FILE                 a run's report.json
  --divergence ID               only this finding (default: every finding of the report)
  --observations FILE           what a real account answered (probe --out; repeatable, later files win)
${targetFlagsHelp}
Runs each finding's counterexample again (against the report's own target unless target flags say otherwise).`,
  corpus: `
export:
  --count N                     cases to write
  --seed S                      the generators' seed
  --out FILE.jsonl              where (one JSON case per line, language-neutral)
replay FILE.jsonl:
  --observations FILE           what a real account answered (probe --out; repeatable, later files win)
${targetFlagsHelp}`,
  'self-check': `
  --runs N                      random cases per property (default 100)
  --seed S                      the seed (default 1)
  --fault ID                    only this fault (repeatable)
  --resource NAME               only the faults of this resource (repeatable)
  --json                        the results as JSON on stdout
  --property ID --path P        with one --fault: replay that one catch
Runs the suite against its catalogue of faulty implementations and declarations: each must be caught and blamed on its rules.`,
  probe: `
  --out FILE                    where the observations go (JSON, written whole)
  --resource NAME               only this resource's rules (repeatable)
  --allow-resource NAME         aws: also probe a resource that needs your opt-in on a real account (as for run)
  --rule ID                     only these rules (repeatable; default: every rule below aws-recorded, or with inferred wording)
  --runs N, --seed S            random cases per property after the edge sweep (default 10, seed 1)
${targetFlagsHelp}
On a real account: --target aws --allow-account ID (the sandbox, its clean-up and the quota limiter as for run).`,
  rules: `
  --resource NAME               only this resource's rules (repeatable)
  --json                        as JSON: per resource, the counts per evidence level and every rule
  --observations FILE           show the rules they decide as aws-observed, and which they confirmed or contradicted
Every rule with its evidence (aws-recorded, aws-observed, aws-doc, aws-e2e, user-quote, inferred) and where it comes from.`,
  merge: `
  --out DIR                     where the merged reports go (a new or empty directory)
  --baseline FILE, --expectations FILE, --fail-on LEVEL   settle the merged report as run does
  SHARD_REPORT.json...          every shard's report.json (all shards of one run)`,
};
