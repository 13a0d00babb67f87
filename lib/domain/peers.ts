// Peer comparison rows as the queries return them (lib/db/queries/report/find-peer-values.ts) and
// lib/peers reads them: per chosen report, each measure's value and base as SQL computed them.

export interface PeerValues {
  reportId: number;
  jurisdiction: { slug: string; name: string; level: string };
  body: string;
  /** By measure id (lib/peers PEER_MEASURES): the rate (the count, for per-resident measures) and its base. */
  values: Record<string, { value: number | null; base: number | null }>;
  /** Figures of the report's failed sum checks. */
  failedKeys: string[];
  /** Residents (nearest census year), when known. */
  population: number | null;
}
