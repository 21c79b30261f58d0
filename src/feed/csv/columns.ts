/**
 * The spreadsheet format of a feed's activities: the column names, once. The impact summary's
 * export (src/impact/csv.ts) writes them; the converter (src/convert/columns.ts) reads them,
 * along with the aliases people write (`start_date`, `description`, `latitude` …) and HXL
 * hashtags. DOM-free. See docs/feed-tools.md for what each column holds.
 */

/** An activity field → its column's name. Text columns take a language suffix (`title_ar`). */
export const CSV_COLUMNS = {
  id: 'id',
  date: 'date',
  endDate: 'end_date',
  title: 'title',
  summary: 'summary',
  program: 'program',
  tags: 'tags',
  location: 'location',
  region: 'region',
  lat: 'lat',
  lon: 'lon',
  partners: 'partners',
  people: 'people',
  peopleRole: 'people_role',
  image: 'image',
  imageAlt: 'image_alt',
  imageCredit: 'image_credit',
  url: 'url',
} as const;
export type CsvField = keyof typeof CSV_COLUMNS;

/** The prefix of a count column other than the well-known keys: `count_sessions`. */
export const COUNT_PREFIX = 'count_';

/** A text column in one language: `title_ar`, `summary_en`. */
export const languageColumn = (field: CsvField, lang: string) => `${CSV_COLUMNS[field]}_${lang}`;

/** What a writer puts between the items of a list cell (tags, partners); readers also accept `,` `|` `،` and line breaks. */
export const LIST_SEPARATOR = '; ';

/** A partner in a `partners` cell: `undp`, or `undp:funding` with its IATI role. */
export const partnerCell = (id: string, role?: string) => (role ? `${id}:${role}` : id);
