// Jurisdictions and their population, written by ingest and start (server-only data access).
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { resolvePlace } from '../../places';
import { jurisdictionSlug, pinyinSearchKey } from './names';

export { jurisdictionSlug, pinyinSearchKey, shortName } from './names';

export type JurisdictionLevel = 'province' | 'prefecture' | 'county' | 'district' | 'zone';

/** A place with a government, as lib/places resolves it (parent chain up to the province). */
export interface PlaceRecord {
  name: string;
  level: JurisdictionLevel;
  province: string | null;
  divisionCode: string | null;
  parent?: PlaceRecord | null;
}

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/**
 * Per-process memo: slug → id (jurisdictions are never deleted by ingest). It holds the lookup
 * itself, so reports of one new place that arrive together create it once.
 */
export type JurisdictionCache = Map<string, Promise<number>>;

/**
 * The id of the jurisdiction for `place`, creating it (and its parents) when missing. Matched by
 * division code when known, else by slug; concurrent ingests converge on the same row.
 */
export function ensureJurisdiction(db: Queryable, place: PlaceRecord, cache: JurisdictionCache = new Map()): Promise<number> {
  const slug = jurisdictionSlug(place.name, place.divisionCode, place.province);
  let id = cache.get(slug);
  if (!id) {
    id = createOrFind(db, place, slug, cache);
    cache.set(slug, id);
    // A failed lookup is not remembered: the next report of the place tries again.
    id.catch(() => cache.delete(slug));
  }
  return id;
}

async function createOrFind(db: Queryable, place: PlaceRecord, slug: string, cache: JurisdictionCache): Promise<number> {
  const parentId = place.parent ? await ensureJurisdiction(db, place.parent, cache) : null;
  const conflictTarget = place.divisionCode ? '(division_code)' : '(slug)';
  const find = async () =>
    (
      await db.query<{ id: number }>(
        place.divisionCode ? 'SELECT id FROM jurisdiction WHERE division_code = $1' : 'SELECT id FROM jurisdiction WHERE slug = $1',
        [place.divisionCode ?? slug],
      )
    ).rows[0]?.id;
  let id: number | undefined;
  try {
    const inserted = await db.query<{ id: number }>(
      `INSERT INTO jurisdiction (slug, name, level, province, division_code, pinyin, parent_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ${conflictTarget} DO NOTHING RETURNING id`,
      [slug, place.name, place.level, place.province, place.divisionCode, pinyinSearchKey(place.name), parentId],
    );
    id = inserted.rows[0]?.id ?? (await find());
  } catch (error) {
    // Another ingest created the place between our check and our insert on the other unique
    // index (slug vs division code): it exists now, so find it.
    if ((error as { code?: string }).code !== '23505') throw error;
    id = await find();
  }
  if (id === undefined) throw new Error(`Jurisdiction ${place.name} (${slug}) could not be created: its slug is taken by another place.`);
  return id;
}

export interface PopulationRow {
  place: string;
  divisionCode: string | null;
  year: number;
  population: number;
  basis: string;
  source: string;
}

/** data/population.csv: place,division_code,year,population,basis,source (source may hold commas). */
export function readPopulationCsv(file: string): PopulationRow[] {
  const [header, ...lines] = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  if (header?.trim() !== 'place,division_code,year,population,basis,source') throw new Error(`${file}: unexpected header ${header}`);
  return lines.map((line) => {
    const [place, code, year, population, basis, ...source] = line.split(',');
    return {
      place: place!,
      divisionCode: code || null,
      year: Number(year),
      population: Number(population),
      basis: basis!,
      source: source.join(','),
    };
  });
}

/**
 * Upserts population rows for the jurisdictions that exist, matched by division code; a jurisdiction
 * without a code takes the population of the division lib/places says it governs (平潭综合实验区 →
 * 平潭县, data/README.md). Idempotent; returns how many rows matched a jurisdiction.
 */
export async function loadPopulation(db: Queryable, rows: PopulationRow[]): Promise<number> {
  const { rows: places } = await db.query<{ id: number; name: string; division_code: string | null }>(
    'SELECT id, name, division_code FROM jurisdiction',
  );
  const areaCode = (p: (typeof places)[number]) => p.division_code ?? resolvePlace(p.name)?.code ?? null;
  let matched = 0;
  for (const row of rows) {
    const targets = places.filter((p) => (row.divisionCode ? areaCode(p) === row.divisionCode : !p.division_code && p.name === row.place));
    for (const target of targets) {
      await db.query(
        `INSERT INTO population (jurisdiction_id, year, population, basis, source) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (jurisdiction_id, year) DO UPDATE SET population = EXCLUDED.population, basis = EXCLUDED.basis, source = EXCLUDED.source`,
        [target.id, row.year, row.population, row.basis, row.source],
      );
      matched++;
    }
  }
  return matched;
}
