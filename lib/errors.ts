/** An error whose message is written for the person running a command; printed without a stack. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
