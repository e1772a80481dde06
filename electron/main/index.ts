import { app, BrowserWindow, dialog, Menu } from 'electron'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ensureDemoProject } from '../service/demoProject'
import { readDesktopSettings, rememberProject } from '../service/desktopSettings'
import { MarginService } from '../service/marginService'
import { buildAppMenu } from './appMenu'
import { forwardEvents, registerIpcBridge } from './ipcBridge'
import { lockDownSession, lockDownWindow } from './windowSecurity'
import { secureWindowOptions } from './windowOptions'

// The merge worker is built next to this bundle (electron.vite.config.ts).
const service = new MarginService({ mergeWorkerEntry: join(import.meta.dirname, 'mergeWorker.js') })
const rendererFile = join(import.meta.dirname, '../renderer/index.html')
const devServer = process.env.ELECTRON_RENDERER_URL
const appUrl = devServer ?? pathToFileURL(rendererFile).href
const isAppUrl = (url: string) => url === appUrl || url.startsWith(devServer ?? pathToFileURL(join(import.meta.dirname, '../renderer/')).href)
let window: BrowserWindow | null = null

/** Opens a project (or reports why not) and makes it the last-opened one. */
async function openProject(path: string): Promise<void> {
  try {
    const store = await service.openProject(path)
    const settings = await rememberProject(store.dir)
    refreshMenu(settings.recentProjects)
    window?.setTitle(`${store.info.name} — Margin${store.readOnlyReason ? ' (read-only)' : ''}`)
  } catch (error) {
    dialog.showErrorBox('Could not open the project', (error as Error).message)
  }
}

function refreshMenu(recent: string[]): void {
  Menu.setApplicationMenu(
    buildAppMenu(
      {
        newProject: () => void newProjectDialog(),
        openProject: () => void openProjectDialog(),
        openRecent: (path) => void openProject(path),
        importFiles: () => void importDialog(),
        openDemo: () => void ensureDemoProject().then(openProject),
        showShortcuts: () => window?.webContents.send('margin:event', { type: 'menu', command: 'shortcuts' }),
        showAbout: () =>
          void dialog.showMessageBox({ message: 'Margin', detail: `Version ${app.getVersion()}\nCode news articles, merge coders, measure agreement.` }),
      },
      recent,
    ),
  )
}

async function openProjectDialog(): Promise<void> {
  const result = await dialog.showOpenDialog({ title: 'Open a Margin project folder', properties: ['openDirectory'] })
  if (!result.canceled && result.filePaths[0]) await openProject(result.filePaths[0])
}

async function newProjectDialog(): Promise<void> {
  const result = await dialog.showOpenDialog({
    title: 'Choose an empty folder for the new project',
    properties: ['openDirectory', 'createDirectory'],
  })
  const folder = result.filePaths[0]
  if (result.canceled || !folder) return
  try {
    await service.handlers['project.create']({ path: folder, name: folder.split(/[\\/]/).pop() || 'Margin project' })
    refreshMenu((await rememberProject(folder)).recentProjects)
  } catch (error) {
    dialog.showErrorBox('Could not create the project', (error as Error).message)
  }
}

async function importDialog(): Promise<void> {
  const result = await dialog.showOpenDialog({
    title: 'Import articles',
    properties: ['openFile', 'openDirectory', 'multiSelections'],
    filters: [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'docx', 'pdf', 'csv', 'tsv'] }],
  })
  if (result.canceled || !result.filePaths.length) return
  try {
    const report = await service.handlers['import.paths']({ taskId: randomUUID(), paths: result.filePaths })
    const lines = [
      `Imported ${report.imported.length} document(s).`,
      report.duplicates.length ? `Skipped ${report.duplicates.length} duplicate(s).` : '',
      ...report.failed.map((f) => `${f.sourceName}: ${f.reason}`),
    ].filter(Boolean)
    await dialog.showMessageBox({ message: report.cancelled ? 'Import cancelled; nothing was imported.' : 'Import finished', detail: lines.join('\n') })
  } catch (error) {
    dialog.showErrorBox('Import failed', (error as Error).message)
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions(join(import.meta.dirname, '../preload/index.cjs')))
  lockDownWindow(win, isAppUrl)
  const stopEvents = forwardEvents(service, win.webContents)
  win.on('closed', stopEvents)
  win.once('ready-to-show', () => win.show())
  if (devServer) void win.loadURL(devServer)
  else void win.loadFile(rendererFile)
  return win
}

app.enableSandbox()
app.whenReady().then(async () => {
  lockDownSession((url) => isAppUrl(url) || url.startsWith('file://') || url.startsWith('data:'))
  registerIpcBridge(service, isAppUrl)
  const settings = await readDesktopSettings()
  const cliProject = process.argv.slice(app.isPackaged ? 1 : 2).find((arg) => !arg.startsWith('-'))
  await openProject(cliProject ?? settings.lastProject ?? (await ensureDemoProject()))
  window = createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createWindow()
  })
})

let quitting = false
app.on('before-quit', (event) => {
  if (quitting) return
  // Flush coder journals into their files and release the project lock before exiting.
  event.preventDefault()
  quitting = true
  void service.shutdown().finally(() => app.quit())
})
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
