/**
 * The shape of the expected-columns panel's input, apart from the element so that code describing a file's
 * columns (and its Node unit tests) does not load the element and its browser-only imports.
 */
/** One column a file should have: people's label (with its unit) and the header to write in the file. */
export interface ColumnItem { label: string; header: string }

/** What a file of one kind needs: lead files derive it from the model card, customer files from their kind. */
export interface ColumnSpec {
  required: ColumnItem[];
  optional: ColumnItem[];
  /** Heading of the optional list (the lead files' default says a documented default is used). */
  optionalTitle?: string;
  /** Sentences after the lists (the outcome column, a layout read as it is such as CDNOW). */
  notes: string[];
  /** Downloadable templates: button text, file name and the file's text. */
  templates: { label: string; name: string; text: () => string; type?: string }[];
}
