/**
 * The shapes generators produce: request bodies exactly as they are sent (parsed JSON). Fields are
 * `unknown` where a generator deliberately sends the wrong JSON type or omits them.
 */

/** One patch operation as it travels; any field may be absent, `value` may be of the wrong JSON type. */
export interface WirePatchOperation {
  op?: unknown;
  path?: unknown;
  value?: unknown;
  from?: unknown;
}

/** A member of `patchOperations`: usually an operation object, rarely `null` or a bare string. */
export type WirePatchItem = WirePatchOperation | null | string;

export interface UpdateIntegrationBody {
  patchOperations: WirePatchItem[];
}

/** A PutIntegration body the reference accepts; the backend verb is `httpMethod` on the wire. */
export interface PutIntegrationBody {
  type: string;
  httpMethod?: string;
  uri?: string;
  connectionType?: string;
  connectionId?: string;
  credentials?: string;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string | null>;
  passthroughBehavior?: string;
  cacheNamespace?: string;
  cacheKeyParameters?: string[];
  contentHandling?: string;
  timeoutInMillis?: number;
  tlsConfig?: { insecureSkipVerification?: boolean };
  responseTransferMode?: string;
  integrationTarget?: string;
}

/** The integration a patch is aimed at: a put body or a stored Integration both fit. */
export interface StateHint {
  type?: unknown;
  requestTemplates?: unknown;
  requestParameters?: unknown;
  cacheKeyParameters?: unknown;
}

/** A case of the UpdateIntegration property: create with `put`, then send `patch`. */
export interface UpdateCase {
  put: PutIntegrationBody;
  patch: UpdateIntegrationBody;
}
