import { vi } from 'vitest';

/**
 * Replaces ResizeObserver (jsdom has none) by one the test drives: `report(element, width)` calls
 * every observer of `element`, as the browser does after a layout. Undone by vi.unstubAllGlobals().
 */
export function fakeResizeObserver(): { report: (element: Element, width: number, height?: number) => void; observed: () => Element[] } {
  const observers = new Set<{ callback: ResizeObserverCallback; targets: Set<Element>; self: ResizeObserver }>();
  class FakeResizeObserver {
    private readonly entry: { callback: ResizeObserverCallback; targets: Set<Element>; self: ResizeObserver };
    constructor(callback: ResizeObserverCallback) {
      this.entry = { callback, targets: new Set(), self: this as unknown as ResizeObserver };
      observers.add(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.add(target);
    }
    unobserve(target: Element) {
      this.entry.targets.delete(target);
    }
    disconnect() {
      observers.delete(this.entry);
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  return {
    report(element, width, height = 100) {
      for (const { callback, targets, self } of observers)
        if (targets.has(element)) callback([{ target: element, contentRect: { width, height } } as unknown as ResizeObserverEntry], self);
    },
    observed: () => [...observers].flatMap(({ targets }) => [...targets]),
  };
}
