// `RecordRepo.fieldsOf` for both engines: which data fields a list may ask for. Cosmos DB puts the
// names into the query text, so only plain identifiers are accepted.
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function checkedFields(fields: readonly string[]): string[] {
  for (const f of fields) if (!FIELD.test(f)) throw new RangeError(`record field names are plain identifiers, got ${JSON.stringify(f)}`);
  return [...new Set(fields)];
}

/** The named fields of a record's data; a field the record does not have is left out. */
export function pickFields(fields: readonly string[]): (data: Record<string, unknown>) => Record<string, unknown> {
  const names = checkedFields(fields);
  return (data) => {
    const out: Record<string, unknown> = {};
    for (const f of names) if (data[f] !== undefined) out[f] = data[f];
    return out;
  };
}
