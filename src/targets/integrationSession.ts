/**
 * One sandbox slot spoken to through the SDK: exact wire bodies out, Outcomes back. Service errors
 * become `{ ok: false }` Outcomes; transient failures were already retried by the ApiCaller.
 */
import {
  GetIntegrationCommand,
  PutIntegrationCommand,
  UpdateIntegrationCommand,
  type APIGatewayClient,
  type PutIntegrationCommandInput,
} from '@aws-sdk/client-api-gateway';
import type { Integration, IntegrationContext, Outcome } from '../contract.js';
import { withExactWireBody } from '../sdk/exactWireBody.js';
import type { ApiCaller } from './apiCaller.js';
import { classifySdkFailure } from './sdkFailure.js';
import type { TargetSession } from './target.js';

export class IntegrationSession implements TargetSession {
  constructor(
    readonly ctx: IntegrationContext,
    private readonly client: APIGatewayClient,
    private readonly caller: ApiCaller,
  ) {}

  private get path() {
    return { restApiId: this.ctx.restApiId, resourceId: this.ctx.resourceId, httpMethod: this.ctx.httpMethod };
  }

  putIntegration(body: unknown): Promise<Outcome> {
    // The typed input only supplies the path; the body is replaced by the wire body.
    const input = this.path as PutIntegrationCommandInput;
    return this.outcome('PutIntegration', () => this.client.send(withExactWireBody(new PutIntegrationCommand(input), body)));
  }

  getIntegration(): Promise<Outcome> {
    return this.outcome('GetIntegration', () => this.client.send(new GetIntegrationCommand(this.path)));
  }

  updateIntegration(body: unknown): Promise<Outcome> {
    return this.outcome('UpdateIntegration', () => this.client.send(withExactWireBody(new UpdateIntegrationCommand(this.path), body)));
  }

  private async outcome(operation: string, send: () => Promise<Integration & { $metadata: { httpStatusCode?: number } }>): Promise<Outcome> {
    try {
      const { $metadata, ...value } = await this.caller.call(operation, send);
      return { ok: true, status: $metadata.httpStatusCode ?? 200, value: withoutUndefined(value) };
    } catch (error) {
      const failure = classifySdkFailure(error);
      if (failure.kind === 'answer') return { ok: false, error: failure.error };
      throw error;
    }
  }
}

function withoutUndefined(value: Integration): Integration {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Integration;
}
