// A query string from serialised parameters, kept apart from the parsers so client components that
// build links do not load the figure catalogue.

/** `?a=1&b=2` (empty for none); commas and key dots kept readable. */
export function queryString(params: Partial<Record<string, string>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, value);
  const text = query.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/** A path with the data version it was made at (`v`): what shared and cited links carry. */
export function withDataVersion(path: string, version: number): string {
  return `${path}${path.includes('?') ? '&' : '?'}v=${version}`;
}
