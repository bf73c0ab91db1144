// What a patient appointment search scenario has arranged: the test patient and the appointments
// booked for them (each cancelled after the scenario like every booking).
import { HarnessDefect } from '../verdict/harness-defect.ts';

export class PatientSearchState {
  #nhsNumber: string | undefined;
  #ids: string[] = [];

  recordPatient(nhsNumber: string, ids: readonly string[]): void {
    this.#nhsNumber = nhsNumber;
    this.#ids = [...ids];
  }

  get nhsNumber(): string {
    if (this.#nhsNumber === undefined) throw new HarnessDefect('HARNESS_ERROR', 'a step used "that patient" before a patient was arranged');
    return this.#nhsNumber;
  }

  get ids(): readonly string[] {
    return this.#ids;
  }
}
