/** What a CSV column can hold besides variables: the text or one metadata field. */
export type CsvColumnRole = 'text' | 'title' | 'date' | 'outlet' | 'author' | 'url' | 'language'

// Names as news data exports write them (LexisNexis, Factiva, Media Cloud, GDELT, scrapers),
// compared without case, spaces, "_", "-" or ".".
const namesByRole: Record<CsvColumnRole, string[]> = {
  text: ['text', 'body', 'content', 'article', 'fulltext', 'bodytext', 'articletext', 'maintext', 'story'],
  title: ['title', 'headline', 'heading'],
  date: ['date', 'publicationdate', 'pubdate', 'published', 'publishedat', 'publishdate', 'datepublished', 'publishedtime'],
  outlet: ['outlet', 'source', 'publication', 'newspaper', 'medium', 'media', 'publisher', 'sitename', 'mediaoutlet'],
  author: ['author', 'authors', 'byline', 'creator', 'writer'],
  url: ['url', 'link', 'permalink', 'uri', 'href'],
  language: ['language', 'lang', 'languagecode'],
}

/** The names a column may have to be recognised in a role, for error messages. */
export function roleColumnNames(role: CsvColumnRole): readonly string[] {
  return namesByRole[role]
}

/**
 * The column that plays a role by its name, or null. The earlier a name is in the role's
 * list, the better, so a file with both "text" and "content" uses "text".
 */
export function findRoleColumn(columns: readonly string[], role: CsvColumnRole): string | null {
  const keys = columns.map((column) => column.toLowerCase().replace(/[\s_.-]+/g, ''))
  for (const name of namesByRole[role]) {
    const index = keys.indexOf(name)
    if (index >= 0) return columns[index]
  }
  return null
}
