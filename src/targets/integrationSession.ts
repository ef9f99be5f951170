/**
 * One sandbox slot spoken to through the SDK: exact wire bodies out, Outcomes back. Outcomes are read
 * from the raw wire answer (wireAnswer.ts), not from the SDK's deserialized output, which hides null
 * and unknown members. Service errors become `{ ok: false }` Outcomes, and so does a 5xx that
 * persisted while the target answered a probe; transient failures were already retried by the ApiCaller.
 */
import {
  DeleteIntegrationCommand,
  GetIntegrationCommand,
  GetRestApisCommand,
  PutIntegrationCommand,
  UpdateIntegrationCommand,
  type APIGatewayClient,
  type PutIntegrationCommandInput,
} from '@aws-sdk/client-api-gateway';
import { noAnswerErrorName, type Integration, type IntegrationContext, type Outcome } from '../contract.js';
import { withExactWireBody } from '../sdk/exactWireBody.js';
import { withRawResponseBody, type RawResponse } from '../sdk/rawResponseBody.js';
import { NoAnswerError, type ApiCaller, type ReachabilityProbe } from './apiCaller.js';
import { PersistentServerError } from './persistentServerError.js';
import { classifySdkFailure } from './sdkFailure.js';
import type { TargetSession } from './target.js';
import type { AccountResourceLedger } from './accountResourceLedger.js';
import { sdkCommand } from '../sdk/sdkCommand.js';
import { wireErrorMessage, wireErrorType, wireIntegration } from './wireAnswer.js';

type RecordRaw = (raw: RawResponse) => void;

export class IntegrationSession implements TargetSession {
  /** Any answer to it shows the target is up, so a 5xx that persists on one request is that request's answer. */
  private readonly probe: ReachabilityProbe;

  constructor(
    readonly ctx: IntegrationContext,
    private readonly client: APIGatewayClient,
    private readonly caller: ApiCaller,
    /** Notes what is created outside the sandbox RestApi, for the sandbox to delete at the end. */
    private readonly ledger?: AccountResourceLedger,
    /** Tags every create that takes tags carries, so sweep can find what a killed run left behind. */
    readonly creationTags?: Readonly<Record<string, string>>,
    readonly account?: { id: string; region: string },
    readonly sandboxResources?: TargetSession['sandboxResources'],
  ) {
    this.probe = { operation: 'GetRestApis', send: () => this.client.send(new GetRestApisCommand({ limit: 1 })) };
  }

  private get path() {
    return { restApiId: this.ctx.restApiId, resourceId: this.ctx.resourceId, httpMethod: this.ctx.httpMethod };
  }

  putIntegration(body: unknown): Promise<Outcome> {
    // The typed input only supplies the path; the body is replaced by the wire body.
    const input = this.path as PutIntegrationCommandInput;
    return this.outcome(
      'PutIntegration',
      (record) => this.client.send(withRawResponseBody(withExactWireBody(new PutIntegrationCommand(input), body), record)),
      () => this.client.send(new PutIntegrationCommand({ ...this.path, type: 'MOCK' })),
    );
  }

  getIntegration(): Promise<Outcome> {
    return this.outcome('GetIntegration', (record) => this.client.send(withRawResponseBody(new GetIntegrationCommand(this.path), record)));
  }

  updateIntegration(body: unknown): Promise<Outcome> {
    return this.outcome(
      'UpdateIntegration',
      (record) => this.client.send(withRawResponseBody(withExactWireBody(new UpdateIntegrationCommand(this.path), body), record)),
      () => this.client.send(new UpdateIntegrationCommand({ ...this.path, patchOperations: [] })),
      false,
    );
  }

  deleteIntegration(): Promise<Outcome> {
    return this.outcome('DeleteIntegration', (record) => this.client.send(withRawResponseBody(new DeleteIntegrationCommand(this.path), record)) as never, undefined, false);
  }

  /**
   * A declared resource's call through the SDK command of that name. The typed input only supplies the
   * path parameters; the body is the exact wire body. Calls that change state are not retried blindly.
   */
  call(operation: string, params: Readonly<Record<string, string>>, body?: unknown, options: { idempotent?: boolean } = {}): Promise<Outcome> {
    const Command = sdkCommand(operation);
    if (!Command) throw new Error(`no SDK command for ${operation}`);
    // Reads and puts that overwrite may be sent again after a lost answer; the caller says which puts do not.
    const idempotent = options.idempotent ?? (operation.startsWith('Get') || operation.startsWith('Put'));
    const answer = this.outcome(
      operation,
      (record) => this.client.send(withRawResponseBody(body === undefined ? new Command({ ...params }) : withExactWireBody(new Command({ ...params }), body), record)) as never,
      undefined,
      idempotent,
    );
    return this.ledger ? answer.then((out) => (this.ledger!.noted(operation, params, out), out)) : answer;
  }

  /**
   * `canary`: a request of the same operation any implementation of it answers (tells a crash from an
   * absent operation). `idempotent` false: a lost answer is thrown (ResponseLostError), not retried.
   */
  private async outcome(
    operation: string,
    send: (record: RecordRaw) => Promise<Integration & { $metadata: { httpStatusCode?: number } }>,
    canary?: () => Promise<unknown>,
    idempotent = true,
  ): Promise<Outcome> {
    // The last attempt's answer: each attempt starts without one, so a lost connection leaves none.
    let raw: RawResponse | null = null;
    // The last 5xx answer: when 5xx answers persist through the retries, that is the request's answer.
    let serverRaw: RawResponse | null = null;
    const attempt = () => {
      raw = null;
      return send((r) => {
        raw = r;
        if (r.status >= 500 && (r.status !== 503 || !serverRaw)) serverRaw = r;
      });
    };
    try {
      const { $metadata, ...value } = await this.caller.call(operation, attempt, { probe: this.probe, idempotent, ...(canary ? { canary } : {}) });
      return { ok: true, status: $metadata.httpStatusCode ?? 200, value: wireIntegration(raw) ?? withoutUndefined(value) };
    } catch (error) {
      if (error instanceof NoAnswerError) return { ok: false, error: { name: noAnswerErrorName, status: 504, message: error.message } };
      if (error instanceof PersistentServerError) {
        const message = wireErrorMessage(serverRaw) ?? firstLine((error.cause as Error | undefined)?.message ?? error.message);
        return { ok: false, error: { name: wireErrorType(serverRaw) ?? 'InternalFailure', status: error.status, message } };
      }
      const failure = classifySdkFailure(error);
      if (failure.kind === 'answer') return { ok: false, error: { ...failure.error, message: wireErrorMessage(raw) ?? failure.error.message } };
      throw error;
    }
  }
}

/** The SDK's output, for a success body that was no JSON object (nothing raw to report). */
function withoutUndefined(value: Integration): Integration {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Integration;
}

/** The SDK appends a multi-line hint to bodies it could not parse; the first line is the error. */
function firstLine(s: string): string {
  return s.split('\n', 1)[0] ?? '';
}
