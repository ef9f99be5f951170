/**
 * A resource of API Gateway's control plane, declared once as data: its members, where it lives, its
 * lifecycle calls, its patch paths with the rule behind each, the checks on the patched value and the
 * words its errors use. The declared-resource engine, the mock's routes, the generators and the rule
 * tables all read a declaration; nothing else names the resource.
 */
import type { ErrorRule, Rejection, Rule } from '../rules/defineRule.js';
import type { PatchOp } from '../rules/patchOperations.js';
import type { WireShape } from '../rules/wireTypes.js';

/** A stored resource as the wire shows it. */
export type ResourceValue = Record<string, unknown>;

/** How a member is typed on the wire and what its children are (`embedded`: child resources, in answers only). */
export type MemberKind =
  | 'string'
  | 'boolean'
  | 'integer'
  /** A JSON number with a fraction allowed (percentTraffic, rateLimit). */
  | 'number'
  /** Epoch seconds on the wire (createdDate); the target assigns it. */
  | 'timestamp'
  | 'stringList'
  | 'stringMap'
  | 'booleanMap'
  | 'nullableStringMap'
  | 'struct'
  /** Any other wire shape (a map of structs, a list of structs), given by `shape`. */
  | 'shaped'
  | 'embedded';

export interface MemberDeclaration {
  name: string;
  kind: MemberKind;
  /** A `struct` member's fields and their wire types. */
  fields?: Readonly<Record<string, WireShape>>;
  /** A `shaped` member's wire type. */
  shape?: WireShape;
  /**
   * The target chooses the value (an id, a date, a generated key): cases take it from the target's
   * answer. `create`: set once by the create; `update`: set again by every update (lastUpdatedDate).
   */
  assigned?: 'create' | 'update';
  /** The kind of resource its value names (an authorizer's id, a validator's): generators put it rarely, since the sandbox has none. */
  refersTo?: string;
  /** Values generators draw for it (inside its domain) and at its edges; maps give their keys. */
  examples?: readonly string[];
  edges?: readonly string[];
}

/**
 * What the patched resource sees of the world around it: other resources it refers to (authorizers,
 * validators, models of the API) and its siblings. The mock fills it from its state; tests by hand.
 */
export interface ResourceWorld {
  /** Whether a resource of the named kind (a declaration's name) with this key exists in the API. */
  exists(kind: string, id: string): boolean;
  /** Every resource of the named kind in the API, with the path parameters that locate it. */
  instances(kind: string): ReadonlyArray<{ params: PathParameters; value: ResourceValue }>;
  /** The path of a resource of the API's tree (`/`, `/pets/{id}`), as AWS's texts name a method by it. */
  resourcePath(resourceId: string): string | undefined;
}

/** Path parameters of a call (restApiId, resourceId, httpMethod, statusCode, ...). */
export type PathParameters = Readonly<Record<string, string>>;

export interface DeclaredContext {
  params: PathParameters;
  world: ResourceWorld;
  /** The account and region the call reaches, as AWS's texts and ARNs name them (`Invalid API identifier specified <account>:<id>`). */
  account?: { id: string; region: string };
  /** The time in epoch seconds, for members the target assigns (createdDate); 0 when absent. */
  now?(): number;
  /** The call's query parameters (GetApiKey's includeValue). */
  query?: Readonly<Record<string, string>>;
}

/** The outcome of reading a patch value: the stored value (`undefined` removes) or the error AWS gives. */
export type ValueReading = { ok: true; value: unknown } | ({ ok: false } & Rejection);

export interface DeclaredValue {
  rule: Rule;
  /** Values it takes and values at or past its edge, for generators and the edge sweep. */
  inside: readonly string[];
  edges: readonly string[];
  read(raw: string | undefined, ctx: DeclaredContext): ValueReading;
}

