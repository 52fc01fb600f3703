import { readAuthorizationDetails, readGetRole, readListRoles } from '../aws-cli/import-aws-cli.js';
import { readCloudFormationJson, readCloudFormationYaml } from '../cloudformation/import-cloudformation.js';
import type { Parameters } from '../cloudformation/intrinsics.js';
import { detectFormat } from '../detect/detect-format.js';
import { Locator } from '../model/location.js';
import { type FileContext, fileContext } from '../model/role-builder.js';
import type { FormatId, ImportedRole, ImportProblem, ImportResult, InputFile } from '../model/types.js';
import { readTerraformJson } from '../terraform/import-plan.js';
import { readTerraformModule } from '../terraform/import-terraform.js';
import { readTrustFile } from '../trust-file/import-trust-file.js';

export interface ImportOptions {
  /** Read every file as this format instead of detecting it. */
  readonly format?: FormatId;
  /**
   * Values for CloudFormation `Ref`s and `${...}` in `Fn::Sub`: template parameters and pseudo
   * parameters, e.g. `{ "AWS::AccountId": "111122223333", "AWS::Partition": "aws" }`.
   */
  readonly parameters?: Parameters;
  /**
   * Files read as one document (templates, Terraform, trust files) larger than this many
   * characters are refused with a message; streamed formats (AWS CLI output, terraform show
   * -json) have no limit. Default 20,000,000.
   */
  readonly maxDocumentChars?: number;
}

export const DEFAULT_MAX_DOCUMENT_CHARS = 20_000_000;

const STREAMED: ReadonlySet<FormatId> = new Set([
  'aws-iam-authorization-details',
  'aws-iam-list-roles',
  'aws-iam-get-role',
  'terraform-json',
]);

/** What reading files reports, in order: a file starts, its roles one by one, the file is done. */
export type ImportEvent =
  | {
      readonly kind: 'file';
      readonly file: string;
      readonly format: FormatId | undefined;
      readonly chars: number;
    }
  | { readonly kind: 'role'; readonly role: ImportedRole }
  | {
      readonly kind: 'file-done';
      readonly file: string;
      readonly format: FormatId | undefined;
      readonly roles: number;
      readonly problems: readonly ImportProblem[];
    };

/**
 * Reads any mix of inputs, lazily: one event at a time, so a caller (the CLI, a Web Worker) can
 * report progress and results while it reads. Terraform files are read per directory (a
 * module), so a role can refer to a data source in another file. Never throws on bad input.
 */
export function readFiles(files: readonly InputFile[], options: ImportOptions = {}): Generator<ImportEvent> {
  return readFilesWith(files, options, new Map());
}

/** `readFiles` sharing the line indexes of the files with the caller (a scan locates findings with them). */
export function* readFilesWith(
  files: readonly InputFile[],
  options: ImportOptions,
  locators: Map<string, Locator>,
): Generator<ImportEvent> {
  const units = planUnits(files, options);
  for (const unit of units) {
    const contexts = new Map<string, FileContext>();
    const counts = new Map<string, number>();
    for (const { file, format } of unit.files) {
      let locator = locators.get(file.name);
      if (locator === undefined) {
        locator = new Locator(file.text);
        locators.set(file.name, locator);
      }
      const ctx = fileContext(file.name, format ?? 'trust-file', locator);
      contexts.set(file.name, ctx);
      counts.set(file.name, 0);
      yield { kind: 'file', file: file.name, format, chars: file.text.length };
    }
    const readable = unit.files.filter(({ file, format }) =>
      admit(file, format, contexts.get(file.name), options),
    );
    if (readable.length > 0) {
      const first = readable[0];
      try {
        const roles =
          unit.kind === 'terraform'
            ? readTerraformModule(
                readable.map((r) => r.file),
                contexts,
              )
            : first === undefined || first.format === undefined
              ? []
              : readerFor(first.format, first.file.text, contexts.get(first.file.name), options.parameters);
        for (const role of roles) {
          counts.set(role.file, (counts.get(role.file) ?? 0) + 1);
          yield { kind: 'role', role };
        }
      } catch (error) {
        const ctx = contexts.get(first?.file.name ?? '');
        ctx?.problems.add(
          'internal-error',
          'error',
          `Trustwright could not finish reading this file (internal error: ${error instanceof Error ? error.message : String(error)}); the other files are still read.`,
        );
      }
    }
    for (const { file, format } of unit.files) {
      yield {
        kind: 'file-done',
        file: file.name,
        format,
        roles: counts.get(file.name) ?? 0,
        problems: contexts.get(file.name)?.problems.list ?? [],
      };
    }
  }
}

