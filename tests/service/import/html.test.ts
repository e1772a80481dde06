import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { extractDocuments } from '../../../electron/service/import'
import { fixture, utf8 } from './fixtures'

describe('HTML import', () => {
  it('keeps the article as lines and drops script, style, nav, aside, footer, hidden text and handlers', async () => {
    const [document] = await extractDocuments('article.html', fixture('article.html'))
    expect(document.text).toBe(
      [
        'Regierung beschließt Reform',
        'Die Regierung hat am Dienstag eine Reform beschlossen – nach „langen“ Verhandlungen.',
        'Der Minister sagte:',
        '„Das ist ein guter Tag.“',
        'Kritik der Opposition',
        'Zu teuer',
        'Zu spät & zu wenig',
      ].join('\n'),
    )
    for (const boilerplate of ['tracking', 'nor this', 'color', 'alert', 'Startseite', 'Wetter', 'Tagesblatt 2024', 'Versteckter']) {
      expect(document.text).not.toContain(boilerplate)
    }
  })

  it('reads the metadata from the head: og:title, site name, author, published date, url, lang', async () => {
    const [document] = await extractDocuments('article.html', fixture('article.html'))
    expect(document).toMatchObject({
      title: 'Regierung beschließt Reform',
      outlet: 'Tagesblatt',
      author: 'Erika Mustermann',
      date: '2024-03-05',
      url: 'https://tagesblatt.example/reform',
      language: 'de',
      format: 'html',
    })
  })

  it('falls back to schema.org JSON-LD for metadata the meta tags do not give', async () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Not the article' },
        {
          '@type': ['NewsArticle'],
          headline: 'Council approves budget',
          datePublished: '2024-06-30T23:15:00-04:00',
          author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Park' }],
          publisher: { '@type': 'Organization', name: 'City Gazette' },
          inLanguage: 'en-US',
        },
      ],
    })
    const html = `<html><head><title>Budget | City Gazette</title><script type="application/ld+json">${jsonLd}</script>
      <script type="application/ld+json">{ not json</script></head><body><p>The council approved it.</p></body></html>`
    const [document] = await extractDocuments('budget.html', utf8(html))
    expect(document).toMatchObject({
      text: 'The council approved it.',
      title: 'Council approves budget',
      author: 'Ann Lee, Bo Park',
      outlet: 'City Gazette',
      // The date as the outlet published it, not shifted to UTC.
      date: '2024-06-30',
      language: 'en-US',
    })
  })

  it('lets a declared <meta charset> win over guessing', async () => {
    // 0xE8 is "è" in windows-1252 but "č" in windows-1250: only the declaration can tell.
    const html = Buffer.concat([utf8('<meta charset="windows-1250"><p>Te'), Buffer.from([0xe8]), utf8('ka</p>')])
    expect((await extractDocuments('cz.html', html))[0].text).toBe('Tečka')
    const httpEquiv = iconv.encode(
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>“Quoted” café</p>',
      'windows-1252',
    )
    expect((await extractDocuments('latin1.html', httpEquiv))[0].text).toBe('“Quoted” café')
  })

  it('refuses a page that declares UTF-8 but is not, instead of showing replacement characters', async () => {
    const html = Buffer.concat([utf8('<meta charset="utf-8"><p>caf'), Buffer.from([0xe9]), utf8('</p>')])
    await expect(extractDocuments('bad.html', html)).rejects.toThrow('bad.html: declares utf-8 but is not valid UTF-8')
  })

  it('decodes entities, collapses whitespace, keeps <pre>, separates table cells with tabs', async () => {
    const html = `<title>Page title</title><body>
      <div>First&nbsp;line &lt;b&gt; &#8220;quoted&#8221; &eacute;  and
      <b>bold</b><i>italic</i></div>
      <pre>  code
    indented</pre>
      <table><tr><th>Party</th><th>Votes</th></tr><tr><td>A</td><td>52%</td></tr></table>
      <p onmouseover="steal()"><img src="x.png" alt="image">After image<!-- comment --></p>
    </body>`
    const [document] = await extractDocuments('page.html', utf8(html))
    expect(document.text).toBe(
      'First\u00A0line <b> “quoted” é and bolditalic\n  code\n    indented\nParty\tVotes\nA\t52%\nAfter image',
    )
    // Without og:title or h1, the <title> is the title.
    expect(document.title).toBe('Page title')
  })

  it('keeps empty table cells in place and numbers ordered list items as a reader sees them', async () => {
    const html = '<table><tr><th>Party</th><th>Votes</th><th>Seats</th></tr><tr><td></td><td>12</td><td>3</td></tr><tr><td>B</td><td></td><td>1</td></tr></table>' +
      '<ol start="3"><li>Ceasefire</li><li>Talks <b>in</b> Riyadh</li></ol><ul><li>Loose point</li></ul>'
    const [document] = await extractDocuments('t.html', utf8(html))
    expect(document.text).toBe('Party\tVotes\tSeats\n\t12\t3\nB\t\t1\n3. Ceasefire\n4. Talks in Riyadh\nLoose point')
  })

  it('uses the first h1 as the title when there is no og:title, and the file name when there is neither', async () => {
    const [withHeading] = await extractDocuments('x.html', utf8('<title>Site | Page</title><h1>The <em>real</em> headline</h1><p>Body</p>'))
    expect(withHeading.title).toBe('The real headline')
    const [bare] = await extractDocuments('folder/bare-page.html', utf8('<p>Only a paragraph.</p>'))
    expect(bare.title).toBe('bare-page')
  })

  it('keeps the article of a page wrapped in one <form> (ASP.NET WebForms), dropping only the controls', async () => {
    const page = '<html><body><form method="post" id="aspnetForm"><h1>Council approves budget</h1><div><p>The council voted 7-2 on Tuesday.</p><input type="hidden" value="VIEWSTATE"><button>Share</button><p>The mayor called it a victory.</p></div></form></body></html>'
    const [doc] = await extractDocuments('a.html', utf8(page))
    expect(doc.text).toBe('Council approves budget\nThe council voted 7-2 on Tuesday.\nThe mayor called it a victory.')
  })

  it('refuses a page with no text after boilerplate is removed', async () => {
    await expect(extractDocuments('empty.html', utf8('<nav>Home</nav><script>x()</script>'))).rejects.toThrow('empty.html: no text')
  })
})
