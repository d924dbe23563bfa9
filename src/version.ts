// The product version; a test keeps it equal to package.json's (bundles must not embed package.json).
export const VERSION = '0.1.0';

/** owner/name of package.json's `repository` on GitHub (undefined while it has none): where rule
 * docs are linked when the Action does not say where it runs from. A test keeps the two equal. */
export const PACKAGE_REPOSITORY: string | undefined = 'podarmor/podarmor';
