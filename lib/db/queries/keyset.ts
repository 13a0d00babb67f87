// Keyset pagination of the API's lists: a page of rows and the sort key of its last row when more
// rows follow (the route encodes it as the next cursor).

export interface KeysetPage<T, K> {
  data: T[];
  nextAfter: K | null;
}

/** Takes `limit + 1` rows and splits off the look-ahead row. */
export function keysetPage<R, T, K>(rows: R[], limit: number, map: (row: R) => T, keyOf: (row: R) => K): KeysetPage<T, K> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { data: page.map(map), nextAfter: rows.length > limit && last !== undefined ? keyOf(last) : null };
}
