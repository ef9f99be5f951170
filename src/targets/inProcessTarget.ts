/**
 * An implementation called in process, without the SDK or HTTP: bodies and answers go through JSON
 * as they would on the wire, and the implementation's answers are vouched for and timed like the mock
 * does (checkedOutcome). About fifty times cheaper per call than the msw target, it is what
 * `self-check` and the fault-detection specs use to measure checking power: generators, properties,
 * engine and findings are the same; the wire is tested by the msw and endpoint targets.
 */
import type { CreateImplementation, IntegrationContext, IntegrationImplementation, Outcome, StatefulIntegrationImplementation } from '../contract.js';
import { referenceImplementation } from '../engine/referenceImplementation.js';
import { checkedOutcome, defaultAnswerTimeoutMs } from '../mock/checkedOutcome.js';
import { pureIntegrationStore } from '../mock/integrationStore.js';
import { sandboxMethodRequestParameters } from '../sandboxMethod.js';
import { sandboxHttpMethod } from './sandbox.js';
import type { Target, TargetSession } from './target.js';

export interface InProcessTargetOptions {
  implementation?: IntegrationImplementation;
  /** Wins over `implementation`: the implementation keeps the integrations. */
  createImplementation?: CreateImplementation;
  answerTimeoutMs?: number;
}

/** What a JSON body or answer is once it has crossed the wire (undefined members dropped, copies). */
const overTheWire = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export class InProcessTarget implements Target {
  readonly name = 'in-process';
  private made: Promise<StatefulIntegrationImplementation> | null = null;
  private count = 0;

  constructor(private readonly options: InProcessTargetOptions = {}) {}

  get calls(): number {
    return this.count;
  }

  private implementation(): Promise<StatefulIntegrationImplementation> {
    const o = this.options;
    return (this.made ??= o.createImplementation ? Promise.resolve().then(o.createImplementation) : Promise.resolve(pureIntegrationStore(o.implementation ?? referenceImplementation)));
  }

  async open(slots = 1): Promise<TargetSession[]> {
    return Array.from({ length: slots }, (_, i) => this.session({ restApiId: 'inproc0001', resourceId: `proxy${String(i).padStart(2, '0')}`, httpMethod: sandboxHttpMethod, methodRequestParameters: sandboxMethodRequestParameters }));
  }

  private session(ctx: IntegrationContext): TargetSession {
    const timeoutMs = this.options.answerTimeoutMs ?? defaultAnswerTimeoutMs;
    const ask = async (operation: string, call: (impl: StatefulIntegrationImplementation) => Outcome | Promise<Outcome>): Promise<Outcome> => {
      this.count += 1;
      const out = await checkedOutcome(operation, async () => call(await this.implementation()), timeoutMs);
      if (!out.ok) return { ok: false, error: { name: out.error.name, status: out.error.status, message: out.error.message } };
      return { ok: true, status: out.status, value: out.status === 204 ? {} : overTheWire(out.value) };
    };
    return {
      ctx,
      putIntegration: (body) => ask('PutIntegration', (impl) => impl.putIntegration(overTheWire(body), { ...ctx })),
      getIntegration: () => ask('GetIntegration', (impl) => impl.getIntegration({ ...ctx })),
      updateIntegration: (body) => ask('UpdateIntegration', (impl) => impl.updateIntegration(overTheWire(body), { ...ctx })),
      deleteIntegration: () => ask('DeleteIntegration', (impl) => impl.deleteIntegration({ ...ctx })),
    };
  }

  async close(): Promise<void> {}
}
