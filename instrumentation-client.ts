import { z } from "zod";

// When zod builds an object schema it probes `new Function` to compile faster parsers. The app's CSP
// allows no eval, so the probe fails (harmlessly) and the browser reports a violation on every page.
// Jitless skips the probe; the forms' small schemas parse just as well without it.
z.config({ jitless: true });
