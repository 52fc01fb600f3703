/** A policy document as plain JSON data. */
export type PolicyObject = { readonly [key: string]: unknown };

export type ExportResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** False only where the target writes an equivalent, not identical, document (see `note`). */
      readonly exact: boolean;
      readonly note?: string;
    }
  | { readonly ok: false; readonly reason: string };
