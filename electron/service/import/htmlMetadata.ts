import { DomUtils } from 'htmlparser2'
import type { HtmlDocument } from './parseHtml'
import { htmlJsonLdArticle } from './htmlJsonLd'
import { toIsoDate } from './isoDate'

/** What an HTML page's <head> says about the article; empty strings where it says nothing. */
export interface HtmlMetadata {
  /** The article's own title (og:title, twitter:title, DC.title), usually without the site name. */
  headline: string
  /** The <title>, which often appends the site name. */
  pageTitle: string
  outlet: string
  date: string | null
  author: string
  url: string
  language: string
}

// Tried in order; names are matched lower-case against a <meta>'s property, name or itemprop.
const titleKeys = ['og:title', 'twitter:title', 'dc.title']
const authorKeys = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl']
const outletKeys = ['og:site_name', 'application-name', 'dc.publisher']
const dateKeys = [
  'article:published_time', 'datepublished', 'og:published_time', 'publication_date', 'pubdate', 'publish-date',
  'date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'parsely-pub-date', 'sailthru.date',
]
const urlKeys = ['og:url']
const languageKeys = ['content-language', 'dc.language', 'og:locale']

/**
 * Reads article metadata from an HTML page: <title>, Open Graph and Dublin Core <meta>
 * tags, <link rel="canonical">, <html lang>, and schema.org JSON-LD where those are missing. A meta author that is a URL (Facebook's
 * article:author) is skipped; "By " before a byline is dropped; og:locale's "en_US"
 * becomes "en-US". The date is the calendar date as published (see toIsoDate).
 */
export function htmlMetadata(document: HtmlDocument): HtmlMetadata {
  const metas = new Map<string, string>()
  for (const meta of DomUtils.getElementsByTagName('meta', document)) {
    const key = (meta.attribs.property ?? meta.attribs.name ?? meta.attribs.itemprop ?? meta.attribs['http-equiv'] ?? '')
      .trim()
      .toLowerCase()
    const content = meta.attribs.content?.trim()
    if (key && content && !metas.has(key)) metas.set(key, content)
  }
  const first = (keys: string[], accept: (value: string) => boolean = () => true) =>
    keys.map((key) => metas.get(key)).find((value): value is string => value !== undefined && accept(value)) ?? ''

  const titleElement = DomUtils.findOne((element) => element.name === 'title', document.children)
  const canonical = DomUtils.findOne(
    (element) => element.name === 'link' && (element.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'),
    document.children,
  )
  const htmlElement = DomUtils.findOne((element) => element.name === 'html', document.children, false)
  const timeElement = DomUtils.findOne((element) => element.name === 'time' && 'pubdate' in element.attribs, document.children)

  const jsonLd = htmlJsonLdArticle(document)
  return {
    headline: first(titleKeys) || jsonLd.headline,
    pageTitle: titleElement ? DomUtils.textContent(titleElement).trim() : '',
    outlet: first(outletKeys) || jsonLd.publisher,
    date: toIsoDate(
      first(dateKeys, (value) => toIsoDate(value) !== null) || jsonLd.datePublished || timeElement?.attribs.datetime,
    ),
    author: (first(authorKeys, (value) => !/^https?:\/\//i.test(value)) || jsonLd.author).replace(/^by\s+/i, ''),
    url: first(urlKeys) || canonical?.attribs.href?.trim() || jsonLd.url,
    language: (htmlElement?.attribs.lang?.trim() || first(languageKeys) || jsonLd.inLanguage).replace(/_/g, '-'),
  }
}
