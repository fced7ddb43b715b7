/**
 * Thrown by a submit function to show its message in the form's error summary as it is. Its own
 * module, so code in the portal's first load (the step-up provider) can use it without the
 * form libraries.
 */
export class FormMessage extends Error {
  override name = 'FormMessage';
}
