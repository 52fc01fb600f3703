import type { FileContext } from './role-builder.js';
import type { ImportedRole } from './types.js';

/**
 * Reads the roles of one file in source order. File-level problems go to `ctx.problems`; an
 * importer never throws on bad input, and yields every role it could read before a problem.
 */
export type RoleReader = (text: string, ctx: FileContext) => Iterable<ImportedRole>;
