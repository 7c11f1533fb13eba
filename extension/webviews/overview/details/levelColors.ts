// Colours for the levels of the colour variable. Tableau10 reads well on light and dark themes;
// beyond ten levels the colours come from one continuous rainbow so no two levels share a colour.
import { interpolateRainbow, quantize, schemeTableau10 } from 'd3';

export function levelColors(count: number): string[] {
  if (count <= 0) return [];
  if (count <= schemeTableau10.length) return schemeTableau10.slice(0, count);
  // quantize includes both ends, and the rainbow's ends are the same colour.
  return quantize(interpolateRainbow, count + 1).slice(0, count);
}
