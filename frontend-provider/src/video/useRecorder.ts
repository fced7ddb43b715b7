import { useCallback, useEffect, useRef, useState } from 'react';

/** The source: "De opname zal na 5 seconden beginnen". */
export const COUNTDOWN_SECONDS = 5;
/** A recording stops by itself after this long: about a minute is asked, 100 MB is the limit. */
export const MAX_RECORDING_SECONDS = 180;
/** What the API takes, best first; Safari records only MP4. */
export const PREFERRED_TYPES = ['video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'] as const;

export type RecorderState =
  | { phase: 'idle' }
  /** The browser asks for the camera and microphone. */
  | { phase: 'asking' }
  /** The person (or the browser's settings) refused the camera or microphone. */
  | { phase: 'denied' }
  /** No camera, no MediaRecorder, or not a secure page. */
  | { phase: 'unavailable' }
  | { phase: 'countdown'; secondsLeft: number }
  | { phase: 'recording'; seconds: number }
  | { phase: 'recorded'; video: Blob; url: string };

/** Recording needs both the camera API and MediaRecorder (not in every browser, never over http). */
export function canRecord(): boolean {
  return (
    typeof window.MediaRecorder === 'function' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function'
  );
}

/** The first type this browser records in, or `undefined` to let it choose. */
export function chooseRecordingType(): string | undefined {
  return PREFERRED_TYPES.find((type) => window.MediaRecorder.isTypeSupported?.(type));
}

function isRefusal(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'NotAllowedError' || error.name === 'SecurityError')
  );
}

function release(stream: MediaStream | null) {
  stream?.getTracks().forEach((track) => track.stop());
}

/**
 * Recording an introduction video in the browser, as the source's tool works: ask for the camera
 * and microphone, count down five seconds, record (the space bar stops it), then a recording to
 * watch, record again or save. The camera is released as soon as it is not needed: after
 * stopping, on cancelling and when the page is left.
 */
export function useRecorder() {
  const [state, setState] = useState<RecorderState>({ phase: 'idle' });
  const [stream, setStream] = useState<MediaStream | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const recorderRef = useRef<MediaRecorder | null>(null);
  const timerRef = useRef<number | null>(null);
  const urlRef = useRef<string | null>(null);
  const mountedRef = useRef(false);

  const clearTimer = useCallback(() => {
    if (timerRef.current !== null) window.clearInterval(timerRef.current);
    timerRef.current = null;
  }, []);

  const releaseCamera = useCallback(() => {
    release(streamRef.current);
    streamRef.current = null;
    setStream(null);
  }, []);

  const forgetRecording = useCallback(() => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = null;
  }, []);

  /** Ends the recording; the recorder's last data and its `stop` event make the video. */
  const stop = useCallback(() => {
    const recorder = recorderRef.current;
    if (recorder && recorder.state !== 'inactive') recorder.stop();
  }, []);

  const record = useCallback(
    (camera: MediaStream) => {
      const type = chooseRecordingType();
      const recorder = new MediaRecorder(camera, type ? { mimeType: type } : undefined);
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      recorder.onstop = () => {
        clearTimer();
        releaseCamera();
        recorderRef.current = null;
        const video = new Blob(chunks, {
          type: recorder.mimeType || type || chunks[0]?.type || 'video/webm',
        });
        const url = URL.createObjectURL(video);
        urlRef.current = url;
        setState({ phase: 'recorded', video, url });
      };
      recorderRef.current = recorder;
      // A piece every second: a long recording is not one block of memory at the end.
      recorder.start(1000);
      let seconds = 0;
      setState({ phase: 'recording', seconds });
      timerRef.current = window.setInterval(() => {
        seconds += 1;
        setState({ phase: 'recording', seconds });
        if (seconds >= MAX_RECORDING_SECONDS) stop();
      }, 1000);
    },
    [clearTimer, releaseCamera, stop],
  );

  /** Asks for the camera, then counts down to the recording. Also "record again". */
  const start = useCallback(async () => {
    forgetRecording();
    if (!canRecord()) {
      setState({ phase: 'unavailable' });
      return;
    }
    setState({ phase: 'asking' });
    let camera: MediaStream;
    try {
      camera = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    } catch (error) {
      if (mountedRef.current) setState({ phase: isRefusal(error) ? 'denied' : 'unavailable' });
      return;
    }
    if (!mountedRef.current) {
      release(camera);
      return;
    }
    streamRef.current = camera;
    setStream(camera);
    let left = COUNTDOWN_SECONDS;
    setState({ phase: 'countdown', secondsLeft: left });
    timerRef.current = window.setInterval(() => {
      left -= 1;
      if (left > 0) {
        setState({ phase: 'countdown', secondsLeft: left });
      } else {
        clearTimer();
        record(camera);
      }
    }, 1000);
  }, [clearTimer, forgetRecording, record]);

  /** Back to the start without a recording: the countdown, a recording or a recorded video. */
  const reset = useCallback(() => {
    clearTimer();
    const recorder = recorderRef.current;
    recorderRef.current = null;
    if (recorder && recorder.state !== 'inactive') {
      recorder.onstop = null;
      recorder.stop();
    }
    releaseCamera();
    forgetRecording();
    setState({ phase: 'idle' });
  }, [clearTimer, forgetRecording, releaseCamera]);

  // The space bar stops a recording, wherever the focus is.
  const recording = state.phase === 'recording';
  useEffect(() => {
    if (!recording) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code === 'Space' || event.key === ' ') {
        event.preventDefault();
        stop();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [recording, stop]);

  // Leaving the page releases the camera and forgets what was not saved.
  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
      clearTimer();
      const recorder = recorderRef.current;
      recorderRef.current = null;
      if (recorder && recorder.state !== 'inactive') {
        recorder.onstop = null;
        recorder.stop();
      }
      release(streamRef.current);
      streamRef.current = null;
      forgetRecording();
    };
  }, [clearTimer, forgetRecording]);

  return { state, stream, start, stop, reset };
}
