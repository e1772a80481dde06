import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './app/theme.css'
import './app/app.css'
import './views/documents/documents.css'
import './views/reader/reader.css'
import './views/codebook/codebook.css'
import './views/coding/coding.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
