import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator, Header, MenuSection } from 'react-aria-components'
import { openTool, type Tool } from './toolStore'

/** The toolbar's Tools menu: export, the team workflow and agreement. */
export function ToolsMenu() {
  return (
    <MenuTrigger>
      <Button className="button tools-button">
        Tools <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu-list tools-menu" onAction={(key) => openTool(key as Tool)}>
          <MenuItem id="export" className="menu-item">
            Export data…
          </MenuItem>
          <Separator className="menu-separator" />
          <MenuSection>
            <Header className="menu-header">Team</Header>
            <MenuItem id="pack" className="menu-item">
              Coder package…
            </MenuItem>
            <MenuItem id="annotations" className="menu-item">
              Export my annotations…
            </MenuItem>
            <MenuItem id="merge" className="menu-item">
              Merge annotation files…
            </MenuItem>
          </MenuSection>
          <Separator className="menu-separator" />
          <MenuItem id="agreement" className="menu-item">
            Agreement and adjudication
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  )
}
