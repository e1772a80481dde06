import { DomUtils } from 'htmlparser2'
import type { HtmlDocument } from './parseHtml'

/** Article metadata from a page's schema.org JSON-LD; empty strings where it says nothing. */
export interface JsonLdArticle {
  headline: string
  datePublished: string
  author: string
  publisher: string
  url: string
  inLanguage: string
}

/**
 * Reads the first schema.org Article (NewsArticle, ReportageNewsArticle, BlogPosting, …) in
 * the page's `<script type="application/ld+json">` blocks, including inside "@graph" lists.
 * News sites fill this in for search engines, often more reliably than <meta> tags. Blocks
 * that are not valid JSON are skipped. Several authors are joined with ", ".
 */
export function htmlJsonLdArticle(document: HtmlDocument): JsonLdArticle {
  const empty = { headline: '', datePublished: '', author: '', publisher: '', url: '', inLanguage: '' }
  const scripts = DomUtils.findAll(
    (element) => element.name === 'script' && (element.attribs.type ?? '').toLowerCase() === 'application/ld+json',
    document.children,
  )
  for (const script of scripts) {
    let data: unknown
    try {
      data = JSON.parse(DomUtils.textContent(script))
    } catch {
      continue
    }
    const article = findArticle(data)
    if (!article) continue
    return {
      headline: text(article.headline) || text(article.name),
      datePublished: text(article.datePublished),
      author: names(article.author),
      publisher: names(article.publisher),
      url: text(article.url) || text(article.mainEntityOfPage),
      inLanguage: text(article.inLanguage),
    }
  }
  return empty
}

type JsonObject = Record<string, unknown>

function findArticle(data: unknown): JsonObject | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item)
      if (found) return found
    }
    return null
  }
  if (!data || typeof data !== 'object') return null
  const object = data as JsonObject
  const types = ([] as unknown[]).concat(object['@type'] ?? [])
  if (types.some((type) => typeof type === 'string' && /Article$|^BlogPosting$|^Report$/.test(type))) return object
  return findArticle(object['@graph'])
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (value && typeof value === 'object' && '@id' in value) return text((value as JsonObject)['@id'])
  return ''
}

function names(value: unknown): string {
  const list = ([] as unknown[]).concat(value ?? [])
  return list
    .map((item) => (typeof item === 'string' ? item.trim() : item && typeof item === 'object' ? text((item as JsonObject).name) : ''))
    .filter(Boolean)
    .join(', ')
}
