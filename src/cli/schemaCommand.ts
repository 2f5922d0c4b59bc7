import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UnreadableInputError } from './input/errors.js';
import { RECORD_KIND_ENTRIES } from './recordKinds.js';
import type { CliIo } from './runCli.js';

/**
 * `realty-crm schema --kind complaint`: prints the JSON Schema the package ships in
 * `schemas/` (generated from the zod schemas by `npm run schemas`, part of the build).
 */
export function runSchemaCommand(kind: string, io: CliIo): number {
  // Every record kind's files, and the holiday notice of one year (`--calendar notice.json`).
  const kinds = [...RECORD_KIND_ENTRIES.flatMap((e) => e.schemaFiles), 'holiday-year'];
  if (!kinds.includes(kind)) {
    throw new UnreadableInputError(`--kind must be one of ${kinds.join(', ')}, got '${kind}'`);
  }
  // dist/cli/main.js -> ../../schemas: the package root's schemas folder.
  const file = fileURLToPath(new URL(`../../schemas/${kind}.schema.json`, import.meta.url));
  io.stdout.write(readFileSync(file, 'utf8'));
  return 0;
}
