/** The tags a run puts on what it creates: sweep trusts them (a name prefix alone could belong to someone else's). */
export const sandboxNamePrefix = 'apigw-patch-conformance-';
export const sandboxCreatedByTag = { key: 'createdBy', value: 'apigw-patch-conformance' } as const;
/** On resources outside the RestApi (which carry no createdDate of their own everywhere): when the run began, in epoch ms, for sweep's cutoff. */
export const accountResourceCreatedAtTag = 'createdAt';
