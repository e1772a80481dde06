import type { AttributeDef, Code, Codebook } from '../model'
import { CodebookOrder } from '../export/codebookOrder'

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/**
 * The codebook as one standalone HTML page for coders to print (or save as PDF) and keep
 * beside them: a contents list, then every group with every code in reading order, its
 * path, shortcut, level, definition, rules, examples and attributes with their values.
 * No scripts, no external resources; all text is escaped.
 */
export function printableCodebook(codebook: Codebook, options: { projectName: string; date: string }): string {
  const order = new CodebookOrder(codebook)
  const groups = [...codebook.groups].sort((a, b) => a.order - b.order)
  const depth = (code: Code): number => order.path(code.id).split('/').length - 2
  const sections = groups.map((group) => {
    const codes = order.codes.filter((c) => c.groupId === group.id)
    return `<section class="group" id="group-${escapeHtml(group.id)}">
<h2>${escapeHtml(group.name)} <span class="count">${codes.length} ${codes.length === 1 ? 'code' : 'codes'}</span></h2>
${group.description ? `<p class="group-description">${text(group.description)}</p>` : ''}
${codes.map((code) => codeEntry(code, depth(code), order)).join('\n') || '<p class="empty">No codes.</p>'}
</section>`
  })
  const contents = groups
    .map((g) => `<li><a href="#group-${escapeHtml(g.id)}">${escapeHtml(g.name)}</a></li>`)
    .join('')
  const title = `Codebook — ${options.projectName}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<header class="title">
<h1>${escapeHtml(title)}</h1>
<p class="meta">${codebook.codes.length} codes in ${groups.length} groups · printed ${escapeHtml(options.date)}</p>
<nav aria-label="Groups"><ol>${contents}</ol></nav>
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`
}

function codeEntry(code: Code, depth: number, order: CodebookOrder): string {
  const facts = [
    code.shortcut ? `key <kbd>${escapeHtml(code.shortcut)}</kbd>` : '',
    code.level === 'span' ? 'passages' : code.level === 'document' ? 'whole document' : 'passages or whole document',
  ].filter(Boolean)
  const rules: string[] = []
  if (code.definition) rules.push(`<dt>Definition</dt><dd>${text(code.definition)}</dd>`)
  if (code.inclusion) rules.push(`<dt>Code when</dt><dd>${text(code.inclusion)}</dd>`)
  if (code.exclusion) rules.push(`<dt>Do not code when</dt><dd>${text(code.exclusion)}</dd>`)
  if (code.examples.length) {
    rules.push(`<dt>Examples</dt><dd><ul class="examples">${code.examples.map((e) => `<li>${text(e)}</li>`).join('')}</ul></dd>`)
  }
  if (code.attributes.length) {
    rules.push(`<dt>Attributes</dt><dd><ul class="attributes">${code.attributes.map((a) => attribute(a, order)).join('')}</ul></dd>`)
  }
  if (code.memo?.text) rules.push(`<dt>Memo</dt><dd>${text(code.memo.text)}</dd>`)
  return `<article class="code" style="--depth:${depth}">
<h3><span class="swatch" style="background:${/^#[0-9a-fA-F]{6}$/.test(code.color) ? code.color : '#888888'}"></span>${escapeHtml(code.name)}</h3>
<p class="path">${escapeHtml(order.path(code.id))} · <code>${escapeHtml(code.id)}</code> · ${facts.join(' · ')}</p>
${rules.length ? `<dl>${rules.join('')}</dl>` : '<p class="empty">No definition yet.</p>'}
</article>`
}

function attribute(def: AttributeDef, order: CodebookOrder): string {
  const kind = { scale: 'scale', list: 'one of', code: 'a code', text: 'free text' }[def.type]
  let values = ''
  if (def.type === 'scale' || def.type === 'list') {
    values = def.options.map((o) => `<span class="value"><b>${escapeHtml(String(o.value))}</b> ${escapeHtml(o.label)}</span>`).join(' ')
  } else if (def.type === 'code') {
    const group = def.fromGroup ? order.codebook.groups.find((g) => g.id === def.fromGroup) : null
    values = group ? `from ${escapeHtml(group.name)}` : 'any code'
  }
  return `<li><strong>${escapeHtml(def.name)}</strong>${def.required ? ' (required)' : ''} — ${kind}${values ? `: ${values}` : ''}</li>`
}

/** Escaped text with its line breaks kept. */
function text(value: string): string {
  return escapeHtml(value).replace(/\n/g, '<br>')
}

const PRINT_CSS = `
:root { color-scheme: light; background: #fff; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 20pt; margin: 0 0 .25rem; }
.meta { color: #5e5e63; margin: 0 0 1rem; }
nav ol { columns: 2; padding-left: 1.2rem; margin: 0 0 1.5rem; }
nav a { color: inherit; }
h2 { font-size: 14pt; border-bottom: 2px solid #1d1d1f; padding-bottom: .2rem; margin: 2rem 0 .75rem; }
h2 .count { font-size: 10pt; font-weight: 400; color: #5e5e63; }
.group-description { color: #3a3a3e; }
.code { margin: 0 0 1rem calc(var(--depth, 0) * 1.25rem); padding: .5rem 0 .5rem .75rem; border-left: 3px solid #d9d8d4; break-inside: avoid; page-break-inside: avoid; }
h3 { font-size: 12pt; margin: 0; display: flex; align-items: center; gap: .4rem; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.path { margin: .1rem 0 .35rem; font-size: 9.5pt; color: #5e5e63; }
code, kbd { font: 9pt ui-monospace, Menlo, Consolas, monospace; }
kbd { border: 1px solid #b9b8b3; border-radius: 3px; padding: 0 .25em; }
dl { display: grid; grid-template-columns: 8.5rem 1fr; gap: .25rem .75rem; margin: 0; }
dt { font-weight: 600; color: #3a3a3e; }
dd { margin: 0; }
ul { margin: 0; padding-left: 1.1rem; }
.examples li { font-style: italic; }
.value { white-space: nowrap; margin-right: .5rem; }
.empty { color: #85858b; font-style: italic; }
@page { margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .group { break-before: page; }
  .group:first-of-type { break-before: auto; }
  a { text-decoration: none; }
}
`
