/** The region a request was signed for (SigV4's credential scope), as ARNs in answers name it; us-east-1 for an unsigned one. */
export const signedRegion = (request: Request): string => /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(request.headers.get('authorization') ?? '')?.[1] ?? 'us-east-1';
