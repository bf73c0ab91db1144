// Undo actions registered while a scenario runs (unfreeze a mock clock, cancel a booking), drained
// last-in first-out in the After hook. Every action runs even when an earlier one fails.
interface CleanupAction {
  readonly label: string;
  readonly run: () => Promise<unknown>;
}

export class CleanupStack {
  readonly #actions: CleanupAction[] = [];

  defer(label: string, run: () => Promise<unknown>): void {
    this.#actions.push({ label, run });
  }

  get size(): number {
    return this.#actions.length;
  }

  /** Runs every action, newest first; returns the failures as "label: message". */
  async drain(): Promise<string[]> {
    const failures: string[] = [];
    while (this.#actions.length > 0) {
      const action = this.#actions.pop() as CleanupAction;
      try {
        await action.run();
      } catch (error) {
        failures.push(`${action.label}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return failures;
  }
}
