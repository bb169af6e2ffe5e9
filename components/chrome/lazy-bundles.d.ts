/** What the bundles loaded on first use hand to their loaders (FrameScripts, CheckYourself). */
interface Window {
  atlasMenu?: { toggle(): void };
  atlasCheck?: { handle(event: Event): void };
}
