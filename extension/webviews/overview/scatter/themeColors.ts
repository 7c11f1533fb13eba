// Canvas cannot use CSS variables, so the theme's colours are read from the computed style at each
// draw: a theme switch restyles the page and the next draw picks the new values up.
export interface ThemeColors {
  background: string;
  muted: string;
  point: string;
  selection: string;
  front: string;
  /** The ring of the model hovered here or in the map. */
  hover: string;
}

export function themeColors(element: Element): ThemeColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--vscode-editor-background', '#1e1e1e'),
    muted: read('--vscode-descriptionForeground', '#8b8b8b'),
    point: read('--vscode-charts-blue', '#3794ff'),
    selection: read('--vscode-focusBorder', '#007fd4'),
    front: read('--vscode-charts-orange', '#d18616'),
    hover: read('--vscode-foreground', '#cccccc'),
  };
}
