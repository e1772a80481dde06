/**
 * `record[key]` when the record has that key itself, else undefined. Keys here are ids and
 * names from files people send or type, and "constructor" or "toString" are valid ones:
 * a plain lookup would answer with a function inherited from Object.prototype.
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}
