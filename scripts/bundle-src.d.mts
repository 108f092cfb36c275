/** Writes `outfile` exporting parseReport, ReportSchema, PASSES and createDoc from src/. */
export function bundleSource(outfile: string): Promise<void>;
