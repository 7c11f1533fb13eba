// The small distribution chart in each model's header: a histogram of the shown metric over the rows.
import * as d3 from 'd3';

const WIDTH = 96;
const HEIGHT = 22;
const BINS = 12;

/** Bin counts of the finite values over `domain`, `BINS` equal bins, values at the top edge in the last. Pure, tested. */
export function histogramCounts(values: readonly (number | null)[], [lo, hi]: [number, number], bins = BINS): number[] {
  const counts = new Array<number>(bins).fill(0);
  if (hi <= lo) return counts;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    const i = Math.floor(((v - lo) / (hi - lo)) * bins);
    counts[Math.max(0, Math.min(bins - 1, i))]++;
  }
  return counts;
}

export function drawHistogram(svgElement: SVGSVGElement, values: readonly (number | null)[], domain: [number, number], label: string): void {
  const counts = histogramCounts(values, domain);
  const max = Math.max(1, ...counts);
  const x = d3.scaleBand<number>().domain(d3.range(counts.length)).range([0, WIDTH]).padding(0.1);
  const y = d3.scaleLinear().domain([0, max]).range([HEIGHT, 1]);
  const svg = d3.select(svgElement).attr('width', WIDTH).attr('height', HEIGHT).attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.attr('role', 'img').attr('aria-label', label);
  svg.selectAll('rect').data(counts).join('rect')
    .attr('x', (_, i) => x(i) ?? 0).attr('width', x.bandwidth())
    .attr('y', (d) => y(d)).attr('height', (d) => HEIGHT - y(d));
}
