// The licence the figures are published under, named once: citations, the pages and every data
// download print it from here. A placeholder until the project decides (the reports themselves are
// public documents; the figures read from them are this project's work).

export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
