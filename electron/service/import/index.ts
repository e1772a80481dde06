// The importers' public surface: everything else in this folder is an implementation detail.
export { extractDocuments } from './extractDocuments'
export { MAX_IMPORT_BYTES } from './importSizeLimit'
export { ImportFileError } from './ImportFileError'
export type { CsvImportOptions, ImportedText } from './importedText'
export { previewCsv, type CsvPreview } from './previewCsv'
