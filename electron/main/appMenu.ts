import { Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  newProject: () => void
  openProject: () => void
  openRecent: (path: string) => void
  importFiles: () => void
  openDemo: () => void
  showShortcuts: () => void
  showAbout: () => void
}

/** The native menu bar: File (New, Open, Open Recent, Import), Edit, View, Help. */
export function buildAppMenu(actions: MenuActions, recent: string[]): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newProject },
        { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: actions.openProject },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((path) => ({ label: path, click: () => actions.openRecent(path) }))
            : [{ label: 'No recent projects', enabled: false }],
        },
        { label: 'Open Demo Project', click: actions.openDemo },
        { type: 'separator' },
        { label: 'Import Articles…', accelerator: 'CmdOrCtrl+I', click: actions.importFiles },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }, { role: 'toggleDevTools' }],
    },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: '?', click: actions.showShortcuts },
        { label: 'About Margin', click: actions.showAbout },
      ],
    },
  ]
  return Menu.buildFromTemplate(template)
}
