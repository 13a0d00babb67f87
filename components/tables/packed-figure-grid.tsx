// A figure grid sent packed (lib/tables/pack-grid.ts): what /j/<slug> hands the browser for each of
// its tables, unpacked here into the model FigureGrid draws.
'use client';

import { useMemo } from 'react';
import { unpackGrid, type PackedGrid } from '@/lib/tables/pack-grid';
import { FigureGrid, type FigureGridProps } from './figure-grid';

export function PackedFigureGrid({ packed, ...props }: Omit<FigureGridProps, 'model'> & { packed: PackedGrid }) {
  const model = useMemo(() => unpackGrid(packed), [packed]);
  return <FigureGrid model={model} {...props} />;
}
