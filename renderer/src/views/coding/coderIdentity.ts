const key = (projectPath: string) => `margin.coder:${projectPath}`

/** The coder this browser last coded as in the project at `projectPath`, or null. */
export function rememberedCoder(projectPath: string): string | null {
  try {
    return localStorage.getItem(key(projectPath))
  } catch {
    return null
  }
}

/** Remembers who codes in this project here, so the next start asks no more. */
export function rememberCoder(projectPath: string, coderId: string): void {
  try {
    localStorage.setItem(key(projectPath), coderId)
  } catch {
    // Private windows may refuse storage; the choice then lasts for this session.
  }
}

/** A coder id from a name: "Anna Müller" → "anna-muller"; the contract's id rule holds. */
export function coderIdFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'coder'
  let id = base
  for (let n = 2; taken.has(id) || id === 'consensus'; n++) id = `${base}-${n}`
  return id
}
