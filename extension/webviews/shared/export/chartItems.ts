// Save-menu items for charts, shared by every panel: a chart as SVG and as PNG (the same picture), and the charts
// a pane shows, stacked into one file.
import { chartParts, stackedSvg, svgToPng, type SvgFile } from './chartFile';
import type { SaveItem } from './saveMenu';

/** A chart's SVG and PNG items: the PNG rasterises the same SVG, so both files show the same thing. */
export function chartItems(title: string, name: string, svg: () => SvgFile): SaveItem[] {
  return [
    { label: `${title} as SVG…`, name, format: 'svg', render: () => svg().text },
    { label: `${title} as PNG…`, name, format: 'png', render: async () => {
      const file = svg();
      return svgToPng(file.text, file.width, file.height);
    } },
  ];
}

/** Every top-level chart under `container` (not one nested in another), stacked; throws `nothing` when there is none. */
export function paneCharts(container: Element, nothing: string): SvgFile {
  const charts = Array.from(container.querySelectorAll('svg')).filter((svg) => !svg.parentElement?.closest('svg'));
  const parts = chartParts(charts);
  if (parts.length === 0) throw new Error(nothing);
  return stackedSvg(parts);
}
