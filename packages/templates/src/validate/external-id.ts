/** ExternalId: 2-1,224 characters of [\w+=,.@:/-] (STS AssumeRole API; semantics reference §6.2). */
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

export function checkExternalId(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length < 2 || value.length > 1224) return 'An external ID is 2 to 1,224 characters long.';
  return EXTERNAL_ID.test(value)
    ? undefined
    : 'An external ID may hold only letters, digits and + = , . @ : / - _ (no spaces).';
}
