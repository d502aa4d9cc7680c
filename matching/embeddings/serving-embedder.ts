import type { Embedder } from './embedder';

/**
 * The embedder searches use while an embedding model change is under way: the previous model
 * (whose vectors the jobs still carry) until the new vectors are switched in, then the new one.
 * It asks `servingTag()` (the database's serving model) every `checkEveryMs`, so a worker follows
 * the switch within that interval without a restart. A search that embeds its query just before
 * the switch and reads the jobs just after it compares vectors of two models once: the switch
 * happens once per model change, and that search's ranking is merely poor.
 */
export function createServingEmbedder(options: {
  readonly previous: Embedder;
  readonly next: Embedder;
  readonly servingTag: () => Promise<string | undefined>;
  readonly checkEveryMs: number;
  readonly onSwitch?: () => void;
}): Embedder {
  let current = options.previous;
  let checking = false;
  const check = async (): Promise<void> => {
    if (checking || current === options.next) return;
    checking = true;
    try {
      if ((await options.servingTag()) === options.next.tag) {
        current = options.next;
        clearInterval(timer);
        options.onSwitch?.();
      }
    } catch {
      // The database is briefly unreachable: ask again at the next tick.
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), options.checkEveryMs);
  timer.unref();

  return {
    get provider() {
      return current.provider;
    },
    get model() {
      return current.model;
    },
    get tag() {
      return current.tag;
    },
    get dimensions() {
      return current.dimensions;
    },
    get calibration() {
      return current.calibration;
    },
    embed: (texts) => current.embed(texts),
    async close() {
      clearInterval(timer);
      await options.previous.close();
      await options.next.close();
    },
  };
}
