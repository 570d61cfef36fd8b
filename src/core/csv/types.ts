/**
 * Types of the CSV reader shared by every layer (core, workers, bridge contract, UI, CLI): how a file is
 * written (encoding, delimiter) and what the reader says about it. Domain types live here, in core;
 * src/bridge/batch-contract.ts re-exports them for the screens.
 */

export type Delimiter = ',' | ';' | '\t' | '|';

/** WHATWG encoding labels the reader decodes (TextDecoder in the browser and Node). */
export type Encoding =
  | 'utf-8' | 'utf-16le' | 'utf-16be'
  | 'windows-1250' | 'iso-8859-2' | 'windows-1251' | 'koi8-r' | 'windows-1252';

export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'iso-8859-2', 'windows-1251', 'koi8-r', 'windows-1252'];

/** What a non-CSV file was recognised as (by its signature), or why a file holds no data. */
export type Refusal = 'empty' | 'header_only' | 'xlsx' | 'xls' | 'zip' | 'pdf' | 'html' | 'image' | 'binary';
