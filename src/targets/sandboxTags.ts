/** The tags a run puts on what it creates: sweep trusts them (a name prefix alone could belong to someone else's). */
export const sandboxNamePrefix = 'apigw-patch-conformance-';
export const sandboxCreatedByTag = { key: 'createdBy', value: 'apigw-patch-conformance' } as const;
/** On resources outside the RestApi (which carry no createdDate of their own everywhere): when the run began, in epoch ms, for sweep's cutoff. */
export const accountResourceCreatedAtTag = 'createdAt';

/** Whether a resource's tags say this suite made it. */
export const madeBySuite = (tags: Readonly<Record<string, string>> | undefined): boolean => tags?.[sandboxCreatedByTag.key] === sandboxCreatedByTag.value;
