/** Elements with this class are left out when the meeting view is printed. */
export const PRINT_HIDDEN_CLASS = 'rr-print-hidden';

/**
 * The meeting view on paper: without the sidebar, the header's navigation and any button, with
 * the status, blocking items, approvals, votes and evidence kept in full.
 */
export const PRINT_CSS = `@media print {
  nav, [class*="BackstageSidebar"], [class*="MuiDrawer"], .${PRINT_HIDDEN_CLASS}, button {
    display: none !important;
  }
  [class*="BackstageSidebarPage-root"], main { padding-left: 0 !important; margin-left: 0 !important; }
  .rr-meeting-view section { break-inside: avoid; }
  .rr-meeting-view a { color: inherit; text-decoration: none; }
}`;

/** The print rules of the meeting view ({@link PRINT_CSS}). */
export function PrintStyles() {
  return <style data-testid="decision-print-styles">{PRINT_CSS}</style>;
}
