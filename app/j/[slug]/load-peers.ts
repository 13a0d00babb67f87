// The peer groups of /j/<slug>'s open report: the same year, level and scope in its province and
// nationally (lib/db/queries/report/find-peer-values.ts), compared by lib/peers.

import { findPeerValues } from '@/lib/db/queries/report/find-peer-values';
import type { JurisdictionView, ListedReport } from '@/lib/domain';
import type { Lang } from '@/lib/figures/keys';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { entryFromValues, peerStats, type PeerEntry } from '@/lib/peers';
import { provinceLabel } from '@/lib/places/english';
import type { PeerGroup } from '@/lib/peers/peer-table';

export async function loadPeerGroups(
  report: ListedReport,
  jurisdiction: JurisdictionView,
  self: PeerEntry,
  lang: Lang,
): Promise<PeerGroup[]> {
  const m = qualityMessages[lang].peers;
  const level = drilldownMessages[lang].jurisdiction.level[jurisdiction.level] ?? jurisdiction.level;
  const filter = { year: report.year, scope: report.scope, level: jurisdiction.level };
  const [inProvince, national] = await Promise.all([
    jurisdiction.province ? findPeerValues({ ...filter, province: jurisdiction.province }) : Promise.resolve([]),
    findPeerValues({ ...filter, province: null }),
  ]);
  return [
    ...(jurisdiction.province
      ? [
          {
            id: 'province',
            label: m.province(provinceLabel(jurisdiction.province, lang), level),
            stats: peerStats(self, inProvince.map(entryFromValues)),
          },
        ]
      : []),
    { id: 'national', label: m.national(level), stats: peerStats(self, national.map(entryFromValues)) },
  ];
}
