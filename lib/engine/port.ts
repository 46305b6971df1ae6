/** The part of a browser runtime port the engine's two ends use, so both run in tests over a plain channel. */
export interface Port<Out> {
  postMessage(message: Out): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}
