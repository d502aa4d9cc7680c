import { useEffect, useRef } from 'react';
import { AdminPage } from './pages/admin-page';
import { HomePage } from './pages/home-page';
import { PastSearchesPage } from './pages/past-searches-page';
import { SearchPage } from './pages/search-page';
import { SignInPage } from './pages/sign-in-page';
import { Link, useRoute, type Route } from './router';
import { useSession, useSessionState } from './session';

const TITLES: Record<Route['name'], string> = {
  home: 'New search',
  searches: 'Past searches',
  search: 'Search results',
  admin: 'Admin',
  'not-found': 'Page not found',
};

export function App() {
  const { session, restoring } = useSessionState();
  if (restoring) {
    return (
      <main id="main" className="page narrow">
        <p role="status">Signing you in…</p>
      </main>
    );
  }
  return session ? <SignedIn /> : <SignInPage />;
}

function SignedIn() {
  const route = useRoute();
  const { me, signOut } = useSession();
  const main = useRef<HTMLElement>(null);

  // A new page announces itself: its title, and focus at its start for keyboard and screen readers.
  useEffect(() => {
    document.title = `${TITLES[route.name]} · Hirehound`;
    main.current?.focus({ preventScroll: true });
  }, [route.name, route.name === 'search' ? route.searchId : '']);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to="/" className="brand">
          Hirehound
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link to="/" aria-current={route.name === 'home' ? 'page' : undefined}>
                New search
              </Link>
            </li>
            <li>
              <Link to="/searches" aria-current={route.name === 'searches' ? 'page' : undefined}>
                Past searches
              </Link>
            </li>
            {me.isAdmin && (
              <li>
                <Link to="/admin" aria-current={route.name === 'admin' ? 'page' : undefined}>
                  Admin
                </Link>
              </li>
            )}
          </ul>
        </nav>
        <div className="account">
          <span className="account-email">{me.email}</span>{' '}
          <span className={`badge tier-${me.tier}`}>{me.tier === 'paid' ? 'Paid plan' : 'Free plan'}</span>{' '}
          <button type="button" className="link-button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page">
        <Page route={route} />
      </main>
    </>
  );
}

function Page({ route }: { readonly route: Route }) {
  const { me } = useSession();
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'searches':
      return <PastSearchesPage />;
    case 'search':
      return <SearchPage key={route.searchId} searchId={route.searchId} />;
    case 'admin':
      return me.isAdmin ? (
        <AdminPage />
      ) : (
        <section>
          <h1>Admin</h1>
          <p>Only administrators can see this page.</p>
        </section>
      );
    case 'not-found':
      return (
        <section>
          <h1>Page not found</h1>
          <p>
            There is nothing at this address. <Link to="/">Start a new search</Link>.
          </p>
        </section>
      );
  }
}
