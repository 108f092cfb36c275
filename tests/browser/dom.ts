// The little of the DOM that code run in the page (page.evaluate) uses, typed here because the
// project's TypeScript has no DOM library: inside a callback, `globalThis as unknown as Win`.

export interface El {
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { top: number; bottom: number };
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
}

export interface Win {
  document: {
    getElementById(id: string): El | null;
    querySelector(selector: string): El | null;
    querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
    body: { dataset: Record<string, string | undefined> };
  };
  innerHeight: number;
  requestAnimationFrame(callback: () => void): number;
  __pwned?: number;
}
