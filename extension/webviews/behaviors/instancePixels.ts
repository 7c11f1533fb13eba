// Turns a dataset instance's bytes (height × width × channels, grey or RGB, row-major) into canvas RGBA,
// and picks an integer zoom so pixels stay crisp. Pure, tested.

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** RGBA for ImageData; throws with the sizes when the bytes do not fill the shape. */
export function toRgba(bytes: Uint8Array, [height, width, channels]: readonly number[]): Uint8ClampedArray<ArrayBuffer> {
  if (channels !== 1 && channels !== 3) throw new Error(`An image instance needs 1 (grey) or 3 (RGB) channels, not ${channels}.`);
  const pixels = height * width;
  if (bytes.length !== pixels * channels)
    throw new Error(`The instance has ${bytes.length} bytes, but a ${height}×${width}×${channels} image needs ${pixels * channels}.`);
  const rgba = new Uint8ClampedArray(new ArrayBuffer(pixels * 4));
  for (let p = 0; p < pixels; p++) {
    const src = p * channels;
    rgba[p * 4] = bytes[src];
    rgba[p * 4 + 1] = bytes[channels === 3 ? src + 1 : src];
    rgba[p * 4 + 2] = bytes[channels === 3 ? src + 2 : src];
    rgba[p * 4 + 3] = 255;
  }
  return rgba;
}

/** The largest whole zoom that fits `box` CSS pixels (at least 1): fractional zooms blur or uneven-size pixels. */
export function crispScale(height: number, width: number, box: number): number {
  return Math.max(1, Math.floor(box / Math.max(height, width, 1)));
}
