/**
 * The preview server's port: 4173 unless TRUSTWRIGHT_PREVIEW_PORT says otherwise, so that two
 * checkouts on one machine can run their browser tests at the same time.
 */
export const PREVIEW_PORT = Number(process.env.TRUSTWRIGHT_PREVIEW_PORT ?? 4173);
