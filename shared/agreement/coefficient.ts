/**
 * What every coefficient returns. A coefficient that is undefined for the data (no unit
 * coded by two coders, no variation in the values, the wrong number of coders) has
 * `value: null` and a `reason` a team lead can read, never NaN: a NaN in a table is easily
 * mistaken for a number, a sentence is not.
 */
export type Coefficient =
  | { readonly value: number; readonly reason: null }
  | { readonly value: null; readonly reason: string }

/** A defined coefficient. */
export function defined(value: number): Coefficient {
  return { value, reason: null }
}

/** An undefined coefficient and why. */
export function undefinedBecause(reason: string): Coefficient {
  return { value: null, reason }
}
