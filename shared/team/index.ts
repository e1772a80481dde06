export * from './overlapSample'
export * from './assignment'
export * from './coderPackage'
export * from './annotationFile'
