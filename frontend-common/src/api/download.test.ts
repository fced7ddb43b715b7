import { describe, expect, it, vi } from 'vitest';
import { attachmentName, readWithProgress } from './download';

describe('downloads', () => {
  it('takes the file name the API gives, else the fallback', () => {
    const named = new Response('x', {
      headers: { 'Content-Disposition': 'attachment; filename="kring-hours-vries-2026-11.pdf"' },
    });
    expect(attachmentName(named, 'fallback.pdf')).toBe('kring-hours-vries-2026-11.pdf');
    expect(attachmentName(new Response('x'), 'fallback.pdf')).toBe('fallback.pdf');
  });

  it('reads the body whole and reports progress up to 1', async () => {
    const body = new Uint8Array(1000).fill(7);
    const response = new Response(body, { headers: { 'Content-Length': '1000' } });
    const progress = vi.fn();
    const blob = await readWithProgress(response, 'application/pdf', progress);
    expect(blob.size).toBe(1000);
    expect(blob.type).toBe('application/pdf');
    expect(progress).toHaveBeenLastCalledWith(1);
    const fractions = progress.mock.calls.map(([fraction]) => fraction as number);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});
