export { exportTable, previewExport, type ExportHooks, type ExportSink } from './exportTable'
export { dictionaryPathFor, spssPathFor } from './exportPaths'
