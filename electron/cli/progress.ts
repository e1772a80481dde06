/**
 * Progress on stderr for long work: a rewritten line on a terminal, a line per tenth of the
 * work otherwise (logs, CI), nothing with --quiet.
 */
export function progressPrinter(quiet = false): { update: (done: number, total: number, label: string) => void; end: () => void } {
  const tty = process.stderr.isTTY
  let lastTenth = -1
  return {
    update(done, total, label) {
      if (quiet || total === 0) return
      const percent = Math.floor((done / total) * 100)
      if (tty) {
        process.stderr.write(`\r\x1b[K${percent}% (${done}/${total}) ${label.slice(0, 60)}`)
      } else if (Math.floor(percent / 10) > lastTenth) {
        lastTenth = Math.floor(percent / 10)
        process.stderr.write(`${percent}% (${done}/${total}) ${label}\n`)
      }
    },
    end() {
      if (!quiet && tty) process.stderr.write('\r\x1b[K')
    },
  }
}
