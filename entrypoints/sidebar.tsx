import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Sidebar } from '../components/Sidebar';
import css from '../components/styles.css?inline';
import type { FigureView } from '../lib/view/figure-view';
import { providePart } from '../utils/parts';

/** The sidebar, injected the first time a reader opens it: pages that are only highlighted never load Preact. */
export default defineUnlistedScript(() => providePart('sidebar', mountSidebar));

export interface SidebarState {
  figures: FigureView[];
  selectedId: string | null;
  /** The reader's verdict colours; custom properties pass the shadow root's style reset. */
  colours: Record<'corroborated' | 'conflicting' | 'unverified', string>;
}

export interface SidebarHandle {
  show(state: SidebarState): void;
  update(state: SidebarState): void;
  hide(): void;
  /** Offers `content` as a file download from inside the sidebar. */
  download(name: string, type: string, content: string): void;
}

/** Mounts the sidebar in a closed shadow root: page scripts cannot reach it, page styles cannot restyle it. */
export async function mountSidebar(
  ctx: ContentScriptContext,
  name: string,
  actions: { onSelect(id: string): void; onClose(): void; onExport(format: 'json' | 'markdown'): void },
): Promise<SidebarHandle> {
  let container: HTMLElement | null = null;
  let state: SidebarState | null = null;
  const draw = () => {
    if (!state) return;
    for (const [verdict, colour] of Object.entries(state.colours)) ui.shadowHost.style.setProperty(`--fc-${verdict}`, colour);
    if (container) render(<Sidebar figures={state.figures} selectedId={state.selectedId} onSelect={actions.onSelect} onClose={actions.onClose} onExport={actions.onExport} />, container);
  };
  const ui = await createShadowRootUi(ctx, {
    name,
    position: 'inline',
    anchor: 'html',
    append: 'last',
    mode: 'closed',
    css,
    isolateEvents: true,
    onMount(uiContainer) {
      container = uiContainer;
      draw();
      return uiContainer;
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted);
      container = null;
    },
  });
  return {
    show(next) {
      state = next;
      if (!container) ui.mount();
      draw();
      ui.uiContainer.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    },
    update(next) {
      state = next;
      draw();
    },
    hide() {
      if (container) ui.remove();
    },
    download(name, type, content) {
      const url = URL.createObjectURL(new Blob([content], { type }));
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      ui.uiContainer.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
