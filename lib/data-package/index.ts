// A data download as one zip, like Our World in Data's chart downloads: the CSV, metadata.json
// (definitions, sources with their original addresses, data version and date, licence, citation)
// and a README saying the same in words. Pure: the routes pass the rows and the data's stamp.

import { packageMetadata, type PackageInput, type PackageMetadata } from './metadata';
import { packageReadme } from './readme';
import { zipFiles } from './zip';

export type { PackageInput, PackageMetadata, PackageReport } from './metadata';

export function dataPackage(input: PackageInput & { csv: string }): { metadata: PackageMetadata; zip: Uint8Array } {
  const metadata = packageMetadata(input);
  const zip = zipFiles(
    { [input.csvName]: input.csv, 'metadata.json': `${JSON.stringify(metadata, null, 2)}\n`, 'README.md': packageReadme(metadata) },
    new Date(input.stamp.changedAt),
  );
  return { metadata, zip };
}
