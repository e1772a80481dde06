/** A markdown file split into its YAML front matter (flat `key: value` pairs) and body. */
export interface MarkdownWithFrontMatter {
  /** Keys lower-cased; values with surrounding quotes removed. */
  fields: Record<string, string>
  body: string
}

/**
 * Separates a leading `---` … `---` front matter block (as Jekyll, Hugo and Pandoc write it)
 * from the markdown, so it is read as metadata instead of rendered as a rule and a heading.
 * Only flat scalar `key: value` lines are read; lists and nested maps are skipped. Without
 * a closed block, the whole text is the body.
 */
export function splitFrontMatter(markdown: string): MarkdownWithFrontMatter {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(markdown)
  if (!match) return { fields: {}, body: markdown }
  const fields: Record<string, string> = {}
  for (const line of match[1].split(/\r?\n/)) {
    const pair = /^([A-Za-z_][\w .-]*?)\s*:\s+(.+?)\s*$/.exec(line)
    if (!pair) continue
    fields[pair[1].toLowerCase()] = pair[2].replace(/^(["'])(.*)\1$/, '$2')
  }
  return { fields, body: markdown.slice(match[0].length) }
}
