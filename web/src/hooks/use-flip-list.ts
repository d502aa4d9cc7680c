import { useCallback, useEffect, useMemo, useRef } from 'react';

/**
 * Re-ranked results move into place instead of jumping (FLIP: First, Last, Invert, Play), and the
 * result the reader is on — the one holding focus, else the one under the pointer — stays where it
 * was on the screen: the page scrolls by however much it moved, so nothing slides out from under
 * the cursor. Items carry `data-flip-key`; call capture() just before the list changes and play()
 * in a layout effect after it rendered.
 */
export function useFlipList<T extends HTMLElement>() {
  const container = useRef<T>(null);
  const pointerKey = useRef<string | null>(null);
  const snapshot = useRef<{ tops: Map<string, number>; anchor: string | null } | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const over = (event: PointerEvent) => {
      const item = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-flip-key]') : null;
      pointerKey.current = item?.dataset.flipKey ?? null;
    };
    const leave = () => {
      pointerKey.current = null;
    };
    el.addEventListener('pointerover', over);
    el.addEventListener('pointerleave', leave);
    return () => {
      el.removeEventListener('pointerover', over);
      el.removeEventListener('pointerleave', leave);
    };
  }, []);

  const items = (): HTMLElement[] =>
    container.current ? [...container.current.querySelectorAll<HTMLElement>('[data-flip-key]')] : [];

  const capture = useCallback(() => {
    const tops = new Map(items().map((item) => [item.dataset.flipKey ?? '', item.getBoundingClientRect().top]));
    const active = document.activeElement;
    const focused =
      active instanceof Element && container.current?.contains(active)
        ? (active.closest<HTMLElement>('[data-flip-key]')?.dataset.flipKey ?? null)
        : null;
    const anchor = focused ?? pointerKey.current;
    snapshot.current = { tops, anchor: anchor && tops.has(anchor) ? anchor : null };
  }, []);

  const play = useCallback(() => {
    const snap = snapshot.current;
    snapshot.current = null;
    if (!snap) return;
    const now = items();
    for (const item of now) item.getAnimations().forEach((a) => a.cancel());
    if (snap.anchor) {
      const anchored = now.find((item) => item.dataset.flipKey === snap.anchor);
      const before = snap.tops.get(snap.anchor);
      if (anchored && before !== undefined) {
        const drift = anchored.getBoundingClientRect().top - before;
        if (Math.abs(drift) >= 1) window.scrollBy({ top: drift, behavior: 'instant' });
      }
    }
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    for (const item of now) {
      const before = snap.tops.get(item.dataset.flipKey ?? '');
      if (before === undefined) {
        item.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 250, easing: 'ease-out' });
        continue;
      }
      const delta = before - item.getBoundingClientRect().top;
      if (Math.abs(delta) < 1) continue;
      item.animate([{ transform: `translateY(${delta}px)` }, { transform: 'none' }], {
        duration: 320,
        easing: 'cubic-bezier(0.2, 0, 0, 1)',
      });
    }
  }, []);

  return useMemo(() => ({ container, capture, play }), [capture, play]);
}
