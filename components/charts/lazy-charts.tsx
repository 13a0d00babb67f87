// The chart components as the pages load them: recharts draws in the browser only, so each kind's
// code (recharts with it) loads on its own after the page: only the kind shown is fetched, and the
// page is interactive before it arrives. The placeholder fills the frame the page gives the chart
// (its height from the chart-kind registry), so nothing moves when it arrives.
'use client';

import dynamic from 'next/dynamic';

const ChartLoading = () => <div className="h-full animate-pulse rounded-sm bg-wash" data-chart-loading />;

export const LazyRankedBarChart = dynamic(() => import('./ranked-bar-chart').then((m) => m.RankedBarChart), {
  ssr: false,
  loading: ChartLoading,
});
export const LazyStackedShareChart = dynamic(() => import('./stacked-share-chart').then((m) => m.StackedShareChart), {
  ssr: false,
  loading: ChartLoading,
});
export const LazyYearLineChart = dynamic(() => import('./year-line-chart').then((m) => m.YearLineChart), {
  ssr: false,
  loading: ChartLoading,
});
