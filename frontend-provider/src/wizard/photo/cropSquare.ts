import type { PhotoCrop } from '../../api/uploads';

export interface ImageSize {
  width: number;
  height: number;
}

/** Where the whole picture sits, in % of the square frame, so the frame shows exactly the square. */
export interface SquareView {
  width: number;
  height: number;
  left: number;
  top: number;
}

/**
 * The square the API cuts (the same sums as its `square()`): its side is the picture's shorter
 * side divided by the zoom, centred on (x, y) as fractions of width and height, and kept inside
 * the picture. Answered as the picture's place in a frame of that square, in percent.
 */
export function squareView(size: ImageSize, crop: PhotoCrop): SquareView {
  const side = Math.min(size.width, size.height) / crop.zoom;
  const left = Math.min(Math.max(crop.x * size.width - side / 2, 0), size.width - side);
  const top = Math.min(Math.max(crop.y * size.height - side / 2, 0), size.height - side);
  const percent = (value: number) => (value / side) * 100;
  return {
    width: percent(size.width),
    height: percent(size.height),
    left: 0 - percent(left),
    top: 0 - percent(top),
  };
}