/** Where a patch row's value lands. */
export type RowTarget =
  | { kind: 'member'; member: string }
  /** One key of a map member; a replace or remove of a key that is not there is `missingKey`. */
  | { kind: 'mapEntry'; member: string; missingKey: ErrorRule; validKey?: (key: string) => Rejection | null }
  /** A list member whose elements are added and removed by value (authorizationScopes). */
  | { kind: 'listValue'; member: string }
  /**
   * Semantics no other kind has (Stage's method settings with `*\/*` inheritance, canary upserts,
   * `copy` promotion, a list addressed by its values): the row changes the draft itself, reading the
   * value with its row's `value` where it has one, and refuses with the error AWS gives.
   */
  | { kind: 'custom'; member: string; apply(draft: ResourceValue, op: CustomOperation, ctx: DeclaredContext): Rejection | null };

/** One patch operation as a custom row sees it: the op, the `{key}` segments its path matched (decoded), value and from. */
export interface CustomOperation {
  op: PatchOp;
  path: string;
  keys: readonly string[];
  value?: string;
  from?: string;
  /**
   * Says which rule decided a part of the member (its segments below the member): a new entry's
   * defaults, the one field the row set. Blame follows the deepest decision; the row decides the rest.
   */
  decide?(at: readonly string[], rule: Rule): void;
}

export interface DeclaredRow {
  rule: Rule;
  /** The path as a reader writes it; `{key}` is one escaped segment (a path may have several). */
  pattern: string;
  ops: readonly PatchOp[];
  target: RowTarget;
  value: DeclaredValue;
}

/** A check on the whole resource after a put or a patch. */
export interface DeclaredConstraint {
  rule: ErrorRule;
  /** The members it reads: a patch that touches one of them is decided by it too. */
  members: readonly string[];
  violation(value: ResourceValue, ctx: DeclaredContext): Rejection | null;
}

/**
 * The words a resource's errors use (patch-surface research section 1.1): the op-enum validation
 * names the operation's input, unknown paths and wrong ops have per-family texts.
 */
export interface ErrorDialect {
  /** The update operation's input as Coral's texts name it (`updateMethodInput`). */
  updateInput: string;
  /** Every op outside the enum, listed by 1-based index, before anything else (the text names the operation's input). */
  opEnum: ErrorRule<[bad: ReadonlyArray<{ index: number; op: string }>]>;
  /** `validForOp`: the rows' paths that take the op, in the declaration's (AWS's) order, for texts that list them. */
  unknownPath: ErrorRule<[path: string | undefined, op: string, validForOp?: readonly string[], from?: string]>;
  unsupportedOp: ErrorRule<[allowed: readonly string[], path: string, op: string, validForOp?: readonly string[], from?: string]>;
  /** Operations apply in list order on a draft; an error leaves the resource as it was. */
  ordered: Rule;
  /** A map emptied by removes is absent from the answer. */
  emptiedMap: Rule;
  /** Members no operation addresses are answered as they were. */
  untouchedKept: Rule;
}

export interface CallDeclaration {
  operation: string;
  status: number;
}

