import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from './api-client/client';
import type { Me } from './api-client/contract';

/**
 * Who is signed in. The key lives in sessionStorage (this tab only, gone when it closes) and is
 * sent as a header; it never enters a URL.
 */
const KEY_STORAGE = 'hirehound.apiKey';

export interface Session {
  readonly me: Me;
  readonly api: ApiClient;
  readonly signOut: () => void;
}

interface SessionState {
  readonly session: Session | null;
  /** Checking a stored key at load. */
  readonly restoring: boolean;
  readonly signIn: (key: string) => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

function storedKey(): string | null {
  try {
    return window.sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

function storeKey(key: string | null): void {
  try {
    if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
    else window.sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // Storage disabled: the key lives in memory for this page only.
  }
}

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(() => storedKey() !== null);

  const signOut = useCallback(() => {
    storeKey(null);
    setSession(null);
  }, []);

  const signIn = useCallback(
    async (key: string) => {
      const api = createApiClient(key.trim(), signOut);
      const me = await api.get<Me>('/v1/me');
      storeKey(key.trim());
      setSession({ me, api, signOut });
    },
    [signOut],
  );

  useEffect(() => {
    const key = storedKey();
    if (!key) return;
    signIn(key)
      .catch(() => storeKey(null))
      .finally(() => setRestoring(false));
  }, [signIn]);

  const value = useMemo(() => ({ session, restoring, signIn }), [session, restoring, signIn]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState outside SessionProvider');
  return state;
}

/** The signed-in session; only pages rendered behind the sign-in call this. */
export function useSession(): Session {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession without a session');
  return session;
}
