import * as z from 'zod';
import { reporter, text } from '../../wizard/schema-helpers.js';

/** REGION:GUID (semantics reference §5.4). */
const POOL_ID = /^[a-z]{2}(-[a-z]+)+-\d:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const IDENTITY_KINDS = ['authenticated', 'unauthenticated'] as const;

const shape = z.object({ identityPoolId: text(), identities: z.enum(IDENTITY_KINDS) });

export type CognitoInput = z.output<typeof shape>;

export const cognitoSchema = shape.superRefine((v, ctx) => {
  const report = reporter(ctx);
  if (v.identityPoolId === '') report('identityPoolId', 'Enter the identity pool id (REGION:GUID).');
  else if (!POOL_ID.test(v.identityPoolId))
    report(
      'identityPoolId',
      'An identity pool id is REGION:GUID, such as us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d.',
    );
});