export interface Lifecycle {
  /** Creates or overwrites (Put) the resource at its URI. */
  put: CallDeclaration & {
    /** `put` at the resource's URI (PutMethod), or `post` to its collection with a new id (CreateModel). */
    verb: 'put' | 'post';
    /** For `post`: the member that names the new resource (a Model's name); absent: a generated `id`. */
    idMember?: string;
    /** For `post` with `idMember`: the body member that names it, where the answer calls it otherwise (`documentationVersion`, answered as `version`). */
    idBodyMember?: string;
    /** For `post` without `idMember`: the member the generated key is answered in, where not `id` (`clientCertificateId`). */
    generatedIdMember?: string;
    /** Members the wire body may hold, with their wire types (checked before anything else). */
    shape: WireShape;
    /** Members a put must carry to be taken, with values generators draw for them. */
    required?: Readonly<Record<string, readonly unknown[]>>;
    /** Model validation of a missing required member: its rule and the input name Coral's text prints (`putMethodInput`). */
    requiredMissing?: ErrorRule<[member: string]>;
    /** Other model validation of the body (nested enums, patterns), before any lookup. */
    modelValidation?(body: Record<string, unknown>): Rejection | null;
    /** The smallest body AWS takes: what a case puts when it needs this resource as a parent. */
    minimal?: Readonly<Record<string, unknown>>;
    /** What the put answers, rule by rule: members sent, defaults, members dropped (absent for an external resource: its own engine answers). */
    build?(body: Record<string, unknown>, ctx: DeclaredContext): { value: ResourceValue; rules: readonly Rule[] } | Rejection;
    /** A put over an existing resource: overwrite (Put*Response) or a 409 (PutMethod). */
    exists?: ErrorRule<[]>;
    /**
     * For `post`: the URI it is sent to, where not the resource's URI without its key
     * (CreateResource posts to its parent: `/restapis/{restApiId}/resources/{parentId}`).
     */
    collectionUri?: string;
    /**
     * Other resources the put creates with it (CreateDeployment with a stageName creates the stage),
     * by declaration name, with the path parameters that locate each; the mock stores them.
     */
    effects?(value: ResourceValue, body: Record<string, unknown>, ctx: DeclaredContext): ReadonlyArray<{ resource: string; params: PathParameters; value: ResourceValue }>;
  };
  get: CallDeclaration;
  /** The collection's get (GetModels), answering `{ item: [...] }` in one page, as each get would show them; absent where AWS has none. */
  list?: CallDeclaration & {
    /** Which instances the query keeps (GetApiKeys' nameQuery, GetStages' deploymentId); all by default. */
    keeps?(value: ResourceValue, query: Readonly<Record<string, string>>, ctx: DeclaredContext): boolean;
    /** Newest first (GetApiKeys, GetUsagePlanKeys, as recorded); otherwise in the order they were made. */
    newestFirst?: true;
    /** A missing parent answers an empty list, not its missing error (GetUsagePlanKeys of an unknown plan, recorded). */
    emptyWhenParentMissing?: true;
    /** Keys every parent has an instance at (`defaultFor` answers them): GetGatewayResponses lists all 21 types. */
    defaultKeys?: readonly string[];
  };
  /** Absent: the resource's own PATCH semantics are not declared yet (the mock serves no update for it). */
  update?: CallDeclaration;
  delete: CallDeclaration & {
    /** A delete AWS refuses while something refers to the resource (a model a method uses). */
    refused?(value: ResourceValue, ctx: DeclaredContext): Rejection | null;
    /** Other resources that go with it, by declaration name and location (an API key's usage plan keys). */
    effects?(value: ResourceValue, ctx: DeclaredContext): ReadonlyArray<{ resource: string; params: PathParameters }>;
    /** The patch that undoes what a delete is refused for (a usage plan's API stages): clean-up sends it before deleting. */
    detach?(value: ResourceValue): ReadonlyArray<{ op: PatchOp; path: string; value?: string }>;
  };
  /** Which rule says what each call answers. */
  answers: { put: Rule; get: Rule; update?: Rule; delete: Rule; /** What a key nothing was put at shows (defaultFor). */ default?: Rule };
  /** The resource is not there (for get, update, delete); the text may name the key and the account. */
  missing: ErrorRule<[key: string, restApiId?: string, accountId?: string]>;
}

