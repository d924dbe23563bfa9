// Errors the caller caused (an unknown rule, a malformed version): the CLI exits 2 with the message,
// the Action and the App report it as a configuration problem. Anything else is a bug.
export class UsageError extends Error {}
