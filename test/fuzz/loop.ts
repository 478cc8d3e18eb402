import fc from "fast-check";
import { expect } from "vitest";
import { fingerprint } from "./fingerprint";
import { redirects } from "./mocks";
import { drawWith, mutate, type Draw, type TransportWeights } from "./mutate";
import { call, expectHandled, show, watchConsole, type Outcome } from "./outcome";
import { fuzzOptions, type Stats } from "./runs";

/** One fuzzed call against a scene: the payload it starts from, how the input reaches the code under test. */
export type FuzzTarget<S> = {
  /** The scene the first run starts in; also the next scene after an accepted run (which may have used up the old one). */
  arrange: (previous?: S) => Promise<S>;
  payload: (scene: S) => Record<string, unknown>;
  transports?: TransportWeights;
  invoke: (scene: S, input: unknown, draw: Draw) => Promise<unknown>;
  /** Further checks of one run; `input` describes it for a failure message. */
  check?: (outcome: Outcome, input: () => string) => void;
};

/**
 * The property every fuzz file runs: `runs` inputs, each the scene's valid payload after fast-check's
 * edits. Every call is handled (expectHandled); a refused call leaves the database as it was (see
 * fingerprint.ts). Throws on the first run that breaks either.
 */
export async function fuzzLoop<S>(target: FuzzTarget<S>, runs: number): Promise<Stats> {
  const stats: Stats = { runs: 0, accepted: 0, rejected: 0 };
  const started = performance.now();
  let scene = await target.arrange();
  // The database's fingerprint as it stands; null when it must be measured again (after a write).
  let known: string | null = null;
  const console = watchConsole();
  try {
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const before = (known ??= await fingerprint());
        known = null; // until this run is shown to have written nothing
        const draw = drawWith(g);
        const { input, shown, transport } = mutate(draw, target.payload(scene), target.transports);
        const described = () => `(${transport}) ${show(shown)}`;
        console.errors.mockClear();
        redirects.length = 0;
        const outcome = await call(() => target.invoke(scene, input, draw));
        stats.runs++;
        const { ok } = expectHandled(outcome, console.errors, described);
        target.check?.(outcome, described);
        if (ok) {
          stats.accepted++;
          scene = await target.arrange(scene);
          return;
        }
        stats.rejected++;
        const after = await fingerprint();
        if (after !== before) expect.fail(`a refused call wrote to the database\ninput ${described()}\nresult ${show(outcome.threw ? null : outcome.result)}`);
        known = after;
      }),
      fuzzOptions(runs),
    );
  } finally {
    console.restore();
  }
  return { ...stats, ms: performance.now() - started };
}
