// Every schema of the extension is built from this `z`. Extension pages, the service worker and content
// scripts all run under a Content-Security-Policy that forbids eval, so zod's compiled parsers can never be
// used; jitless also skips zod's probe for eval (a `new Function` that throws and is logged as a CSP
// violation), which made building the content script's schemas take about 3.5 ms longer on every page.
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
