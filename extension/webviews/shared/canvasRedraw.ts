// The redraw loop behind a canvas, shared by the Model Map and the Model Scatterplot: requests are coalesced into one draw
// per animation frame (zoom, hover and filter brushing fire far more often than the screen refreshes), a resize of the
// observed element or a move to a screen of another pixel density asks for one, and the pixel buffer follows the CSS size
// × devicePixelRatio so lines and text stay crisp.

export class CanvasRedraw {
  private frame = 0;

  /**
   * @param resizes the element whose size the drawing follows.
   * @param resized what a resize of it does; by default, a redraw.
   */
  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly draw: () => void,
    resizes: Element,
    resized: () => void = () => this.request(),
  ) {
    new ResizeObserver(resized).observe(resizes);
    this.watchPixelRatio();
  }

  /** Draws on the next animation frame, once however many requests arrive before it. */
  request(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Sizes the pixel buffer for a width × height drawing (CSS px); returns the ratio the painter scales by. */
  fit(width: number, height: number): number {
    const dpr = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * dpr);
    const pixelHeight = Math.round(height * dpr);
    // Assigning the size clears the canvas and reallocates its buffer, even to the same value.
    if (this.canvas.width !== pixelWidth || this.canvas.height !== pixelHeight) {
      this.canvas.width = pixelWidth;
      this.canvas.height = pixelHeight;
    }
    return dpr;
  }

  /** Redraws when the window moves to a screen of another pixel density, which resizes nothing. */
  private watchPixelRatio(): void {
    const query = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    query.addEventListener(
      'change',
      () => {
        this.request();
        this.watchPixelRatio();
      },
      { once: true },
    );
  }
}
