/** The social cards' size in pixels: the 1.91:1 size link previews expect (no imports, see card-render). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
