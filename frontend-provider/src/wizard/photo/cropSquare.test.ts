import { describe, expect, it } from 'vitest';
import { squareView } from './cropSquare';

const LANDSCAPE = { width: 1000, height: 500 };

describe('the square the round frame shows', () => {
  it('is the picture’s shorter side, centred on x and kept inside the picture', () => {
    expect(squareView(LANDSCAPE, { x: 0.5, y: 0.33, zoom: 1 })).toEqual({
      width: 200,
      height: 100,
      left: -50,
      top: 0,
    });
    // Too far left or right: the square stops at the edge, as the API's cut does.
    expect(squareView(LANDSCAPE, { x: 0, y: 0.5, zoom: 1 }).left).toBe(0);
    expect(squareView(LANDSCAPE, { x: 1, y: 0.5, zoom: 1 }).left).toBe(-100);
  });

  it('zooms in: a side of the shorter side divided by the zoom', () => {
    const view = squareView(LANDSCAPE, { x: 0.5, y: 0.33, zoom: 2 });
    expect(view.width).toBe(400);
    expect(view.height).toBe(200);
    expect(view.left).toBe(-150);
    expect(view.top).toBeCloseTo(-16);
  });
});
