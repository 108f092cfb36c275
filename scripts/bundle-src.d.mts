/**
 * Writes `outfile` exporting parseReport, ReportSchema, PASSES, emptyDraft and createDoc from src/
 * (or `contents`, a module's source, from the sources under `root`).
 */
export function bundleSource(outfile: string, options?: { root?: string; contents?: string }): Promise<void>;