/** Every file read completely: the roles and problems of each, in the order given. */
export function importFiles(files: readonly InputFile[], options: ImportOptions = {}): ImportResult[] {
  const results = new Map<
    string,
    { format: FormatId | undefined; roles: ImportedRole[]; problems: readonly ImportProblem[] }
  >();
  for (const event of readFiles(files, options)) {
    if (event.kind === 'file') results.set(event.file, { format: event.format, roles: [], problems: [] });
    else if (event.kind === 'role') results.get(event.role.file)?.roles.push(event.role);
    else {
      const r = results.get(event.file);
      if (r !== undefined) results.set(event.file, { ...r, problems: event.problems });
    }
  }
  return files.map((f) => {
    const r = results.get(f.name);
    return { file: f.name, format: r?.format, roles: r?.roles ?? [], problems: r?.problems ?? [] };
  });
}

/** One file on its own (a Terraform file then sees only its own data sources). */
export function importFile(file: InputFile, options: ImportOptions = {}): ImportResult {
  return importFiles([file], options)[0] ?? { file: file.name, format: undefined, roles: [], problems: [] };
}

interface Unit {
  readonly kind: 'terraform' | 'single';
  readonly files: { file: InputFile; format: FormatId | undefined }[];
}

function planUnits(files: readonly InputFile[], options: ImportOptions): Unit[] {
  const units: Unit[] = [];
  const modules = new Map<string, Unit>();
  for (const file of files) {
    const format = options.format ?? detectFormat(file).format;
    if (format === 'terraform') {
      const dir = directoryOf(file.name);
      let unit = modules.get(dir);
      if (unit === undefined) {
        unit = { kind: 'terraform', files: [] };
        modules.set(dir, unit);
        units.push(unit);
      }
      unit.files.push({ file, format });
    } else units.push({ kind: 'single', files: [{ file, format }] });
  }
  return units;
}

function directoryOf(name: string): string {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return slash < 0 ? '' : name.slice(0, slash);
}

/** Whether a file can be read at all; says why not when it cannot. */
function admit(
  file: InputFile,
  format: FormatId | undefined,
  ctx: FileContext | undefined,
  options: ImportOptions,
): boolean {
  if (ctx === undefined) return false;
  if (format === undefined) {
    ctx.problems.add('unknown-format', 'error', `The file was not read: ${detectFormat(file).reason}.`);
    return false;
  }
  const limit = options.maxDocumentChars ?? DEFAULT_MAX_DOCUMENT_CHARS;
  if (!STREAMED.has(format) && file.text.length > limit) {
    ctx.problems.add(
      'file-too-large',
      'error',
      `The file has ${file.text.length.toLocaleString('en-US')} characters; a ${format} file is read whole, up to ${limit.toLocaleString('en-US')}. Split it (CloudFormation itself accepts templates up to 1 MB).`,
    );
    return false;
  }
  return true;
}

function readerFor(
  format: FormatId,
  text: string,
  ctx: FileContext | undefined,
  parameters: Parameters | undefined,
): Iterable<ImportedRole> {
  if (ctx === undefined) return [];
  switch (format) {
    case 'aws-iam-authorization-details':
      return readAuthorizationDetails(text, ctx);
    case 'aws-iam-list-roles':
      return readListRoles(text, ctx);
    case 'aws-iam-get-role':
      return readGetRole(text, ctx);
    case 'terraform-json':
      return readTerraformJson(text, ctx);
    case 'cloudformation-json':
      return readCloudFormationJson(text, ctx, parameters);
    case 'cloudformation-yaml':
      return readCloudFormationYaml(text, ctx, parameters);
    case 'trust-file':
      return readTrustFile(text, ctx);
    case 'terraform':
      return readTerraformModule([{ name: ctx.file, text }], new Map([[ctx.file, ctx]]));
  }
}
