import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * Client routes on the History API. Every route is a real URL the API answers with the app
 * (api/web-app.ts), so a search's page can be bookmarked and reopened.
 */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'searches' }
  | { readonly name: 'search'; readonly searchId: string }
  | { readonly name: 'admin' }
  | { readonly name: 'not-found' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'searches' && parts.length === 1) return { name: 'searches' };
  if (parts[0] === 'searches' && parts.length === 2 && UUID.test(parts[1]!))
    return { name: 'search', searchId: parts[1]! };
  if (parts[0] === 'admin' && parts.length === 1) return { name: 'admin' };
  return { name: 'not-found' };
}

const listeners = new Set<() => void>();

export function navigate(to: string): void {
  if (to === window.location.pathname) return;
  window.history.pushState(null, '', to);
  listeners.forEach((notify) => notify());
  window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [pathname, setPathname] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPathname(window.location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return parseRoute(pathname);
}

/** An in-app link: a real href (open in a new tab works), navigated without a reload. */
export function Link({ to, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { readonly to: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a {...rest} href={to} onClick={onClick} />;
}
