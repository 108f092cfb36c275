// SIGINT and SIGTERM during a batch: the first one stops taking inputs (the records being made are
// finished and written, the output closed); a second one abandons the inputs still running. The
// exit status is 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM.
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;
type Caught = keyof typeof SIGNALS;

export interface Interruption {
  /** The first signal caught, or null. */
  readonly signal: Caught | null;
  /** Resolves at the first signal. */
  readonly stopped: Promise<void>;
  /** Resolves at the second signal. */
  readonly forced: Promise<void>;
  /** The exit status for the signal caught. */
  readonly exitCode: number;
  /** Removes the handlers (the default action comes back). */
  dispose(): void;
}

export function catchSignals(): Interruption {
  let signal: Caught | null = null;
  let count = 0;
  let stop!: () => void;
  let force!: () => void;
  const stopped = new Promise<void>((done) => (stop = done));
  const forced = new Promise<void>((done) => (force = done));
  const handler = (caught: Caught): void => {
    count += 1;
    signal ??= caught;
    if (count === 1) stop();
    else force();
  };
  for (const name of Object.keys(SIGNALS) as Caught[]) process.on(name, handler);
  return {
    get signal() {
      return signal;
    },
    stopped,
    forced,
    get exitCode() {
      return signal === null ? 0 : SIGNALS[signal];
    },
    dispose() {
      for (const name of Object.keys(SIGNALS) as Caught[]) process.off(name, handler);
    },
  };
}
