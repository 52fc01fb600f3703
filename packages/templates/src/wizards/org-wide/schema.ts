import * as z from 'zod';
import { checkRows, compact, list, reporter, text } from '../../wizard/schema-helpers.js';

/** o- followed by 10-32 lowercase letters or digits (semantics reference §6.3). */
export const ORG_ID = /^o-[a-z0-9]{10,32}$/;
/** o-.../r-.../ou-.../ with a trailing slash per part, optionally ending in * (§6.3, §8.2). */
const ORG_PATH = /^o-[a-z0-9]{10,32}\/r-[a-z0-9]{4,32}\/(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}\/)*\*?$/;

const shape = z.object({ orgId: text(), orgPaths: list() });

export type OrgWideInput = z.output<typeof shape>;

export function checkOrgId(value: string): string | undefined {
  if (value === '') return 'Enter the organization id (o-...).';
  return ORG_ID.test(value)
    ? undefined
    : 'An organization id is o- followed by 10 to 32 lowercase letters or digits.';
}

export const orgWideSchema = shape
  .superRefine((v, ctx) => {
    const report = reporter(ctx);
    report('orgId', checkOrgId(v.orgId));
    checkRows(report, 'orgPaths', v.orgPaths, (path) => {
      if (!ORG_PATH.test(path))
        return 'An organization path is o-.../r-.../ou-.../ with each part followed by "/", optionally ending in *.';
      if (ORG_ID.test(v.orgId) && !path.startsWith(`${v.orgId}/`))
        return `The path must start with this organization's id (${v.orgId}/): root and OU ids are unique only within one organization.`;
      return undefined;
    });
  })
  .transform((v): OrgWideInput => ({ ...v, orgPaths: compact(v.orgPaths) }));
