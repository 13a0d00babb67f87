import { PageSkeleton } from '@/components/tables/page-skeleton';

export default function Loading() {
  return <PageSkeleton />;
}
