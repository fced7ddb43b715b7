import { Blob as NodeBlob } from 'node:buffer';
import {
  FakeXhr,
  json,
  lastUpload,
  noContent,
  renderWithProviders,
} from '@kring/common/test-utils';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { ProviderProfile } from '../api/profile';
import { liveProfile, VIDEO } from '../home/testFixtures';
import { translations } from '../locales';
import { testFile, wizardApi } from '../test/wizardFixtures';

async function renderVideoPage(profile: ProviderProfile = liveProfile(), routes = {}) {
  const api = wizardApi(profile, routes);
  const { unmount } = renderWithProviders(<AppRoutes />, {
    translations,
    fetch: api.fetch,
    route: '/video',
  });
  await screen.findByRole('heading', { level: 1, name: 'Je introductievideo' });
  return { ...api, unmount };
}

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  // The test's requests are Node's: their bodies must be Node's blobs, not jsdom's.
  vi.stubGlobal('Blob', NodeBlob);
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'kring_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('the introduction video page', () => {
  it('gives the source’s advice: the four points, the six tips and the help address', async () => {
    await renderVideoPage();

    expect(
      screen.getByText('Laat de mensen thuis zien wie je bent.', { exact: false }),
    ).toBeInTheDocument();
    const prompts = screen.getByRole('region', { name: '1 minuut: even voorstellen' });
    expect(within(prompts).getAllByRole('listitem')).toHaveLength(4);
    const tips = screen.getByRole('region', { name: 'Zo is je video geschikt voor Kring' });
    expect(within(tips).getAllByRole('listitem')).toHaveLength(6);
    const how = screen.getByRole('list', { name: 'Zo werkt het' });
    expect(within(how).getAllByRole('listitem')).toHaveLength(6);
    const help = screen.getByRole('region', { name: 'De videotool werkt niet?' });
    expect(within(help).getByRole('link')).toHaveAttribute(
      'href',
      'mailto:support@kring.nl?subject=De%20videotool%20werkt%20niet',
    );
    expect(screen.getByText('Je hebt nog geen introductievideo.')).toBeInTheDocument();
  });

  it('uploads a chosen file as the body, with its own type, and shows how far it is', async () => {
    const user = userEvent.setup();
    document.cookie = 'kring_csrf=csrf-token-1';
    await renderVideoPage();
    const chooser = screen.getByLabelText('Kies een video');
    expect(chooser).toHaveAttribute('accept', 'video/mp4,video/webm');

    await user.upload(chooser, testFile('webm-bytes', 'intro.webm', 'video/webm'));
    const xhr = await lastUpload();
    expect(xhr.method).toBe('PUT');
    expect(new URL(xhr.url).pathname).toBe('/api/v1/provider/profile/video');
    expect(xhr.headers['content-type']).toBe('video/webm');
    // Built by the API client like every other call: the CSRF token and the UI's language.
    expect(xhr.headers['x-csrf-token']).toBe('csrf-token-1');
    expect(xhr.headers['accept-language']).toBe('nl');
    expect(await xhr.body?.text()).toBe('webm-bytes');

    xhr.progress(0.42);
    expect(screen.getByText('Je video wordt verstuurd: 42%')).toBeInTheDocument();
    xhr.answer(200, liveProfile({ video: VIDEO }));

    expect(await screen.findByTestId('video-notice')).toHaveTextContent('Je video is opgeslagen.');
    expect(screen.getByTestId('current-video')).toHaveAttribute('src', VIDEO.url);
    expect(screen.getByTestId('video-review')).toHaveTextContent(
      'Kring bekijkt elke nieuwe video eerst.',
    );
  });

  it('shows the API’s answer to a video that is too large', async () => {
    const user = userEvent.setup();
    await renderVideoPage();

    await user.upload(
      screen.getByLabelText('Kies een video'),
      testFile('mp4-bytes', 'lang.mp4', 'video/mp4'),
    );
    const xhr = await lastUpload();
    expect(xhr.headers['content-type']).toBe('video/mp4');
    xhr.answer(
      413,
      {
        type: 'about:blank',
        title: 'Te groot',
        status: 413,
        detail: 'Het bestand is groter dan 100 MB.',
      },
      'application/problem+json',
    );

    expect(await screen.findByText('Het bestand is groter dan 100 MB.')).toBeInTheDocument();
    expect(screen.getByLabelText('Kies een video')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('video-notice')).not.toBeInTheDocument();
  });

  it('refuses a file over 100 MB or of another kind before sending it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderVideoPage();
    const chooser = screen.getByLabelText('Kies een video');

    const big = testFile('x', 'groot.mp4', 'video/mp4');
    Object.defineProperty(big, 'size', { value: 100 * 1024 * 1024 + 1 });
    await user.upload(chooser, big);
    expect(chooser).toHaveAccessibleDescription(/Kies een bestand van hoogstens 100 MB/);

    await user.upload(chooser, testFile('moov', 'vakantie.mov', 'video/quicktime'));
    expect(chooser).toHaveAccessibleDescription(/Dit is geen MP4- of WebM-bestand/);
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('removes the saved video after a second yes', async () => {
    const user = userEvent.setup();
    let profile = liveProfile({ video: VIDEO });
    const api = await renderVideoPage(profile, {
      'GET /api/v1/provider/profile': () => json(profile),
      'DELETE /api/v1/provider/profile/video': () => {
        profile = liveProfile();
        return noContent();
      },
    });
    expect(screen.getByTestId('current-video')).toHaveAttribute('src', VIDEO.url);

    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    const question = screen.getByRole('group', { name: /Weet je zeker/ });
    await user.click(within(question).getByRole('button', { name: 'Ja, verwijderen' }));

    expect(await screen.findByText('Je hebt nog geen introductievideo.')).toBeInTheDocument();
    expect(screen.getByTestId('video-notice')).toHaveTextContent('Je video is verwijderd.');
    expect(api.callsTo('DELETE', '/api/v1/provider/profile/video')).toHaveLength(1);
  });
});

