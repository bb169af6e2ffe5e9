/**
 * The article column on a 320 px screen: the viewport less the page's side padding. A drawing
 * wider than this scrolls there, so it is made a focusable region (build time, no script).
 */
export const NARROW_COLUMN_PX = 288;
