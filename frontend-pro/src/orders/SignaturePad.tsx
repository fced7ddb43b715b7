import { Button, Group, Input, Stack, Text } from '@mantine/core';
import { useId, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './SignaturePad.module.css';

/** The drawing's size in pixels: small enough for the API (a PNG of a few kB), wide enough. */
export const PAD_WIDTH = 600;
export const PAD_HEIGHT = 200;

export interface SignaturePadProps {
  /** The drawing as a PNG data URL after each stroke; null when cleared. */
  onChange: (image: string | null) => void;
  error?: string;
}

/**
 * "Uw handtekening": a canvas drawn on with a mouse, a finger or a pen (pointer events; the page
 * does not scroll while drawing on it), and "Wissen" to start again. It is as wide as the screen
 * allows, up to 600 pixels, and keeps its proportions.
 */
export function SignaturePad({ onChange, error }: SignaturePadProps) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ pointerId: number; x: number; y: number } | null>(null);
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();

  /** Where the pointer is, in the canvas's own pixels (it may be shown smaller). */
  function point(event: PointerEvent<HTMLCanvasElement>) {
    const element = event.currentTarget;
    const rect = element.getBoundingClientRect();
    const scaleX = rect.width ? element.width / rect.width : 1;
    const scaleY = rect.height ? element.height / rect.height : 1;
    return { x: (event.clientX - rect.left) * scaleX, y: (event.clientY - rect.top) * scaleY };
  }

  function context() {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return null;
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#1a1b3a';
    ctx.fillStyle = '#1a1b3a';
    return ctx;
  }

  function onPointerDown(event: PointerEvent<HTMLCanvasElement>) {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const at = point(event);
    drawing.current = { pointerId: event.pointerId, ...at };
    // A dot, so a tap leaves a mark too.
    const ctx = context();
    if (ctx) {
      ctx.beginPath();
      ctx.arc(at.x, at.y, ctx.lineWidth / 2, 0, Math.PI * 2);
      ctx.fill();
    }
  }

  function onPointerMove(event: PointerEvent<HTMLCanvasElement>) {
    const last = drawing.current;
    if (!last || last.pointerId !== event.pointerId) return;
    event.preventDefault();
    const at = point(event);
    const ctx = context();
    if (ctx) {
      ctx.beginPath();
      ctx.moveTo(last.x, last.y);
      ctx.lineTo(at.x, at.y);
      ctx.stroke();
    }
    drawing.current = { pointerId: event.pointerId, ...at };
  }

  function onPointerEnd(event: PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current || drawing.current.pointerId !== event.pointerId) return;
    drawing.current = null;
    onChange(canvas.current?.toDataURL('image/png') ?? null);
  }

  function clear() {
    const element = canvas.current;
    element?.getContext('2d')?.clearRect(0, 0, element.width, element.height);
    drawing.current = null;
    onChange(null);
  }

  return (
    <Stack gap={6}>
      <Input.Label id={labelId} component="span">
        {t('orders.sign.pad.label')}
      </Input.Label>
      <Text size="sm" c="dark.5" id={hintId}>
        {t('orders.sign.pad.hint')}
      </Text>
      <canvas
        ref={canvas}
        width={PAD_WIDTH}
        height={PAD_HEIGHT}
        role="img"
        aria-labelledby={labelId}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        className={classes.pad}
        data-invalid={error ? true : undefined}
        data-testid="signature-pad"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      />
      {error ? <Input.Error id={errorId}>{error}</Input.Error> : null}
      <Group>
        <Button variant="default" size="sm" onClick={clear}>
          {t('orders.sign.pad.clear')}
        </Button>
      </Group>
    </Stack>
  );
}
