import { Blob as NodeBlob } from 'node:buffer';
import { act, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * XMLHttpRequest as the upload uses it (jsdom's would go to the network): it keeps what was
 * sent, and the test reports progress and answers when it wants.
 */
export class FakeXhr {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: Blob | null = null;
  withCredentials = false;
  responseType = '';
  status = 0;
  statusText = '';
  response: unknown = null;
  private answerType = 'application/json';
  upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  getAllResponseHeaders() {
    return `content-type: ${this.answerType}\r\n`;
  }
  abort() {}
  send(body: Blob) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  progress(fraction: number) {
    act(() =>
      this.upload.onprogress?.({ lengthComputable: true, loaded: fraction * 100, total: 100 }),
    );
  }
  answer(status: number, body: unknown, type = 'application/json') {
    this.status = status;
    this.answerType = type;
    this.response = new NodeBlob([JSON.stringify(body)], { type });
    act(() => this.onload?.());
  }
}

/** The one upload the page sent, once it has. */
export async function lastUpload(): Promise<FakeXhr> {
  await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
  return FakeXhr.sent[0] as FakeXhr;
}
