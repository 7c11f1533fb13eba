// Zoom and pan for the scatterplot: the wheel zooms about the pointer, a middle-button or Alt-drag pans
// (a plain drag stays the selection brush), and Reset zoom (or a double-click on empty plot) shows every
// model again. The axes, gridlines and points all read the rescaled axes, so gridlines follow the zoom.
import { select, zoom, zoomIdentity, type ScaleLinear, type ZoomBehavior, type ZoomTransform } from 'd3';
import { element as el } from '../../shared/dom';

/** Deep enough to separate points that sit on top of each other at 10,000 models. */
export const MAX_SCATTER_ZOOM = 64;

export class ScatterZoom {
  readonly resetButton: HTMLButtonElement;
  private transform: ZoomTransform = zoomIdentity;
  private readonly behaviour: ZoomBehavior<HTMLElement, unknown>;

  constructor(
    private readonly area: HTMLElement,
    changed: () => void,
  ) {
    this.resetButton = el('button', 'toolbar-button scatter-reset', 'Reset zoom');
    this.resetButton.title = 'Show every model again (the wheel zooms; Alt-drag or middle-drag pans)';
    this.resetButton.hidden = true;
    this.resetButton.addEventListener('click', () => this.reset());
    this.behaviour = zoom<HTMLElement, unknown>()
      .scaleExtent([1, MAX_SCATTER_ZOOM])
      // A plain drag belongs to the brush; panning takes the middle button or Alt.
      .filter((event: MouseEvent) => event.type === 'wheel' || (event.type === 'mousedown' && (event.button === 1 || (event.button === 0 && event.altKey))))
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
        this.resetButton.hidden = this.transform.k === 1 && this.transform.x === 0 && this.transform.y === 0;
        area.dataset.zoom = this.transform.k.toFixed(3);
        changed();
      });
    select(area).call(this.behaviour).on('dblclick.zoom', null);
    area.dataset.zoom = '1.000';
  }

  /** Keeps panning within the plot: at zoom 1 nothing moves, zoomed in the view never leaves the data. */
  setExtent(width: number, height: number): void {
    this.behaviour.extent([[0, 0], [width, height]]).translateExtent([[0, 0], [width, height]]);
  }

  /** The axes as zoomed: the same domain-to-pixel scales, rescaled by the current zoom and pan. */
  rescale(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
    return { x: this.transform.rescaleX(x), y: this.transform.rescaleY(y) };
  }

  reset(): void {
    select(this.area).call(this.behaviour.transform, zoomIdentity);
  }
}
