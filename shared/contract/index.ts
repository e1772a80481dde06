export * from './api'
export * from './responses'
export * from './events'
export * from './teamResponses'
