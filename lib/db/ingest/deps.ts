// The real extractor, parser and place resolution, as ingest uses them outside tests.
import { extractText } from '../../extract';
import { parseReport } from '../../parser';
import { placeFromMeta } from '../jurisdictions/from-meta';
import type { IngestDeps } from './index';

export const defaultDeps: IngestDeps = { extract: extractText, parse: parseReport, place: placeFromMeta };
