/** Reads a request body with a size bound: the same bounded reader the verifier uses. */
export { readBoundedBody } from '@zhongyuan/sdk/auth';
