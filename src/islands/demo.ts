import { lazy } from './lazy';
import type { PageInfo } from './page';

/** How far outside the viewport a demo starts loading, so it is ready when it scrolls in. */
const NEAR_VIEWPORT = '600px 0px';

let observer: IntersectionObserver | undefined;
const waiting = new Map<Element, PageInfo>();

/**
 * A demo's place on the page. The demo (React, its own bundle) mounts when the place comes near the
 * viewport, so a page reads at once and pays for a demo only when the reader gets to it.
 */
export function demo(section: HTMLElement, page: PageInfo): void {
  waiting.set(section, page);
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer!.unobserve(entry.target);
        const info = waiting.get(entry.target);
        waiting.delete(entry.target);
        if (info) void mount(entry.target as HTMLElement, info);
      }
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  observer.observe(section);
}

async function mount(section: HTMLElement, page: PageInfo) {
  section.classList.add('demo-mounting');
  try {
    const { mountDemo } = await lazy.reactIslands();
    mountDemo(section, page);
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'demo-status demo-error';
    message.setAttribute('role', 'alert');
    message.textContent = `${page.t.demoFailed}: ${error instanceof Error ? error.message : String(error)}`;
    section.querySelectorAll('.demo-status').forEach((status) => status.remove());
    section.append(message);
  }
}
