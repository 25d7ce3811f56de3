/**
 * What an evidence file may be, shared by the server (which enforces it, recognising the type from the
 * bytes) and the web application (which shows it before an upload): the size limit and the accepted
 * types with the extension each is stored under.
 */

/** Largest evidence file accepted (10 MiB). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** Accepted types, by the extension the stored file takes, with a short name for people. */
export const EVIDENCE_TYPES = [
  { extension: 'pdf', label: 'PDF' },
  { extension: 'png', label: 'PNG' },
  { extension: 'jpg', label: 'JPEG' },
  { extension: 'xlsx', label: 'XLSX' },
  { extension: 'docx', label: 'DOCX' },
  { extension: 'odt', label: 'ODT' },
  { extension: 'csv', label: 'CSV' },
  { extension: 'txt', label: 'TXT' },
] as const;

/** The `accept` list of a file input: the extensions (the server still decides by content). */
export const EVIDENCE_ACCEPT = [...EVIDENCE_TYPES.map((type) => `.${type.extension}`), '.jpeg'].join(',');
