import { expect } from 'vitest';
import { InputError } from '../../src/findings/finding.js';

/** The error a run that must refuse its input rejects with, failing the test when it is another or none. */
export async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}
