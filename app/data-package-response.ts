// The zip download of a view (lib/data-package): its CSV with the data's stamp (version and date),
// the sources of its reports (原文) and links at the public address, the view's link carrying the
// data version. Shared by /api/compare/data.zip and /table/export?format=zip.

import 'server-only';
import { dataPackage, type PackageReport } from '@/lib/data-package';
import { getDataStamp } from '@/lib/db/queries/data/get-data-stamp';
import { listReportSources } from '@/lib/db/queries/report/list-report-sources';
import { attachment } from '@/lib/http/content-disposition';
import { commonMessages } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { withDataVersion } from '@/lib/view-state';

export async function dataPackageResponse(input: {
  lang: Lang;
  title: string;
  description: string;
  /** The public origin ('' when none can be trusted) and the view's path. */
  origin: string;
  path: string;
  fileBase: string;
  csv: string;
  columns: readonly string[];
  reports: readonly PackageReport[];
}): Promise<Response> {
  const [stamp, sources] = await Promise.all([getDataStamp(), listReportSources(input.reports.map((r) => r.reportId))]);
  const { zip } = dataPackage({
    ...input,
    site: commonMessages[input.lang].siteName,
    url: `${input.origin}${withDataVersion(input.path, stamp.version)}`,
    stamp,
    sources,
    generatedAt: new Date().toISOString(),
    csvName: `${input.fileBase}.csv`,
  });
  return attachment(zip as Uint8Array<ArrayBuffer>, `${input.fileBase}.zip`, 'application/zip');
}
