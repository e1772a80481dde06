// `npm run bench`: generates the scale projects the issues name and prints the figures.
// Each figure is printed with its target; nothing here fails a build.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateProject } from './generateProject'
import { benchStore } from './storeBench'
import { benchReader } from './readerBench'
import { benchExport } from './exportBench'
import { benchAgreement, benchMerge } from './teamBench'

const only = process.argv.slice(2)
const wanted = (name: string) => only.length === 0 || only.includes(name)
const line = (label: string, value: string, target: string) => console.log(`${label.padEnd(46)} ${value.padStart(12)}   (target ${target})`)

const dir = await mkdtemp(join(tmpdir(), 'margin-bench-'))
try {
  if (wanted('store')) {
    console.log('Generating 10,000 articles, 5 coders × 50,000 annotations…')
    const t0 = Date.now()
    const project = await generateProject(join(dir, 'large'), { documents: 10_000, coders: 5, perCoder: 50_000 })
    console.log(`  generated in ${((Date.now() - t0) / 1000).toFixed(1)} s\n\nStore (issue 2)`)
    const store = await benchStore(project)
    line('open to a usable document list', `${store.openToDocumentListMs.toFixed(0)} ms`, '< 1000 ms')
    line('load all 250,000 annotations (background)', `${store.loadAllAnnotationsMs.toFixed(0)} ms`, 'informational')
    line(`persist one annotation, p50 (${store.persistSamples} samples)`, `${store.persistP50Ms.toFixed(2)} ms`, 'informational')
    line('persist one annotation, p95 (fsynced)', `${store.persistP95Ms.toFixed(2)} ms`, '< 50 ms')
    line('resident memory with everything loaded', `${store.rssAfterLoadMb.toFixed(0)} MB`, '< 1024 MB')
  }
  if (wanted('reader')) {
    console.log('\nReader (coding): a 20,000-word article with 2,000 annotations, Chromium through the browser host')
    const reader = await benchReader()
    line('open the article until highlighted, median (7)', `${reader.openMedianMs.toFixed(0)} ms`, '< 300 ms')
    line('  the first open (the page compiles the reader)', `${reader.firstOpenMs.toFixed(0)} ms`, 'informational')
    line(`apply a code → highlight painted, median (${reader.samples})`, `${reader.applyMedianMs.toFixed(1)} ms`, '≤ 16 ms')
    line('apply a code → highlight painted, p95', `${reader.applyP95Ms.toFixed(1)} ms`, 'informational')
  }
  if (wanted('export')) {
    console.log('\nExport (issue 4): segments table of 250,000 annotations')
    const figures = await benchExport()
    line(`export ${figures.rows.toLocaleString('en')} segment rows`, `${figures.seconds.toFixed(2)} s`, '< 3 s')
    line('JSON.stringify of the same annotations', `${figures.jsonStringifySeconds.toFixed(2)} s`, 'the floor')
    line('ratio to JSON.stringify', `${figures.ratio.toFixed(1)}×`, 'informational')
    line('peak resident memory during export', `${figures.peakRssMb} MB`, 'bounded')
  }
  if (wanted('merge')) {
    console.log('\nMerge (team workflow): 5 annotation files × 50,000 annotations of news text into a 10,000-article project')
    const figures = await benchMerge()
    line(`merge ${figures.files} files, ${figures.annotations.toLocaleString('en')} annotations (median)`, `${figures.firstMergeSeconds.toFixed(2)} s`, '< 2 s')
    line('  each run', figures.runs.map((s) => s.toFixed(2)).join(' / ') + ' s', 'informational')
    line('  CPU time, all threads', `${figures.cpuSeconds.toFixed(2)} s`, 'informational')
    line('then: the open store reads the merged coders', `${figures.reloadSeconds.toFixed(2)} s`, 'informational')
    line('the same merge, worker run from source (CLI)', `${figures.fromSourceSeconds.toFixed(2)} s`, 'informational')
    line('merge the same files again (nothing changes)', `${figures.remergeSeconds.toFixed(2)} s`, 'informational')
    line('JSON floor: parse and re-serialise, one thread', `${figures.jsonFloorSeconds.toFixed(2)} s`, 'informational')
  }
  if (wanted('agreement')) {
    console.log('\nAgreement (team workflow): every code at sentence level, 10,000 articles, 5 coders × 50,000 annotations')
    const figures = await benchAgreement()
    line(`${figures.codes} codes × ${figures.units.toLocaleString('en')} sentences, warm (median)`, `${figures.warmSeconds.toFixed(2)} s`, '< 2 s')
    line('  each warm run', figures.warmRuns.map((s) => s.toFixed(2)).join(' / ') + ' s', 'informational')
    line('first run (splits and caches every text)', `${figures.coldSeconds.toFixed(2)} s`, 'informational')
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
