// The placeholder the drill-down routes stream first while their data loads.

export function PageSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <main className="mx-auto max-w-6xl animate-pulse px-5 pt-10" aria-busy="true">
      <div className="mb-2 h-3 w-32 rounded bg-wash" />
      <div className="mb-8 h-9 w-72 rounded bg-wash" />
      <div className="grid gap-2">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-8 rounded bg-wash" />
        ))}
      </div>
    </main>
  );
}
