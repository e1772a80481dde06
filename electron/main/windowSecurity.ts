import { session, shell, type BrowserWindow, type WebContents } from 'electron'

/**
 * The Electron security checklist for every window: no navigation away from the app, no
 * new windows (web links open in the system browser), no permissions (camera, geolocation…),
 * and no remote content at all.
 */
export function lockDownWindow(window: BrowserWindow, isAppUrl: (url: string) => boolean): void {
  const contents: WebContents = window.webContents
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

/** Denies every permission request and blocks requests that leave the app. */
export function lockDownSession(isAppUrl: (url: string) => boolean): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) && !details.url.startsWith('devtools://') })
  })
}
