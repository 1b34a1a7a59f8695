/** The message a failing render or load throws, for tests that assert on what content authors read. */

/**
 * The error message of `run`, with the parts of paths matching `strip` (temporary or fixture
 * folders) removed so the expected messages stay short; fails when `run` succeeds.
 */
export async function failureMessage(run: Promise<unknown>, strip: RegExp): Promise<string> {
  try {
    await run;
  } catch (error) {
    return String((error as Error).message).replaceAll(strip, '');
  }
  throw new Error('expected a failure, but it succeeded');
}
