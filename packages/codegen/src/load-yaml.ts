import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { SpecError } from './spec-error.js';

/** A parsed spec file: its repository-relative name and its JSON value. */
export interface LoadedFile {
  readonly file: string;
  readonly value: unknown;
}

/**
 * Reads and parses a YAML or JSON spec file strictly: duplicate keys, YAML anchors/aliases and parse errors are
 * refused with the file and line named.
 */
export function loadYamlFile(absolutePath: string, displayName: string): LoadedFile {
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch {
    throw new SpecError(displayName, '', 'file cannot be read: check that it exists and the $ref path is right');
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  const first = doc.errors[0];
  if (first) {
    const line = text.slice(0, first.pos[0]).split('\n').length;
    throw new SpecError(displayName, '', `invalid YAML at line ${line}: ${first.message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS({ maxAliasCount: 0 });
  return { file: displayName, value };
}
