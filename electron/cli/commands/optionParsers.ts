import { InvalidArgumentError } from 'commander'

/** A variadic id option that also takes comma-separated lists: `--team a b` or `--team a,b`. */
export function idList(value: string, previous: string[] | undefined): string[] {
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean)
  return [...(previous ?? []), ...ids]
}

/** A whole number ≥ 0. */
export function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number')
  return Number(value)
}

/** One of a fixed set of words. */
export function oneOf(allowed: readonly string[]): (value: string) => string {
  return (value) => {
    if (!allowed.includes(value)) throw new InvalidArgumentError(`expected one of ${allowed.join(', ')}`)
    return value
  }
}
