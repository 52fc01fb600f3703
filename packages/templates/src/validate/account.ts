import { isAccountId } from '@trustwright/core';

export const ACCOUNT_MESSAGE = 'An AWS account id has exactly 12 digits.';

/** Why an account id field is not usable, or undefined. */
export function checkAccountId(value: string): string | undefined {
  if (value === '') return 'Enter the AWS account id (12 digits).';
  return isAccountId(value) ? undefined : ACCOUNT_MESSAGE;
}
