/**
 * Builds a small, valid PDF 1.4 file: one page per content stream, text in Helvetica with
 * WinAnsiEncoding, an optional document information dictionary. Offsets in the xref table
 * are computed, so pdf.js reads it without repairing anything.
 */
export function makePdf(pages: string[], info?: Record<string, string>): Uint8Array {
  const objects: string[] = []
  const add = (body: string) => objects.push(body)
  add('') // catalog, filled in below
  add('') // page tree
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const kids: number[] = []
  for (const content of pages) {
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)
    kids.push(
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`),
    )
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>'
  objects[1] = `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`
  const infoNumber = info
    ? add(`<< ${Object.entries(info).map(([key, value]) => `/${key} (${value})`).join(' ')} >>`)
    : null

  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf, 'latin1')
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return offset
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${infoNumber ? ` /Info ${infoNumber} 0 R` : ''} >>\n`
  pdf += `startxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(pdf, 'latin1'))
}

/**
 * A PDF text block: lines shown with Helvetica at `size`, `leading` apart, from (x, y).
 * Lines are PDF string bodies: parentheses are escaped here, octal escapes pass through.
 */
export function textBlock(lines: string[], { x = 72, y = 720, size = 12, leading = 14 } = {}): string {
  const escaped = lines.map((line) => `(${line.replace(/[()]/g, (c) => `\\${c}`)}) Tj T*`)
  return `BT /F1 ${size} Tf ${leading} TL ${x} ${y} Td ${escaped.join(' ')} ET`
}
