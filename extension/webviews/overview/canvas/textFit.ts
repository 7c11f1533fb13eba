// Cuts labels to a pixel width, measured on a canvas with the font the map paints them in.

export type TextFitter = (text: string, maxWidth: number) => string;

/** `font` is a CSS font shorthand, e.g. from the computed style of an element that shows the text. */
export function createTextFitter(font: string): TextFitter {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text, maxWidth) => cutByEstimate(text, maxWidth);
  context.font = font;
  const width = (s: string): number => context.measureText(s).width;
  return (text, maxWidth) => {
    if (maxWidth < 16) return '';
    if (width(text) <= maxWidth) return text;
    // Binary search for the longest prefix that fits with its ellipsis.
    let lo = 1;
    let hi = text.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (width(`${text.slice(0, mid).trimEnd()}…`) <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    return `${text.slice(0, lo).trimEnd()}…`;
  };
}

function cutByEstimate(text: string, maxWidth: number): string {
  const chars = Math.floor(maxWidth / 6.5);
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
}
