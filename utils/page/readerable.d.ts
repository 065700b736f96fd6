/**
 * Readability's own "is this page worth reading?" check, imported from its own
 * file: the package's index also pulls in the whole Readability parser, which the
 * gate script must not pay to evaluate.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}