export interface ResourceDeclaration {
  /** The resource's name as reports and `--resource` say it. */
  name: string;
  /** The URI below the API, with `{param}` segments: `/restapis/{restApiId}/resources/{resourceId}/methods/{httpMethod}`. */
  uri: string;
  /** The parameter that names this resource among its siblings (its URI's last segment); the others locate the parent. */
  key: string;
  /** Kept by the implementation under test, not by the mock (Integration): the mock asks it, and serves no routes for it here. */
  external?: true;
  /**
   * Served by the control plane's own routes (src/mock/controlPlaneRoutes.ts), not the generated ones:
   * the RestApi and its resource tree, which every other route looks up. Those routes answer with the
   * declared-resource engine over this declaration; the mock generates no routes for it.
   */
  servedBy?: 'controlPlane';
  /**
   * On a real account the resource runs only where the user opts in (`--allow-resource NAME`), because
   * it costs money, needs something the user names, or changes region-wide settings: the one-line reason.
   */
  realAccountOptIn?: string;
  /** Keys generated cases place the resource at (never the sandbox method's own verb). */
  keyExamples?: readonly string[];
  /** Keys AWS refuses (a bad verb, a status code outside its pattern): generators and the sweep try them too. */
  keyEdges?: readonly string[];
  /**
   * The key's pattern, checked by model validation with the op enum, before any lookup: a key that
   * does not match is listed after the bad ops in one ValidationException (`[1-5]\d\d` for status codes).
   */
  keyPattern?: { regex: RegExp; /** The constraint as Coral words it: `Member must satisfy regular expression pattern: [1-5]\d\d`. */ constraint: string; rule: Rule };
  /**
   * The instance a key has before anything is put there (every gateway response type has one), seen by
   * gets and patched by updates; `world` holds the API's other instances (DEFAULT_4XX/5XX shape the rest).
   */
  defaultFor?(key: string, ctx: DeclaredContext): ResourceValue | null;
  /**
   * What a call answers when the RestApi is missing, where it is not the usual lookup text: AWS words
   * these per operation (CreateRequestValidator answers 400, CreateAuthorizer 409, GetModel names the
   * model, CreateModel the account and API id). The text may name the key, the API id and the account.
   */
  apiMissing?: Partial<Record<'put' | 'get' | 'update' | 'delete', ErrorRule<[key: string, restApiId: string, accountId: string]>>>;
  /** What a call answers when a declared parent (a method, an integration) is missing, where not the parent's own text (DeleteIntegrationResponse names the integration). */
  parentMissing?: Partial<Record<'put' | 'get' | 'update' | 'delete', ErrorRule<[key: string]>>>;
  /** The resource it belongs to (by name): it must exist, and its missing answer is given when it does not. */
  parent?: string;
  /**
   * Resources that must exist elsewhere before a put is taken (a deployment needs a method with an
   * integration; a stage names a deployment). Cases make them first, with their minimal bodies at the
   * sandbox's parameters, and put the made resource's id into the body member `into`.
   */
  requires?: ReadonlyArray<{ resource: string; into?: string }>;
  /** Where a parent's get answer shows this resource: the member, keyed by `key`. */
  embeddedAs?: string;
  members: readonly MemberDeclaration[];
  lifecycle: Lifecycle;
  rows: readonly DeclaredRow[];
  constraints: readonly DeclaredConstraint[];
  /** What AWS does to the resource after every put and patch, without an error (drops an authorizerId a method cannot use). */
  normalizers?: readonly { rule: Rule; apply(value: ResourceValue): ResourceValue }[];
  /**
   * What each call's answer shows of the stored resource, where it is not all of it: an API key's
   * value only in the create's answer (and a get with includeValue), `tags: {}` in update answers.
   * The resource keeps everything; `query` is the call's query string (includeValue=true).
   */
  answerView?: { rule: Rule; apply(value: ResourceValue, call: 'put' | 'get' | 'list' | 'update', ctx: DeclaredContext): ResourceValue };
  /**
   * One instance per account and region that always exists (the account's settings): it has no create
   * or delete, so its lifecycle's put and delete are never served or sent, and gets and updates start
   * from `defaultFor`. Cases read it first and put it back after with the patch `restore` gives.
   */
  singleton?: { restore(before: ResourceValue, after: ResourceValue): ReadonlyArray<{ op: PatchOp; path: string; value?: string }> };
  /** Maps emptied by removes are answered as {} (GatewayResponse always shows both maps), not dropped. */
  keepsEmptyMaps?: true;
  /** Instances every RestApi has from its creation (the models Empty and Error). */
  defaultInstances?: readonly ResourceValue[];
  dialect: ErrorDialect;
  /** Rules that apply to the resource as a whole (emptied maps, all-or-nothing, ...), for the rule tables. */
  rules: readonly Rule[];
}