/** A camera stream whose tracks say when they are stopped (the camera released). */
function fakeCamera() {
  const tracks = [{ stop: vi.fn() }, { stop: vi.fn() }];
  return { stream: { getTracks: () => tracks } as unknown as MediaStream, tracks };
}

/** MediaRecorder as the browser has it: jsdom has none. It records one piece, "recording". */
class FakeMediaRecorder {
  static made: FakeMediaRecorder[] = [];
  static isTypeSupported = (type: string) => type.startsWith('video/webm');
  state: 'inactive' | 'recording' = 'inactive';
  mimeType: string;
  timeslice: number | undefined;
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;

  constructor(
    readonly stream: MediaStream,
    options?: { mimeType?: string },
  ) {
    this.mimeType = options?.mimeType ?? '';
    FakeMediaRecorder.made.push(this);
  }
  start(timeslice?: number) {
    this.state = 'recording';
    this.timeslice = timeslice;
  }
  stop() {
    this.state = 'inactive';
    this.ondataavailable?.({ data: new NodeBlob(['recording'], { type: this.mimeType }) as Blob });
    this.onstop?.();
  }
}

describe('recording the video in the browser', () => {
  let getUserMedia: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    FakeMediaRecorder.made = [];
    getUserMedia = vi.fn();
    vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
    Object.defineProperty(navigator, 'mediaDevices', {
      value: { getUserMedia },
      configurable: true,
    });
    URL.createObjectURL = vi.fn(() => 'blob:kring-recording');
    URL.revokeObjectURL = vi.fn();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });

  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(navigator, 'mediaDevices');
  });

  const second = () => act(() => vi.advanceTimersByTime(1000));

  it('counts down five seconds, records until the space bar, and saves the recording', async () => {
    const user = userEvent.setup();
    const camera = fakeCamera();
    getUserMedia.mockResolvedValue(camera.stream);
    await renderVideoPage();

    await user.click(screen.getByRole('button', { name: 'Start opname' }));
    expect(getUserMedia).toHaveBeenCalledWith({ video: true, audio: true });
    expect(await screen.findByTestId('countdown')).toHaveTextContent('5');
    expect(screen.getByText('De opname begint over 5 seconden.')).toBeInTheDocument();
    expect(screen.getByLabelText('Wat je camera nu ziet')).toHaveProperty('muted', true);
    expect(screen.getByRole('button', { name: 'Annuleren' })).toHaveFocus();

    for (const left of [4, 3, 2]) {
      second();
      expect(screen.getByTestId('countdown')).toHaveTextContent(String(left));
    }
    second();
    expect(screen.getByText('De opname begint over 1 seconde.')).toBeInTheDocument();
    expect(FakeMediaRecorder.made).toHaveLength(0);
    second();

    // Recording: in the first type the browser takes, the live picture still on.
    const [recorder] = FakeMediaRecorder.made;
    expect(recorder?.mimeType).toBe('video/webm;codecs=vp8,opus');
    expect(recorder?.state).toBe('recording');
    expect(
      screen.getByText('De opname loopt. Druk op de spatiebalk om te stoppen.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop (spatiebalk)' })).toHaveFocus();
    second();
    second();
    expect(screen.getByTestId('elapsed')).toHaveTextContent('Opname 0:02');

    // The space bar stops it wherever the focus is, not only on the stop button.
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard(' ');
    expect(recorder?.state).toBe('inactive');
    // The camera is released as soon as the recording stops.
    for (const track of camera.tracks) expect(track.stop).toHaveBeenCalled();
    const playback = screen.getByLabelText('Je opname');
    expect(playback).toHaveAttribute('src', 'blob:kring-recording');
    expect(playback).toHaveAttribute('controls');
    expect(screen.getByRole('button', { name: 'Opnieuw opnemen' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const xhr = await lastUpload();
    // The codecs are the browser's business: the API takes the type alone.
    expect(xhr.headers['content-type']).toBe('video/webm');
    expect(await xhr.body?.text()).toBe('recording');
    xhr.answer(200, liveProfile({ video: VIDEO }));

    expect(await screen.findByTestId('video-notice')).toHaveTextContent('Je video is opgeslagen.');
    expect(screen.getByRole('button', { name: 'Start opname' })).toBeInTheDocument();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:kring-recording');
  });

  it('explains a refused camera and points to the upload', async () => {
    const user = userEvent.setup();
    getUserMedia.mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError'));
    await renderVideoPage();

    await user.click(screen.getByRole('button', { name: 'Start opname' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Geen toegang tot je camera');
    expect(alert).toHaveTextContent('Of upload hieronder een video die je al hebt gemaakt.');
    expect(FakeMediaRecorder.made).toHaveLength(0);
  });

  it('says so where the browser cannot record at all', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('MediaRecorder', undefined);
    await renderVideoPage();

    await user.click(screen.getByRole('button', { name: 'Start opname' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Opnemen lukt hier niet');
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it('releases the camera when the countdown is cancelled', async () => {
    const user = userEvent.setup();
    const camera = fakeCamera();
    getUserMedia.mockResolvedValue(camera.stream);
    await renderVideoPage();

    await user.click(screen.getByRole('button', { name: 'Start opname' }));
    await user.click(await screen.findByRole('button', { name: 'Annuleren' }));

    for (const track of camera.tracks) expect(track.stop).toHaveBeenCalled();
    second();
    second();
    second();
    second();
    second();
    expect(FakeMediaRecorder.made).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Start opname' })).toBeInTheDocument();
  });

  it('releases the camera when the page is left during a recording', async () => {
    const user = userEvent.setup();
    const camera = fakeCamera();
    getUserMedia.mockResolvedValue(camera.stream);
    const page = await renderVideoPage();

    await user.click(screen.getByRole('button', { name: 'Start opname' }));
    await screen.findByTestId('countdown');
    for (let count = 0; count < 5; count += 1) second();
    expect(FakeMediaRecorder.made[0]?.state).toBe('recording');
    page.unmount();

    for (const track of camera.tracks) expect(track.stop).toHaveBeenCalled();
    expect(FakeMediaRecorder.made[0]?.state).toBe('inactive');
  });
});
