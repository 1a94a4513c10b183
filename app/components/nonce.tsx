import { createContext, useContext } from 'react';

/** The per-request CSP nonce, given by entry.server (undefined in the browser, which hides it). */
export const NonceContext = createContext<string | undefined>(undefined);
export const useNonce = () => useContext(NonceContext);
